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


def test_a_line_typed_in_lower_case_loses_the_name_and_street_too() -> None:
    """People type their own line of a letter in lower case; the public record must not show
    the sender's name or house because no capital marks them."""
    raj = Identifiers.of(names=["Raj Huang"], postal_codes=["95811"])
    line = "i'm raj huang, and my family owns the home at 9745 riverside boulevard in 95811."
    assert scrub(line, raj) == (
        f"i'm {REMOVED}, and my family owns the home at {REMOVED} in {REMOVED}."
    )
    elena = Identifiers.of(names=["Elena H. Murphy"])
    assert scrub("this is elena h. murphy from 12 t street", elena) == (
        f"this is {REMOVED} h. {REMOVED} from {REMOVED}"
    )


def test_lower_case_prose_with_numbers_and_names_as_words_stays() -> None:
    hope = Identifiers.of(names=["Hope Smith"])
    for text in (
        "i hope 3 kids cross the road safely and we wait 30 days in a row.",
        "the guard has worked 12 years on our street and 4 more at the other court.",
        "we hope the smith family's old oak stays.",  # one name word each, apart
    ):
        assert scrub(text, hope) == text


def test_details_from_abroad_and_spelt_out_are_removed() -> None:
    assert scrub("Vivimos en Calle de Alcalá 45, Madrid.") == "Vivimos en [removed], Madrid."
    assert scrub("Nous habitons au 4 rue de la Paix depuis 1990.") == (
        "Nous habitons au [removed] depuis 1990."
    )
    assert scrub("Write to jane at example dot com today.") == "Write to [removed] today."
    assert scrub("Our postcode is SW1A 1AA now.") == "Our postcode is [removed] now."
    known = Identifiers.of(names=["José García", "An Vo"])
    assert scrub("Signed, Jose Garcia and An Vo.", known) == "Signed, [removed] and [removed]."
    assert scrub("An increase hurts.", known) == "An increase hurts."
