"""Opaque keyset cursors: stable under concurrent inserts, unlike offsets."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from intake.errors import InvalidInput


def encode_cursor(value: Any) -> str:
    raw = json.dumps({"after": value}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, expected: type) -> Any:
    """The last key of the previous page, or None; a cursor that was tampered with is a 422."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))["after"]
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise InvalidInput({"cursor": ["Not a cursor this API issued."]}) from exc
    if not isinstance(value, expected) or isinstance(value, bool):
        raise InvalidInput({"cursor": ["Not a cursor this API issued."]})
    return value
