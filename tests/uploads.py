"""Posting a comment with files attached, as the API's multipart form takes it."""

from __future__ import annotations

import io
import json
from typing import Any

from flask.testing import FlaskClient

from tests.conftest import comment_payload

URL = "/api/v1/agenda-items/2026-00837/comments"


def post_with_files(
    client: FlaskClient,
    files: list[tuple[bytes, str]],
    payload: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    data: dict[str, Any] = {"comment": json.dumps(payload or comment_payload())}
    data["attachments"] = [(io.BytesIO(content), name) for content, name in files]
    return client.post(URL, data=data, content_type="multipart/form-data", **kwargs)
