"""Scrubbing a person's own words for the public record: contact details go, words stay."""

from __future__ import annotations

from intake.text.personal_data import REMOVED, Identifiers, scrub


def test_contact_details_of_any_shape_are_removed() -> None:
    text = (
        "Write to me at reader@example.net or call (916) 555-0142. I live at 44 Juniper Street, "
        "Apt 3, Sacramento 95822; in Canada at K1A 0B1."
    )
    assert scrub(text) == (
        f"Write to me at {REMOVED} or call {REMOVED}. I live at {REMOVED}, {REMOVED}, "
        f"Sacramento {REMOVED}; in Canada at {REMOVED}."
    )


def test_what_the_sender_gave_is_removed_whatever_its_spacing() -> None:
    identifiers = Identifiers.of(
        names=["Maria Lopez"],
        emails=["maria@example.org"],
        postal_codes=["SW1A 1AA"],
        addresses=["12 alder court, Sacramento"],
    )
    text = "Maria Lopez here, at 12 alder court (postcode sw1a1aa). Hope the council listens."
    assert scrub(text, identifiers) == (
        f"{REMOVED} here, at {REMOVED} (postcode {REMOVED}). Hope the council listens."
    )


def test_ordinary_words_and_numbers_stay() -> None:
    text = "Item 2026-00837 asks for $12,000 and 40 parking spaces; 3 of us spoke in 2024."
    assert scrub(text) == text
    hope = Identifiers.of(names=["Hope Smith"])
    assert scrub("I hope the council listens.", hope) == "I hope the council listens."
