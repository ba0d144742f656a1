"""summary counters: per-item counts kept by triggers on comments, for the live staff summary

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 06:50:00.000000

The staff summary aggregated every comment of the item on each request (933 ms p50 for a
million comments). Four tables now hold what it adds up (see the models ``SummaryGroup``,
``SummaryHour``, ``SummaryPersonTally``, ``SummaryPeople``) and triggers on ``comments`` keep
them on every INSERT, UPDATE and DELETE, so no write path (group commit, batch, import, relabel,
staff label changes, campaign pull-ins and merges, spam marks) has to remember them.

PostgreSQL: one PL/pgSQL function, fired by *deferred* constraint triggers, so a transaction
touches the counters only at its commit: the hot rows of an item in a burst (its people count,
its current quarter hour, its big campaign's group) are locked for the commit alone, not for the
whole labelling transaction. The function first takes one transaction-scoped advisory lock, so
two committing transactions never take counter rows in opposite orders (a deadlock); commits that
write comments queue on it for the counter updates and their WAL flush. SQLite (one writer at a
time) uses plain row triggers with the same statements.

The triggers are created before the backfill, in the same transaction: on PostgreSQL CREATE
TRIGGER locks ``comments`` against writes until the migration commits, so no comment is counted
twice or missed. Triggers are not part of the model metadata (``alembic check`` does not see
them). On SQLite a later batch migration that rebuilds ``comments`` drops them: it must create
them again (``create_triggers``).
"""

# ruff: noqa: S608 - every statement here is built from this file's constants, never from input

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCK_KEY = 7_201_612_001
"""The advisory lock the PostgreSQL trigger function takes first (any fixed 64-bit number)."""
COLUMNS = (
    "item_id",
    "kind",
    "position",
    "campaign_id",
    "has_personal_text",
    "received_at",
    "person_key",
    "signatures",
)
"""The comment columns the counters depend on: an UPDATE that changes none of them is skipped."""
EVENTS = ("insert", "update", "delete")
BUCKET = {
    "sqlite": (
        "strftime('%Y-%m-%d %H:', {t}) || "
        "printf('%02d', CAST(strftime('%M', {t}) AS INTEGER) / 15 * 15)"
    ),
    "postgresql": (
        "to_char(date_bin('15 minutes', {t}, TIMESTAMPTZ '2000-01-01 00:00:00+00') "
        "AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')"
    ),
}
"""A timestamp's UTC quarter hour as text, the summary's timeline bucket, on each engine."""


def not_spam(row: str) -> str:
    return f"({row}.kind IS NULL OR {row}.kind <> 'spam')"


def count_statements(dialect: str, row: str, sign: int) -> list[str]:
    """Add (``sign`` 1) or take away (-1) one comment, ``row`` (NEW or OLD), from the counters.

    A person tally first, then the people count moves if that tally just became 1 (or 0); the
    item's tally uses campaign 0, a campaign's its id.
    """
    bucket = BUCKET[dialect].format(t=f"{row}.received_at")
    became = 1 if sign > 0 else 0
    statements = [
        "INSERT INTO summary_groups "
        "(item_id, kind, position, campaign_id, has_personal_text, n, signatures) "
        f"VALUES ({row}.item_id, COALESCE({row}.kind, ''), COALESCE({row}.position, ''), "
        f"COALESCE({row}.campaign_id, 0), {row}.has_personal_text, {sign}, "
        f"{sign} * {row}.signatures) "
        "ON CONFLICT (item_id, kind, position, campaign_id, has_personal_text) "
        "DO UPDATE SET n = summary_groups.n + excluded.n, "
        "signatures = summary_groups.signatures + excluded.signatures",
        "INSERT INTO summary_hours (item_id, bucket, kind, n) "
        f"VALUES ({row}.item_id, {bucket}, COALESCE({row}.kind, ''), {sign}) "
        "ON CONFLICT (item_id, bucket, kind) DO UPDATE SET n = summary_hours.n + excluded.n",
    ]
    scopes = (("0", not_spam(row)), (f"{row}.campaign_id", f"{row}.campaign_id IS NOT NULL"))
    for campaign, applies in scopes:
        where = f"{not_spam(row)} AND {applies}"
        statements += [
            "INSERT INTO summary_person_tally (item_id, campaign_id, person_key, n) "
            f"SELECT {row}.item_id, {campaign}, {row}.person_key, {sign} WHERE {where} "
            "ON CONFLICT (item_id, campaign_id, person_key) "
            "DO UPDATE SET n = summary_person_tally.n + excluded.n",
            "INSERT INTO summary_people (item_id, campaign_id, n) "
            f"SELECT t.item_id, t.campaign_id, {sign} FROM summary_person_tally t "
            f"WHERE t.item_id = {row}.item_id AND t.campaign_id = {campaign} "
            f"AND t.person_key = {row}.person_key AND t.n = {became} AND {where} "
            "ON CONFLICT (item_id, campaign_id) "
            "DO UPDATE SET n = summary_people.n + excluded.n",
        ]
    return statements


def changed() -> str:
    """True when an UPDATE changed a column the counters depend on (NULL-safe on both engines)."""
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in COLUMNS)


def _body(statements: list[str]) -> str:
    return "".join(f"    {s};\n" for s in statements)


def postgresql_triggers() -> list[str]:
    function = (
        "CREATE FUNCTION summary_count() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        f"  PERFORM pg_advisory_xact_lock({LOCK_KEY});\n"
        "  IF TG_OP <> 'INSERT' THEN\n"
        f"{_body(count_statements('postgresql', 'OLD', -1))}"
        "  END IF;\n"
        "  IF TG_OP <> 'DELETE' THEN\n"
        f"{_body(count_statements('postgresql', 'NEW', 1))}"
        "  END IF;\n"
        "  RETURN NULL;\n"
        "END\n"
        "$$"
    )
    columns = ", ".join(COLUMNS)
    heads = {
        "insert": "AFTER INSERT",
        "update": f"AFTER UPDATE OF {columns}",
        "delete": "AFTER DELETE",
    }
    triggers = [function]
    for event, head in heads.items():
        when = f" WHEN ({changed()})" if event == "update" else ""
        triggers.append(
            f"CREATE CONSTRAINT TRIGGER summary_count_{event} {head} ON comments "
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW{when} EXECUTE FUNCTION summary_count()"
        )
    return triggers


def sqlite_triggers() -> list[str]:
    columns = ", ".join(COLUMNS)
    changes = changed().replace("IS DISTINCT FROM", "IS NOT")
    old = count_statements("sqlite", "OLD", -1)
    new = count_statements("sqlite", "NEW", 1)
    bodies = {
        "insert": ("AFTER INSERT", new),
        "update": (f"AFTER UPDATE OF {columns}", old + new),
        "delete": ("AFTER DELETE", old),
    }
    return [
        f"CREATE TRIGGER summary_count_{event} {head} ON comments FOR EACH ROW"
        f"{f' WHEN {changes}' if event == 'update' else ''}\nBEGIN\n{_body(body)}END"
        for event, (head, body) in bodies.items()
    ]


def create_triggers(dialect: str) -> None:
    for statement in postgresql_triggers() if dialect == "postgresql" else sqlite_triggers():
        op.execute(statement)


def drop_triggers(dialect: str) -> None:
    for event in EVENTS:
        on = " ON comments" if dialect == "postgresql" else ""
        op.execute(f"DROP TRIGGER IF EXISTS summary_count_{event}{on}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS summary_count()")


def backfill_statements(dialect: str) -> list[str]:
    """Count the comments already stored, as the triggers would have one by one (also used by
    the benchmarks' fast fill, which stores a million rows with the triggers off)."""
    bucket = BUCKET[dialect].format(t="received_at")
    spam_free = "(kind IS NULL OR kind <> 'spam')"
    return [
        "INSERT INTO summary_groups "
        "(item_id, kind, position, campaign_id, has_personal_text, n, signatures) "
        "SELECT item_id, COALESCE(kind, ''), COALESCE(position, ''), COALESCE(campaign_id, 0), "
        "has_personal_text, count(*), sum(signatures) FROM comments GROUP BY 1, 2, 3, 4, 5",
        "INSERT INTO summary_hours (item_id, bucket, kind, n) "
        f"SELECT item_id, {bucket}, COALESCE(kind, ''), count(*) FROM comments GROUP BY 1, 2, 3",
        "INSERT INTO summary_person_tally (item_id, campaign_id, person_key, n) "
        f"SELECT item_id, 0, person_key, count(*) FROM comments WHERE {spam_free} "
        "GROUP BY item_id, person_key",
        "INSERT INTO summary_person_tally (item_id, campaign_id, person_key, n) "
        "SELECT item_id, campaign_id, person_key, count(*) FROM comments "
        f"WHERE {spam_free} AND campaign_id IS NOT NULL GROUP BY item_id, campaign_id, person_key",
        "INSERT INTO summary_people (item_id, campaign_id, n) "
        "SELECT item_id, campaign_id, count(*) FROM summary_person_tally "
        "GROUP BY item_id, campaign_id",
    ]


def backfill(dialect: str) -> None:
    """Count the comments already stored, as the triggers would have one by one."""
    for statement in backfill_statements(dialect):
        op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "summary_groups",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.String(length=16), nullable=False),
        sa.Column("campaign_id", sa.BigInteger(), nullable=False),
        sa.Column("has_personal_text", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("signatures", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "item_id",
            "kind",
            "position",
            "campaign_id",
            "has_personal_text",
            name=op.f("pk_summary_groups"),
        ),
    )
    op.create_table(
        "summary_hours",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("bucket", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", "bucket", "kind", name=op.f("pk_summary_hours")),
    )
    op.create_table(
        "summary_person_tally",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("campaign_id", sa.BigInteger(), nullable=False),
        sa.Column("person_key", sa.BigInteger(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "item_id", "campaign_id", "person_key", name=op.f("pk_summary_person_tally")
        ),
    )
    op.create_table(
        "summary_people",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("campaign_id", sa.BigInteger(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", "campaign_id", name=op.f("pk_summary_people")),
    )
    dialect = op.get_bind().dialect.name
    create_triggers(dialect)
    backfill(dialect)


def downgrade() -> None:
    drop_triggers(op.get_bind().dialect.name)
    op.drop_table("summary_people")
    op.drop_table("summary_person_tally")
    op.drop_table("summary_hours")
    op.drop_table("summary_groups")
