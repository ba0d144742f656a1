"""A postscript's mark is the mail's form, not the sender's words (issue 14 item 2, session 13:
generated-ninth's P.S. copies came back with "P.S." or "PS:" in their personal text)."""

from __future__ import annotations

import pytest

from intake.text.normalize import segments
from intake.text.template import personal_text

LETTER = (
    "Please keep the Harrow branch open for the families of the north end. It has served the "
    "north end since 1961 and lends more books than any other branch. Vote no on the "
    "consolidation."
)
OWN = "We use the branch computers to do our taxes every spring. There is no other free place."


@pytest.mark.parametrize("mark", ["P.S. ", "PS: ", "P.S.: ", "ps - ", "P.S.\n", "p.s. "])
def test_the_postscript_mark_is_not_personal_text(mark: str) -> None:
    template = [s.norm for s in segments(LETTER) if s.norm]
    body = f"Dear Council,\n\n{LETTER}\n\nSincerely,\nCiaran Grimshaw\n\n{mark}{OWN}"
    assert personal_text(body, template) == OWN


def test_words_that_merely_begin_with_ps_stay() -> None:
    template = [s.norm for s in segments(LETTER) if s.norm]
    own = "PS4 games are sold at the mall next door, and the branch lends them for free."
    assert personal_text(f"{LETTER}\n\n{own}", template) == own
