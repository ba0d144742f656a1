"""Pseudonymous keys for client addresses.

An IP address is personal data. intake needs to count posts per address (rate limits, velocity)
but never to know the address, so it keeps only a keyed BLAKE2b digest. Set
``INTAKE_SECRET_KEY`` in production: without it the key is a fixed default and an address could
be recovered by trying every IPv4 address.
"""

from __future__ import annotations

import hashlib

from flask import current_app, request

DEFAULT_KEY = b"intake-address-key"


def address_key(address: str, secret: str | None) -> str:
    key = hashlib.sha256(secret.encode()).digest() if secret else DEFAULT_KEY
    digest = hashlib.blake2b(address.encode(), key=key, digest_size=16).hexdigest()
    return f"addr:{digest}"


def current_address_key() -> str:
    """The caller's address (after trusted proxies), as a pseudonymous key."""
    settings = current_app.config["INTAKE"]
    return address_key(request.remote_addr or "unknown", settings.secret_key)
