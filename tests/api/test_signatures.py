"""Co-signed letters: one comment on behalf of many, counted apart from comments and people."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import comment_payload, json_body

URL = "/api/v1/agenda-items/2026-00837/comments"


def test_a_300_signature_letter_is_one_comment_and_300_signatures(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    letter = comment_payload(
        "On behalf of the 300 members of our network who signed below: pass the ordinance.",
        signatures=300,
        submitter={"name": "Asian American Liberation Network", "email": "info@aaln.example"},
    )
    response = client.post(URL, json=letter)
    assert response.status_code == 201, response.json
    assert "signatures" not in json_body(response)
    assert client.get(response.headers["Location"], headers=staff).json["signatures"] == 300
    client.post(URL, json=comment_payload("I support it too, on my own."))

    summary = client.get("/api/v1/agenda-items/2026-00837/summary", headers=staff).json
    assert (summary["total"], summary["distinct_submitters"], summary["signatures"]) == (2, 2, 301)
    report = client.get("/api/v1/agenda-items/2026-00837/report", headers=staff)
    assert "Signatures" in report.get_data(as_text=True)


def test_a_comment_without_a_count_has_one_signature(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    response = client.post(URL, json=comment_payload())
    assert client.get(response.headers["Location"], headers=staff).json["signatures"] == 1


@pytest.mark.parametrize("count", [0, -3, 100_001, "many", 2.5, None])
def test_a_signature_count_is_a_whole_number_from_1_to_100000(
    client: FlaskClient, item: dict[str, Any], count: Any
) -> None:
    response = client.post(URL, json=comment_payload(signatures=count))
    assert response.status_code == 422
    assert "signatures" in response.json["errors"]


def test_the_dashboard_shows_one_comment_and_300_signatures(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    """Done when (issue 18): the clerk's item page and the packet report show the letter as one
    comment with 300 signatures, and its page names the count."""
    from tests.staff_pages import sign_in

    letter = comment_payload("On behalf of our 300 members: pass the ordinance.", signatures=300)
    comment_id = client.post(URL, json=letter).json["id"]
    sign_in(client, staff)
    page = client.get("/staff/items/2026-00837").get_data(as_text=True)
    assert '<span class="figure" id="figure-total">1</span> comment<' in page
    assert '<span class="figure" id="figure-signatures">300</span> signatures<' in page
    record_page = client.get(f"/staff/comments/{comment_id}").get_data(as_text=True)
    assert '<strong id="signatures">300</strong> signatories' in record_page
    report = client.get("/api/v1/agenda-items/2026-00837/report", headers=staff)
    assert re.search(r"Signatures[^<]*</th><td[^>]*>300<", report.get_data(as_text=True))
