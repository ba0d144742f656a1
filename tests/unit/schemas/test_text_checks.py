"""The text fields' character check agrees with Unicode's categories for every code point."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from marshmallow import ValidationError

from schemas.common import reject_control_characters


def _refused(char: str) -> bool:
    try:
        reject_control_characters(f"a{char}b")
    except ValidationError:
        return True
    return False


def test_refuses_exactly_the_control_and_surrogate_code_points() -> None:
    """Unicode's ``Cc`` (bar tab, LF, CR) and ``Cs``, and nothing else, in the whole range."""
    wrong = [
        cp
        for cp in range(sys.maxunicode + 1)
        if _refused(chr(cp))
        != (unicodedata.category(chr(cp)) in ("Cc", "Cs") and chr(cp) not in "\t\n\r")
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ok\x00", "Control character U+0000 is not allowed."),
        ("ok\x85 then \x00", "Control character U+0085 is not allowed."),
        ("half a pair \ud83d", "Text must be valid Unicode (a lone surrogate was found)."),
    ],
)
def test_names_the_first_offending_character(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        reject_control_characters(text)
    assert refused.value.messages == [message]


def test_text_with_tabs_newlines_and_any_script_passes() -> None:
    reject_control_characters("Line one\n\tLine two\r\n日本語 עברית 😀 \u200b\ufeff")
