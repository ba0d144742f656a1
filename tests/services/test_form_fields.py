"""Comments that arrive inside a web form's printed fields (session 22, issue 14 items 2 and 4).

Every comment on the item comes wrapped in the same labels ("Agenda item: ...", "Position:",
"I am a:", "Comment:", "How does this item affect you? (optional):", "ZIP code:"): a campaign's
copies and residents' own comments alike. The campaign forms from its letter; a resident's two
lines inside the same fields stay unique (before the form's lines were read as such, the shared
labels made residents' short comments copies of the campaign's letter), and a member's answer
under a label is their personal text, the labels never.
"""

from __future__ import annotations

import random
from collections import Counter

from flask import Flask

from tests.services.test_personal_text import read
from tests.services.test_spun_campaign import create_item, labels, post

FORM = (
    "Agenda item: 4. A crossing guard on Jefferson at the middle school\n"
    "Position: {position}\n"
    "I am a: {who}\n"
    "Comment:\n"
    "{comment}\n\n"
    "How does this item affect you? (optional):\n"
    "{affects}\n\n"
    "ZIP code: 6041{zip}"
)
LETTER = (
    "We ask the council to fund a crossing guard at Jefferson and Ninth before the spring term.\n\n"
    "Since the district moved the bus stop last fall, more than two hundred students cross "
    "Jefferson on foot every morning, where the speed limit is thirty-five and there is no "
    "signal for four blocks.\n\n"
    "A guard costs less than one year of the overtime the police department already spends "
    "directing traffic there on game nights.\n\n"
    "Please put the guard in the budget amendment on the next agenda."
)
OWN = (
    "My son was clipped by a mirror there in October.",
    "I drive a delivery van on Jefferson and I cannot see the kids behind the parked buses.",
    "",
    "We moved here for the school and now I drive him the four blocks.",
    "I am a retired teacher and I would volunteer for the mornings myself.",
    "",
    "The corner store owner already waves kids across when he can.",
    "Our twins start sixth grade in the fall.",
    "",
    "I have watched three near misses from my porch this year alone.",
    "The signal at Twelfth took eleven years of asking; please do not make us wait that long.",
    "",
    "Ask the crossing guard at Lincoln how many cars run her sign each week.",
    "My niece walks from the east side apartments and there is no sidewalk for half of it.",
    "",
    "I coach the middle school track team and we run that route every afternoon.",
    "A guard would also help the seniors walking to the clinic.",
    "",
)
"""One own answer per member, none sent by two (a sentence three members send is the
campaign's); every third member answers nothing."""
RESIDENTS = (
    "Paint the crosswalk first, it is free.",
    "Thirty-five is too fast near any school. Lower it.",
    "Yes to a guard.",
    "Why is the bus stop on the far side in the first place?",
    "The game-night overtime should come out of the stadium budget instead.",
    "No more spending. Parents can walk their kids.",
)


def bodies() -> list[tuple[str, str | None]]:
    """(body, the member's own answer or None for a resident), in arrival order."""
    rng = random.Random(22)
    out: list[tuple[str, str | None]] = []
    for n in range(18):
        own = OWN[n % len(OWN)]
        body = FORM.format(
            position="Support",
            who=rng.choice(("Parent", "Resident")),
            comment=LETTER,
            affects=own,
            zip=n % 10,
        )
        out.append((body, own))
        if n % 3 == 2:
            resident = RESIDENTS[(n // 3) % len(RESIDENTS)]
            body = FORM.format(
                position=rng.choice(("Support", "Oppose", "Neutral")),
                who="Resident",
                comment=resident,
                affects="",
                zip=n % 10,
            )
            out.append((body, None))
    return out


def test_residents_inside_the_same_fields_stay_unique(app: Flask) -> None:
    create_item(app)
    texts = bodies()
    ids = [i for n, (body, _own) in enumerate(texts) for i in post(app, [body], n)]
    got = labels(app, ids)
    members = [label for (_b, own), label in zip(texts, got, strict=True) if own is not None]
    residents = [label for (_b, own), label in zip(texts, got, strict=True) if own is None]
    campaign = Counter(c for kind, c in members if kind == "form_letter").most_common(1)
    assert campaign and campaign[0][1] == len(members), members
    assert residents and all(kind == "unique" and c is None for kind, c in residents), residents


def test_a_members_answer_is_theirs_and_the_labels_are_nobodys(app: Flask) -> None:
    create_item(app)
    texts = bodies()
    ids = [i for n, (body, _own) in enumerate(texts) for i in post(app, [body], n)]
    for (_body, own), comment_id in zip(texts, ids, strict=True):
        if own is None:
            continue
        personal = read(app, comment_id).personal_text
        assert personal == (own or None), (own, personal)
