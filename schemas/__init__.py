"""The intake wire contract: marshmallow schemas for every request and response body.

Integrators can ``pip install intake`` and validate a payload before sending it::

    from schemas import CommentCreateSchema
    errors = CommentCreateSchema().validate(payload)

The schemas hold no Flask and no database: they are the contract, the service enforces it.
"""

from schemas.agenda_items import (
    AgendaItemCreateSchema,
    AgendaItemListArgsSchema,
    AgendaItemPageSchema,
    AgendaItemSchema,
    AgendaItemUpdateSchema,
)
from schemas.campaigns import (
    CampaignArgsSchema,
    CampaignItemSizeSchema,
    CampaignMemberSchema,
    CampaignSchema,
)
from schemas.comments import (
    CommentCreateSchema,
    CommentListArgsSchema,
    CommentPageSchema,
    CommentRecordSchema,
    LabelSchema,
    ReceiptSchema,
    SubmitterSchema,
)
from schemas.common import ProblemSchema, StatusSchema
from schemas.summary import (
    CampaignSummarySchema,
    ItemSummarySchema,
    KindCountsSchema,
    PositionCountsSchema,
    ReportArgsSchema,
    TimelineBucketSchema,
)

__all__ = [
    "AgendaItemCreateSchema",
    "AgendaItemListArgsSchema",
    "AgendaItemPageSchema",
    "AgendaItemSchema",
    "AgendaItemUpdateSchema",
    "CampaignArgsSchema",
    "CampaignItemSizeSchema",
    "CampaignMemberSchema",
    "CampaignSchema",
    "CampaignSummarySchema",
    "CommentCreateSchema",
    "CommentListArgsSchema",
    "CommentPageSchema",
    "CommentRecordSchema",
    "ItemSummarySchema",
    "KindCountsSchema",
    "LabelSchema",
    "PositionCountsSchema",
    "ProblemSchema",
    "ReceiptSchema",
    "ReportArgsSchema",
    "StatusSchema",
    "SubmitterSchema",
    "TimelineBucketSchema",
]
