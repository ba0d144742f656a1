"""Domain exceptions. Services raise these; only the HTTP edge turns them into problems."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime


class DomainError(Exception):
    """Base for every error a service raises on purpose; ``status`` is its HTTP meaning."""

    status = 400
    slug = "bad-request"
    title = "The request could not be read"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(DomainError):
    status = 404
    slug = "not-found"
    title = "Not found"


class Conflict(DomainError):
    status = 409
    slug = "conflict"
    title = "Conflicts with what is stored"


class CommentWindowClosed(Conflict):
    """The item is not taking comments now; the problem names its window."""

    slug = "comment-window-closed"
    title = "The comment window is not open"

    def __init__(self, detail: str, opens_at: datetime | None, closes_at: datetime | None) -> None:
        super().__init__(detail)
        self.opens_at = opens_at
        self.closes_at = closes_at


class InvalidInput(DomainError):
    """Input the schema could not judge alone (e.g. a configured length); a field map like 422s."""

    status = 422
    slug = "validation-error"
    title = "Some fields are not valid"

    def __init__(self, errors: Mapping[str, Sequence[str]]) -> None:
        super().__init__("One or more fields are invalid.")
        self.errors = {k: list(v) for k, v in errors.items()}


class Unauthorized(DomainError):
    status = 401
    slug = "unauthorized"
    title = "A valid token is needed"


class Forbidden(DomainError):
    status = 403
    slug = "forbidden"
    title = "Not allowed"


class Overloaded(DomainError):
    """Too much work queued to take this request in time; nothing was stored, retry later."""

    status = 503
    slug = "service-unavailable"
    title = "Try again shortly"


class DependencyDown(DomainError):
    """A service intake relies on (the database, Redis) does not answer; the detail names it."""

    status = 503
    slug = "service-unavailable"
    title = "Try again shortly"
