"""Opaque keyset cursors: stable under concurrent inserts, unlike offsets.

A cursor comes back from the client, so it is untrusted input: the API's schema checks its
characters (``CURSOR_PATTERN``) and the staff pages pass it straight here, so this decoder checks
everything again and only ever returns a key the database can compare: an id within the 64-bit
column, or clean text (no NUL, no lone surrogate, which PostgreSQL and the driver refuse).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from marshmallow import ValidationError
from sqlalchemy import Select, String
from sqlalchemy.orm import InstrumentedAttribute, Session

from intake.errors import InvalidInput
from schemas.common import CURSOR_PATTERN, MAX_ID, reject_control_characters

MAX_CURSOR_CHARS = 200
_CURSOR = re.compile(CURSOR_PATTERN)


def keyset_page(
    session: Session,
    query: Select[Any],
    key: InstrumentedAttribute[Any],
    limit: int,
    cursor: str | None,
    *,
    newest_first: bool = False,
) -> tuple[list[Any], str | None]:
    """One page of ``query``'s rows in ``key`` order, after the key ``cursor`` holds (before it,
    ``newest_first``), and the cursor of the next page (None on the last).

    ``key`` is a unique column of the selected entity (an id); the cursor is checked with
    :func:`decode_cursor`, so one tampered with is a 422.
    """
    last = decode_cursor(cursor, str if isinstance(key.type, String) else int)
    query = query.order_by(key.desc() if newest_first else key).limit(limit + 1)
    if last is not None:
        query = query.where(key < last if newest_first else key > last)
    rows = list(session.scalars(query))
    next_cursor = encode_cursor(getattr(rows[limit - 1], key.key)) if len(rows) > limit else None
    return rows[:limit], next_cursor


def encode_cursor(value: Any) -> str:
    raw = json.dumps({"after": value}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, expected: type) -> Any:
    """The last key of the previous page, or None; a cursor that was tampered with is a 422."""
    if not cursor:
        return None
    if len(cursor) > MAX_CURSOR_CHARS or not _CURSOR.fullmatch(cursor):
        raise _not_ours()
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))["after"]
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise _not_ours() from exc
    if not isinstance(value, expected) or isinstance(value, bool) or not _comparable(value):
        raise _not_ours()
    return value


def _comparable(value: Any) -> bool:
    """Whether the database can take ``value`` as a key: a 64-bit id or clean text."""
    if isinstance(value, int):
        return 0 <= value <= MAX_ID
    if isinstance(value, str):
        try:
            reject_control_characters(value)
        except ValidationError:
            return False
    return True


def _not_ours() -> InvalidInput:
    return InvalidInput({"cursor": ["Not a cursor this API issued."]})
