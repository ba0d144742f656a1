"""Who may call an operation, as the OpenAPI document states it: each list defined once here.

Every list names the one scheme, ``bearerAuth`` (an intake API token, declared in
:mod:`intake.api`); an empty requirement ``{}`` means no token is needed. These only document:
``intake.auth`` (``requires_staff``, ``requires_admin``, ``current_principal``) enforces, and
which role a token needs is said in each operation's description.
"""

from __future__ import annotations

BEARER = "bearerAuth"
"""The API's security scheme: ``Authorization: Bearer <token>``."""

Security = list[dict[str, list[str]]]

TOKEN: Security = [{BEARER: []}]
"""Any valid token (an integration's, staff's or an admin's)."""
STAFF: Security = [{BEARER: []}]
"""A staff (or admin) token."""
ADMIN: Security = [{BEARER: []}]
"""An admin token."""
PUBLIC: Security = [{}]
"""Anyone, no token."""
PUBLIC_OR_TOKEN: Security = [{}, {BEARER: []}]
"""Anyone; a token (an integration's, say) is used when sent."""
PUBLIC_OR_STAFF: Security = [{}, {BEARER: []}]
"""Anyone; staff sending a token see more."""
