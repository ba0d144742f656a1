"""A young letter read as spun takes no resident of its members' clause bank, through the
service (session 13, issue 14 items 2 and 4).

Four copies of a letter, each with three sentences of the sender's own from a clause bank, go in
through ``CommentService`` each from another person, then residents who write only sentences of
that bank, then more copies: the copies form one campaign, every resident stays unique, and a
batch labels them as one-by-one posts do (on PostgreSQL the batch half runs, the one-by-one twin
is SQLite's).
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine

from intake import create_app
from tests.services.test_spun_campaign import create_item, labels, post
from tests.unit.text.test_clause_bank import clause_sentences, member_copy


def bodies() -> list[tuple[str, bool]]:
    """(body, is a copy): four copies, eight residents, four more copies."""
    rng = random.Random(13)
    told = clause_sentences(rng)

    def copy() -> tuple[str, bool]:
        return member_copy(rng, " ".join(told.pop() for _ in range(3))), True

    def resident() -> tuple[str, bool]:
        return " ".join(told.pop() for _ in range(rng.randint(3, 5))), False

    return [
        *(copy() for _ in range(4)),
        *(resident() for _ in range(8)),
        *(copy() for _ in range(4)),
    ]


def test_residents_of_the_clause_bank_stay_out_of_the_young_letter(app: Flask) -> None:
    create_item(app)
    texts = bodies()
    ids = [i for n, (body, _copy) in enumerate(texts) for i in post(app, [body], n)]
    got = labels(app, ids)
    copies = {label for (_b, copy), label in zip(texts, got, strict=True) if copy}
    assert len(copies) == 1 and next(iter(copies))[0] == "form_letter", got
    residents = [label for (_b, copy), label in zip(texts, got, strict=True) if not copy]
    assert residents == [("unique", None)] * 8, residents


def test_a_batch_keeps_the_residents_out_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> None:
    create_item(app)
    texts = [body for body, _copy in bodies()]
    batch = labels(app, post(app, texts, 0))
    assert [kind for kind, _c in batch[4:12]] == ["unique"] * 8, batch
    if pg_engine is not None:
        pytest.skip("the one-by-one twin runs on a second SQLite database (covered on SQLite)")
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite3")
    twin = create_app({"database_url": f"sqlite:///{tmp_path / 'twin.sqlite3'}"})
    create_item(twin)
    one_by_one = labels(twin, [i for n, body in enumerate(texts) for i in post(twin, [body], n)])
    assert batch == one_by_one
