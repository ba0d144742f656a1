"""Staff sign-in for the dashboard: a staff or admin API token, pasted once.

Signing in stores a server-side session (:class:`intake.models.StaffSession`): the browser's
signed cookie carries a random session id, never the token (the cookie is signed, not encrypted,
and a cookie is easier to leak than a password manager entry), and the database keeps only the
id's SHA-256. Every request looks the session and its token up again, so signing out (the row is
deleted), the session's 12 hours running out, revoking the token (``intake token revoke``) or a
role change each take effect on the next page, in every worker.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from intake.auth import STAFF_ROLES, Principal
from intake.models import ApiToken, StaffSession
from intake.services.tokens import TokenService

SESSION_LIFETIME = timedelta(hours=12)


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


class StaffSessions:
    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.tokens = TokenService(session)

    def sign_in(self, secret: str) -> str | None:
        """A new session id if ``secret`` is a live staff or admin token, else None.

        Expired sessions are swept here, so the table holds at most a day of sign-ins.
        """
        principal = self.tokens.authenticate(secret)
        if principal is None or not principal.is_staff:
            return None
        token = self.session.scalar(select(ApiToken).where(ApiToken.name == principal.name))
        if token is None:
            return None
        self.session.execute(delete(StaffSession).where(StaffSession.expires_at <= self.now))
        session_id = secrets.token_urlsafe(32)
        self.session.add(
            StaffSession(
                id_hash=_digest(session_id),
                token_id=token.id,
                created_at=self.now,
                expires_at=self.now + SESSION_LIFETIME,
            )
        )
        return session_id

    def current(self, session_id: object) -> Principal | None:
        """Who a session belongs to; None once it is signed out or expired, or its token revoked
        or no longer staff."""
        if not isinstance(session_id, str) or not session_id:
            return None
        row = self.session.get(StaffSession, _digest(session_id))
        if row is None or row.expires_at <= self.now:
            return None
        token = self.session.get(ApiToken, row.token_id)
        if token is None or token.revoked_at is not None or token.role not in STAFF_ROLES:
            return None
        return Principal(name=token.name, role=token.role)

    def sign_out(self, session_id: object) -> None:
        """End the session on the server: the cookie, wherever copies of it are, is worthless."""
        if isinstance(session_id, str) and session_id:
            self.session.execute(
                delete(StaffSession).where(StaffSession.id_hash == _digest(session_id))
            )
