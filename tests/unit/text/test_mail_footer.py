"""What a mail server, a campaign tool or a letter's custom adds after the sender's words
(issue 14 item 2): disclaimers and footers in several languages, sign-offs that are a whole
sentence in the sender's language, a quoted reply or a forward below the sender's words. None of
it is what the sender added; the sender's own sentences that look like it stay theirs."""

from __future__ import annotations

import pytest

from intake.text.normalize import segments
from intake.text.template import personal_text

PARAGRAPHS = (
    "I am writing to ask the Council to approve the protected bike lanes on Harbor Street.",
    "The current painted lanes leave riders exposed to fast traffic and opening car doors.",
    "Protected lanes have cut serious injuries by a third in cities that built them.",
    "Please vote yes on Item 7 at the March 3 meeting.",
)
LETTER = "\n\n".join(PARAGRAPHS)
TEMPLATE = frozenset(seg.norm for p in PARAGRAPHS for seg in segments(p))
OWN = "I ride Harbor Street to work every day with my daughter on the back."
QUOTED = "\n>\n".join(f"> {p}" for p in PARAGRAPHS)


def added(body: str) -> str | None:
    return personal_text(body, TEMPLATE)


def signed(end: str) -> str:
    return f"Dear Council Members,\n\n{LETTER}\n\n{OWN}\n\n{end}"


@pytest.mark.parametrize(
    "end",
    [
        "Sincerely,\nJordan Pike\n\nThis email and any attachments are confidential and intended"
        " solely for the use of the individual to whom they are addressed. If you have received"
        " this email in error please notify the sender.",
        "Jordan Pike\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments,"
        " is for the sole use of the intended recipient(s) and may contain confidential and"
        " privileged information.",
        "Jordan Pike\n\nYou received this email because you signed up for updates from Bike"
        " Harbor. Unsubscribe | Manage preferences",
        "To unsubscribe from this list, click here.",
        "Jordan Pike\n\nPlease consider the environment before printing this email.",
        "Mit freundlichen Grüßen\nAnna Roth\n\nDiese E-Mail enthält vertrauliche Informationen."
        " Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender"
        " und vernichten Sie diese Mail.",
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention"
        " exclusive de ses destinataires.",
        "Este correo electrónico y sus anexos son confidenciales y están dirigidos exclusivamente"
        " a su destinatario.",
        "Questo messaggio è riservato e destinato esclusivamente al destinatario indicato.",
        "Jordan Pike\n\nThis message was sent via Action Network on behalf of Bike Harbor.",
        "Submitted via the City of Harbor eComment portal",
    ],
)
def test_a_disclaimer_or_footer_after_the_senders_words_is_not_personal_text(end: str) -> None:
    assert added(signed(end)) == OWN


@pytest.mark.parametrize(
    "end",
    [
        "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
        "Anne Roy",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.",
        "Le saluda atentamente.\nAna Ruiz",
        "Con cordiali saluti\nAnna Rossi",
        "Met vriendelijke groet\nAnna de Vries",
        "Z poważaniem\nAnna Nowak",
        "С уважением\nАнна Иванова",
        "Trân trọng\nNguyễn Văn An",
        "Trân trọng cảm ơn.",
        "此致\n敬礼\n王小明",
        "此致 敬礼",
        "よろしくお願いいたします。\n山田太郎",
        "감사합니다.\n김민수",
    ],
)
def test_a_sign_off_in_the_senders_language_and_the_name_under_it_are_not_personal_text(
    end: str,
) -> None:
    assert added(signed(end)) == OWN


@pytest.mark.parametrize(
    "only",
    [
        "Mit freundlichen Grüßen",
        "Con cordiali saluti",
        "此致 敬礼",
        "よろしくお願いします",
        "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    ],
)
def test_a_sender_who_only_signs_off_added_nothing(only: str) -> None:
    assert added(f"{LETTER}\n\n{only}") is None


@pytest.mark.parametrize(
    "attribution",
    [
        # Gmail in German and Polish, and an attribution a mail program broke after "<"
        "Jane Doe <jane@example.com> schrieb am Di., 1. Dez. 2026, 21:14:",
        "W dniu 1.12.2026 o 21:14 Jan Nowak <jan@example.pl> pisze:",
        "On Tue, Dec 1, 2026 at 9:14 PM Jane Doe <\njane@example.com> wrote:",
    ],
)
def test_a_replys_attribution_read_by_its_shape_is_not_personal_text(attribution: str) -> None:
    assert added(f"{OWN}\n\n{attribution}\n\n{QUOTED}") == OWN


def test_what_the_sender_replied_to_is_not_theirs_though_no_template_holds_it() -> None:
    note = "> Hi friend, thanks for signing up! Forward the letter below to the council.\n>\n"
    body = f"{OWN}\n\nOn Tue, Dec 1, 2026 at 9:14 PM Jane Doe <jane@example.com> wrote:\n\n"
    assert added(f"{body}{note}{QUOTED}") == OWN


def test_what_the_sender_forwarded_is_not_theirs_though_no_template_holds_it() -> None:
    forward = (
        "---------- Forwarded message ---------\nFrom: Bike Harbor <act@example.org>\n"
        "Date: Tue, Dec 1, 2026\nSubject: Take action\nTo: Jordan <j@example.com>\n\n"
        "Hi Jordan, please send the letter below to the council today."
    )
    assert added(f"{OWN}\n\n{forward}\n\n{LETTER}") == OWN
    # Headers on top and nothing of the sender's above them: the sender's paragraph under the
    # letter is still theirs.
    top = "From: Bike Harbor <act@example.org>\nSubject: Take action"
    assert added(f"{top}\n\n{LETTER}\n\n{OWN}") == OWN


@pytest.mark.parametrize(
    "own",
    [
        "Please consider the bus riders before you vote.",
        "My medical records are confidential, but I was hit by a car here in May.",
        "I am sending this email on behalf of my mother, who cannot type.",
        "Please print this and bring it to the March 3 meeting.",
        "I will not unsubscribe from the city's updates until this lane is built.",
        "If you received this message from my neighbour too, it is because we both ride here.",
        "Trân trọng cảm ơn các anh chị đã lắng nghe ý kiến của tôi về làn đường.",
        "Atentamente le pido que voten sí, porque mi hija va en bici a la escuela.",
        "Grazie to the crew who painted the crossing on Fifth last spring.",
    ],
)
def test_a_residents_sentence_that_looks_like_a_footer_or_a_sign_off_stays_theirs(
    own: str,
) -> None:
    assert added(f"{LETTER}\n\n{own}") == own
    assert added(f"{LETTER}\n\n{own}\n\nSincerely,\nJordan Pike") == own


def test_a_residents_colon_line_above_their_own_quote_stays_theirs() -> None:
    own = "On my block I wrote:\n\n> a note to every neighbour"
    assert added(f"{LETTER}\n\n{own}") == own


def test_a_ps_after_a_sign_off_in_another_language_stays_the_senders() -> None:
    """The sentence is the sender's; its "P.S." mark is not (tests/unit/text/test_postscript_mark.py)."""
    ps = "The crossing at Fifth floods every spring."
    body = signed(f"Mit freundlichen Grüßen\nAnna Roth\n\nP.S. {ps}")
    assert added(body) == f"{OWN}\n\n{ps}"
