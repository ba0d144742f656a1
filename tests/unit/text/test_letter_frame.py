"""The lines that frame a sender's copy (issue 14 item 2): contact blocks, a form's fields,
fill-in lines in a phrasing only the sender chose, greetings and sign-offs in any language,
subject lines, merge fields, a list's numbers. Shapes no generator of ours had, written as a
clerk's corpus would hold them: none of it is what the sender added, and most of it names them."""

from __future__ import annotations

import pytest

from intake.text.frame import is_field_line, is_identity_line
from intake.text.identifying import identifies_someone
from intake.text.normalize import segments
from intake.text.template import personal_text

PARAGRAPHS = (
    "I am writing to ask the Council to approve the protected bike lanes on Harbor Street.",
    "The current painted lanes leave riders exposed to fast traffic and opening car doors.",
    "Protected lanes have cut serious injuries by a third in cities that built them.",
    "Please vote yes on Item 7 at the March 3 meeting.",
)
TEMPLATE = frozenset(seg.norm for p in PARAGRAPHS for seg in segments(p))
OWN = "I ride Harbor Street to work every day with my daughter on the back."
OWN_TOO = "Last winter a driver clipped my handlebar outside the bakery."


def letter(*, top: str = "Dear Council Members,", end: str = "Sincerely,\nJordan Pike") -> str:
    return "\n\n".join((top, *PARAGRAPHS, OWN, end))


def added(body: str) -> str | None:
    return personal_text(body, TEMPLATE)


@pytest.mark.parametrize(
    ("top", "end"),
    [
        ("Hola Concejo,", "Saludos cordiales,\nAna"),
        ("Buenos días, miembros del Concejo:", "Un cordial saludo,\nAna Ruiz"),
        ("Madame, Monsieur,", "Bien à vous,\nAnne Roy"),
        ("Liebe Ratsmitglieder,", "Viele Grüße,\nAnna Roth"),
        ("Gentile Consiglio,", "Cordiali saluti,\nAnna Rossi"),
        ("Geachte raadsleden,", "Met vriendelijke groet,\nAnna de Vries"),
        ("Kính gửi Hội đồng Thành phố,", "Trân trọng,\nNguyễn Văn An"),
        ("Szanowni Państwo,", "Z poważaniem,\nAnna Nowak"),
        ("Уважаемые члены совета,", "С уважением,\nАнна Иванова"),
        ("Good evening,", "Have a good day,\nAna Ruiz"),
    ],
)
def test_a_greeting_and_a_sign_off_in_any_language_are_not_personal_text(
    top: str, end: str
) -> None:
    """A short line that ends with a comma is no sentence in any language: a greeting on top, a
    valediction at the end."""
    assert added(letter(top=top, end=end)) == OWN


def test_a_list_item_ending_with_a_comma_stays_the_senders() -> None:
    items = "- safer crossings near the school,\n- more light on the underpass,"
    assert added(letter(end=f"{items}\n\nSincerely,\nJordan Pike")) == f"{OWN}\n\n{items}"


@pytest.mark.parametrize(
    "end",
    [
        # a contact block above the sign-off, its name on a line of its own
        "Juno Mbeki\n69 Ferrier Road\n(823) 555-0160\n\nThank you,\nJuno Mbeki",
        # a signature block without a valediction: name, title, organisation, street, phone
        "Maria Okafor\nDirector of Community Programs, Harbor Neighbors Association\n"
        "1234 North Riverside Drive\n(217) 555-0142",
        # a name and the street the sender lives on
        "Nerys Quintanilla\nTamsin Court resident",
        "Ana Ruiz\n12 Elm St.\nSpringfield",
        # a valediction without its comma
        "Sincerely\nSusan Roon",
    ],
)
def test_a_signature_block_is_not_personal_text(end: str) -> None:
    assert added(letter(end=end)) == OWN


def test_a_name_after_the_last_sentence_on_its_line_is_not_personal_text() -> None:
    """A contact block glued after a sentence ("... and sit with guests. Tamsin Nakashima" above
    the street and the phone), or a dash and a name after the last sentence."""
    body = (
        "\n".join(PARAGRAPHS[:2]) + f" Tamsin Nakashima\n271 Eelbrook Street\n(853) 555-0178\n{OWN}"
    )
    assert added(body) == OWN
    assert added(f"{PARAGRAPHS[3]} {OWN} - Wendeline Marchetti") == OWN
    assert added(f"{OWN} Thank you. Pat Cavanaugh\n{PARAGRAPHS[0]}") == OWN


def test_what_a_sender_adds_after_signing_is_theirs_and_the_sign_off_is_not() -> None:
    body = "\n\n".join((*PARAGRAPHS, "Sincerely,\nJordan Pike", f"P.S. {OWN}"))
    assert added(body) == OWN  # the "P.S." mark is the mail's form, not their words (session 13)
    body = "\n\n".join((*PARAGRAPHS, "Best,\nJordan Pike\n12 Elm Street", OWN_TOO))
    assert added(body) == OWN_TOO


@pytest.mark.parametrize(
    "line",
    [
        "Name: Teodora Castellanos",
        "Full name: Marisol Ferreira | Street: 231 Lanternhill Drive | Years in the city: 19",
        "Contact: (234) 555-0113",
        "Nombre: Birgit Petrakis",
        "Email: ana.ruiz@example.org",
    ],
)
def test_a_forms_fields_are_not_personal_text(line: str) -> None:
    assert is_field_line(line)
    assert added(letter(end=f"{line}\n\nBest regards,\nAna")) == OWN


@pytest.mark.parametrize("line", ["Note: we need this lane.", "Subject matter: bike lanes for all"])
def test_a_label_before_the_senders_words_is_no_field(line: str) -> None:
    assert not is_field_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "I am Emeric Haldane, a resident of 246 Ferrier Road for 15 years.",
        "Me llamo Yolanda Ashgrove y vivo en 440 Ferrier Road.",
        "From Halina Vukovic at 157 Lanternhill Drive",
        "Signed, Zeno Ravensworth (177 Eelbrook Street), living in Port Amsel for 5 years",
        "My phone is (853) 555-0139.",
    ],
)
def test_a_fill_in_line_in_a_phrasing_only_its_sender_chose_is_not_personal_text(
    line: str,
) -> None:
    """No other member used this phrasing, so the campaign never learned its skeleton: what it
    says (a name, a street, a phone, and a few words around them) is who the sender is."""
    assert is_identity_line(line)
    assert added(letter(end=f"{line}\n\nSincerely,\nAna")) == OWN


@pytest.mark.parametrize(
    "line",
    [
        "We live at 12 Elm Street, right where the new lane would go, and our kids bike to school.",
        "My son was hit by a car at 400 Main Street last year and spent three weeks in hospital.",
        "Vivo en la calle Tamsin desde hace 20 años.",
        "My daughter attends Lincoln Elementary on 5th Street.",
    ],
)
def test_a_story_that_names_a_place_stays_the_senders(line: str) -> None:
    assert not is_identity_line(line)
    assert added(letter(end=f"{line}\n\nSincerely,\nAna")) == f"{OWN}\n\n{line}"


@pytest.mark.parametrize(
    "top",
    [
        "RE: Item 7 - Harbor Street bike lanes",
        "Subject: Support for Item 7 bike lanes",
        "Fwd: Take action on Harbor Street",
        "From: Ana Ruiz, 12 Elm Street",
    ],
)
def test_a_subject_line_above_the_letter_is_not_personal_text(top: str) -> None:
    assert added(f"{top}\n\n{letter()}") == OWN


@pytest.mark.parametrize(
    "field", ["{{first_name}} {{last_name}}", "*|FNAME|* *|LNAME|*", "%%FirstName%%", "<<Address>>"]
)
def test_a_merge_field_left_unfilled_is_not_personal_text(field: str) -> None:
    assert added(letter(end=f"{field}\n\nSincerely,\nAna")) == OWN
    assert added(letter(end=f"My name is {field}.\n\nSincerely,\nAna")) == OWN


def test_a_lists_numbers_go_with_their_items() -> None:
    numbered = "\n\n".join(f"{n}. {p}" for n, p in enumerate(PARAGRAPHS, 1))
    assert added(f"{numbered}\n\n5. {OWN}") == f"5. {OWN}"
    assert added(numbered) is None


def test_a_lead_the_sender_glued_on_a_template_sentence_is_not_personal_text() -> None:
    """ "Hola Concejo, vote yes ...": a greeting in the sender's own language, glued on a short
    sentence of the letter, in no language the greeting list knows (a long sentence survives the
    lead as a light edit)."""
    short = "Vote yes on Item 7."
    template = TEMPLATE | {seg.norm for seg in segments(short)}
    body = "\n\n".join((f"Kính gửi Hội đồng Thành phố, {short}", *PARAGRAPHS, OWN))
    assert personal_text(body, template) == OWN


def test_a_letter_wrapped_at_a_fixed_width_is_read_by_its_sentences() -> None:
    """A plain-text mail program breaks lines at 60-76 columns: a template sentence's last word
    on a line of its own ("corridor.") is the template's, the sender's sentence stays theirs."""
    lines = (
        "I am writing to ask the Council to approve the protected bike\n"
        "lanes on Harbor Street. The current painted lanes leave riders\n"
        "exposed to fast traffic and opening car doors. Protected lanes\n"
        "have cut serious injuries by a third in cities that built\n"
        "them. Please vote yes on Item 7 at the March 3 meeting.\n\n"
        "I ride Harbor Street to work every day with my daughter on\n"
        "the back."
    )
    assert added(lines) == "I ride Harbor Street to work every day with my daughter on\nthe back."


def test_a_line_without_its_full_stop_and_the_senders_sentence_under_it_are_two() -> None:
    own = "We have lived here for decades."
    assert added(f"{PARAGRAPHS[3][:-1]}\n{own}") == own


@pytest.mark.parametrize(
    "sentence",
    [
        "Around Diwali 2011 my rent near Sutter's Fort rose 55 percent.",
        "Back in 2010 my rent near the Broadway Safeway rose 24 percent.",
        "I stop at Lupe's Bakery most Saturdays on my bike.",
    ],
)
def test_a_place_in_a_senders_story_does_not_make_it_a_line_about_who_they_are(
    sentence: str,
) -> None:
    """The red team's uncued names ("Sutter's Fort" reads as a name) keep such a sentence out of
    public text, erring towards privacy; personal text keeps it, as the sender's story."""
    assert identifies_someone(sentence)
    assert not is_identity_line(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This is Wendell Ruskward, Ward 8.",
        "Chamo-me Nikolai Fairbairn-Oyo e moro na Northbank Parade.",
    ],
)
def test_an_uncued_name_still_makes_a_short_line_an_identity_line(sentence: str) -> None:
    assert is_identity_line(sentence)
