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

__all__ = [
    "AgendaItemCreateSchema",
    "AgendaItemListArgsSchema",
    "AgendaItemPageSchema",
    "AgendaItemSchema",
    "AgendaItemUpdateSchema",
    "CommentCreateSchema",
    "CommentListArgsSchema",
    "CommentPageSchema",
    "CommentRecordSchema",
    "LabelSchema",
    "ProblemSchema",
    "ReceiptSchema",
    "StatusSchema",
    "SubmitterSchema",
]
