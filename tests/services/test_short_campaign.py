"""An action page's one-line letter forms a campaign through the service (session 10).

Copies of a twelve-word line ("I urge you to vote no on item 7. Protect our parks."), exact, in
capitals and lightly edited, go in through ``CommentService`` each from another person, among
residents' own short lines on the same item and "Support." sent by many: the line's copies form
one campaign (``intake.text.matching.short``), everything else stays unique, and a batch labels
them as one-by-one posts do.
"""

from __future__ import annotations

import random
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine, select

from intake import create_app
from intake.db import get_database
from intake.models import Comment
from intake.services.comments import Submission, SubmissionContext
from intake.wiring import comment_service_for
from tests.services.test_spun_campaign import ITEM, create_item, labels, post
from tests.unit.text.test_short_campaign import EDITS, LINE, OWN, RESIDENTS, WITH_OWN

COPIES = 24


def bodies() -> list[tuple[str, bool]]:
    """(body, is a copy of the line): copies with a resident's line or "Support." between."""
    rng = random.Random(10)
    out: list[tuple[str, bool]] = []
    for n in range(COPIES):
        out.append((LINE if rng.random() < 0.6 else rng.choice(EDITS), True))
        if n % 4 == 3:
            out.append((rng.choice((*RESIDENTS, "Support.", "See attached file(s)")), False))
    return out


def test_a_one_line_campaign_forms_and_leaves_residents_alone(app: Flask) -> None:
    create_item(app)
    texts = bodies()
    ids = [i for n, (body, _copy) in enumerate(texts) for i in post(app, [body], n)]
    got = labels(app, ids)
    copies = [label for (_b, copy), label in zip(texts, got, strict=True) if copy]
    others = [label for (_b, copy), label in zip(texts, got, strict=True) if not copy]
    held = Counter(c for kind, c in copies if kind == "form_letter").most_common(1)
    assert held and held[0][1] == COPIES, copies
    assert all(kind == "unique" and cid is None for kind, cid in others)


def test_a_batch_labels_the_line_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> None:
    create_item(app)
    texts = [body for body, _copy in bodies()]
    batch = labels(app, post(app, texts, 0))
    assert Counter(kind for kind, _c in batch)["form_letter"] == COPIES
    twin = one_by_one_twin(sqlite_template, tmp_path, pg_engine)
    one_by_one = labels(twin, [i for n, body in enumerate(texts) for i in post(twin, [body], n)])
    assert batch == one_by_one


def one_by_one_twin(sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None) -> Flask:
    """A second app on a fresh SQLite copy, with the item, to post one by one what a test posted
    in a batch (skipped on PostgreSQL: the pass's database is the batch's)."""
    if pg_engine is not None:
        pytest.skip("the one-by-one twin runs on a second SQLite database (covered on SQLite)")
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite3")
    twin = create_app({"database_url": f"sqlite:///{tmp_path / 'twin.sqlite3'}"})
    create_item(twin)
    return twin


def with_own_sentences() -> list[str]:
    """Session 11: the line's first copies, then copies with sentences of their own among the
    residents' lines and more copies."""
    rng = random.Random(11)
    texts = [LINE, LINE.lower(), LINE]
    for n, copy in enumerate(WITH_OWN):
        texts += [copy, rng.choice(EDITS)]
        if n % 2:
            texts.append(rng.choice(RESIDENTS))
    return texts


def personal_texts(app: Flask, ids: list[int]) -> list[str | None]:
    with app.app_context(), get_database(app).session_factory() as session:
        rows = {
            c.id: c.personal_text
            for c in session.scalars(select(Comment).where(Comment.id.in_(ids)))
        }
        return [rows[i] for i in ids]


def test_copies_with_their_own_sentences_join_the_line_with_them_as_personal_text(
    app: Flask,
) -> None:
    create_item(app)
    texts = with_own_sentences()
    ids = [i for n, body in enumerate(texts) for i in post(app, [body], n)]
    got = labels(app, ids)
    personal = dict(zip(texts, personal_texts(app, ids), strict=True))
    campaigns = {cid for (kind, cid), body in zip(got, texts, strict=True) if body not in RESIDENTS}
    assert len(campaigns) == 1 and None not in campaigns, got
    assert all(
        label == ("unique", None)
        for label, body in zip(got, texts, strict=True)
        if body in RESIDENTS
    )
    for copy in WITH_OWN:
        own = [sentence for sentence in OWN if sentence in copy]
        text = personal[copy]
        assert text is not None and all(s in text for s in own), copy
        assert "protect our parks" not in text.casefold(), copy


def test_a_batch_labels_copies_with_own_sentences_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> None:
    create_item(app)
    texts = with_own_sentences()
    ids = post(app, texts, 0)
    batch = labels(app, ids), personal_texts(app, ids)
    assert Counter(kind for kind, _c in batch[0])["form_letter"] == len(texts) - sum(
        t in RESIDENTS for t in texts
    )
    twin = one_by_one_twin(sqlite_template, tmp_path, pg_engine)
    twin_ids = [i for n, body in enumerate(texts) for i in post(twin, [body], n)]
    assert batch == (labels(twin, twin_ids), personal_texts(twin, twin_ids))


def test_anonymous_senders_found_a_line_from_three_addresses_or_none_known(app: Flask) -> None:
    create_item(app)
    apart = [i for n in range(3) for i in post_anonymous_batch(app, [f"address-{n}"])]
    assert {cid for _k, cid in labels(app, apart)} != {None}
    assert len({label for label in labels(app, apart)}) == 1, labels(app, apart)


def test_anonymous_senders_without_an_address_found_a_line(app: Flask) -> None:
    create_item(app)
    imported = [i for _n in range(3) for i in post_anonymous_batch(app, [None])]
    got = labels(app, imported)
    assert len(set(got)) == 1 and got[0][0] == "form_letter", got


def test_one_address_posting_a_line_anonymously_three_times_founds_nothing(app: Flask) -> None:
    """A script (or one person) posting the line as "Anonymous" from one address, slowly
    enough that no burst signal catches it, is one person: no campaign of three."""
    create_item(app)
    one = [i for _n in range(4) for i in post_anonymous_batch(app, ["one-address"])]
    assert all(cid is None for _k, cid in labels(app, one)), labels(app, one)
    # two more people from elsewhere make three: the line's campaign forms
    more = [i for n in range(2) for i in post_anonymous_batch(app, [f"elsewhere-{n}"])]
    assert labels(app, more)[-1][0] == "form_letter"


def post_anonymous_batch(app: Flask, addresses: Sequence[str | None]) -> list[int]:
    """The line from senders who gave no email and a placeholder name, one from each of
    ``addresses`` (the client address digest a public post carries; None: an import or a staff
    tool), in one batch."""
    with app.app_context(), get_database(app).session_factory() as session:
        stored = comment_service_for(app, session).submit_together(
            [
                Submission(
                    ITEM,
                    {"body": LINE, "submitter": {"name": "Anonymous"}},
                    SubmissionContext("test", client_key=address),
                )
                for address in addresses
            ]
        )
        session.commit()
        return [c.id for c in stored if isinstance(c, Comment)]


def test_a_batch_tells_anonymous_senders_apart_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> None:
    create_item(app)
    addresses = ["one", "one", "one", "two", "one", "three", "four"]
    batch = labels(app, post_anonymous_batch(app, addresses))
    # the address's first copy founds the campaign with "two" and "three", its others are not
    # three more people
    assert batch[0] == batch[3] == batch[5] and batch[5][0] == "form_letter", batch
    assert batch[1][1] is None and batch[2][1] is None, batch
    twin = one_by_one_twin(sqlite_template, tmp_path, pg_engine)
    one_by_one = [i for address in addresses for i in post_anonymous_batch(twin, [address])]
    assert batch == labels(twin, one_by_one)


#: Session 23 (``generated-seventeenth``'s text alert): the line's first copies, sent before three
#: people founded it, each a light edit or the line with a sentence of the sender's own put
#: between its two sentences; and one such copy after the founding.
FIRST_COPIES = (
    "Please, I urge you to vote no on item 7. Protect our park.",
    "I urge you to vote no on item 7. The owls nest in the oaks there. Protect our parks.",
)
BETWEEN = "I urge you to vote no on item 7. I walk my dog there every morning. Protect our parks."


def test_first_short_copies_and_a_sentence_between_the_lines_join_the_line(app: Flask) -> None:
    create_item(app)
    texts = [*FIRST_COPIES, RESIDENTS[2], LINE, LINE, LINE, BETWEEN, RESIDENTS[0], RESIDENTS[1]]
    ids = [i for n, body in enumerate(texts) for i in post(app, [body], n)]
    got = dict(zip(texts, labels(app, ids), strict=True))
    campaign = got[LINE][1]
    assert campaign is not None
    for copy in (*FIRST_COPIES, BETWEEN):
        assert got[copy] == ("form_letter", campaign), copy
    assert all(got[r] == ("unique", None) for r in RESIDENTS[:3])
    personal = dict(zip(texts, personal_texts(app, ids), strict=True))
    assert "walk my dog" in (personal[BETWEEN] or "") and "owls" in (
        personal[FIRST_COPIES[1]] or ""
    )


def test_a_batch_joins_first_short_copies_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> None:
    create_item(app)
    texts = [*FIRST_COPIES, RESIDENTS[2], LINE, LINE, LINE, BETWEEN, RESIDENTS[0]]
    ids = post(app, texts, 0)
    batch = labels(app, ids), personal_texts(app, ids)
    twin = one_by_one_twin(sqlite_template, tmp_path, pg_engine)
    twin_ids = [i for n, body in enumerate(texts) for i in post(twin, [body], n)]
    assert batch == (labels(twin, twin_ids), personal_texts(twin, twin_ids))
