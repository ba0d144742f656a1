"""Form-letter labelling at intake, end to end: the labelled corpus posted through the API.

Each record is posted in arrival order as its own person (its own address), then read back as
staff. The figures must meet the same bar as the pure engine's, and the database-backed labels
must partition the corpus exactly as the in-memory reference labeller does.
Run with ``pytest -s`` to see the figures.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import BandKey, Campaign, Comment, LabelEvent
from tests.conftest import comment_payload, create_item, json_body
from tests.ordinance import PERSONAL, TEMPLATE
from tests.twin import Twin
from tests.unit.text.fixture_corpus import labelled, load

pytestmark = pytest.mark.slow

ITEM_TITLES = {"2026-00837": "City property and immigration enforcement"}


def as_payload(rec: dict[str, Any]) -> dict[str, Any]:
    """A corpus record as the comment body a commenter would post."""
    submitter = rec["submitter"]
    return {
        "body": rec["body"],
        "submitter": {
            "name": submitter["name"],
            "email": submitter["email"],
            "postal_code": submitter.get("postal"),
        },
    }


def create_items(client: FlaskClient, staff: dict[str, str], records: list[dict[str, Any]]) -> None:
    """The agenda items the corpus comments on, once each."""
    for item_id in sorted({r["item"] for r in records}):
        create_item(client, staff, item_id, ITEM_TITLES.get(item_id, f"Item {item_id}"))


def post_corpus(client: FlaskClient, staff: dict[str, str]) -> dict[int, dict[str, Any]]:
    """Post every record; returns the staff record of each, by fixture id."""
    records = load()
    create_items(client, staff, records)
    ids: dict[int, int] = {}
    for n, rec in enumerate(records):
        response = client.post(
            f"/api/v1/agenda-items/{rec['item']}/comments",
            json=as_payload(rec),
            environ_base={"REMOTE_ADDR": f"10.{n // 250}.{n % 250}.7"},
        )
        assert response.status_code == 201, response.json
        ids[rec["id"]] = response.json["id"]
    return {
        fixture_id: json_body(client.get(f"/api/v1/comments/{cid}", headers=staff))
        for fixture_id, cid in ids.items()
    }


@pytest.fixture
def corpus(client: FlaskClient, staff: dict[str, str]) -> dict[int, dict[str, Any]]:
    return post_corpus(client, staff)


def truth_campaigns() -> dict[str, list[int]]:
    members: defaultdict[str, list[int]] = defaultdict(list)
    for rec in load():
        if rec["truth"]["kind"] == "form_letter":
            members[rec["truth"]["campaign"]].append(rec["id"])
    return dict(members)


def test_form_letters_are_found_with_their_campaigns(corpus: dict[int, dict[str, Any]]) -> None:
    records = load()
    labels = {fid: record["label"] for fid, record in corpus.items()}
    mapping: dict[str, int | None] = {}
    hits = total = 0
    print("\ncampaign            members  recall  predicted")
    for truth, ids in sorted(truth_campaigns().items()):
        votes = Counter(labels[i]["campaign_id"] for i in ids if labels[i]["kind"] == "form_letter")
        predicted = votes.most_common(1)[0][0] if votes else None
        mapping[truth] = predicted
        got = sum(1 for i in ids if labels[i]["campaign_id"] == predicted and predicted)
        print(f"{truth:<20}{len(ids):>7}  {got / len(ids):>6.3f}  {predicted}")
        hits += got
        total += len(ids)
        assert predicted is not None, truth
        assert got / len(ids) >= 0.95, truth
        split = {labels[i]["campaign_id"] for i in ids} - {predicted, None}
        assert not split, f"{truth} split over campaigns {split}"
    recall = hits / total
    uniques = [r["id"] for r in records if r["truth"]["kind"] == "unique"]
    wrong = [i for i in uniques if labels[i]["kind"] == "form_letter"]
    print(
        f"form-letter recall {recall:.3f}; unique comments {len(uniques)}, labelled form letter {len(wrong)}"
    )
    assert recall >= 0.95
    assert wrong == []
    predicted_ids = [p for p in mapping.values() if p is not None]
    assert len(predicted_ids) == len(set(predicted_ids)), "two true campaigns merged"


def test_database_labels_equal_the_reference_labeller(corpus: dict[int, dict[str, Any]]) -> None:
    reference = labelled().labels
    kinds = {fid: rec["label"]["kind"] for fid, rec in corpus.items()}
    assert kinds == {fid: label.kind for fid, label in reference.items()}
    ours = {fid: rec["label"]["campaign_id"] for fid, rec in corpus.items()}
    theirs = {fid: label.campaign_id for fid, label in reference.items()}
    assert _partition(ours) == _partition(theirs)


def _partition(assignment: dict[int, int | None]) -> set[frozenset[int]]:
    groups: defaultdict[int, set[int]] = defaultdict(set)
    for fixture_id, campaign in assignment.items():
        if campaign is not None:
            groups[campaign].add(fixture_id)
    return {frozenset(g) for g in groups.values()}


def test_duplicates_point_at_the_first_comment(corpus: dict[int, dict[str, Any]]) -> None:
    records = {r["id"]: r for r in load()}
    by_comment_id = {rec["id"]: fid for fid, rec in corpus.items()}
    duplicates = [fid for fid, r in records.items() if r["truth"]["kind"] == "duplicate"]
    assert duplicates
    for fid in duplicates:
        label = corpus[fid]["label"]
        assert label["kind"] == "duplicate", fid
        original = by_comment_id[label["duplicate_of"]]
        assert records[original]["submitter"]["email"] == records[fid]["submitter"]["email"]


def test_no_fixture_comment_is_labelled_spam(corpus: dict[int, dict[str, Any]]) -> None:
    spam = [fid for fid, rec in corpus.items() if rec["label"]["kind"] == "spam"]
    assert spam == []


def _post(client: FlaskClient, body: str, name: str, n: int) -> int:
    payload = comment_payload(
        body, submitter={"name": name, "email": f"{name.split()[0].lower()}@example.org"}
    )
    response = client.post(
        "/api/v1/agenda-items/2026-00837/comments",
        json=payload,
        environ_base={"REMOTE_ADDR": f"10.0.0.{n}"},
    )
    assert response.status_code == 201
    comment_id: int = response.json["id"]
    return comment_id


@pytest.mark.usefixtures("item")
def test_a_campaign_forms_on_the_second_sender_and_relabels_the_first(
    client: FlaskClient, staff: dict[str, str], session: Session
) -> None:
    first = _post(client, f"Dear Council,\n{TEMPLATE}\nSincerely,\nAna Ruiz", "Ana Ruiz", 1)
    record = client.get(f"/api/v1/comments/{first}", headers=staff).json
    assert record["label"]["kind"] == "unique"
    assert session.scalar(select(func.count()).where(BandKey.comment_id == first))

    second = _post(client, f"{PERSONAL}\n\n{TEMPLATE}\n\nBo Chen, 95818", "Bo Chen", 2)
    one = client.get(f"/api/v1/comments/{first}", headers=staff).json["label"]
    two = client.get(f"/api/v1/comments/{second}", headers=staff).json["label"]
    assert one["kind"] == two["kind"] == "form_letter"
    assert one["campaign_id"] == two["campaign_id"] is not None
    assert two["personal_text"] == PERSONAL
    assert one["personal_text"] is None
    assert two["similarity"] >= 0.7

    events = session.scalars(
        select(LabelEvent).where(LabelEvent.comment_id == first).order_by(LabelEvent.id)
    ).all()
    assert [(e.from_kind, e.to_kind) for e in events] == [
        (None, "unique"),
        ("unique", "form_letter"),
    ]
    assert events[1].to_campaign_id == one["campaign_id"]
    # Members leave the comment index: the campaign is found through its profile.
    assert session.scalar(select(func.count()).where(BandKey.comment_id.in_([first, second]))) == 0

    campaign = session.get(Campaign, one["campaign_id"])
    assert campaign is not None
    assert campaign.representative_text == ""  # public only once three people share it

    third = _post(client, TEMPLATE.replace("forwards", "forward").upper(), "Cy Diaz", 3)
    three = client.get(f"/api/v1/comments/{third}", headers=staff).json["label"]
    assert (three["kind"], three["campaign_id"]) == ("form_letter", one["campaign_id"])
    assert three["personal_text"] is None

    session.refresh(campaign)
    text = campaign.representative_text
    assert "stand up to ICE" in text
    for private in ("Ana", "Ruiz", "Bo Chen", "95818", "nurse", "Dear Council", "Sincerely"):
        assert private not in text


def test_quoting_one_sentence_stays_unique(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    _post(client, TEMPLATE, "Ana Ruiz", 1)
    _post(client, TEMPLATE, "Bo Chen", 2)
    quote = (
        "I have lived in Del Paso Heights for thirty years and I have watched this council "
        "promise a lot. Some of my neighbours sent a letter saying 'Close the loophole of "
        "Sacramento Police Department participation in joint task forces, joining cities like "
        "Portland, San Francisco, and Oakland, to ensure that no city resources are shared with "
        "any federal agencies engaged in immigration enforcement.' I am not sure that is the "
        "right approach for the police budget, and I want to hear from the chief first."
    )
    quoting = _post(client, quote, "Dee Evans", 3)
    label = client.get(f"/api/v1/comments/{quoting}", headers=staff).json["label"]
    assert label["kind"] == "unique"
    assert label["campaign_id"] is None


def test_the_same_person_sending_again_is_a_duplicate(
    client: FlaskClient, item: dict[str, Any], staff: dict[str, str]
) -> None:
    body = "I oppose the parking changes on J Street because they will hurt small shops there."
    first = _post(client, body, "Ana Ruiz", 1)
    again = _post(client, body + " ", "Ana Ruiz", 1)
    label = client.get(f"/api/v1/comments/{again}", headers=staff).json["label"]
    assert (label["kind"], label["duplicate_of"]) == ("duplicate", first)
    other = _post(client, body, "Bo Chen", 2)
    assert client.get(f"/api/v1/comments/{other}", headers=staff).json["label"]["kind"] == "unique"


@pytest.mark.usefixtures("item")
def test_labels_carry_reasons_and_system_decider(
    client: FlaskClient, staff: dict[str, str], session: Session
) -> None:
    cid = _post(client, "Support.", "Ana Ruiz", 1)
    label = client.get(f"/api/v1/comments/{cid}", headers=staff).json["label"]
    assert label["decided_by"] == "system"
    assert label["spam_score"] is not None and label["spam_score"] < 0.7
    stored = session.get(Comment, cid)
    assert stored is not None and stored.signature is not None and stored.exact_hash


def post_corpus_in_batches(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str], size: int
) -> dict[int, dict[str, Any]]:
    """Post the corpus through the batch endpoint, ``size`` at a time, in arrival order."""
    records = load()
    create_items(client, staff, records)
    ids: dict[int, int] = {}
    start = 0
    while start < len(records):
        # A batch targets one item, so a chunk ends where the item changes.
        item_id = records[start]["item"]
        chunk: list[dict[str, Any]] = []
        while start < len(records) and len(chunk) < size and records[start]["item"] == item_id:
            chunk.append(records[start])
            start += 1
        payload = {"comments": [as_payload(rec) for rec in chunk]}
        response = client.post(
            f"/api/v1/agenda-items/{item_id}/comments/batch", json=payload, headers=integration
        )
        assert response.json["failed"] == 0
        for rec, result in zip(chunk, response.json["results"], strict=True):
            ids[rec["id"]] = result["receipt"]["id"]
    return {
        fixture_id: json_body(client.get(f"/api/v1/comments/{cid}", headers=staff))
        for fixture_id, cid in ids.items()
    }


def test_batches_label_exactly_as_one_by_one(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    twin: Callable[[], AbstractContextManager[Twin]],
) -> None:
    """The corpus posted in batches gets, label for label, what it gets one comment at a time.

    Bulk and single labelling share one code path; this proves they agree, each run on its own
    fresh database (campaign state depends on everything that came before).
    """
    batched = post_corpus_in_batches(client, staff, integration, size=40)
    with twin() as other:
        one_by_one = post_corpus(other.client, other.staff)

    def fields(run: dict[int, dict[str, Any]], name: str) -> dict[int, Any]:
        return {f: r["label"][name] for f, r in run.items()}

    for name in ("kind", "personal_text", "similarity", "spam_score"):
        assert fields(batched, name) == fields(one_by_one, name), name
    assert _partition(fields(batched, "campaign_id")) == _partition(
        fields(one_by_one, "campaign_id")
    )
