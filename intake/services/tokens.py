"""Create, look up and revoke API tokens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.auth import Principal, generate_token, hash_token
from intake.db import utcnow
from intake.errors import Conflict, InvalidInput, NotFound
from intake.models import ApiToken
from intake.services.short_cache import ShortCache
from schemas.vocabulary import ROLES


class TokenCache(ShortCache[str, Principal]):
    """Tokens this worker verified in the last ``seconds``, by their SHA-256 (never the secret):
    a busy integration's posts skip the look-up. Only valid tokens are kept; a revocation made
    through this worker clears the cache at once, one made elsewhere takes effect here within
    ``seconds`` (see :mod:`intake.services.short_cache`)."""


class TokenService:
    """Tokens over ``session``, or over the session ``session()`` opens when first needed: a
    token the cache knows is then answered without one (the request's session, which a grouped
    POST with a cached token never opens otherwise)."""

    def __init__(
        self,
        session: Session | Callable[[], Session],
        clock: Callable[[], datetime] = utcnow,
        cache: TokenCache | None = None,
    ) -> None:
        self._session = session
        self.clock = clock
        self.cache = cache

    @property
    def session(self) -> Session:
        if not isinstance(self._session, Session):
            self._session = self._session()
        return self._session

    def create(self, name: str, role: str, rate_limit: str | None = None) -> tuple[ApiToken, str]:
        """Make a token; returns the row and the secret, which is never stored or shown again."""
        if role not in ROLES:
            raise InvalidInput({"role": [f"Must be one of: {', '.join(ROLES)}."]})
        if not name.strip() or len(name) > 100:
            raise InvalidInput({"name": ["Must be 1-100 characters."]})
        if rate_limit is not None:
            _check_rate_limit(rate_limit)
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
        token_hash = hash_token(secret)
        if self.cache is not None and (known := self.cache.get(token_hash)) is not None:
            return known
        token = self.session.scalar(select(ApiToken).where(ApiToken.token_hash == token_hash))
        if token is None or token.revoked_at is not None:
            return None
        principal = Principal(name=token.name, role=token.role, rate_limit=token.rate_limit)
        if self.cache is not None:
            self.cache.put(token_hash, principal)
        return principal

    def list(self) -> list[ApiToken]:
        return list(self.session.scalars(select(ApiToken).order_by(ApiToken.id)))

    def get(self, token_id: int) -> ApiToken:
        token = self.session.get(ApiToken, token_id)
        if token is None:
            raise NotFound(f"No token {token_id}.")
        return token

    def find(self, name: str) -> ApiToken | None:
        return self.session.scalar(select(ApiToken).where(ApiToken.name == name))

    def revoke(self, name: str) -> ApiToken:
        token = self.session.scalar(select(ApiToken).where(ApiToken.name == name))
        if token is None:
            raise NotFound(f"No token named {name!r}.")
        return self._revoke(token)

    def revoke_id(self, token_id: int) -> ApiToken:
        return self._revoke(self.get(token_id))

    def replace(self, name: str, role: str, rate_limit: str | None = None) -> tuple[ApiToken, str]:
        """Revoke the token called ``name`` (if any) and make a new one under that name.

        Secrets are shown once, so a lost one cannot be shown again; this is how a script that
        runs twice gets a usable token. The old row stays, revoked, renamed
        ``<name>#replaced-<id>`` (names are unique), so its holder is signed out everywhere.
        """
        old = self.session.scalar(select(ApiToken).where(ApiToken.name == name))
        if old is not None:
            self._revoke(old)
            old.name = f"{name[: 100 - 24]}#replaced-{old.id}"
            self.session.flush()
        return self.create(name, role, rate_limit)

    def _revoke(self, token: ApiToken) -> ApiToken:
        if token.revoked_at is None:
            token.revoked_at = self.clock()
            self.session.flush()
        if self.cache is not None:
            self.cache.clear()
        return token


def _check_rate_limit(value: str) -> None:
    from limits import parse_many

    try:
        parse_many(value)
    except ValueError as exc:
        raise InvalidInput({"rate_limit": [f"Not a rate limit like '600/minute': {exc}"]}) from exc
