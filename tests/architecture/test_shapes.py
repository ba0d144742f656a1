"""Shapes written once: the response schemas dump the models, each vocabulary is defined once,
and the filters and label decisions the API and the staff pages take are built in one place."""

from __future__ import annotations

import ast
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from flask import Flask, url_for
from marshmallow import Schema, fields

import intake
import schemas
from intake.api.shaping import With
from intake.auth import Principal
from intake.services.comments import CommentFilters
from intake.services.labels import LabelChange
from schemas import vocabulary
from schemas.attachments import ATTACHMENT_URL
from schemas.comments import CommentRecordSchema, LabelEventSchema, ReceiptSchema
from schemas.shaping import Entries, Ids, Itself, OrElse, Template

ROOTS = (Path(intake.__file__).parent, Path(schemas.__file__).parent)
WORDS = {
    name: value
    for name, value in vars(vocabulary).items()
    if name.isupper() and isinstance(value, tuple)
}


def tuples_of_strings(path: Path) -> list[tuple[str, ...]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple) and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
        ):
            found.append(tuple(e.value for e in node.elts))  # type: ignore[attr-defined]
    return found


def test_each_vocabulary_is_written_in_one_module() -> None:
    """No tuple of a vocabulary's words is spelled out anywhere but schemas/vocabulary.py."""
    again: Counter[str] = Counter()
    for root in ROOTS:
        for path in root.rglob("*.py"):
            if path.name == "vocabulary.py" or "migrations" in path.parts:
                continue
            for found in tuples_of_strings(path):
                for name, words in WORDS.items():
                    if len(words) > 1 and found == words:
                        again[f"{name} in {path.relative_to(root.parent)}"] += 1
    assert again == Counter()


def comment(**overrides: Any) -> SimpleNamespace:
    values: dict[str, Any] = {
        "id": 7,
        "item_id": "A-1",
        "body": "Please fund the library.",
        "position": None,
        "submitter": SimpleNamespace(
            name="Ada", email=None, postal_code=None, address=None, organization=None
        ),
        "received_at": datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        "source": "api",
        "signatures": 1,
        "kind": None,
        "campaign_id": None,
        "similarity": None,
        "duplicate_of_id": None,
        "personal_text": None,
        "spam_score": None,
        "reasons": [],
        "decided_by": None,
        "attachments": [],
        "dispute": None,
    }
    values.update(overrides)
    return SimpleNamespace(**values)


def test_an_unlabelled_record_has_a_null_label() -> None:
    record = CommentRecordSchema().dump(comment())
    assert record["label"] is None
    assert record["disputed"] is None
    assert record["submitter"]["name"] == "Ada"


def test_a_label_is_read_from_the_comment_row() -> None:
    record = CommentRecordSchema().dump(comment(kind="duplicate", duplicate_of_id=3))
    assert record["label"]["kind"] == "duplicate"
    assert record["label"]["duplicate_of"] == 3
    assert record["label"]["decided_by"] == "system"


def test_a_receipt_says_received_and_nothing_of_the_label() -> None:
    receipt = ReceiptSchema().dump(comment(kind="spam"))
    assert receipt == {
        "id": 7,
        "item_id": "A-1",
        "received_at": "2026-01-02T03:04:00+00:00",
        "status": "received",
    }


def test_a_label_event_is_dumped_from_the_model() -> None:
    moment = datetime(2026, 1, 2, tzinfo=UTC)
    event = SimpleNamespace(
        created_at=moment,
        actor="system",
        from_kind=None,
        to_kind="unique",
        from_campaign_id=None,
        to_campaign_id=None,
        reason="first seen",
    )
    assert LabelEventSchema().dump(event)["at"] == moment.isoformat()


class Shaped(Schema):
    inner = Itself(Schema.from_dict({"a": fields.Integer()}), present=lambda o: o.a > 0)
    word = OrElse("none")
    link = Template("/things/{0.a}")
    pairs = Entries(
        fields.Nested(Schema.from_dict({"k": fields.String(), "n": fields.Integer()})),
        names=("k", "n"),
    )
    triples = Entries(fields.Raw(), names=("k", "n", "m"))
    ids = Ids(attribute="things")


def test_the_shaping_fields() -> None:
    obj = SimpleNamespace(
        a=2,
        word=None,
        pairs={"b": 2, "a": 1},
        triples={"x": (1, 2)},
        things=[SimpleNamespace(id=4), SimpleNamespace(id=5)],
    )
    assert Shaped().dump(obj) == {
        "inner": {"a": 2},
        "word": "none",
        "link": "/things/2",
        "pairs": [{"k": "a", "n": 1}, {"k": "b", "n": 2}],
        "triples": [{"k": "x", "n": 1, "m": 2}],
        "ids": [4, 5],
    }
    assert Shaped().dump(SimpleNamespace(**{**vars(obj), "a": 0}))["inner"] is None


def test_with_lays_values_over_a_model() -> None:
    shaped = With(SimpleNamespace(a=1, b=2), b=3)
    assert (shaped.a, shaped.b) == (1, 3)


def test_the_attachment_url_is_the_download_route(app: Flask) -> None:
    with app.test_request_context():
        expected = url_for("attachments.AttachmentFile", comment_id=12, position=3)
    assert ATTACHMENT_URL.format(SimpleNamespace(comment_id=12, position=3)) == expected


def test_filters_take_every_filter_and_nothing_else() -> None:
    since = datetime(2026, 1, 1, tzinfo=UTC)
    args = {"kind": "spam", "since": since, "q": "bus", "limit": 5, "cursor": "x", "item_id": "A"}
    assert CommentFilters.from_args(args) == CommentFilters(kind="spam", since=since, q="bus")


def test_a_label_change_from_a_validated_body() -> None:
    change = LabelChange.from_args({"kind": "form_letter", "reason": "same text", "campaign_id": 4})
    assert change == LabelChange(kind="form_letter", reason="same text", campaign_id=4)


def test_a_staff_decision_is_recorded_with_the_staff_actor() -> None:
    assert Principal(name="clerk", role="staff").actor == "staff:clerk"


def test_the_openapi_security_lists_are_written_once() -> None:
    """Only intake/api/security.py spells out who may call an operation (``bearerAuth``, or a
    list of requirements such as ``[{}]``); every view imports its list from there."""
    spelled = []
    for path in (Path(intake.__file__).parent / "api").glob("*.py"):
        if path.name == "security.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            bearer = isinstance(node, ast.Constant) and node.value == "bearerAuth"
            requirements = isinstance(node, ast.List) and any(
                isinstance(e, ast.Dict) for e in node.elts
            )
            if bearer or requirements:
                spelled.append(f"{path.name}:{getattr(node, 'lineno', '?')}")
    assert spelled == []
