"""No public text carries one person's words: fill-in campaigns through the HTTP API.

Every member of these campaigns writes a different "My name is ... and I live at ..." line into
the same letter. The public summary and the staff report without names must show the letter and
nothing of any member.
"""

from __future__ import annotations

import html
import re

import pytest
from flask.testing import FlaskClient

from tests.conftest import published_summary
from tests.fill_in import TEMPLATE, Member, Where, campaign

pytestmark = pytest.mark.slow

ITEM = "2026-00837"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"
SUMMARY = f"/api/v1/agenda-items/{ITEM}/summary"
REPORT = f"/api/v1/agenda-items/{ITEM}/report"
_CAMPAIGN_TEXT = re.compile(r'<div class="text">(.*?)</div>', re.S)


def _post_one_by_one(client: FlaskClient, members: list[Member]) -> None:
    for member in members:
        assert client.post(COMMENTS, json=member.payload()).status_code == 201


def _post_in_batches(client: FlaskClient, members: list[Member], headers: dict[str, str]) -> None:
    for start in range(0, len(members), 100):
        chunk = [m.payload() for m in members[start : start + 100]]
        response = client.post(f"{COMMENTS}/batch", json={"comments": chunk}, headers=headers)
        assert response.status_code == 200 and response.json["failed"] == 0


def _mentions(text: str, detail: str) -> bool:
    """Whether ``detail`` stands in ``text``; a number only as a number of its own, so a postal
    code such as 95818 is not found inside a timestamp's microseconds (``05:12:28.495818``)."""
    if not detail.isdigit():
        return detail in text
    return re.search(rf"(?<![\d.]){detail}(?!\d)", text) is not None


def _assert_public_texts_hold_no_member(
    client: FlaskClient, members: list[Member], staff: dict[str, str]
) -> None:
    summary = published_summary(client, ITEM)
    campaigns = summary.json["campaigns"]
    assert len(campaigns) == 1 and campaigns[0]["size"] == len(members)
    assert campaigns[0]["representative_text"].splitlines() == TEMPLATE
    report = client.get(REPORT, headers=staff)
    assert report.status_code == 200
    shown = [html.unescape(t).strip() for t in _CAMPAIGN_TEXT.findall(report.get_data(True))]
    assert [t.splitlines() for t in shown] == [TEMPLATE]
    public = summary.get_data(as_text=True) + "\n".join(shown)
    for member in members:
        for detail in member.details:
            assert not _mentions(public, detail), detail
    assert "My name is" not in public and "I live at" not in public


@pytest.mark.parametrize("size", [3, 10])
@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.usefixtures("item")
def test_fill_in_lines_stay_out_of_public_text_posted_one_by_one(
    client: FlaskClient, staff: dict[str, str], size: int, where: Where
) -> None:
    members = campaign(size, where)
    _post_one_by_one(client, members)
    _assert_public_texts_hold_no_member(client, members, staff)


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.usefixtures("item")
def test_fill_in_lines_stay_out_of_public_text_of_a_300_member_campaign(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str], where: Where
) -> None:
    members = campaign(300, where)
    _post_in_batches(client, members, integration)
    _assert_public_texts_hold_no_member(client, members, staff)
