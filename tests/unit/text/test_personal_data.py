"""What counts as personal data in a sentence that might be shown publicly."""

from __future__ import annotations

import time

import pytest

from intake.text.personal_data import (
    Identifiers,
    carries_personal_data,
    is_placeholder_name,
    scrub,
)
from intake.text.tables import preload
from tests.unit.text.hostile import WORST_CPU_SECONDS


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
     "Prefer not to say", "Decline to state", "I'd rather not say", "County resident",
     "City Resident", "Local taxpayer", "Concerned neighbour", "A constituent"],
)  # fmt: skip
def test_placeholder_names_are_recognised(name: str) -> None:
    assert is_placeholder_name(name)


@pytest.mark.parametrize(
    "name", ["Maria Lopez", "Person 17", "Hope", "李明", "Anna N/A Smith", "I. M. Pei"]
)
def test_real_names_are_not_placeholders(name: str) -> None:
    assert not is_placeholder_name(name)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nuestra casa está en Avenida Reforma 222 y pagamos renta cada mes.",
        "Vivimos en C/ Alcalá 45 desde hace veinte años.",
        "Nous habitons au 4 rue de la Paix depuis 1990.",
        "Wir wohnen in der Hauptstraße 5 seit Jahren.",
        "Chúng tôi sống tại số 12 đường Lê Lợi, Quận 1 từ năm 2005.",
        "Write to us at jane at example dot com with any questions.",
        "Write to us at jane[at]example[dot]com with any questions.",
        "Our home postcode is SW1A 1AA and we have lived there for years.",
        "Our home postal code is 1012 AB and we have lived there for years.",
        "Our unit is #305 in the Riverside tower on the river.",
    ],
)
def test_personal_data_in_shapes_from_abroad_and_spelt_out_is_recognised(sentence: str) -> None:
    assert carries_personal_data(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan has been in place for 20 years now.",
        "Look at the data and vote at 7 on Tuesday.",
        "Via 3 bridges the new line reaches every neighbourhood.",
        "The council met at 5 and voted 6 to 3.",
        "Meet us at Cesar Chavez Plaza on Saturday.",
        "An increase of 12 percent is more than families can pay.",
        "Mi carrera de 10 años en la ciudad me enseñó esto.",
        "Read the full plan at cityhall.gov before the vote.",
    ],
)
def test_template_sentences_near_those_shapes_stay(sentence: str) -> None:
    assert not carries_personal_data(sentence)


def test_members_details_are_recognised_in_the_shapes_a_letter_gives_them() -> None:
    known = Identifiers.of(
        names=["José García", "An Vo"],
        emails=["wq1977@gmail.com", "tenants@sactenants.org"],
        addresses=["Apt 4B, 1200 Riverside Blvd, Sacramento", "C/ Alcalá 45, Madrid"],
    )
    assert carries_personal_data("This letter was organised by Jose Garcia.", known)
    assert carries_personal_data("This letter was organised by An Vo for us all.", known)
    assert carries_personal_data("Questions go to wq1977 on most platforms.", known)
    assert carries_personal_data("Our building at 1200 Riverside is falling apart.", known)
    assert carries_personal_data("Vivimos en Alcalá 45 desde hace veinte años.", known)
    # A two-letter name word alone is a word; a plain handle is a word of the letter too.
    assert not carries_personal_data("An increase is more than we can pay.", known)
    assert not carries_personal_data("Please protect tenants in this city.", known)


@pytest.mark.parametrize(
    "text",
    ["a." * 5000, "a-" * 5000, "a at b" + " dot" * 40 + "!", "a at b" + " dot x" * 2000],
)
def test_runs_of_address_characters_are_read_in_linear_time(text: str) -> None:
    """A body is checked whole (the spam score, the record's scrub): an e-mail pattern that
    restarts at every letter of "a.a.a..." took seconds on 10,000 characters."""
    preload()  # the name tables load once per process, not in here
    start = time.process_time()
    carries_personal_data(text)
    scrub(text)
    assert time.process_time() - start < WORST_CPU_SECONDS
