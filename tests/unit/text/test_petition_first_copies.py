"""A short petition's first copies join the campaign later copies found (session 13, issue 14
item 5: "the first copy of a campaign joins it when later copies found it").

A copy that arrived before three people had sent the petition word for word -- with a member
number or a story of the sender's own after it, or retyped with a typo -- stayed unique: no
campaign existed to join. When the campaign is founded, earlier comments are checked against
its line by the test a later copy passes (:func:`line_pull_in`); residents who quote one of its
sentences or rewrite one, and comments on other things, stay out.
"""

from __future__ import annotations

from intake.text.matching import DEFAULT_THRESHOLDS, line_pull_in, new_profile
from tests.unit.text.short_rows import fp
from tests.unit.text.test_short_petition import (
    ONE_SENTENCE,
    PETITIONS,
    REWRITTEN,
    STORIES,
    petition_campaign,
)

UNION = (
    "As a member of the Municipal Workers Local, I urge the Council to approve the sanitation "
    "agreement as negotiated and to reject any plan to contract out residential collection."
)
TYPO = {"en": ("budget", "budgit"), "es": ("presupuesto", "presupesto")}


def early_copies(lang: str) -> dict[int, str]:
    """Comments sent before the petition's campaign existed: id -> body."""
    text = PETITIONS[lang]
    return {
        1: f"{text}\n\nMember number 2136",
        2: f"{STORIES[lang]}\n\n{text}",
        3: text.replace(*TYPO[lang]),
        4: ONE_SENTENCE[lang] + STORIES[lang],
        5: REWRITTEN[lang] + STORIES[lang],
        6: STORIES[lang],
    }


def test_founding_a_petition_pulls_in_its_earlier_copies_only() -> None:
    for lang in PETITIONS:
        earlier = [(cid, fp(body)) for cid, body in early_copies(lang).items()]
        pulled = line_pull_in(petition_campaign(lang), earlier, DEFAULT_THRESHOLDS)
        assert pulled == (1, 2, 3), lang


def test_a_one_sentence_petitions_copy_with_a_member_number_is_pulled_in() -> None:
    profile = new_profile(9, [fp(UNION), fp(UNION.upper()), fp(UNION)])
    assert len(profile.line_array), "three people sent it word for word: a petition"
    earlier = [
        (1, fp(f"{UNION}\n\nLocal member #2136")),
        (2, fp(f"{UNION}\n\nIn solidarity,")),
        (3, fp("I urge the Council to approve the sanitation agreement. Trash pickup is late.")),
    ]
    assert line_pull_in(profile, earlier, DEFAULT_THRESHOLDS) == (1, 2)


def test_a_campaign_without_a_line_pulls_in_nothing() -> None:
    letter = fp(f"{PETITIONS['en']} {STORIES['en']}")
    profile = new_profile(7, [letter, letter, letter])
    earlier = [(1, fp(f"{PETITIONS['en']}\n\nMember number 2136"))]
    assert line_pull_in(profile, earlier, DEFAULT_THRESHOLDS) == ()
