"""A copy pasted from an advocacy platform with its HTML remnants and mojibake (session 16): it
joins the campaign of the plain copies, its own paragraph is its personal text as a reader saw it,
and staff still see the body exactly as it arrived."""

from __future__ import annotations

from itertools import count
from typing import Any

from flask.testing import FlaskClient

ITEM = "2026-00837"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"
LETTER = (
    "I'm writing to ask you to lower the permit fee for sidewalk café seating on Orchard Row.",
    "The draft's fee of $14 per square foot is more than most family restaurants can pay.",
    "Please cap it at $5, waive the design review for tables built under the pilot, and keep our "
    "streets open to everyone.",
)
_SENT = count(1)


def _post(client: FlaskClient, body: str, who: str) -> int:
    payload = {"body": body, "submitter": {"name": who, "email": f"{who}@example.org"}}
    n = next(_SENT)
    response = client.post(COMMENTS, json=payload, environ_base={"REMOTE_ADDR": f"10.3.0.{n}"})
    assert response.status_code == 201, response.json
    comment_id: int = response.json["id"]
    return comment_id


def test_a_pasted_copy_joins_its_campaign_and_keeps_its_body(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    plain = [
        _post(client, "\n\n".join((*LETTER, f"Sincerely,\n{who.title()} Quill")), who)
        for who in ("ana", "ben", "cy")
    ]
    body = (
        "<p>Dear Council Member Ames,</p>\n<p>"
        + "</p>\n<p>".join(
            (
                LETTER[0].replace("'", "&#8217;").replace("é", "&eacute;"),
                "My bakery &amp; caf&eacute; has had two tables outside since 2019.&nbsp; "
                "We&#39;d lose both.",
                LETTER[1].replace("'", "&rsquo;"),
                LETTER[2],
            )
        )
        + "</p>\n<p>Sincerely,<br>\nTobias Baptiste<br>\n90412</p>"
    )
    tobias = _post(client, body, "tobias")
    mojibake = "\n\n".join((*LETTER, "Sincerely,\nDora Quill")).replace("'", "’")
    dora = _post(client, mojibake.encode("utf-8").decode("cp1252"), "dora")

    first = client.get(f"/api/v1/comments/{plain[0]}", headers=staff).json["label"]
    record = client.get(f"/api/v1/comments/{tobias}", headers=staff).json
    assert record["body"] == body
    assert record["label"]["kind"] == "form_letter"
    assert record["label"]["campaign_id"] == first["campaign_id"] is not None
    assert record["label"]["personal_text"] == (
        "My bakery & café has had two tables outside since 2019.\xa0 We'd lose both."
    )
    moji = client.get(f"/api/v1/comments/{dora}", headers=staff).json
    assert moji["body"] == mojibake.encode("utf-8").decode("cp1252")
    assert moji["label"]["campaign_id"] == first["campaign_id"]
    assert moji["label"]["personal_text"] is None
