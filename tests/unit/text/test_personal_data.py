"""What counts as personal data in a sentence that might be shown publicly."""

from __future__ import annotations

import pytest

from intake.text.personal_data import Identifiers, carries_personal_data, is_placeholder_name


@pytest.mark.parametrize(
    "sentence",
    [
        "Write to me at abigail@example.org with any questions.",
        "Call the office at (916) 555-0143 before the vote.",
        "Text 916.555.0143 for updates on the ordinance.",
        "We gathered outside 12 Alder Court last Tuesday evening.",
        "The meeting is at 1600 Pennsylvania Ave this week.",
        "Our building at Apt 4 has had no heat since October.",
        "Everyone in 95818 is affected by this ordinance.",
        "Families in K1A 0B1 face the same rent increases.",
        "My name is [NAME] and I support this ordinance.",
        "I live at [ADDRESS] and I support this ordinance.",
        "Please contact me at the number below.",
    ],
)
def test_personal_data_of_anyone_is_recognised(sentence: str) -> None:
    assert carries_personal_data(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please adopt the tenant protection ordinance without the amendments.",
        "Twelve people in the way of the new highway will lose their homes.",
        "I hope the council will vote for item 2026-00837 this year.",
        "Rents rose 12 percent in 2025 and 9 percent in 2026.",
        "The city spent $40000 on consultants for this study.",
    ],
)
def test_ordinary_template_sentences_are_not_personal(sentence: str) -> None:
    assert not carries_personal_data(sentence)


def test_members_own_details_are_recognised_whatever_the_sentence() -> None:
    known = Identifiers.of(
        names=["Hope Oakenshield", "Anonymous"],
        emails=["h.oak@example.org"],
        postal_codes=["SW1A 1AA"],
        addresses=["77 Old Mill, Springfield"],
    )
    assert carries_personal_data("Oakenshield has rented here for eleven years.", known)
    assert carries_personal_data("Hope has rented here for eleven years.", known)
    assert carries_personal_data("Reach h.oak@example.org about it.", known)
    assert carries_personal_data("Everyone around sw1a 1aa agrees.", known)
    assert carries_personal_data("She has lived at 77 Old Mill since 1990.", known)
    # A name that is also a word only counts when written as a name; a placeholder never.
    assert not carries_personal_data("We hope the council listens.", known)
    assert not carries_personal_data("Anonymous letters are letters too.", known)


@pytest.mark.parametrize(
    "name",
    ["Anonymous", "Anonymous Anonymous", "", "  ", "N/A", "n/a", "Name withheld", "anon", "none",
     "No name", "NONE", "-", "???", "Anonymous Citizen", "Name Not Provided", "Mr. Anonymous",
     "Prefer not to say", "Decline to state", "I'd rather not say"],
)  # fmt: skip
def test_placeholder_names_are_recognised(name: str) -> None:
    assert is_placeholder_name(name)


@pytest.mark.parametrize(
    "name", ["Maria Lopez", "Person 17", "Hope", "李明", "Anna N/A Smith", "I. M. Pei"]
)
def test_real_names_are_not_placeholders(name: str) -> None:
    assert not is_placeholder_name(name)
