"""Mail and HTML debris (issue 14 item 2): what a mail program or a web mailer put in a forwarded
copy is neither the campaign's words nor the sender's, in any of the common languages."""

from __future__ import annotations

import pytest

from intake.text.normalize import Role, normalize, segments
from intake.text.template import is_scaffolding, personal_text

LETTER = (
    "I am writing about the Delmar Avenue project, item 12 on your agenda.\n\n"
    "Removing 140 parking spaces will cut off the customers who keep our doors open.\n\n"
    "Please vote no on item 12."
)
TEMPLATE = frozenset(seg.norm for seg in segments(LETTER))
OWN = "My supplier unloads at the curb six times a week."


def added(body: str) -> str | None:
    return personal_text(body, TEMPLATE)


@pytest.mark.parametrize(
    "headers",
    [
        "-----Original Message-----\nFrom: Delmar Merchants <action@example.com>\n"
        "Sent: Mon, Nov 30, 2026 at 7:25 AM\nTo: undisclosed-recipients:;\n"
        "Subject: ACTION NEEDED: Save Delmar parking (item 12)",
        "---------- Forwarded message ---------\nFrom: Delmar Merchants <action@example.com>\n"
        "Date: Mon, Nov 30, 2026 at 7:54 AM\nSubject: Save Delmar parking\nTo: <x@example.com>",
        "De: Comerciantes de Delmar <action@example.com>\nEnviado: lunes, 30 de noviembre de 2026"
        " 7:25\nPara: vecinos@example.com\nAsunto: Salvemos el estacionamiento",
        "-------- Message transféré --------\nDe : Commerçants Delmar <action@example.com>\n"
        "Envoyé : lundi 30 novembre 2026 07:25\nÀ : voisins@example.com\nObjet : Stationnement",
        "---------- Weitergeleitete Nachricht ---------\nVon: Delmar <action@example.com>\n"
        "Gesendet: Montag, 30. November 2026 07:25\nAn: nachbarn@example.com\nBetreff: Parken",
        "Từ: Hiệp hội Delmar <action@example.com>\nĐã gửi: Thứ Hai, 30 tháng 11, 2026\n"
        "Đến: hangxom@example.com\nChủ đề: Bãi đậu xe",
        "Begin forwarded message:\n\nFrom: Delmar Merchants <action@example.com>\n"
        "Subject: Save Delmar parking",
    ],
)
def test_a_forwards_headers_are_neither_template_nor_personal_text(headers: str) -> None:
    body = f"{OWN}\n\n{headers}\n\n{LETTER}"
    assert added(body) == OWN
    assert added(f"{headers}\n\n{LETTER}") is None
    header_roles = {s.role for s in segments(body) if s.text in headers}
    assert header_roles == {Role.MAIL}


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, Nov 30, 2026 at 10:31 AM, Delmar Merchants <action@example.com> wrote:",
        "El lun, 30 nov 2026 a las 10:31, Comerciantes de Delmar (<action@example.com>) escribió:",
        "Le lun. 30 nov. 2026 à 10:31, Commerçants Delmar <action@example.com> a écrit :",
        "Am Mo., 30. Nov. 2026 um 10:31 Uhr schrieb Delmar <action@example.com>:",
        "Vào Th 2, 30 thg 11, 2026 lúc 10:31 Hiệp hội Delmar <action@example.com> đã viết:",
    ],
)
def test_a_replys_attribution_and_quote_marks_are_not_personal_text(attribution: str) -> None:
    quoted = "\n>\n".join(f"> {line}" for line in LETTER.split("\n\n"))
    assert added(f"{OWN}\n\n{attribution}\n\n{quoted}") == OWN


@pytest.mark.parametrize(
    "device",
    [
        "Sent from my iPhone",
        "Enviado desde mi iPhone",
        "Envoyé de mon iPhone",
        "Get Outlook for iOS",
    ],
)
def test_a_device_line_between_the_senders_words_and_the_forward_is_not_personal_text(
    device: str,
) -> None:
    body = f"{OWN}\n\n{device}\n\n-----Original Message-----\nFrom: x@example.com\n\n{LETTER}"
    assert added(body) == OWN


@pytest.mark.parametrize(
    "line",
    [
        "Sent my kids to the Delmar school for ten years, and we always walked.",
        "From my porch I can see every delivery truck double park.",
        "From: a shop owner who has been here since 1998.",
        "To: the council, please count my vote too.",
        "On May 5, 2025 my neighbour wrote to you about the same block.",
        "Sent: twice, and nobody answered.",
    ],
)
def test_a_residents_sentence_that_starts_like_a_header_stays_personal_text(line: str) -> None:
    body = f"{line}\n\n{LETTER}"
    assert added(body) == line
    assert segments(body)[0].role is Role.CONTENT


def test_character_references_and_tags_match_the_plain_text() -> None:
    """A web mailer's "It&#39;s", "&quot;", "&nbsp;" and "<div dir="ltr">" match plain text,
    and "&nbsp;" between two sentences still parts them."""
    assert normalize("It&#39;s a &quot;synthetic&quot; field.") == normalize(
        'It\'s a "synthetic" field.'
    )
    assert normalize('<div dir="ltr">Please vote no.</div>') == normalize("Please vote no.")
    html = (
        '<div dir="ltr">I am writing about the Delmar Avenue project, item 12 on your agenda.'
        "</div>\n<p>Removing 140 parking spaces will cut off the customers who keep our doors "
        "open.&nbsp; Please vote no on item 12.</p>"
    )
    assert added(html) is None
    body = f"<p>{OWN}</p>\n{html}"
    # Read as its reader saw it (session 16: normalize.as_displayed); the stored body is never
    # altered (tests/api/test_pasted_markup.py).
    assert added(body) == OWN


def test_a_placeholder_in_angle_brackets_is_not_taken_for_markup() -> None:
    assert normalize("<your name>") == "your name"
    assert is_scaffolding("<your name>")


@pytest.mark.parametrize(
    "greeting", ["Dear Mayor Okafor and Council Members,", "<p>Dear Mayor Okafor,</p>"]
)
def test_a_greeting_after_the_senders_own_paragraph_is_a_salutation(greeting: str) -> None:
    body = f"{OWN}\n\n{greeting}\n\n{LETTER}"
    assert added(body) == OWN
    dear = "Dear neighbours, the council must hear from us about this block before Tuesday."
    assert added(f"{OWN}\n\n{dear}\n\n{LETTER}") == f"{OWN}\n\n{dear}"


@pytest.mark.parametrize(
    "thanks",
    [
        "Thank you for taking the time to read my comment.",
        "Thanks for your consideration.",
        "Gracias por su tiempo.",
        "Merci de votre attention.",
    ],
)
def test_thanks_for_reading_before_the_senders_own_paragraph_is_not_personal_text(
    thanks: str,
) -> None:
    body = f"{LETTER}\n\n{thanks}\n\n{OWN}"
    assert added(body) == OWN
    own_thanks = "Thank you for the new crosswalk on Ninth, it saved my son."
    assert added(f"{LETTER}\n\n{own_thanks}\n\n{OWN}") == f"{own_thanks}\n\n{OWN}"


def test_a_greeting_and_a_sign_off_in_spanish_are_neither_template_nor_personal() -> None:
    body = f"Estimado Concejo Municipal:\n{LETTER}\n{OWN}\nAtentamente,\nAna Ruiz"
    roles = {seg.text: seg.role for seg in segments(body)}
    assert roles["Estimado Concejo Municipal:"] is Role.SALUTATION
    assert roles["Atentamente,"] is Role.CLOSING
    assert added(body) == OWN


def test_a_greeting_opening_the_senders_own_sentence_stays_with_it() -> None:
    """A greeting is split off the sentence it opened, and goes with it: the letter's when the
    letter follows it, the sender's in their own sentence."""
    dear = "Dear neighbours, the council must hear from us about this block before Tuesday."
    assert added(f"{OWN} {dear}\n\n{LETTER}") == f"{OWN} {dear}"


@pytest.mark.parametrize(
    "line",
    [
        "Click 'Comment' on Item 12 and paste this:",
        "--- Paste the letter below, add your story, then submit ---",
        "TEMPLATE (edit the bracketed parts before sending)",
    ],
)
def test_an_instruction_line_anywhere_in_its_line_is_not_personal_text(line: str) -> None:
    """A campaign tool's instruction need not open its line ("Click 'Comment' ... and paste
    this:"), nor stand in square brackets; a sender's sentence about pasting stays theirs."""
    assert is_scaffolding(line)
    assert added(f"{line}\n\n{LETTER}") is None
    assert added(f"{OWN}\n\n{line}\n\n{LETTER}") == OWN
    own = "I refuse to just paste the letter the union sent, because this street is my home."
    assert added(f"{own}\n\n{LETTER}") == own


def test_thanks_and_a_name_on_one_line_are_a_sign_off() -> None:
    """ "Thanks for your time. Ana Ruiz": the full stop makes the name a sentence of its own on
    the valediction's line; both are the sign-off. A name after the sender's own sentence on one
    line is not taken for one."""
    assert added(f"{LETTER}\n\n{OWN}\n\nThanks for your time. Ana Ruiz") == OWN
    roles = [s.role for s in segments(f"{LETTER}\n\nThanks for your time. Ana Ruiz")]
    assert roles[-2:] == [Role.CLOSING, Role.SIGNATURE]
    assert [s.role for s in segments("We need buses. Ana Ruiz")] == [Role.CONTENT, Role.CONTENT]


def test_a_greeting_line_without_a_comma_after_the_senders_paragraph_is_a_salutation() -> None:
    """ "Good evening Councilmembers" pasted under the sender's own paragraph, no mark at its end:
    the letter's greeting, not the sender's words; a longer line that opens with "Hi" stays
    theirs."""
    assert added(f"{OWN}\n\nGood evening Councilmembers\n\n{LETTER}") == OWN
    own = "Hi I live right on Delmar and park there daily"
    assert added(f"{LETTER}\n\n{own}") == own
