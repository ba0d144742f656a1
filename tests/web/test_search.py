"""Staff search comments across agenda items by text and label."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from tests.labelled import ITEM, OTHER, arrange
from tests.staff_pages import sign_in

SEARCH = "/api/v1/comments"


def found(client: FlaskClient, staff: dict[str, str], query: str) -> list[dict[str, Any]]:
    response = client.get(f"{SEARCH}?{query}", headers=staff)
    assert response.status_code == 200, response.json
    items: list[dict[str, Any]] = response.json["items"]
    return items


def test_search_finds_text_on_every_item_and_narrows_by_label(
    client: FlaskClient, session: Session, staff: dict[str, str]
) -> None:
    arrange(session)
    letters = found(client, staff, "q=keep+city+property")
    assert {c["item_id"] for c in letters} == {ITEM, OTHER}
    assert all("keep city property" in c["body"].casefold() for c in letters)
    form_letters = found(client, staff, "q=keep+city+property&kind=form_letter")
    assert form_letters and all(c["label"]["kind"] == "form_letter" for c in form_letters)
    on_other = found(client, staff, f"q=keep+city+property&item_id={OTHER}")
    assert on_other and {c["item_id"] for c in on_other} == {OTHER}
    first = client.get(f"{SEARCH}?q=keep+city+property&limit=1", headers=staff).json
    rest = found(client, staff, f"q=keep+city+property&cursor={first['next_cursor']}")
    assert [c["id"] for c in first["items"] + rest] == [c["id"] for c in letters]


def test_search_is_for_staff_and_validates(
    client: FlaskClient, integration: dict[str, str], staff: dict[str, str]
) -> None:
    assert client.get(f"{SEARCH}?q=x").status_code == 401
    assert client.get(f"{SEARCH}?q=x", headers=integration).status_code == 403
    bad = client.get(f"{SEARCH}?kind=maybe", headers=staff)
    assert bad.status_code == 422
    assert list(bad.json["errors"]) == ["query.kind"]


def test_the_search_page_lists_matches_across_items(
    client: FlaskClient, session: Session, staff: dict[str, str]
) -> None:
    arrange(session)
    sign_in(client, staff)
    page = client.get("/staff/search?q=keep+city+property&kind=form_letter").get_data(as_text=True)
    assert f">{ITEM}</a>" in page and f">{OTHER}</a>" in page
    assert client.get("/staff/search?kind=maybe").status_code == 422
