"""Cross-site request forgery protection for the staff forms: one random token per session.

The token lives in the signed session cookie and in a hidden field of every staff form; a POST
whose field does not match is refused before the view runs. SameSite=Lax already keeps the cookie
off cross-site POSTs in current browsers; the token is the defence that does not depend on that.
"""

from __future__ import annotations

import secrets

from flask import request, session
from werkzeug.exceptions import BadRequest

SESSION_KEY = "csrf"
FIELD = "csrf_token"


def token() -> str:
    """This session's token, made on first use (templates call it as ``csrf_token()``)."""
    value = session.get(SESSION_KEY)
    if not isinstance(value, str):
        value = secrets.token_urlsafe(32)
        session[SESSION_KEY] = value
    return value


def check() -> None:
    """Refuse a POST without this session's token (400: the form is stale or forged)."""
    if request.method != "POST":
        return
    expected = session.get(SESSION_KEY)
    sent = request.form.get(FIELD, "")
    if not isinstance(expected, str) or not secrets.compare_digest(expected, sent):
        raise BadRequest(
            "This form has expired or did not come from intake. Go back, reload it and try again."
        )
