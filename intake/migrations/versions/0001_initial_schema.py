"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 02:12:24.437212
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from intake.db import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "agenda_items",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("body_name", sa.String(length=200), nullable=True),
        sa.Column("meeting_at", UTCDateTime(), nullable=True),
        sa.Column("comments_open_at", UTCDateTime(), nullable=True),
        sa.Column("comments_close_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "comments_close_at IS NULL OR comments_open_at IS NULL OR comments_close_at > comments_open_at",
            name=op.f("ck_agenda_items_window_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    op.create_table(
        "api_tokens",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("rate_limit", sa.String(length=64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "role IN ('staff', 'integration', 'admin')", name=op.f("ck_api_tokens_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("name", name=op.f("uq_api_tokens_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    op.create_table(
        "campaigns",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("representative_text", sa.Text(), nullable=False),
        sa.Column("profile", sa.LargeBinary(), nullable=False),
        sa.Column("template_norms", sa.JSON(), nullable=False),
        sa.Column(
            "merged_into_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["campaigns.id"],
            name=op.f("fk_campaigns_merged_into_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "fingerprint_schemes",
        sa.Column("scheme_id", sa.String(length=64), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("scheme_id", name=op.f("pk_fingerprint_schemes")),
    )
    op.create_table(
        "idempotency_keys",
        sa.Column("scope", sa.String(length=120), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("response_body", sa.Text(), nullable=False),
        sa.Column("location", sa.String(length=500), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "key", name=op.f("pk_idempotency_keys")),
    )
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.create_index("ix_idempotency_keys_created_at", ["created_at"], unique=False)

    op.create_table(
        "campaign_band_keys",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column(
            "campaign_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_band_keys_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band_key", "campaign_id", name=op.f("pk_campaign_band_keys")),
    )
    with op.batch_alter_table("campaign_band_keys", schema=None) as batch_op:
        batch_op.create_index("ix_campaign_band_keys_campaign_id", ["campaign_id"], unique=False)

    op.create_table(
        "comments",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("position", sa.String(length=16), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=True),
        sa.Column("honeypot_filled", sa.Boolean(), nullable=False),
        sa.Column("exact_hash", sa.String(length=32), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.Column("shingle_count", sa.Integer(), nullable=True),
        sa.Column("segment_keys", sa.LargeBinary(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column(
            "campaign_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column(
            "duplicate_of_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("personal_text", sa.Text(), nullable=True),
        sa.Column("spam_score", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("decided_by", sa.String(length=16), nullable=True),
        sa.CheckConstraint(
            "decided_by IS NULL OR decided_by IN ('system', 'staff')",
            name=op.f("ck_comments_decided_by"),
        ),
        sa.CheckConstraint(
            "kind IS NULL OR kind IN ('unique', 'form_letter', 'duplicate', 'spam')",
            name=op.f("ck_comments_kind"),
        ),
        sa.CheckConstraint(
            "position IS NULL OR position IN ('support', 'oppose', 'neutral')",
            name=op.f("ck_comments_position"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_comments_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["duplicate_of_id"],
            ["comments.id"],
            name=op.f("fk_comments_duplicate_of_id_comments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_items.id"],
            name=op.f("fk_comments_item_id_agenda_items"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
    )
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.create_index("ix_comments_campaign_id", ["campaign_id"], unique=False)
        batch_op.create_index("ix_comments_exact_hash", ["exact_hash"], unique=False)
        batch_op.create_index("ix_comments_item_id_id", ["item_id", "id"], unique=False)
        batch_op.create_index("ix_comments_item_id_kind", ["item_id", "kind"], unique=False)
        batch_op.create_index(
            "ix_comments_item_id_source_key_received_at",
            ["item_id", "source_key", "received_at"],
            unique=False,
        )

    op.create_table(
        "band_keys",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column(
            "comment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_band_keys_comment_id_comments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band_key", "comment_id", name=op.f("pk_band_keys")),
    )
    with op.batch_alter_table("band_keys", schema=None) as batch_op:
        batch_op.create_index("ix_band_keys_comment_id", ["comment_id"], unique=False)

    op.create_table(
        "label_events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "comment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("from_kind", sa.String(length=16), nullable=True),
        sa.Column("to_kind", sa.String(length=16), nullable=False),
        sa.Column(
            "from_campaign_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "to_campaign_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_label_events_comment_id_comments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_events")),
    )
    with op.batch_alter_table("label_events", schema=None) as batch_op:
        batch_op.create_index("ix_label_events_comment_id", ["comment_id"], unique=False)

    op.create_table(
        "submitters",
        sa.Column(
            "comment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("organization", sa.String(length=200), nullable=True),
        sa.Column("identity_key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_submitters_comment_id_comments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("comment_id", name=op.f("pk_submitters")),
    )
    with op.batch_alter_table("submitters", schema=None) as batch_op:
        batch_op.create_index("ix_submitters_identity_key", ["identity_key"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("submitters", schema=None) as batch_op:
        batch_op.drop_index("ix_submitters_identity_key")

    op.drop_table("submitters")
    with op.batch_alter_table("label_events", schema=None) as batch_op:
        batch_op.drop_index("ix_label_events_comment_id")

    op.drop_table("label_events")
    with op.batch_alter_table("band_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_band_keys_comment_id")

    op.drop_table("band_keys")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_item_id_source_key_received_at")
        batch_op.drop_index("ix_comments_item_id_kind")
        batch_op.drop_index("ix_comments_item_id_id")
        batch_op.drop_index("ix_comments_exact_hash")
        batch_op.drop_index("ix_comments_campaign_id")

    op.drop_table("comments")
    with op.batch_alter_table("campaign_band_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_campaign_band_keys_campaign_id")

    op.drop_table("campaign_band_keys")
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_idempotency_keys_created_at")

    op.drop_table("idempotency_keys")
    op.drop_table("fingerprint_schemes")
    op.drop_table("campaigns")
    op.drop_table("api_tokens")
    op.drop_table("agenda_items")
