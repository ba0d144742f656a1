"""No public text carries personal data that a campaign's members share.

Issue 14's fill-in lines differ from member to member, so no such line is ever sent word for
word by three people. These lines are the same in every copy: a family all sending the house
they share, a building's tenants, an organiser's handle or signature that their tool puts in
every copy, an address, postcode or e-mail in a shape the detector did not know (a Spanish,
French or Vietnamese street, a British postcode, "at ... dot com", "unit is #305"). Each is sent
word for word by every member, so only the personal-data rule can keep it out of the public
summary, the public record (its template and each member's additions) and the report without
names; the rest of the letter must still show.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import published_summary
from tests.fill_in import TEMPLATE

pytestmark = pytest.mark.slow

ITEM = "2026-00837"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"
_CAMPAIGN_TEXT = re.compile(r'<div class="text">(.*?)</div>', re.S)
OTHERS = [
    "Eugenia Fothergill", "Florian Pemberton", "Gertrude Applewhite", "Humphrey Blackwood",
    "Imogen Thistlewood", "Jasper Wolcott", "Kerensa Lowther", "Lysander Pike",
]  # fmt: skip


# name: (the line every member sends, what must not show, the first member's own submitter)
SHARED: dict[str, tuple[str, list[str], dict[str, str]]] = {
    "a family's house, in Spanish": (
        "Nuestra casa está en Avenida Reforma 222 y pagamos renta cada mes.",
        ["Reforma 222"],
        {"name": "Marisol Quartermaine"},
    ),
    "a building's address, in Vietnamese": (
        "Chúng tôi sống tại số 12 đường Lê Lợi, Quận 1 từ năm 2005.",
        ["Lê Lợi", "số 12"],
        {"name": "Nguyen Thi Lan"},
    ),
    "a house, in French": (
        "Nous habitons au 4 rue de la Paix depuis 1990 avec nos enfants.",
        ["rue de la Paix"],
        {"name": "Odile Marchetti"},
    ),
    "an e-mail spelt out": (
        "Write to us at wq1977 at gmail dot com with any questions about this letter.",
        ["wq1977", "gmail dot com"],
        {"name": "Wilhelmina Quartermaine", "email": "wq1977@gmail.com"},
    ),
    "an organiser's handle": (
        "Questions about this letter go to wq1977 on most platforms.",
        ["wq1977"],
        {"name": "Wilhelmina Quartermaine", "email": "wq1977@gmail.com"},
    ),
    "a British postcode": (
        "Our home postcode is SW1A 1AA and we have lived there for years.",
        ["SW1A 1AA"],
        {"name": "Percival Ashdown"},
    ),
    "a unit number": (
        "Our unit is #305 in the Riverside tower on the river.",
        ["#305"],
        {"name": "Rosalind Kettleburn"},
    ),
    "a street after the flat": (
        "Our building at 1200 Riverside is falling apart around us.",
        ["1200 Riverside"],
        {"name": "Sebastian Ingleby", "address": "Apt 4B, 1200 Riverside Blvd, Sacramento"},
    ),
    "an organiser's name without its accents": (
        "This letter was organised by Jose Garcia on behalf of our block.",
        ["Jose Garcia", "Garcia"],
        {"name": "José García"},
    ),
    "an organiser's two-letter name": (
        "This letter was organised by An Vo on behalf of our block.",
        ["An Vo"],
        {"name": "An Vo"},
    ),
}


def _payloads(line: str, first: dict[str, str], size: int) -> list[dict[str, Any]]:
    body = "\n".join([*TEMPLATE[:3], line, *TEMPLATE[3:]])
    people = [first] + [
        {"name": f"{OTHERS[i % len(OTHERS)]}{'' if i < len(OTHERS) else f' {i}'}"}
        for i in range(size - 1)
    ]
    return [{"body": body, "position": "support", "submitter": p} for p in people]


def _public_texts(client: FlaskClient, staff: dict[str, str]) -> dict[str, str]:
    """Every public text of the item: summary, record with additions, report without names."""
    summary = published_summary(client, ITEM)
    assert summary.status_code == 200
    [campaign] = summary.json["campaigns"]
    assert campaign["representative_text"].splitlines() == TEMPLATE
    publication = f"/api/v1/agenda-items/{ITEM}/publication"
    assert client.put(publication, json={"published": True}, headers=staff).status_code == 200
    record = client.get(f"/api/v1/agenda-items/{ITEM}/record")
    additions = [
        client.get(entry["additions_url"]).get_data(as_text=True)
        for entry in record.json["items"]
        if entry["type"] == "campaign"
    ]
    page = client.get(f"/items/{ITEM}/record").get_data(as_text=True)
    report = client.get(f"/api/v1/agenda-items/{ITEM}/report", headers=staff)
    assert report.status_code == 200
    shown = [html.unescape(t).strip() for t in _CAMPAIGN_TEXT.findall(report.get_data(True))]
    assert [t.splitlines() for t in shown] == [TEMPLATE]
    return {
        "summary": summary.get_data(as_text=True),
        "record": json.dumps(record.json, ensure_ascii=False) + "\n".join(additions),
        "record page": html.unescape(page),
        "report": "\n".join(shown),
    }


@pytest.mark.parametrize("case", list(SHARED))
@pytest.mark.usefixtures("item")
def test_a_line_every_member_shares_keeps_its_personal_data_out_of_public_text(
    client: FlaskClient, staff: dict[str, str], case: str
) -> None:
    line, details, first = SHARED[case]
    for payload in _payloads(line, first, 4):
        assert client.post(COMMENTS, json=payload).status_code == 201
    for where, text in _public_texts(client, staff).items():
        for detail in details:
            assert detail not in text, (where, detail)


@pytest.mark.parametrize(("case", "size"), [("a family's house, in Spanish", 3)])
@pytest.mark.usefixtures("item")
def test_the_smallest_campaign_keeps_a_shared_address_out(
    client: FlaskClient, staff: dict[str, str], case: str, size: int
) -> None:
    line, details, first = SHARED[case]
    for payload in _payloads(line, first, size):
        assert client.post(COMMENTS, json=payload).status_code == 201
    for where, text in _public_texts(client, staff).items():
        for detail in details:
            assert detail not in text, (where, detail)


@pytest.mark.parametrize("case", ["an organiser's handle", "a British postcode"])
@pytest.mark.usefixtures("item")
def test_a_300_member_campaign_keeps_a_shared_line_out(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str], case: str
) -> None:
    line, details, first = SHARED[case]
    payloads = _payloads(line, first, 300)
    for start in range(0, len(payloads), 100):
        chunk = {"comments": payloads[start : start + 100]}
        response = client.post(f"{COMMENTS}/batch", json=chunk, headers=integration)
        assert response.status_code == 200 and response.json["failed"] == 0
    for where, text in _public_texts(client, staff).items():
        for detail in details:
            assert detail not in text, (where, detail)


ORGANISED = "This letter was organised by Wilhelmina Quartermaine on behalf of our block."


@pytest.mark.parametrize(("size", "organiser", "batch"), [(40, 30, False), (300, 150, True)])
@pytest.mark.usefixtures("item")
def test_a_member_who_joins_late_takes_their_name_out_of_the_public_text(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    size: int,
    organiser: int,
    batch: bool,
) -> None:
    """Every copy names the organiser, who signs copy ``organiser`` themselves: a member then,
    whom the sample the public text is built from (the first members and the newest) no longer
    holds once others follow."""
    payloads = _payloads(ORGANISED, {"name": "Lucinda Brackenbury"}, size)
    payloads[organiser]["submitter"] = {"name": "Wilhelmina Quartermaine"}
    if batch:
        for start in range(0, size, 100):
            chunk = {"comments": payloads[start : start + 100]}
            response = client.post(f"{COMMENTS}/batch", json=chunk, headers=integration)
            assert response.status_code == 200 and response.json["failed"] == 0
    else:
        for payload in payloads:
            assert client.post(COMMENTS, json=payload).status_code == 201
    for where, text in _public_texts(client, staff).items():
        assert "Quartermaine" not in text, where
        assert "Wilhelmina" not in text, where
