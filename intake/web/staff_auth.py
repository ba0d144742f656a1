"""Staff sign-in for the dashboard: a staff or admin API token, pasted once.

The browser session keeps only the token's row id, never the token (the session cookie is
signed, not encrypted, and a cookie is easier to leak than a password manager entry). Every
request looks the row up again, so revoking the token (``intake token revoke``) signs its holder
out at once, and a role change takes effect on the next page.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.auth import STAFF_ROLES, Principal
from intake.models import ApiToken
from intake.services.tokens import TokenService


class StaffSessions:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.tokens = TokenService(session)

    def sign_in(self, secret: str) -> ApiToken | None:
        """The token's row if ``secret`` is a live staff or admin token, else None."""
        principal = self.tokens.authenticate(secret)
        if principal is None or not principal.is_staff:
            return None
        return self.session.scalar(select(ApiToken).where(ApiToken.name == principal.name))

    def current(self, token_id: object) -> Principal | None:
        """Who a session belongs to, or None once its token is revoked or no longer staff."""
        if not isinstance(token_id, int) or isinstance(token_id, bool):
            return None
        token = self.session.get(ApiToken, token_id)
        if token is None or token.revoked_at is not None or token.role not in STAFF_ROLES:
            return None
        return Principal(name=token.name, role=token.role)
