"""The ``Idempotency-Key`` header on POSTs that create things.

Wraps a flask-smorest view: a first request runs the view and stores its response with the key
in the same transaction; a retry with the same key and body gets the stored response back
(``Idempotent-Replayed: true``) and creates nothing.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from flask import Response, make_response, request

from intake.auth import current_principal
from intake.db import get_session
from intake.errors import InvalidInput
from intake.services.idempotency import IdempotencyService, StoredResponse
from intake.uploads import MULTIPART, form_digest
from intake.wiring import clock, settings

HEADER = "Idempotency-Key"
KEY_PATTERN = re.compile(r"^[\x21-\x7e]{1,255}$")
HEADER_DOC = {
    "in": "header",
    "name": HEADER,
    "required": False,
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
    "description": (
        "Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours "
        "returns the original response and creates nothing."
    ),
}
F = TypeVar("F", bound=Callable[..., Any])


def has_idempotency_key() -> bool:
    """The request carries a key: what it creates must commit with the key's row."""
    return request.headers.get(HEADER) is not None


def _request_hash() -> str:
    digest = hashlib.sha256()
    digest.update(f"{request.method} {request.path}\n".encode())
    if request.mimetype == MULTIPART:
        digest.update(form_digest())  # a retry's form has a new boundary, the same content
    else:
        digest.update(request.get_data(cache=True))
    return digest.hexdigest()


def idempotent(view: F) -> F:
    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        key = request.headers.get(HEADER)
        if key is None:
            return view(*args, **kwargs)
        if not KEY_PATTERN.match(key):
            raise InvalidInput({HEADER: ["Must be 1-255 visible ASCII characters."]})
        service = IdempotencyService(
            get_session(), timedelta(hours=settings().idempotency_ttl_hours), clock()
        )
        scope = current_principal().source
        stored = service.claim(scope, key, _request_hash())
        if stored is not None:
            return _replay(stored)
        response: Response = make_response(view(*args, **kwargs))
        service.record(
            scope,
            key,
            StoredResponse(
                response.status_code,
                response.get_data(as_text=True),
                response.headers.get("Location"),
            ),
        )
        return response

    return wrapper  # type: ignore[return-value]


def _replay(stored: StoredResponse) -> Response:
    response = Response(stored.body, status=stored.status_code, mimetype="application/json")
    if stored.location:
        response.headers["Location"] = stored.location
    response.headers["Idempotent-Replayed"] = "true"
    return response
