"""A streamed request body (``Transfer-Encoding: chunked``, no ``Content-Length``) is read here,
before anything else touches the request, and handed on as a body of known length.

Werkzeug limits such a stream to ``MAX_CONTENT_LENGTH`` by *truncating* it, so an oversized JSON
body became "not valid JSON" (400) instead of 413, and a malformed chunk raised gunicorn's parse
error inside a view (500). Reading up to one byte past the limit here turns both into the right
problem, and every later reader (the JSON check, the form parser, the rate limiter's cost) sees an
ordinary body with a ``Content-Length``. The buffer is at most ``INTAKE_MAX_REQUEST_BYTES``, what
a body with a declared length may hold anyway.
"""

from __future__ import annotations

import io

from flask import Flask, request
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge

READ_STEP = 64 * 1024


def init_app(app: Flask) -> None:
    """First of all ``before_request`` hooks: nothing may read the stream before this does."""
    app.before_request_funcs.setdefault(None, []).insert(0, buffer_streamed_body)


def buffer_streamed_body() -> None:
    environ = request.environ
    if environ.get("CONTENT_LENGTH") or "wsgi.input_terminated" not in environ:
        return  # a declared length (Werkzeug refuses it over the limit) or no body at all
    limit = request.max_content_length
    body = _read_at_most(environ["wsgi.input"], None if limit is None else limit + 1)
    if limit is not None and len(body) > limit:
        raise RequestEntityTooLarge()
    environ["wsgi.input"] = io.BytesIO(body)
    environ["CONTENT_LENGTH"] = str(len(body))
    del environ["wsgi.input_terminated"]
    # No longer chunked: Werkzeug ignores a Content-Length beside "Transfer-Encoding: chunked".
    environ.pop("HTTP_TRANSFER_ENCODING", None)


def _read_at_most(stream: io.RawIOBase, most: int | None) -> bytes:
    """Up to ``most`` bytes; a body the server cannot decode (a bad chunk size) is a 400."""
    parts: list[bytes] = []
    total = 0
    while most is None or total < most:
        step = READ_STEP if most is None else min(READ_STEP, most - total)
        try:
            data = stream.read(step)
        except Exception as exc:  # gunicorn's ParseException family, or a reset connection
            raise BadRequest(f"The request body could not be read: {type(exc).__name__}.") from exc
        if not data:
            break
        parts.append(data)
        total += len(data)
    return b"".join(parts)
