"""No public response carries a member's details: the fresh generator's fill-in campaign, posted
through the HTTP API as its senders would.

``benchmarks/quality_corpus_fresh.py`` (written apart from the engine, see docs/labelling.md,
session 8) has a stormwater campaign whose tool asks each member for a line "I'm <name>, and my
family owns the home at <house> <street> in <postal code>.", with the variants its generator
draws: personal paragraphs around it, typos, a sentence dropped, a copy typed all in lower case,
the brackets left unfilled, anonymous senders. Its 80 copies are posted one by one without a
token; then the public summary, the campaign list asked for without a staff token, and the
published record with each campaign's additions must hold none of the names, house addresses or
postal codes the members wrote into that line, while staff's own listing shows them (so the
check can find them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from types import ModuleType
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.benchmark_modules import load_benchmark
from tests.conftest import at, create_item

pytestmark = pytest.mark.slow

CAMPAIGN = "stormwater-homeowners"
_FILLED = re.compile(
    r"i'm (?P<name>[^,]+), and my family owns the home at (?P<house>\d+ [^.]+?) in "
    r"(?P<postal>\d{5})\.",
    re.IGNORECASE,
)


def _generator() -> ModuleType:
    return load_benchmark("quality_corpus_fresh")


@dataclass(frozen=True)
class Filled:
    """What one member wrote into the fill-in line."""

    name: str
    house: str
    postal: str

    def found_in(self, text: str) -> list[str]:
        """The details of this line that stand in ``text`` (any case; a name by its words of
        three letters or more, a postal code only as a number of its own)."""
        found = []
        for word in [self.name, *(w for w in self.name.split() if len(w.strip(".")) >= 3)]:
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
                found.append(word)
        if self.house.casefold() in text.casefold():
            found.append(self.house)
        if re.search(rf"(?<![\d.]){self.postal}(?!\d)", text):
            found.append(self.postal)
        return found


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    corpus = _generator()
    every = corpus.generate(corpus.SEED)
    return [row for row in every if row["truth"]["campaign"] == CAMPAIGN]


def _filled(rows: list[dict[str, Any]]) -> list[Filled]:
    lines = []
    for row in rows:
        match = _FILLED.search(row["body"])
        if match is not None:
            lines.append(Filled(match["name"], match["house"], match["postal"]))
    return lines


def _payload(row: dict[str, Any]) -> dict[str, Any]:
    submitter = {"name": row["name"]}
    if row["email"]:
        submitter["email"] = row["email"]
    if row["postal_code"]:
        submitter["postal_code"] = row["postal_code"]
    return {"body": row["body"], "position": "oppose", "submitter": submitter}


def _staff_listing(client: FlaskClient, item_id: str, staff: dict[str, str]) -> str:
    text, cursor = "", ""
    while True:
        page = client.get(
            f"/api/v1/agenda-items/{item_id}/comments?limit=100{cursor}", headers=staff
        )
        assert page.status_code == 200, page.json
        text += page.get_data(as_text=True)
        if page.json["next_cursor"] is None:
            return text
        cursor = f"&cursor={page.json['next_cursor']}"


def _public_record(client: FlaskClient, item_id: str) -> tuple[str, list[str]]:
    """Every page of the published record, and each campaign's additions pages."""
    record = f"/api/v1/agenda-items/{item_id}/record"
    text, cursor, additions = "", "", []
    while True:
        page = client.get(f"{record}?limit=100{cursor}")
        assert page.status_code == 200, page.json
        text += page.get_data(as_text=True)
        additions += [e["additions_url"] for e in page.json["items"] if e["type"] == "campaign"]
        if page.json["next_cursor"] is None:
            break
        cursor = f"&cursor={page.json['next_cursor']}"
    for url in additions:
        more = ""
        while True:
            page = client.get(f"{url}?limit=100{more}")
            assert page.status_code == 200, page.json
            text += page.get_data(as_text=True)
            if page.json["next_cursor"] is None:
                break
            more = f"&cursor={page.json['next_cursor']}"
    return text, additions


def test_no_public_response_carries_a_fill_in_line_of_the_fresh_corpus(
    client: FlaskClient,
    staff: dict[str, str],
    set_clock: Callable[[datetime], None],
    rows: list[dict[str, Any]],
) -> None:
    corpus = _generator()
    item_id, title = corpus.STORMWATER
    create_item(client, staff, item_id=item_id, title=title)
    filled = _filled(rows)
    assert len(rows) == 80 and len(filled) >= 60
    assert any(row["body"].islower() for row in rows)  # the copy typed in lower case is here
    set_clock(at("2026-11-20T09:00:00"))
    for row in rows:
        response = client.post(f"/api/v1/agenda-items/{item_id}/comments", json=_payload(row))
        assert response.status_code == 201, response.json

    staff_view = _staff_listing(client, item_id, staff)
    assert all(line.found_in(staff_view) for line in filled)  # the check finds what is there

    set_clock(at("2026-11-21T10:30:00"))
    summary = client.get(f"/api/v1/agenda-items/{item_id}/summary")
    assert summary.status_code == 200
    campaigns = summary.json["campaigns"]
    assert campaigns and campaigns[0]["size"] >= 70 and campaigns[0]["representative_text"]
    listing = client.get(f"/api/v1/campaigns?item_id={item_id}")
    assert listing.status_code == 401
    published = client.put(
        f"/api/v1/agenda-items/{item_id}/publication", json={"published": True}, headers=staff
    )
    assert published.status_code == 200, published.json
    record, additions = _public_record(client, item_id)
    assert additions  # the campaign is in the record, with its members' additions

    public = "\n".join([summary.get_data(as_text=True), listing.get_data(as_text=True), record])
    leaks = {line.name: line.found_in(public) for line in filled if line.found_in(public)}
    assert leaks == {}
