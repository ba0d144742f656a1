"""Fill the public comment form as a browser would: with the hidden fields the page carries."""

from __future__ import annotations

import re
from collections.abc import Mapping

from flask.testing import FlaskClient

HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


def hidden_fields(html: str) -> dict[str, str]:
    return dict(HIDDEN.findall(html))


def form_data(client: FlaskClient, path: str, fields: Mapping[str, str]) -> dict[str, str]:
    """The form page's hidden fields (its signed form token, if any) plus ``fields``."""
    page = client.get(path)
    assert page.status_code == 200, page.status_code
    return {**hidden_fields(page.get_data(as_text=True)), **fields}
