"""``CampaignWords``: what a member added, measured against a campaign's template and phrases."""

from __future__ import annotations

import random

from intake.text.addition import CampaignWords, campaign_phrasing
from intake.text.fingerprint import Fingerprinter
from intake.text.matching import CampaignProfile, new_profile, update_profile
from intake.text.normalize import normalize, segments
from intake.text.template import template_segments
from tests.unit.text.test_matching import A, framed_campaign, framed_story, spun_copy

FINGERPRINTER = Fingerprinter()
OPENING = "Please fund the protected bike lanes on Folsom Boulevard this year."
FIRST = ("Drivers on Folsom", "Cars along the corridor", "Commuters heading downtown")
MIDDLE = ("routinely", "far too often", "every single morning")
SECOND = ("speed past the school gate.", "ignore the posted limit.", "race to beat the light.")
OWN = "My son was clipped by a van near Sixty-Fifth Street in March."
NEIGHBOURS = (
    "My son was clipped by a van near the school in March.",
    "My son was clipped by a van near the park last May.",
)
TEMPLATE = [seg.norm for seg in segments(OPENING)]


def sentence(n: int) -> str:
    return f"{FIRST[n % 3]} {MIDDLE[n // 3 % 3]} {SECOND[n // 9 % 3]}"


def spun(n: int) -> str:
    """A spun copy: the opening, then one sentence of three slots (copy n's own combination of
    the 27; so every two neighbouring phrasings recur in three copies, no sentence in two)."""
    return f"{OPENING}\n\n{sentence(n)}"


def learned(bodies: list[str]) -> CampaignProfile:
    profile = new_profile(1, [FINGERPRINTER.fingerprint(b) for b in bodies[:2]])
    for body in bodies[2:]:
        profile = update_profile(profile, FINGERPRINTER.fingerprint(body))
    return profile


def test_a_spun_sentence_is_the_campaigns_once_learned_and_a_story_the_members_own() -> None:
    words = CampaignWords(TEMPLATE, learned([spun(n) for n in range(26)]), FINGERPRINTER)
    assert words.addition(f"{spun(26)}\n\n{OWN}") == OWN
    assert words.addition(spun(26)) is None
    # Before the campaign learned its phrases the spun sentence read as the member's own words,
    # which is why a member's text is measured again as the campaign learns.
    early = CampaignWords(TEMPLATE, learned([spun(0), spun(1)]), FINGERPRINTER)
    assert early.addition(spun(26)) == sentence(26)


def test_two_stories_sharing_a_phrase_are_each_their_senders_own() -> None:
    """Two members told stories alike, and a third shares more than half of a sentence's phrases
    with them: still each one's own words. A spun sentence is made wholly of the campaign's phrasings (at least
    ``PHRASING_SHARE``, three quarters, of its word shingles were sent by two or more members)."""
    told = [f"{spun(n)}\n\n{story}" for n, story in zip((24, 25), NEIGHBOURS, strict=True)]
    profile = learned([spun(n) for n in range(24)] + told)
    words = CampaignWords(TEMPLATE, profile, FINGERPRINTER)
    assert words.addition(f"{spun(26)}\n\n{OWN}") == OWN


def test_a_spun_sentence_two_members_drew_alike_is_the_campaigns_not_theirs() -> None:
    """In a campaign spun within sentences (no sentence sent by half its members), a spun
    sentence two members happened to draw word for word is the campaign's phrasing; in a
    campaign with a fixed template, a whole sentence two members sent stays a shared paragraph."""
    rng = random.Random(31)
    copies = [spun_copy(rng) for _ in range(24)]
    twice = copies[0].split("\n")[1]
    copies.append("\n".join([copies[1].split("\n")[0], twice, *copies[2].split("\n")[2:]]))
    fps = [FINGERPRINTER.fingerprint(c) for c in copies]
    profile = new_profile(5, fps[:2])
    for f in fps[2:]:
        profile = update_profile(profile, f)
    test = campaign_phrasing(profile, FINGERPRINTER)
    assert test is not None and test(normalize(twice))

    shared = "My daughter and I have walked this route every morning since she was four years old."
    letters = ["\n".join(A) for _ in range(6)]
    letters += ["\n".join([*A, shared]), "\n".join([shared, *A])]
    fps = [FINGERPRINTER.fingerprint(c) for c in letters]
    fixed = new_profile(6, fps[:2])
    for f in fps[2:]:
        fixed = update_profile(fixed, f)
    test = campaign_phrasing(fixed, FINGERPRINTER)
    assert test is None or not test(normalize(shared))  # a letter of whole sentences: no phrasing


def test_a_stored_profile_measures_as_the_profile_it_encodes() -> None:
    """The phrase test of a stored profile is kept per blob: asked again, of the same bytes or
    of a blob that changed, it answers as the decoded profile does, and as the text alone does
    before the campaign has a profile."""
    bodies = [spun(n) for n in range(26)]
    texts = [f"{spun(26)}\n\n{OWN}", spun(26), f"{OWN}\n\n{spun(3)}", NEIGHBOURS[0], "", OPENING]
    for profile in (learned(bodies[:2]), learned(bodies[:12]), learned(bodies)):
        blob = profile.to_bytes()
        for _ in range(2):
            stored = CampaignWords(TEMPLATE, blob, FINGERPRINTER)
            decoded = CampaignWords(TEMPLATE, CampaignProfile.from_bytes(blob), FINGERPRINTER)
            assert [stored.addition(t) for t in texts] == [decoded.addition(t) for t in texts]
    none = CampaignWords(TEMPLATE, b"", FINGERPRINTER)
    assert none.phrasing is None and none.addition(spun(26)) == sentence(26)


def test_a_story_three_members_told_alike_is_the_senders_own_not_the_campaigns() -> None:
    """Issue 14 item 2: a sentence is the campaign's by what it shares with the template, never
    through other members' own paragraphs. Three of forty members told a story in one frame; a
    fourth sender's story in it is made wholly of phrases two or more members sent (the phrase
    test alone would call it the campaign's), but of no phrase a real share of the members sent
    (``CampaignProfile.template_phrases``), so it stays the sender's own. The campaign's spun
    sentences, each phrasing sent by a ninth of the members or more, still are the campaign's."""
    told = (
        "My son was clipped by a van near the school in March.",
        "My son was clipped by a van near the park last May.",
        "My daughter was clipped by a van near the park in March.",
    )
    own = "My son was clipped by a van near the park in March."
    bodies = [spun(n) for n in range(37)] + [f"{spun(n)}\n\n{t}" for n, t in enumerate(told)]
    profile = learned(bodies)
    assert profile.member_count == 40
    test = campaign_phrasing(profile, FINGERPRINTER)
    assert test is not None and not test(normalize(own))
    words = CampaignWords(TEMPLATE, profile, FINGERPRINTER)
    assert words.addition(f"{spun(26)}\n\n{own}") == own
    assert words.addition(spun(26)) is None


def test_a_story_in_a_frame_half_the_members_use_is_the_senders_own_in_a_letter() -> None:
    """Issue 14 item 2: in a letter of whole sentences (not spun), a sentence that is none of the
    template's nor an edit of one is the sender's own, even when half the members told their own
    story in the same frame, so its phrases are sent by a real share of them (the phrase test
    alone called it the campaign's). The template's sentences still are the campaign's."""
    rng = random.Random(16)
    bodies = framed_campaign(rng)
    words = CampaignWords(template_segments(bodies), learned(bodies), FINGERPRINTER)
    story = framed_story(rng)
    assert words.addition("\n".join([*A, story])) == story
    assert words.addition("\n".join(A)) is None


GIVEN = ("Amara", "Bohdan", "Celeste", "Dmitri", "Esperanza", "Florian", "Gulnara", "Hamish")
FAMILY = ("Achterberg", "Balogun", "Castellanos", "Drummond", "Eriksen", "Fairbanks", "Grummet")
ROADS = ("Quince Lane", "Harbor Loop", "Alder Court", "Juniper Row", "Marigold Way")
FILL_IN_SLOTS = (
    ("I am {name},", "My name is {name},", "This is {name},", "I'm {name},"),
    ("a parent at {address},", "writing from {address},", "of {address},", "at {address},"),
    ("and I support", "asking you to approve", "in favour of", "and I back"),
    ("the crossing guard.", "a guard at the school.", "the Jefferson crossing.", "the guard plan."),
)


def spun_fill_in_copy(rng: random.Random, n: int) -> str:
    """A spun copy whose first sentence is spun too, round the sender's name and address."""
    name = f"{GIVEN[n % len(GIVEN)]} {FAMILY[n // len(GIVEN) % len(FAMILY)]}"
    address = f"{100 + 37 * n} {ROADS[n % len(ROADS)]}"
    line = " ".join(rng.choice(slot) for slot in FILL_IN_SLOTS)
    return f"{line.format(name=name, address=address)}\n{spun_copy(rng)}"


def test_a_spun_campaigns_fill_in_line_is_the_campaigns_not_the_senders() -> None:
    """A mail-merge campaign spins its fill-in line as it spins every sentence ("My name is ...,
    writing from ..., and I back the guard plan."), so no skeleton is shared by a majority and
    the line carries the sender's name and address, which no other member sent: read without
    its slots, its words are the campaign's phrasings (issue 14: fill-in lines are template).
    A paragraph the sender wrote, with an address of theirs in it, stays theirs."""
    rng = random.Random(17)
    profile = learned([spun_fill_in_copy(rng, n) for n in range(60)])
    words = CampaignWords((), profile, FINGERPRINTER)
    copies = [spun_fill_in_copy(rng, n) for n in range(60, 80)]
    # A 3-word shingle across two slots is sent by few members, so a line whose slots drew short
    # phrasings may still read as the sender's (as any spun sentence may; docs/labelling.md).
    kept = [c for c in copies if c.split("\n")[0] in (words.addition(c) or "")]
    assert len(kept) <= 2, kept
    own = "We moved to 14 Birch Street in 2019 and my son crosses Jefferson alone."
    copy = spun_fill_in_copy(rng, 50)
    assert own in (words.addition(f"{copy}\n{own}") or "")
    assert copy.split("\n")[0] not in (words.addition(f"{copy}\n{own}") or "")


WORDING = (
    "A protected lane of this kind can cut injuries on the boulevard by half within two years, "
    "as it did on Alder Street."
)


def test_a_wording_three_members_sent_word_for_word_is_the_campaigns_beyond_the_sample() -> None:
    """Session 14 (generated-eleventh): a spun campaign's tool offers a point of its letter in
    several wordings. One that three members sent word for word is the campaign's, as
    ``recurring_norms`` rules on the sample of members its template is learned from; the profile
    counts every member, so a wording the sample missed (its senders neither among the first nor
    the newest members) is the campaign's too, though few of its phrases are the template's.
    Sent by two members only, the sentence stays each one's own (one member's paragraph another
    quoted)."""
    spins = [spun(n) for n in range(37)]
    three = learned([*spins, *(f"{spun(n)}\n\n{WORDING}" for n in range(3))])
    assert three.member_count == 40 and three.spun
    assert CampaignWords(TEMPLATE, three, FINGERPRINTER).addition(f"{spun(5)}\n\n{WORDING}") is None
    two = learned([*spins, *(f"{spun(n)}\n\n{WORDING}" for n in range(2))])
    words = CampaignWords(TEMPLATE, two, FINGERPRINTER)
    assert words.addition(f"{spun(5)}\n\n{WORDING}") == WORDING
