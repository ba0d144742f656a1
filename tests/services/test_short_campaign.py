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
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine

from intake import create_app
from tests.services.test_spun_campaign import create_item, labels, post
from tests.unit.text.test_short_campaign import EDITS, LINE, RESIDENTS

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
    if pg_engine is not None:
        pytest.skip("the one-by-one twin runs on a second SQLite database (covered on SQLite)")
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite3")
    twin = create_app({"database_url": f"sqlite:///{tmp_path / 'twin.sqlite3'}"})
    create_item(twin)
    one_by_one = labels(twin, [i for n, body in enumerate(texts) for i in post(twin, [body], n)])
    assert batch == one_by_one
