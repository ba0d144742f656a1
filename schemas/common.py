"""Shared fields, validators and the RFC 9457 problem body."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

MAX_ID = 2**63 - 1
"""Ids are signed 64-bit columns; a larger number can name no record and must not reach SQL."""

SPACES = r"\t\n\r\x20\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
"""What counts as blank, as a regex class body: the whitespace of ECMAScript's ``\\s`` (what a
client's JSON Schema validator applies) that is not a control character."""
CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
"""The C0 and C1 controls refused in text, as a regex class body (tab, LF and CR are text)."""
CLEAN_TEXT_PATTERN = f"^[^{CONTROLS}]*$"
"""Text without control characters, as the spec states it (lone surrogates are refused too)."""
REQUIRED_TEXT_PATTERN = f"^[{SPACES}]*[^{CONTROLS}{SPACES}][^{CONTROLS}]*$"
"""Clean text with at least one character that is not blank. Written so each character has one
way to match (blank prefix, first visible character, rest), which keeps a regex engine linear."""
_BLANK = re.compile(f"[{SPACES}{CONTROLS}]*")
_FORBIDDEN = re.compile(f"[{CONTROLS}\ud800-\udfff]")
CURSOR_PATTERN = "^[A-Za-z0-9_-]+$"
"""Cursors this API issues are unpadded URL-safe base64."""
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(9999, 1, 1, tzinfo=UTC)
"""Timestamps are taken between these instants: far enough from the ends of Python's calendar
that converting any offset to UTC, or adding a day, cannot overflow."""


def reject_control_characters(value: str) -> None:
    """Refuse NUL, other C0/C1 controls and lone surrogates; tabs and newlines are text.

    One search of a compiled class (Unicode's ``Cc`` category is exactly ``CONTROLS`` with tab,
    LF and CR; ``Cs`` is the surrogate range), not a Python loop over every character: this runs
    on every comment's body.
    """
    found = _FORBIDDEN.search(value)
    if found is None:
        return
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        raise ValidationError("Text must be valid Unicode (a lone surrogate was found).")
    raise ValidationError(f"Control character U+{ord(char):04X} is not allowed.")


def not_blank(value: str) -> None:
    """Blank is what a JSON Schema validator calls ``\\s`` too (so a lone BOM is blank)."""
    if _BLANK.fullmatch(value):
        raise ValidationError("Must not be empty or only whitespace.")


def text_field(
    *, max_length: int, required: bool = False, allow_blank: bool | None = None, **kwargs: Any
) -> fields.String:
    """A string that must be clean text of at most ``max_length`` characters (and, when
    required unless ``allow_blank`` says otherwise, not blank).

    The checks run as plain functions (linear, with a message naming the character); the spec
    states the same rules as a ``pattern``, so a client validating against it agrees.
    """
    blank_allowed = not required if allow_blank is None else allow_blank
    validators: list[Callable[[str], Any]] = [validate.Length(max=max_length)]
    if not blank_allowed:
        validators.append(not_blank)
    validators.append(reject_control_characters)
    pattern = CLEAN_TEXT_PATTERN if blank_allowed else REQUIRED_TEXT_PATTERN
    metadata = {"pattern": pattern, **kwargs.pop("metadata", {})}
    return fields.String(required=required, validate=validators, metadata=metadata, **kwargs)


def in_range(moment: datetime) -> None:
    """Refuse instants that cannot be converted to UTC and back (year 1 at +14:00 and alike)."""
    if not EARLIEST <= moment <= LATEST:
        raise ValidationError(f"Must be between {EARLIEST.isoformat()} and {LATEST.isoformat()}.")


def aware_datetime(**kwargs: Any) -> fields.AwareDateTime:
    """ISO 8601 timestamp; one without an offset is taken as UTC; within EARLIEST..LATEST."""
    metadata = {
        "description": f"ISO 8601; UTC when no offset is given; between {EARLIEST.isoformat()} "
        f"and {LATEST.isoformat()}.",
        **kwargs.pop("metadata", {}),
    }
    return fields.AwareDateTime(
        default_timezone=UTC, validate=in_range, metadata=metadata, **kwargs
    )


def cursor_field() -> fields.String:
    """A page cursor as this API issued it: only its own characters, so nothing else reaches
    the decoder (and the spec says so)."""
    return fields.String(
        validate=[
            validate.Length(min=1, max=200),
            validate.Regexp(CURSOR_PATTERN, error="Not a cursor this API issued."),
        ],
        metadata={"description": "next_cursor of the previous page."},
    )


class Ratio(fields.Float):
    """A fraction such as a similarity or a share, sent rounded to three decimals (0.888), which
    is all the precision a reader can use."""

    PLACES = 3

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        result = super()._serialize(value, attr, obj, **kwargs)
        return None if result is None else round(float(result), self.PLACES)


class StatusSchema(Schema):
    status = fields.String(required=True)


class ProblemSchema(Schema):
    """``application/problem+json`` (RFC 9457); ``errors`` maps field paths to messages."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    instance = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))
    window = fields.Dict(keys=fields.String(), values=fields.String(allow_none=True))
