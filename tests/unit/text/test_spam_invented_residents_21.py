"""Session 21 (res21a): 200 invented residents in the shapes closest to spam stay residents.

``invented_residents_21.txt`` holds comments written for this session (none copied from any
set), as people write on a city's eComment portal: business owners, realtors, contractors,
landlords, coaches and pastors signing with a phone, an e-mail or a site; fundraisers and bake
sales with prices and payment apps; codes and discounts for a cause; figures and prices; scam
warnings; lists of links; shouted and emoji comments; people asking for work or help; meeting
invitations with dial-ins; obituaries and thanks; a few in Spanish and French. Blocks are
separated by a line ``===``: the item's title, its earlier comments (lines starting ``~``),
then the comment.

Before the session 30 of them were spam with the starter model (29 by the engine alone). The
ones still flagged are listed below with why they are left: each is a shape spam shares (a job
advert, a sum beside a messenger with no cause, a marketing call to action, an advert among an
item's first comments), or the starter model's reading. Every other row must stay under the
threshold, with and without the starter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.text.spam import Behaviour, SpamSettings, score, wants_item_context
from intake.text.spam.starter import starter_model

ROWS = Path(__file__).with_name("invented_residents_21.txt")
S = SpamSettings()

#: Still spam by the engine alone (start of the comment), each for a reason spam shares.
STILL_FLAGGED = (
    "I run a small wireless ISP",  # a price and an advert among the item's first comments
    "Still have 10 vendor spots",  # a sum beside a messenger, no cause named
    "I am hiring 3 warehouse workers",  # a job advert
    "We already pay $19/hr at our cafe",  # a job advert
    "Limited spots! Summer basketball camp",  # an advert's terms and its link
    "Click here for the budget simulator",  # a marketing call to action and a front page
)
# Session 22 (res22) mended five: "Organizer here. Parking" (its link closes a call for
# volunteers), "https://www.chattanooga.gov/epb" (a list holding a government's page), "Soy
# dueño de un carrito de elotes" and "I earn $15.50/hr" (they name the item's own "$600" and
# "$18": a figure shared counts among the first comments); "Visit our website" was no longer
# flagged before the session.
#: Still spam with the starter model besides those: its reading, corroborated.
STILL_FLAGGED_WITH_STARTER = (
    "Tamales $30/dozen",
    "Inscripciones abiertas para fútbol infantil",
)


def _rows() -> list[tuple[tuple[str, ...], str]]:
    return parse_rows(ROWS)


def parse_rows(path: Path) -> list[tuple[tuple[str, ...], str]]:
    """The rows of a file of blocks: the item's context (title, earlier comments) and the body."""
    rows = []
    for block in path.read_text(encoding="utf-8").split("\n===\n"):
        lines = block.strip("\n").split("\n")
        if not lines or not lines[0].strip():
            continue
        context = (lines[0], *(line[1:].strip() for line in lines[1:] if line.startswith("~")))
        body = "\n".join(line for line in lines[1:] if not line.startswith("~")).strip()
        rows.append((context, body))
    return rows


def _spam(rows: list[tuple[tuple[str, ...], str]], with_starter: bool) -> list[str]:
    model = starter_model() if with_starter else None
    flagged = []
    for context, body in rows:
        wanted = context if wants_item_context(body, S) else None
        if score(body, Behaviour(item_context=wanted), S, model).is_spam:
            flagged.append(body)
    return flagged


def test_the_file_holds_the_sessions_residents() -> None:
    assert len(_rows()) >= 200


@pytest.mark.parametrize("with_starter", [False, True])
def test_invented_residents_stay_under_the_threshold(with_starter: bool) -> None:
    known = STILL_FLAGGED + (STILL_FLAGGED_WITH_STARTER if with_starter else ())
    flagged = _spam(_rows(), with_starter)
    unexpected = [body[:80] for body in flagged if not body.startswith(known)]
    assert unexpected == []
