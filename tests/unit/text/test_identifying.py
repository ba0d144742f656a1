"""Shapes of personal data only public text must fear: found by a red team, kept out, and the
sentences a campaign means to publish kept in."""

from __future__ import annotations

import time

import pytest

from intake.text.identifying import identifies_someone
from intake.text.personal_data import REMOVED, Identifiers, carries_personal_data, scrub
from intake.text.tables import preload
from tests.unit.text.hostile import WORST_CPU_SECONDS

IDENTIFYING = [
    # phone numbers that are not real ones (fictional 555 numbers), or from abroad
    "Questions? Call the campaign at (555) 010-9999.",
    "Text 555.010.7777 to join us.",
    "Call 555-010-9999 to help.",
    "Call 5550109999 to help.",
    "Call +1 555 010 9999 to help.",
    "Appelez le 01 23 45 67 89.",
    "Tel. 030 1234567.",
    # names after words that introduce one, in several languages, or a title, or a signature
    "Me llamo Joan Quillby y apoyo esto.",
    "Je m'appelle Joan Quillby et je soutiens ceci.",
    "Ich heiße Joan Quillby und bin dafür.",
    "我叫王秀英，我支持这个。",
    "Меня зовут Ирина Воробьёва, я за.",
    "Tôi tên là Nguyễn Văn An và tôi ủng hộ.",
    "Ako si Juan dela Cruz at sumusuporta ako.",
    "私の名前は田中太郎です。",
    "제 이름은 김민수입니다.",
    "Mijn naam is Joan Quillby.",
    "Nazywam się Joan Quillby.",
    "東京都港区に住んでいます。",
    "I'm Joan Quillby, a nurse on this street.",
    "As Dr. Quillby said to me, cycling saves lives.",
    "Signed, Joan Quillby, resident",
    "Joan Quillby",
    "Marcus Kim",
    "John Smith",
    # addresses: spelt out, Chinese, Russian, a corner where we live, an office to drop by
    "We meet at twelve Alder Court.",
    "我们住在幸福路12号。",
    "Мы живём на ул. Ленина, д. 5.",
    "We live at Oak and 3rd, by the school.",
    "Our office is at the corner of Elm and 5th.",
    "Drop by 4410 Larkspur any evening.",
    # an e-mail split by spaces (and so by the sentence splitter), a birth date, codes
    "Write organizer @ sunsettenants .",
    "Born 03/04/1961.",
    "DOB 1961-03-04.",
    "Born March 3, 1961, in this city.",
    "Plate 7ABC123 was towed.",
    "Account #4401-2231-88 is mine.",
    "SSN 123-45-6789.",
]

PUBLIC = [
    "Please vote yes on item 5.",
    "I am writing to ask you to support the Alder Street bike lane.",
    "We, the members of the Sunset Tenants Union, ask for this.",
    "Councilmember Rivera promised this in 2024.",
    "The 1200 block of Alder Street needs it most.",
    "Item 2026-00837 matters to every family here.",
    "Ordinance 2024-123 failed; the meeting is on 2026-11-20.",
    "It costs $1500000, or 1 250 000 dollars over ten years.",
    "We have waited 3.5 years since 2019 2020.",
    "Vote Yes",
    "Sincerely, Sunset Tenants Union",
    "I was born and raised in this city.",
    "I am a renter and a parent.",
    # found in the benchmark corpora: a slogan, a docket number, a letter typed in capitals,
    # an official addressed by title
    "Let Kids Play",
    "The proposed rule (RIN 1870-AA19; Docket ID ED-2022-OCR-0143) is wrong.",
    "I AM WRITING ABOUT THE DELMAR AVENUE PROJECT, ITEM 12 ON YOUR AGENDA.",
    "AS THE OWNER OF A SMALL BUSINESS ON DELMAR, I AM ASKING YOU TO VOTE NO.",
    "The Honorable Andrew Wheeler",
]


@pytest.mark.parametrize("sentence", IDENTIFYING)
def test_a_shape_the_labeller_lets_by_is_kept_out_of_public_text(sentence: str) -> None:
    assert identifies_someone(sentence)


@pytest.mark.parametrize("sentence", PUBLIC)
def test_what_a_campaign_means_to_publish_stays(sentence: str) -> None:
    assert not identifies_someone(sentence)
    assert not carries_personal_data(sentence)


def test_the_labellers_own_reading_is_unchanged() -> None:
    """The labeller reads fill-in lines with ``carries_personal_data``: the new shapes are public
    text's alone, so no label moves (docs/labelling.md, Session 11)."""
    assert not carries_personal_data("Text 555.010.7777 to join us.")
    assert not carries_personal_data("Me llamo Joan Quillby y apoyo esto.")


def test_the_record_scrubs_those_shapes_from_a_persons_own_words() -> None:
    text = "Text me on 555.010.7777 or organizer @ sunsettenants . org; I live at 幸福路12号."
    assert scrub(text) == f"Text me on {REMOVED} or {REMOVED}; I live at {REMOVED}."
    assert scrub("Мы живём на ул. Ленина, д. 5.") == f"Мы живём на {REMOVED}."
    assert scrub("I live at twelve Alder Court.") == f"I live at {REMOVED}."


def test_a_name_in_a_script_without_spaces_is_found_inside_its_run_of_letters() -> None:
    identifiers = Identifiers.of(names=["王秀英"])
    assert scrub("我叫王秀英，我支持这个。", identifiers) == f"我叫{REMOVED}，我支持这个。"
    assert carries_personal_data("王秀英支持这个。", identifiers)


# Session 12, the red team's second round: shapes the first round did not try.
IDENTIFYING_ROUND_TWO = [
    # names with no cue word, in Latin, Cyrillic and Arabic script; a relative's first name
    "Joan Quillby asked us all to write to you.",
    "Last May a driver hit Joan Quillby on her bike here.",
    "This letter was drafted by Joan Quillby.",
    "Ирина Воробьёва поддерживает этот проект.",
    "محمد الأحمد يدعم هذا المشروع.",
    "My daughter Emma rides this street every day.",
    "Our neighbour, Rosa Delgado, was hurt here last year.",
    # signatures: a role after the name, capitals, particles, an initial, pronouns, other scripts
    "Joan Quillby, Chair, Sunset Tenants Union",
    "JOAN QUILLBY",
    "Maria de la Cruz",
    "J. Quillby",
    "Joan Quillby (she/her)",
    "王秀英",
    "此致敬礼，王秀英",
    "مع التحية، محمد الأحمد",
    "محمد الأحمد",
    # addresses with no street word, another street word, a unit before a dash, a crossing
    "We meet at 4410 Larkspur every Friday.",
    "4410 Larkspur is where we meet.",
    "Send mail to 5-4410 Larkspur.",
    "Write to me at 2009 Moorhaven any time.",
    "Mail goes to 186 Juniper Steps.",
    "Come see us at Larkspur & 5th, by the bakery.",
    "We meet at the corner of Larkspur and Moorhaven on Fridays.",
    "Write to Post Office Box 4410, Springfield.",
    # e-mails, handles and profiles; a phone number in words; postcodes; plates
    "Write organizer＠sunsettenants.org today.",
    "Write joanq [@] gmail [.] com today.",
    "Find me on Instagram: joan_quillby.",
    "See facebook.com/joan.quillby for photos.",
    "@joanquillby has the photos.",
    "Call five five five, zero one zero, nine nine nine nine.",
    "We zitten op 1012 AB Amsterdam.",
    "Our PIN code is 110001.",
    "Number plate AB12 CDE was towed.",
    "Our van, tag 7ABC123, was towed.",
]

PUBLIC_ROUND_TWO = [
    # a year before a name, officials by their office, places and bodies named for people
    "In 2018 Pruitt proposed this rule.",
    "Secretary Betsy DeVos must withdraw it.",
    "Councilmember Rivera promised this in 2024.",
    "The budget cuts the corners at Lincoln, Jefferson and Harriet Tubman elementary schools.",
    # titles and terms found in the real dockets and outsider corpora
    "I oppose the Environmental Protection Agencys (EPA) proposal.",
    "Proposed Rulemaking for Strengthening Transparency in Regulatory Science",
    "Ashgrove Drive resident",
    "We write for the Fenwick Harbor Privacy Coalition about Vantor Systems.",
    "El Concejo Municipal debe votar sí.",
    # a copy obfuscated with look-alike letters and zero-width characters (the burst corpus):
    # its odd words are no rare names
    "Close the loophole of S\u0430cr\u0430mento Police Dep\u200d\u0430rt\u200cm\u200bent p\u0430rti\u0441ipation.",
    "\u0422he Cit\u2060y c\u043e\u200dun\u0441il must stand up to ICE.",
    "5 Americans in 10 ride a bike.",
    "Please vote yes on item 5.",
]


@pytest.mark.parametrize("sentence", IDENTIFYING_ROUND_TWO)
def test_a_second_round_shape_is_kept_out_of_public_text(sentence: str) -> None:
    assert identifies_someone(sentence)


@pytest.mark.parametrize("sentence", PUBLIC_ROUND_TWO)
def test_what_a_campaign_means_to_publish_stays_after_the_second_round(sentence: str) -> None:
    assert not identifies_someone(sentence)


def test_the_record_scrubs_the_second_rounds_shapes_from_a_persons_own_words() -> None:
    text = "Write to me at 4410 Larkspur or 12 Oak Rise; IG: joan_q; we are on Elm & 5th."
    assert scrub(text) == f"Write to me at {REMOVED} or {REMOVED}; {REMOVED}; we are on {REMOVED}."


@pytest.mark.parametrize(
    "text",
    [
        "Ab " * 5000,
        "Ab Cd, " * 3000,
        "Joan de la " * 3000,
        "1 Ab Cd Ef " * 2000,
        "a [@] b" * 2000,
        "one two " * 3000,
    ],
)
def test_the_second_rounds_shapes_read_a_long_body_in_linear_time(text: str) -> None:
    """The record scrubs whole bodies: a look back over everything before each capitalised word
    (a title before a name, a dating word before a year) took seconds on 15,000 characters."""
    preload()  # the word lists and the given-name table load once per process, not in here
    start = time.process_time()
    identifies_someone(text)
    scrub(text)
    assert time.process_time() - start < WORST_CPU_SECONDS
