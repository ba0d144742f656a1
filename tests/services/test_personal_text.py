"""A member's personal text follows what its campaign learns (issue 14 item 2).

Comments go in through ``CommentService`` with the app's labeller, one POST's worth at a time, as
the API sends them; what each member added is read back from the rows. The campaign here is spun:
every copy carries three fixed sentences and four sentences each assembled from three slots of
three phrasings, so no two copies send a spun sentence word for word. When the first two copies
found the campaign, the phrasings are not yet the campaign's (one member sent each), so the first member's
spun sentences come back as its own words; once more copies have shown those phrasings to be the
campaign's, the first member's personal text is measured again and holds only its own story.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine, select

from intake import create_app
from intake.db import get_database
from intake.models import Comment
from intake.services.comments import Submission, SubmissionContext
from intake.services.items import AgendaItemService
from intake.wiring import comment_service_for

ITEM = "2026-03310"
FIXED = (
    "Please build the Elm Street crosswalk this year.",
    "Our children cross there on the way to Jefferson Elementary.",
    "The crossing guard cannot watch every corner at once.",
)
SPUN = (
    (
        ("Drivers on Elm Street", "Cars along the Elm corridor", "Commuters cutting through Elm"),
        ("routinely", "far too often", "nearly every morning"),
        ("speed past the school gate.", "ignore the posted limit.", "race to beat the light."),
    ),
    (
        ("A marked crossing", "A raised crosswalk", "A signalised crossing"),
        ("with flashing beacons", "with bright paint", "near the library"),
        ("would slow that traffic down.", "would make drivers look twice.",
         "would give kids a safe path."),
    ),
    (
        ("The traffic study", "The county's collision data", "The neighborhood walk audit"),
        ("from last spring", "for this corner", "that parents ran"),
        ("found near misses every week.", "counted dozens of close calls.",
         "showed the corner is dangerous."),
    ),
    (
        ("Parents", "Families on our block", "Neighbors"),
        ("have asked for this", "have requested this fix", "have pleaded for action"),
        ("for more than three years.", "since the school reopened.", "at every council meeting."),
    ),
)  # fmt: skip
OWN = "My son was nearly hit there in March."
COPIES = 17


def spun_copy(n: int) -> str:
    """Copy ``n``: spun sentence k is combination ``n + k`` of its 27, so no two copies send a spun
    sentence word for word, while each pair of neighbouring phrasings recurs in other copies."""
    spun = [
        " ".join(slots[(n + k) // 3**i % 3] for i, slots in enumerate(sentence))
        for k, sentence in enumerate(SPUN)
    ]
    lines = [FIXED[0], " ".join(spun[:2]), FIXED[1], " ".join(spun[2:]), FIXED[2]]
    if n == 0:
        lines.insert(1, OWN)
    return "\n\n".join(lines)


def post(app: Flask, *copies: int) -> list[int]:
    """One POST's worth (a batch when several), as the API stores them; their ids."""
    with app.app_context(), get_database(app).session_factory() as session:
        service = comment_service_for(app, session)
        stored = service.submit_together(
            [
                Submission(
                    ITEM,
                    {
                        "body": spun_copy(n),
                        "submitter": {"name": f"Resident {n}", "email": f"r{n}@ex.org"},
                    },
                    SubmissionContext("test"),
                )
                for n in copies
            ]
        )
        assert all(isinstance(c, Comment) for c in stored)
        session.commit()
        return [c.id for c in stored if isinstance(c, Comment)]


def read(app: Flask, comment_id: int) -> Comment:
    with app.app_context(), get_database(app).session_factory() as session:
        comment = session.scalar(select(Comment).where(Comment.id == comment_id))
        assert comment is not None
        session.expunge(comment)
        return comment


def create_items(app: Flask, *items: str) -> None:
    with app.app_context(), get_database(app).session_factory() as session:
        for item in items:
            AgendaItemService(session).create({"id": item, "title": "A crosswalk on Elm Street"})
        session.commit()


def test_an_early_members_personal_text_is_measured_again_when_the_campaign_learns(
    app: Flask,
) -> None:
    create_items(app, ITEM)
    [first], [second] = post(app, 0), post(app, 1)
    early = read(app, first)
    assert early.kind == "form_letter" and read(app, second).campaign_id == early.campaign_id
    assert early.personal_text is not None and early.personal_text.startswith(OWN)
    assert early.personal_text != OWN, "the campaign knew its phrases: the check proves nothing"

    later = [i for n in range(2, COPIES) for i in post(app, n)]
    assert {read(app, i).campaign_id for i in later} == {early.campaign_id}
    assert read(app, first).personal_text == OWN


def test_a_batch_measures_its_members_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> None:
    """The copies in one batch get the personal texts they get one POST at a time, each run on a
    fresh database of its own (a campaign's state depends on everything before it)."""
    create_items(app, ITEM)
    batch = post(app, *range(COPIES))
    if pg_engine is not None:
        pytest.skip("the one-by-one twin runs on a second SQLite database (covered on SQLite)")
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite3")
    twin = create_app({"database_url": f"sqlite:///{tmp_path / 'twin.sqlite3'}"})
    create_items(twin, ITEM)
    one_by_one = [i for n in range(COPIES) for i in post(twin, n)]
    texts = [read(twin, i).personal_text for i in one_by_one]
    get_database(twin).dispose()
    assert texts[0] == OWN
    assert [read(app, i).personal_text for i in batch] == texts
