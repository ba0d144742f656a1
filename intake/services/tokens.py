"""Create, look up and revoke API tokens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.auth import Principal, generate_token, hash_token
from intake.db import utcnow
from intake.errors import Conflict, InvalidInput, NotFound
from intake.models import ROLES, ApiToken


class TokenService:
    def __init__(self, session: Session, clock: Callable[[], datetime] = utcnow) -> None:
        self.session = session
        self.clock = clock

    def create(self, name: str, role: str, rate_limit: str | None = None) -> tuple[ApiToken, str]:
        """Make a token; returns the row and the secret, which is never stored or shown again."""
        if role not in ROLES:
            raise InvalidInput({"role": [f"Must be one of: {', '.join(ROLES)}."]})
        if not name.strip() or len(name) > 100:
            raise InvalidInput({"name": ["Must be 1-100 characters."]})
        if self.session.scalar(select(ApiToken.id).where(ApiToken.name == name)) is not None:
            raise Conflict(f"A token named {name!r} exists already.")
        secret = generate_token()
        token = ApiToken(
            name=name,
            role=role,
            token_hash=hash_token(secret),
            rate_limit=rate_limit,
            created_at=self.clock(),
        )
        self.session.add(token)
        self.session.flush()
        return token, secret

    def authenticate(self, secret: str) -> Principal | None:
        token = self.session.scalar(
            select(ApiToken).where(ApiToken.token_hash == hash_token(secret))
        )
        if token is None or token.revoked_at is not None:
            return None
        return Principal(name=token.name, role=token.role)

    def list(self) -> list[ApiToken]:
        return list(self.session.scalars(select(ApiToken).order_by(ApiToken.id)))

    def revoke(self, name: str) -> ApiToken:
        token = self.session.scalar(select(ApiToken).where(ApiToken.name == name))
        if token is None:
            raise NotFound(f"No token named {name!r}.")
        if token.revoked_at is None:
            token.revoked_at = self.clock()
        return token
