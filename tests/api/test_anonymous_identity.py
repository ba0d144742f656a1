"""An anonymous name is not an identity: placeholder names never make two comments one person."""

from __future__ import annotations

import hashlib
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text

from intake import migrate
from intake.models import person_key
from intake.services.comments import identity_key
from tests.conftest import json_body, published_summary

ITEM = "2026-00837"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"
SUMMARY = f"/api/v1/agenda-items/{ITEM}/summary"
LETTER = (
    "Please keep the library branch on Freeport Boulevard open on weekends. Families rely on it "
    "for homework help, job searches and a quiet place to read. Cutting its hours would fall "
    "hardest on the people with the fewest alternatives, and the savings are small."
)
_SENT = count()
PLACEHOLDERS = [
    "Anonymous",
    "Anonymous Anonymous",
    "anonymous",
    "N/A",
    "Name withheld",
    "anon",
    "none",
    "No name",
    "-",
    "Prefer not to say",
    "Decline to state",
    "I'd rather not say",
    "County resident",
    "City Resident",
    "Local taxpayer",
    "A Tessaly Point resident",
    "匿名",
    "Anónimo",
    "ẩn danh",
    "Eastmere neighbor",
    "Vecina de Calle Palma",
]


def _post(client: FlaskClient, name: str, **submitter: Any) -> dict[str, Any]:
    """Each post from its own address, as different people's would be (no burst signal)."""
    payload = {"body": LETTER, "submitter": {"name": name, **submitter}}
    n = next(_SENT)
    address = {"REMOTE_ADDR": f"10.1.{n // 250}.{n % 250 + 1}"}
    response = client.post(COMMENTS, json=payload, environ_base=address)
    assert response.status_code == 201, response.json
    return json_body(response)


def _kinds(client: FlaskClient, staff: dict[str, str]) -> list[str]:
    page = client.get(f"{COMMENTS}?limit=100", headers=staff).json
    return [c["label"]["kind"] for c in page["items"]]


@pytest.mark.parametrize("name", PLACEHOLDERS)
@pytest.mark.usefixtures("item")
def test_two_anonymous_senders_are_two_people(
    client: FlaskClient, staff: dict[str, str], name: str
) -> None:
    _post(client, name)
    _post(client, name)
    _post(client, name, postal_code="95818")
    _post(client, name.upper(), postal_code="95818")
    _post(client, name, email="someone@example.org")
    assert "duplicate" not in _kinds(client, staff)
    assert published_summary(client, ITEM).json["distinct_submitters"] == 5


def test_anonymous_copies_of_a_campaign_all_count_as_members(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    for _ in range(6):
        _post(client, "Anonymous Anonymous")
    assert _kinds(client, staff) == ["form_letter"] * 6
    summary = published_summary(client, ITEM).json
    assert summary["distinct_submitters"] == 6
    assert [c["size"] for c in summary["campaigns"]] == [6]


def test_email_or_a_real_name_with_postal_code_remain_the_identity(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    _post(client, "Anonymous", email="same@example.org")
    _post(client, "Name withheld", email="Same@Example.org")
    _post(client, "Maria Lopez", postal_code="95818")
    _post(client, "maria  lopez", postal_code="95 818")
    assert _kinds(client, staff).count("duplicate") == 2
    assert published_summary(client, ITEM).json["distinct_submitters"] == 2


def test_placeholder_identity_keys_are_never_shared() -> None:
    keys = {identity_key({"name": name}) for name in PLACEHOLDERS for _ in range(2)}
    assert len(keys) == 2 * len(PLACEHOLDERS)
    assert identity_key({"name": "Ana Ruiz", "postal_code": "95818"}) == identity_key(
        {"name": "ana ruiz", "postal_code": "95818"}
    )


Sender = tuple[str, str | None, str]


def _stored_senders_after_upgrade(
    tmp_path: Path, from_revision: str, senders: dict[int, Sender]
) -> dict[int, str]:
    """Store ``senders`` (comment id: name, email, identity key) as the schema at
    ``from_revision`` held them, migrate to head, and return each comment's identity key;
    every comment's ``person_key`` must follow its sender's new key."""
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    migrate.upgrade(url, from_revision)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agenda_items (id, title, created_at, updated_at) "
                "VALUES ('A', 'A', '2026-11-01 00:00:00', '2026-11-01 00:00:00')"
            )
        )
        for cid, (name, email, key) in senders.items():
            conn.execute(
                text(
                    "INSERT INTO comments (id, item_id, body, received_at, source, "
                    "honeypot_filled, reasons, person_key) VALUES "
                    "(:id, 'A', 'x', '2026-11-01 00:00:00', 'form', 0, '[]', :pk)"
                ),
                {"id": cid, "pk": person_key(key)},
            )
            conn.execute(
                text(
                    "INSERT INTO submitters (comment_id, name, email, identity_key) "
                    "VALUES (:id, :name, :email, :key)"
                ),
                {"id": cid, "name": name, "email": email, "key": key},
            )
    engine.dispose()
    migrate.upgrade(url)
    engine = create_engine(url)
    with engine.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT s.comment_id, s.identity_key, c.person_key FROM submitters s "
                "JOIN comments c ON c.id = s.comment_id ORDER BY s.comment_id"
            )
        ).all()
    engine.dispose()
    assert all(pk == person_key(key) for _cid, key, pk in rows)
    return {cid: key for cid, key, _pk in rows}


def test_migration_gives_stored_anonymous_senders_keys_of_their_own(tmp_path: Path) -> None:
    shared = identity_key({"name": "Maria Lopez"})
    anonymous = hashlib.sha256(b"name:anonymous|postal:").hexdigest()
    senders: dict[int, Sender] = {
        1: ("Anonymous", None, anonymous),
        2: ("Anonymous", "", anonymous),
        3: ("Anonymous", "a@example.org", identity_key({"name": "x", "email": "a@example.org"})),
        4: ("Maria Lopez", None, shared),
        5: ("Maria Lopez", None, shared),
    }
    keys = _stored_senders_after_upgrade(tmp_path, "0004", senders)
    assert len({keys[1], keys[2], anonymous}) == 3  # two anonymous people, neither the old key
    assert keys[3] == senders[3][2] and keys[4] == keys[5] == shared


def test_migration_0017_gives_senders_named_by_place_keys_of_their_own(tmp_path: Path) -> None:
    """Senders stored as "County resident" or "Prefer not to say" before those names were known
    to name nobody shared one key; 0017 gives each their own, as 0006 did for "Anonymous"."""
    county = hashlib.sha256(b"name:county resident|postal:").hexdigest()
    refusal = hashlib.sha256(b"name:prefer not to say|postal:").hexdigest()
    shared = identity_key({"name": "Maria Lopez"})
    senders: dict[int, Sender] = {
        1: ("County resident", None, county),
        2: ("County resident", "", county),
        3: ("Prefer not to say", None, refusal),
        4: ("Prefer not to say", None, refusal),
        5: ("Maria Lopez", None, shared),
        6: ("Maria Lopez", None, shared),
    }
    keys = _stored_senders_after_upgrade(tmp_path, "0016", senders)
    assert len({keys[1], keys[2], keys[3], keys[4], county, refusal}) == 6
    assert keys[5] == keys[6] == shared


def test_migration_0018_gives_senders_anonymous_abroad_or_described_keys_of_their_own(
    tmp_path: Path,
) -> None:
    """Senders stored as "A Tessaly Point resident" or "匿名" before those names were known to
    name nobody shared one key (the thirteenth corpus's copies from different people were
    ``duplicate``); 0018 gives each their own. "Marie Parent" is a name and keeps hers."""
    described = hashlib.sha256(b"name:a tessaly point resident|postal:").hexdigest()
    han = hashlib.sha256("name:匿名|postal:".encode()).hexdigest()
    parent = identity_key({"name": "Marie Parent"})
    senders: dict[int, Sender] = {
        1: ("A Tessaly Point resident", None, described),
        2: ("A Tessaly Point resident", "", described),
        3: ("匿名", None, han),
        4: ("匿名", None, han),
        5: ("Marie Parent", None, parent),
        6: ("Marie Parent", None, parent),
        7: ("匿名", "li@example.org", identity_key({"name": "x", "email": "li@example.org"})),
    }
    keys = _stored_senders_after_upgrade(tmp_path, "0017", senders)
    assert len({keys[1], keys[2], keys[3], keys[4], described, han}) == 6
    assert keys[5] == keys[6] == parent
    assert keys[7] == senders[7][2]
