"""A comment joins a campaign only by the campaign's template, never by a member's own paragraph.

A and B send the template, B adding a paragraph of her own. C sends only that paragraph; D sends
it with four template lines. C is someone quoting B, not a copy of the letter; D is a copy of the
letter whose own addition is that paragraph.
"""

from __future__ import annotations

from itertools import count
from typing import Any

from flask.testing import FlaskClient

from tests.conftest import published_summary
from tests.fill_in import TEMPLATE

ITEM = "2026-00837"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"
SUMMARY = f"/api/v1/agenda-items/{ITEM}/summary"
PARAGRAPH = (
    "My landlord raised the rent on our two-bedroom apartment by nine hundred dollars last spring. "
    "We sold the car and my daughter changed schools so that we could stay close to my mother. "
    "I work two jobs at the hospital and I still cannot save anything for an emergency."
)
_SENT = count(1)


def _post(client: FlaskClient, body: str, who: str) -> int:
    payload = {"body": body, "submitter": {"name": who, "email": f"{who}@example.org"}}
    n = next(_SENT)
    response = client.post(COMMENTS, json=payload, environ_base={"REMOTE_ADDR": f"10.2.0.{n}"})
    assert response.status_code == 201, response.json
    comment_id: int = response.json["id"]
    return comment_id


def _label(client: FlaskClient, staff: dict[str, str], comment_id: int) -> dict[str, Any]:
    label: dict[str, Any] = client.get(f"/api/v1/comments/{comment_id}", headers=staff).json[
        "label"
    ]
    return label


def test_a_members_own_paragraph_is_no_way_into_the_campaign(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    letter = " ".join(TEMPLATE)
    a = _post(client, letter, "a")
    b = _post(client, f"{letter}\n\n{PARAGRAPH}", "b")
    c = _post(client, PARAGRAPH, "c")
    d = _post(client, PARAGRAPH + "\n\n" + " ".join(TEMPLATE[:4]), "d")
    campaign = _label(client, staff, a)["campaign_id"]
    assert campaign is not None
    assert _label(client, staff, b)["campaign_id"] == campaign
    assert _label(client, staff, b)["personal_text"] == PARAGRAPH
    assert _label(client, staff, c)["kind"] == "unique"
    assert _label(client, staff, c)["campaign_id"] is None
    assert (_label(client, staff, d)["kind"], _label(client, staff, d)["campaign_id"]) == (
        "form_letter",
        campaign,
    )
    assert _label(client, staff, d)["personal_text"] == PARAGRAPH
    for who in "efg":  # more plain copies: the public text appears, without the paragraph
        _post(client, letter, who)
    assert _label(client, staff, c)["kind"] == "unique"
    text = published_summary(client, ITEM).json["campaigns"][0]["representative_text"]
    assert text.splitlines() == TEMPLATE
    for sentence in PARAGRAPH.split(". "):
        assert sentence.rstrip(".") not in text


def test_earlier_members_personal_text_follows_the_template_as_it_is_learned(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    later_line = "We also ask for a public registry of every rental unit in the city."
    letter = " ".join(TEMPLATE)
    a = _post(client, f"{letter} {later_line}", "a2")
    _post(client, letter, "b2")
    assert _label(client, staff, a)["personal_text"] == later_line  # the founders differ on it
    for who in ("c2", "d2", "e2"):
        _post(client, f"{letter} {later_line}", who)
    assert _label(client, staff, a)["personal_text"] is None  # most members send it: template


def test_placeholders_and_instructions_are_never_personal_text(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    letter = " ".join(TEMPLATE)
    _post(client, letter, "a3")
    _post(client, letter, "b3")
    scaffolded = _post(
        client,
        "Copy This Text\n\n"
        + letter
        + "\n\n[ADD PERSONAL MESSAGE about why rent control matters to your family]",
        "c3",
    )
    own = _post(client, f"{letter}\n\nI have rented in Oak Park for thirty years.", "d3")
    assert _label(client, staff, scaffolded)["personal_text"] is None
    assert _label(client, staff, own)["personal_text"] == (
        "I have rented in Oak Park for thirty years."
    )
