"""Pseudonymous keys for client addresses.

An IP address is personal data. intake needs to count posts per address (rate limits, velocity)
but never to know the address, so it keeps only a BLAKE2b digest keyed by the instance's secret
(``INTAKE_SECRET_KEY`` or the key kept in the instance folder, see :mod:`intake.instance_key`):
without a secret key an address could be recovered by trying every IPv4 address.
"""

from __future__ import annotations

import hashlib

from flask import current_app, request


def address_key(address: str, secret: str) -> str:
    key = hashlib.sha256(secret.encode()).digest()
    digest = hashlib.blake2b(address.encode(), key=key, digest_size=16).hexdigest()
    return f"addr:{digest}"


def current_address_key() -> str:
    """The caller's address (after trusted proxies), as a pseudonymous key."""
    settings = current_app.config["INTAKE"]
    return address_key(request.remote_addr or "unknown", settings.secret_key)
