"""Bearer tokens and roles.

A token is shown once when it is made and only its SHA-256 is stored, so a database dump does not
hand anyone a working credential. SHA-256 (not a slow password hash) is right here: tokens carry
256 bits of randomness, so there is nothing to brute-force, and every request must verify fast.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from flask import g, request

from intake.errors import Forbidden, Unauthorized
from schemas import vocabulary

View = TypeVar("View", bound=Callable[..., Any])
TOKEN_PREFIX = "intk_"  # noqa: S105 - a visible prefix, not a secret
STAFF_ROLES = frozenset(vocabulary.STAFF_ROLES)


def generate_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Principal:
    """Who is calling: a token's name and role, or the anonymous public."""

    name: str | None
    role: str | None
    rate_limit: str | None = None

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def actor(self) -> str:
        """How a decision by this caller is recorded in label events and disputes."""
        return vocabulary.staff_actor(self.name or "")

    @property
    def source(self) -> str:
        """How a comment from this caller is recorded: ``form`` or ``api:<token name>``."""
        return "form" if self.name is None or self.role is None else f"api:{self.name}"


ANONYMOUS = Principal(name=None, role=None)


def bearer_token_from_request() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if not header:
        return None
    if scheme.lower() != "bearer" or not value.strip():
        raise Unauthorized("Use 'Authorization: Bearer <token>'.")
    return value.strip()


def current_principal() -> Principal:
    principal: Principal = g.get("principal", ANONYMOUS)
    return principal


def require_roles(*roles: str) -> Principal:
    """Return the caller if their role is one of ``roles``; 401 without a token, 403 otherwise."""
    principal = current_principal()
    if principal.role is None:
        raise Unauthorized("This endpoint needs a bearer token.")
    if principal.role not in roles:
        raise Forbidden(f"This endpoint needs one of the roles: {', '.join(sorted(roles))}.")
    return principal


def require_staff() -> Principal:
    return require_roles(*sorted(STAFF_ROLES))


def requires(*roles: str) -> Callable[[View], View]:
    """A view for ``roles`` only, checked before anything reads the request.

    Put it above every other decorator of the view: who may call comes before what they sent,
    so a caller without a token learns 401, not which of their fields are invalid (422).
    """

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            require_roles(*roles)
            return view(*args, **kwargs)

        return guarded  # type: ignore[return-value]

    return decorate


requires_staff = requires(*sorted(STAFF_ROLES))
