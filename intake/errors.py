"""Domain exceptions: what went wrong, in the domain's words, and nothing about HTTP.

Services, the labeller and the backlog import raise these. Each names a failure; which status and
problem type it becomes is decided at the edge alone (:data:`intake.problems.DOMAIN_PROBLEMS`),
and the command line turns the same exceptions into messages. A test checks that every class
here has its entry in that mapping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

WHOLE_OBJECT = "_schema"  # marshmallow's key for an error about an object, not one field
WRONG_TYPE = "Invalid input type."


class DomainError(Exception):
    """Base for every error raised on purpose; ``detail`` says what went wrong, for people."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(DomainError):
    """The thing named (an item, a comment, a campaign, a token) does not exist."""


class Conflict(DomainError):
    """The request would duplicate or contradict something stored (an id or name taken)."""


class CommentWindowClosed(Conflict):
    """The item is not taking comments now; the error names its window."""

    def __init__(self, detail: str, opens_at: datetime | None, closes_at: datetime | None) -> None:
        super().__init__(detail)
        self.opens_at = opens_at
        self.closes_at = closes_at


class InvalidInput(DomainError):
    """Input the schema could not judge alone (e.g. a configured length): a field map."""

    def __init__(self, errors: Mapping[str, Sequence[str]]) -> None:
        super().__init__("One or more fields are invalid.")
        self.errors = {k: list(v) for k, v in errors.items()}


class Unauthorized(DomainError):
    """No valid credential: no token, an unknown one, or a revoked one."""


class Forbidden(DomainError):
    """A valid caller whose role may not do this."""


class Overloaded(DomainError):
    """Too much work queued to take this request in time; nothing was stored, retry later."""


class DependencyDown(DomainError):
    """A service intake relies on (the database, Redis) does not answer; the detail names it."""


class IdempotencyKeyReused(DomainError):
    """An idempotency key sent again with a different request than the one it first came with."""


class ImportFileError(DomainError):
    """The backlog file as a whole cannot be imported (unknown format, no body column, not
    UTF-8, a bad ``--map``); a single bad row is a row error instead."""


def flatten_errors(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """Turn marshmallow's nested message dict into ``{"submitter.email": [...]}``.

    The one shape field errors take everywhere (a 422's ``errors``, a form's messages, an
    import's row errors). An error about a whole object (marshmallow's ``_schema``) is filed
    under the object's own path (``submitter``, or ``_body`` for the body), and "Invalid input
    type." says what the field should have been.
    """
    if isinstance(messages, Mapping):
        flat: dict[str, list[str]] = {}
        for key, value in messages.items():
            path = prefix if key == WHOLE_OBJECT else f"{prefix}.{key}" if prefix else str(key)
            flat.update(flatten_errors(value, path))
        return flat
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return {prefix or "_body": [_plain(m, prefix) for m in messages]}
    if isinstance(messages, list):
        flat = {}
        for index, value in enumerate(messages):
            flat.update(flatten_errors(value, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    return {prefix or "_body": [str(messages)]}


def _plain(message: str, path: str) -> str:
    if message != WRONG_TYPE:
        return message
    if not path:
        return "The body must be a JSON object with the fields described at /docs."
    return "Must be a JSON object with its own fields (see /docs), not a text or a list."
