"""A petition signer's line and a platform's "Reason for signing:" label are not the signer's
words (issue 14 item 2, session 14: generated-eleventh's petition came back with "QUILLON LINDGREN
/ EASTBANK", "- saoirse underhill, eastbank" or "Marisol Kilbride" over "Gullhaven" as personal
text, and with the platform's label before each reason)."""

from __future__ import annotations

import pytest

from intake.text.frame import is_signer_line
from intake.text.normalize import segments
from intake.text.template import personal_text

PETITION = (
    "I support the Heritage Tree Ordinance and urge the City Council to adopt it tonight "
    "without weakening amendments. Every tree counts in Port Ellery."
)
REASON = "My grandfather planted the sycamores on Quay Lane in 1952."


def _template() -> list[str]:
    return [s.norm for s in segments(PETITION) if s.norm]


@pytest.mark.parametrize(
    "signed",
    [
        "\n\nQUILLON LINDGREN / EASTBANK",
        "\n\nANONYMOUS / HARBOR HEIGHTS",
        "\n- saoirse underhill, eastbank",
        "\n\n\u2014 Anonymous, Tanner's Flats",
        " Anonymous, Gullhaven",
        "\nMarisol Kilbride\nGullhaven",
        "\n\nAmara Kilbride\nPier District",
    ],
)
def test_a_signers_line_is_not_personal_text(signed: str) -> None:
    assert personal_text(PETITION + signed, _template()) is None
    body = f"{PETITION}{signed}\n\n{REASON}"
    assert personal_text(body, _template()) == REASON


@pytest.mark.parametrize(
    "label",
    ["Reason for signing: ", "Why I signed: ", "Additional comments: ", "Why I'm signing: "],
)
def test_the_platforms_label_before_a_reason_is_not_personal_text(label: str) -> None:
    body = f"{PETITION}\n\nSigned: Dagny Sandoval (Old Harbor)\n\n{label}{REASON}"
    assert personal_text(body, _template()) == REASON


@pytest.mark.parametrize(
    "line",
    [
        "Parks, not parking.",
        "PROTECT THE ENVIRONMENT, PLEASE.",
        "- shade, birds and quiet streets for everyone",
        "Trees are infrastructure.",
        "We walk there every day, rain or shine",
        "Hello Council,",
    ],
)
def test_a_sentence_of_the_senders_is_no_signers_line(line: str) -> None:
    assert not is_signer_line(line)


def test_a_label_in_the_middle_of_a_sentence_stays() -> None:
    own = "I gave my reason for signing: nothing else protects the old firs."
    assert personal_text(f"{PETITION}\n\n{own}", _template()) == own
