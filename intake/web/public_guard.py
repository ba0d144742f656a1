"""Cross-site posts to the public comment form: refused, so no other site can post for its visitors.

The public keeps no session, so the staff pages' session-bound CSRF token (:mod:`intake.web.csrf`)
does not fit. Two checks instead, both before anything is stored:

1. **Where the post comes from.** Browsers send ``Origin`` on every cross-site POST; when it is
   there it must name this site (the request's own host) or one of ``INTAKE_CORS_ORIGINS``.
   Without ``Origin``, ``Referer`` is checked the same way. ``Origin: null`` (a sandboxed frame,
   a page that hides its referrer) is refused. The form page sets ``Referrer-Policy: same-origin``
   so the browser sends its real origin when the form posts back to this site.
2. **A signed form token.** The form carries a hidden ``form_token``: the item id signed with the
   app's secret key and a timestamp (itsdangerous ``TimestampSigner``), valid for
   ``FORM_TOKEN_SECONDS``. A post without a valid token for this item did not come from a form
   intake served. An expired one only means the page was open for long: the form is shown again
   with what was typed and a fresh token.

The scheme is not compared, only the host, because TLS usually ends at a proxy in front of intake
and the app sees plain HTTP; the proxy must pass the ``Host`` header through (or the public origin
must be listed in ``INTAKE_CORS_ORIGINS``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, request
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner

from intake.errors import Forbidden

FIELD = "form_token"
SALT = "intake.public-form"
FORM_TOKEN_SECONDS = 24 * 3600
"""Long enough to write a long comment after lunch; the origin check is the main defence."""
CROSS_SITE = (
    "This form was sent from another website, so it was not accepted and nothing was stored. "
    "Open the comment form on this site and send your comment from there."
)
NOT_OUR_FORM = (
    "This form did not come from this site, or it was altered, so nothing was stored. "
    "Open the comment form again and send your comment from there."
)


class FormExpired(Exception):
    """The form token is genuine but old: show the form again, with what was typed."""


def _signer() -> TimestampSigner:
    return TimestampSigner(current_app.secret_key or "", salt=SALT)


def form_token(item_id: str) -> str:
    """The hidden field's value for this item's form, made when the page is rendered."""
    return _signer().sign(item_id).decode("ascii")


def check_post(item_id: str) -> None:
    """Refuse (403) a cross-site post or one without this item's token; FormExpired if stale."""
    if not _same_site():
        raise Forbidden(CROSS_SITE)
    try:
        signed = _signer().unsign(request.form.get(FIELD, ""), max_age=FORM_TOKEN_SECONDS)
    except SignatureExpired as exc:
        if exc.payload == item_id.encode():
            raise FormExpired from exc
        raise Forbidden(NOT_OUR_FORM) from exc
    except BadSignature as exc:
        raise Forbidden(NOT_OUR_FORM) from exc
    if signed != item_id.encode():
        raise Forbidden(NOT_OUR_FORM)


def _same_site() -> bool:
    """``Origin`` (else ``Referer``) names this host or a configured origin; neither is fine."""
    origin = request.headers.get("Origin")
    if origin is None:
        referer = request.headers.get("Referer")
        if not referer:
            return True  # not a browser, or one that hides both: the token still has to hold
        parts = urlsplit(referer)
        origin = f"{parts.scheme}://{parts.netloc}"
    return _allowed_origin(origin.strip())


def _allowed_origin(origin: str) -> bool:
    if origin in current_app.config["INTAKE"].cors_origins:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == request.host.lower()
