"""Anonymous senders without an email get an identity of their own

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 01:15:00.000000

A placeholder name ("Anonymous", "Anonymous Anonymous", "N/A", "Name withheld", blank, ...) used
to be an identity: every sender filing under it without an email was one person, so their copies
of a campaign were labelled ``duplicate`` and the summary counted them once. From now on such a
sender's ``identity_key`` is drawn at random (intake.services.comments.identity_key). This
migration gives every stored placeholder-named submitter without an email a key of their own
(derived from their comment id) and keeps ``comments.person_key`` in step. Labels are not
changed here: run ``intake relabel`` afterwards to undo the wrong ``duplicate`` labels.

Downgrade leaves the keys as they are (the old shared keys cannot be told apart from new ones
and merging people again would be wrong).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A frozen copy of intake.text.personal_data's placeholder rule (migrations must not follow code).
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_PLACEHOLDER_WORDS = frozenset(
    [
        "anonymous",
        "anon",
        "anonymus",
        "anonymously",
        "name",
        "names",
        "withheld",
        "na",
        "n",
        "a",
        "none",
        "no",
        "not",
        "given",
        "provided",
        "unknown",
        "private",
        "redacted",
        "concerned",
        "citizen",
        "resident",
        "public",
        "member",
        "of",
        "the",
        "user",
        "x",
        "xx",
        "xxx",
        "test",
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "miss",
        "prof",
        "jr",
        "sr",
        "ii",
        "iii",
        "iv",
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
