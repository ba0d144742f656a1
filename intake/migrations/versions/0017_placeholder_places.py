"""Senders named by where or what they are ("County resident") get an identity of their own

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 01:20:00.000000

Migration 0006 gave every stored sender under a placeholder name and without an email an
identity key of their own. Session 13 widened what a placeholder name is: "County resident",
"City Resident", "Local taxpayer", "Concerned neighbor", "A constituent" name nobody either
(intake.text.personal_data), nor do the refusals added since 0006 ("Prefer not to say", "I'd
rather not say", "Decline to state"), so copies sent under them were labelled ``duplicate`` of
each other. This migration re-keys every stored sender without an email whose name is a placeholder
under the widened rule, exactly as 0006 did (the same key, derived from the comment id, so a
sender 0006 already re-keyed keeps theirs), and keeps ``comments.person_key`` in step. Labels
are not changed here: run ``intake relabel`` afterwards.

Downgrade leaves the keys as they are (see 0006).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A frozen copy of intake.text.personal_data's placeholder rule (migrations must not follow code).
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_PLACEHOLDER_WORDS = frozenset(
    [
        "a",
        "anon",
        "anonymous",
        "anonymously",
        "anonymus",
        "answer",
        "citizen",
        "citizens",
        "city",
        "concerned",
        "constituent",
        "county",
        "decline",
        "declined",
        "disclose",
        "dr",
        "given",
        "homeowner",
        "i",
        "i'd",
        "ii",
        "iii",
        "iv",
        "i\u2019d",
        "jr",
        "local",
        "member",
        "miss",
        "mr",
        "mrs",
        "ms",
        "mx",
        "n",
        "na",
        "name",
        "names",
        "neighbor",
        "neighbour",
        "no",
        "none",
        "not",
        "of",
        "prefer",
        "private",
        "prof",
        "provided",
        "public",
        "rather",
        "redacted",
        "resident",
        "residents",
        "say",
        "sr",
        "state",
        "taxpayer",
        "test",
        "the",
        "to",
        "town",
        "unknown",
        "user",
        "voter",
        "withheld",
        "would",
        "x",
        "xx",
        "xxx",
    ]
)
CHUNK = 1000


def _is_placeholder(name: str | None) -> bool:
    tokens = _NAME_TOKEN.findall(unicodedata.normalize("NFKC", name or ""))
    return all(t.casefold() in _PLACEHOLDER_WORDS for t in tokens)


def _key(comment_id: int) -> str:
    return hashlib.sha256(f"unidentified:comment:{comment_id}".encode()).hexdigest()


def _person_key(identity_key: str) -> int:
    return int.from_bytes(bytes.fromhex(identity_key[:16]), "big", signed=True)


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT comment_id, name FROM submitters WHERE email IS NULL OR email = ''")
    ).all()
    ids = [comment_id for comment_id, name in rows if _is_placeholder(name)]
    for start in range(0, len(ids), CHUNK):
        keys = [
            {"id": i, "key": _key(i), "pk": _person_key(_key(i))}
            for i in ids[start : start + CHUNK]
        ]
        bind.execute(
            sa.text("UPDATE submitters SET identity_key = :key WHERE comment_id = :id"), keys
        )
        bind.execute(sa.text("UPDATE comments SET person_key = :pk WHERE id = :id"), keys)


def downgrade() -> None:
    """Nothing to undo: see the module docstring."""
