"""The decision rules one by one, away from the corpus."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np

from intake.text.fingerprint import Fingerprint, Fingerprinter
from intake.text.matching import (
    DEFAULT_THRESHOLDS,
    CampaignProfile,
    Candidate,
    MatchThresholds,
    decide,
    exemplars_after,
    new_profile,
    phrase_pull_in,
    stored_profile,
    update_profile,
)
from intake.text.reference import ReferenceLabeller

FP = Fingerprinter()
A = [
    "The Broadway rezoning must include strong protections for the tenants who live there now.",
    "Every new building should include units affordable to families under sixty percent of median.",
    "Tenants must get a right to return if their building is redeveloped by a new owner.",
    "Renters are the majority in this district and deserve a real seat at the table.",
    "I support rezoning the Broadway corridor to allow mid-rise apartment buildings.",
    "Sacramento needs more homes close to jobs, schools and transit.",
]
B = [
    "I support rezoning the Broadway corridor to allow mid-rise apartment buildings.",
    "Sacramento needs more homes close to jobs, schools and transit.",
    "The light rail extension only makes sense if thousands of people live near the stations.",
    "Please eliminate parking minimums for every project within half a mile of a station.",
    "Wider sidewalks and protected bike lanes should be required along the whole corridor.",
    "Dense housing near transit is the cheapest climate policy the city can adopt today.",
]


def fp(text: str) -> Fingerprint:
    return FP.fingerprint(text)


def candidate(
    cid: int, f: Fingerprint, campaign: int | None = None, same_person: bool = False
) -> Candidate:
    return Candidate(
        cid, campaign, f.signature, f.shingle_count, same_person, True, frozenset(f.segment_hashes)
    )


def test_two_copies_found_a_campaign_and_a_third_joins() -> None:
    first, second = fp("\n".join(A)), fp("Dear Council,\n" + "\n".join(A) + "\nBest,\nAna Kim")
    decision = decide(second, [candidate(1, first)], [])
    assert decision.kind == "form_letter" and decision.found_with == 1
    profile = new_profile(7, [first, second])
    third = decide(fp("\n".join(A[:5])), [], [profile])
    assert third.kind == "form_letter" and third.campaign_id == 7
    assert 0.7 <= third.similarity <= 1.0


def test_same_person_copy_is_a_duplicate() -> None:
    first = fp("\n".join(A))
    decision = decide(fp("\n".join(A) + "\nThanks,"), [candidate(1, first, same_person=True)], [])
    assert decision.kind == "duplicate" and decision.duplicate_of == 1


def test_short_identical_comments_stay_unique() -> None:
    support = fp("Support.")
    cands = [candidate(i, support) for i in range(1, 50)]
    assert decide(support, cands, []).kind == "unique"


def test_quoting_one_sentence_is_not_a_form_letter() -> None:
    profile = new_profile(1, [fp("\n".join(A)), fp("\n".join(A))])
    quote = fp(
        "I have lived here for thirty years and seen it all change. " + A[2] + " That is all."
    )
    assert decide(quote, [], [profile]).kind == "unique"


def test_campaigns_sharing_two_sentences_are_not_chained() -> None:
    profile_a = new_profile(1, [fp("\n".join(A)), fp("\n".join(A))])
    b1, b2 = fp("\n".join(B)), fp("\n".join(B))
    first_b = decide(b1, [], [profile_a])
    assert first_b.kind == "unique"
    second_b = decide(b2, [candidate(3, b1)], [profile_a])
    assert (
        second_b.kind == "form_letter" and second_b.found_with == 3 and second_b.campaign_id is None
    )


def test_profile_is_bounded_and_round_trips() -> None:
    labeller = ReferenceLabeller()
    base = "\n".join(A)
    for i in range(400):
        labeller.add(i, f"{base}\nMy own reason number {i} is that I live on block {i * 7}.", i)
    (profile,) = labeller.profiles.values()
    th = MatchThresholds()
    assert profile.member_count == 400
    assert len(profile.exemplars) <= th.max_exemplars
    assert len(profile.sentences) <= th.max_sentences
    blob = profile.to_bytes()
    assert len(blob) < 16_000
    again = CampaignProfile.from_bytes(blob)
    assert again.to_bytes() == blob
    assert len(profile.profile_band_keys()) <= 8 * 32 + th.max_profile_sentence_keys


def test_update_profile_ignores_repeat_variants() -> None:
    profile = new_profile(1, [fp("\n".join(A)), fp("\n".join(A[:5]))])
    assert update_profile(profile, fp("\n".join(A))).exemplars == profile.exemplars


REWRITTEN_MIDDLE = [
    "My landlord raised the rent twice last year and I had to take a second job to keep up.",
    "The neighbours on my block have watched three families leave since the corner store closed.",
    "When the old cannery was converted nobody who worked there could afford the new lofts.",
    "I have volunteered at the tenant clinic on Saturdays and the queue gets longer every month.",
    "Our school lost a third of its pupils because their parents moved out to Elk Grove.",
]


def test_heavy_edit_keeping_the_framing_joins_the_campaign() -> None:
    """Opening and closing kept, plus one more template sentence, the middle rewritten."""
    profile = new_profile(7, [fp("\n".join(A)), fp("Dear Council,\n" + "\n".join(A))])
    heavy = fp("\n".join([A[0], A[2], *REWRITTEN_MIDDLE, A[5]]))
    decision = decide(heavy, [], [profile])
    assert decision.kind == "form_letter" and decision.campaign_id == 7


def test_other_campaign_opening_alike_but_closing_in_its_own_words_does_not_join() -> None:
    """Two campaigns on one topic sharing their opening and one more sentence stay apart."""
    profile = new_profile(7, [fp("\n".join(A)), fp("Dear Council,\n" + "\n".join(A))])
    other = fp("\n".join([A[4], A[5], *REWRITTEN_MIDDLE, B[2]]))
    assert decide(other, [], [profile]).kind == "unique"


def test_long_first_copy_joins_when_later_copies_join_the_campaign() -> None:
    """The first copy, mostly its sender's own words, is too long to found the campaign with
    any later copy; it joins when a later copy joins the campaign they founded."""
    vocabulary = [
        "river",
        "orchard",
        "ladder",
        "window",
        "copper",
        "meadow",
        "lantern",
        "harbor",
        "pepper",
        "saddle",
        "violin",
        "granite",
        "thimble",
        "marble",
        "quarry",
        "falcon",
        "biscuit",
        "tundra",
        "velvet",
        "canyon",
        "pillow",
        "saffron",
        "ember",
        "walnut",
    ]
    rng = random.Random(14)
    own = [" ".join(rng.choice(vocabulary) for _ in range(18)) + "." for _ in range(24)]
    first = fp("\n".join([*own[:8], *A, *own[8:]]))
    second, third = fp("\n".join(A)), fp("Dear Council,\n" + "\n".join(A))
    assert decide(second, [candidate(1, first)], []).kind == "unique"
    profile = new_profile(7, [second, third])
    fourth = decide(fp("\n".join(A) + "\nThanks."), [candidate(1, first)], [profile])
    assert fourth.campaign_id == 7 and fourth.also_members == (1,)


TENANTS = [
    "I support rezoning the Broadway corridor to allow mid-rise apartment buildings.",
    "Every new building should include units affordable to families earning under sixty percent.",
    "Tenants who live on Broadway today must get a right to return if their building is redeveloped.",
    "Sacramento needs more homes close to jobs, schools and transit.",
    "Please add strong anti-displacement protections before the rezoning takes effect.",
    "Renters are the majority in this district and deserve a seat at the table.",
]
TRANSIT = [
    "I support rezoning the Broadway corridor to allow mid-rise apartment buildings.",
    "The light rail extension only makes sense if thousands of people live near the stations.",
    "Please eliminate parking minimums for every project within half a mile of a station.",
    "Sacramento needs more homes close to jobs, schools and transit.",
    "Wider sidewalks and protected bike lanes should be required along the whole corridor.",
    "Dense housing near transit is the cheapest climate policy the city can adopt.",
    "My kids walk to school along Broadway and the traffic there is frightening.",
]
OWN_WORDS = (
    "Loyalty cute medicine involved tie jane chapter participating pig transactions. Wants "
    "broadcast growing which civilian stress developments gold teach annually difficult. Sweden "
    "tours achieved fears convenient guns truck honour customs michigan adopted stability exact."
)


def test_a_campaign_sharing_opening_and_one_sentence_is_never_pulled_into_another() -> None:
    """The burst corpus's regression (547 + 418 copies became one campaign): a copy of the
    tenants letter with its sender's paragraph after it, sent while only the transit campaign
    existed, shares the transit campaign's opening and one more sentence. It must not be
    pulled into that campaign when a later transit copy joins; once in, its own sentences
    became known there and every later tenants copy followed it."""
    labeller = ReferenceLabeller()
    transit = "\n".join(TRANSIT)
    tenants = "\n".join(TENANTS)
    labeller.add(1, transit, person="p1")
    labeller.add(2, "Dear Council,\n" + transit, person="p2")
    labeller.add(3, tenants + "\n" + OWN_WORDS, person="p3")
    labeller.add(4, transit + "\nThank you.", person="p4")
    for n in range(5, 9):
        labeller.add(n, tenants if n % 2 else "Dear Council,\n" + tenants, person=f"p{n}")
    for n in range(9, 12):
        labeller.add(n, transit, person=f"p{n}")
    transit_campaign = labeller.labels[1].campaign_id
    tenants_campaign = labeller.labels[5].campaign_id
    assert transit_campaign is not None and tenants_campaign is not None
    assert transit_campaign != tenants_campaign
    assert {labeller.labels[n].campaign_id for n in (1, 2, 4, 9, 10, 11)} == {transit_campaign}
    assert labeller.labels[3].campaign_id != transit_campaign
    assert {labeller.labels[n].campaign_id for n in (5, 6, 7, 8)} == {tenants_campaign}


def test_an_early_heavy_edit_keeping_the_closing_is_pulled_in() -> None:
    """A heavy edit sent before its campaign formed (two template sentences, its closing among
    them, the rest rewritten) joins when a later copy joins: the dockets' heavy-edit recall."""
    labeller = ReferenceLabeller()
    template = "\n".join(A)
    labeller.add(1, template, person="p1")
    labeller.add(2, "\n".join([*REWRITTEN_MIDDLE, A[2], A[5]]), person="p2")
    labeller.add(3, "Dear Council,\n" + template, person="p3")
    assert labeller.labels[1].campaign_id is not None
    labeller.add(4, template + "\nThank you.", person="p4")
    assert labeller.labels[2].campaign_id == labeller.labels[1].campaign_id


SPUN_SLOTS = [
    [("As a parent who walks", "As a mother walking", "Since I walk", "Because I bring my kids"),
     ("to Jefferson Elementary,", "to school on Jefferson,", "along Jefferson Street,",
      "past Jefferson Elementary every day,"),
     ("I ask you to fund", "I urge the council to pay for", "please approve money for",
      "I strongly support funding"),
     ("a crossing guard.", "a guarded crosswalk.", "crossing guards at the school.",
      "a staffed crossing.")],
    [("Drivers speed", "Cars race", "Commuters rush", "Trucks barrel"),
     ("down the hill", "through the school zone", "past the playground", "along the block"),
     ("every single morning", "at drop-off time", "before the first bell", "each school day"),
     ("and nobody slows down.", "without braking for children.", "as if no one were there.",
      "while kids try to cross.")],
    [("Two children were", "A second grader was", "Several kids were", "A neighbor's son was"),
     ("nearly hit", "almost struck", "brushed by a car", "knocked off his bike"),
     ("this spring", "last month", "in March", "only weeks ago"),
     ("at the same corner.", "right by the gate.", "outside the school.",
      "where the guard would stand.")],
    [("A guard costs little", "The cost is small", "Paying a guard is cheap",
      "This is a modest expense"),
     ("compared with", "next to", "against", "when weighed against"),
     ("one injured child.", "a child in the hospital.", "a family's loss.",
      "what another accident would cost.")],
]  # fmt: skip


def spun_copy(rng: random.Random) -> str:
    return "\n".join(" ".join(rng.choice(slot) for slot in s) for s in SPUN_SLOTS)


def _spun_campaign(rng: random.Random, founders: int = 3) -> CampaignProfile:
    """Founded as such a campaign is: two copies that happen to share whole sentences (here
    the same draw), then more copies."""
    first = fp(spun_copy(rng))
    return new_profile(7, [first, first, *(fp(spun_copy(rng)) for _ in range(founders - 2))])


def test_copies_spun_within_sentences_join_their_campaign_by_its_phrases() -> None:
    """A mail-merge campaign whose copies are assembled phrase by phrase: most copies share no
    whole sentence with any member, yet, once the campaign is among the candidates and has a few
    members, they join it by its phrases, and it learns each one's phrases (>= 90 % of 60)."""
    rng = random.Random(4)
    profile = _spun_campaign(rng, founders=6)
    joined = 0
    for _ in range(60):
        copy = fp(spun_copy(rng))
        decision = decide(copy, [], [profile])
        if decision.kind == "form_letter" and decision.campaign_id == 7:
            joined += 1
            profile = update_profile(profile, copy)
    assert joined >= 54
    assert decide(fp(spun_copy(rng)), [], [profile]).reason in {"phrases", "exemplar", "sentences"}


def test_short_spun_copies_join_by_phrases_too() -> None:
    """A spun letter of three short sentences gives each copy fewer shingles (about 35) than the
    MinHash route asks an exemplar to share (``min_template_shingles``, 40); the phrase route
    asks ``min_shingles`` of them to be the campaign's, and took such copies before it was shut
    to every comment under 40 shingles (generated-sixth's water-spun: 11 of 60 left unique)."""
    rng = random.Random(8)

    def short_copy() -> str:
        return "\n".join(" ".join(rng.choice(slot) for slot in s) for s in SPUN_SLOTS[1:])

    first = fp(short_copy())
    profile = new_profile(7, [first, first])
    for _ in range(10):
        profile = update_profile(profile, fp(short_copy()))
    drawn = (fp(short_copy()) for _ in range(40))
    copies = [c for c in drawn if c.shingle_count < DEFAULT_THRESHOLDS.min_template_shingles]
    assert len(copies) >= 30
    joined = 0
    for copy in copies:
        if decide(copy, [], [profile]).campaign_id == 7:
            joined += 1
            profile = update_profile(profile, copy)
    assert joined >= 0.9 * len(copies)


def test_sharing_a_spun_campaigns_words_or_one_sentence_is_not_joining_it() -> None:
    rng = random.Random(5)
    profile = _spun_campaign(rng, founders=12)
    vocabulary = sorted({w for s in SPUN_SLOTS for slot in s for p in slot for w in p.split()})
    for _ in range(20):
        words = rng.sample(vocabulary, 40)
        unique = " ".join(words[:20]).capitalize() + ". " + " ".join(words[20:]) + "."
        assert decide(fp(unique), [], [profile]).kind == "unique"
    other = "\n".join(
        [
            "Drivers speed down the hill every single morning and nobody slows down.",
            "The city should repave Jefferson Street before winter and fix the drains.",
            "Potholes on the hill have broken two axles on my block this year alone.",
            "Please put the repaving on the spring schedule and publish the timeline.",
        ]
    )
    assert decide(fp(other), [], [profile]).kind == "unique"


def test_profile_phrases_round_trip_and_old_profiles_still_read() -> None:
    f1, f2 = fp("\n".join(A)), fp("\n".join(B))
    profile = new_profile(3, [f1, f2])
    assert profile.phrases == f1.phrases | f2.phrases
    again = CampaignProfile.from_bytes(profile.to_bytes())
    assert again.phrases == profile.phrases and again.sentences == profile.sentences
    old = replace(profile, phrase_array=np.zeros(0, dtype=np.uint32)).to_bytes()
    assert old[:4] == b"ICP1"
    assert CampaignProfile.from_bytes(old).phrases == frozenset()


def test_phrase_pull_in_takes_earlier_spun_copies_not_comments_sharing_words() -> None:
    """Earlier comments are pulled in by the phrase test alone: spun copies pass, comments
    made of the campaign's words (not its phrases) do not."""
    rng = random.Random(6)
    profile = _spun_campaign(rng, founders=12)
    copies = [(i, fp(spun_copy(rng))) for i in range(10)]
    vocabulary = sorted({w for s in SPUN_SLOTS for slot in s for p in slot for w in p.split()})
    strangers = []
    for i in range(10):
        words = rng.sample(vocabulary, 40)
        strangers.append((100 + i, fp(" ".join(words[:20]) + ". " + " ".join(words[20:]) + ".")))
    pulled = phrase_pull_in(profile, [*copies, *strangers], DEFAULT_THRESHOLDS)
    assert all(i < 100 for i in pulled)
    assert len(pulled) >= 9


def test_the_exemplars_alone_are_those_the_full_update_leaves() -> None:
    """A campaign past its learning writes its row only for a new exemplar, so for each member
    that joins it only the exemplars are computed (:func:`exemplars_after`): they must be exactly
    those folding the members in with :func:`update_profile` leaves, member after member."""
    rng = random.Random(16)
    members = [
        fp("\n".join(rng.sample(A, rng.randint(3, 6)) + rng.sample(B, rng.randint(0, 3))))
        for _ in range(40)
    ]
    profile = new_profile(3, members[:2])
    for n in range(2, len(members), 5):
        batch = members[n : n + 5]
        full = profile
        for member in batch:
            full = update_profile(full, member)
        alone = exemplars_after(profile, batch)
        assert [(sig.tobytes(), count) for sig, count in alone] == [
            (sig.tobytes(), count) for sig, count in full.exemplars
        ]
        profile = full
    assert len(profile.exemplars) > 2  # the members did bring new exemplars


def test_a_stored_profile_is_decoded_once_per_blob() -> None:
    """Labelling reads a hot campaign's profile for every comment that meets it: a blob is
    decoded once and the decoded profile shared (a profile is never changed in place)."""
    profile = new_profile(5, [fp("\n".join(A)), fp("\n".join(A[:5]))])
    blob = profile.to_bytes()
    decoded = stored_profile(blob)
    assert stored_profile(bytes(bytearray(blob))) is decoded  # an equal blob read again
    assert decoded.to_bytes() == blob == CampaignProfile.from_bytes(blob).to_bytes()
    learned = update_profile(decoded, fp("\n".join(B)))
    assert stored_profile(blob).to_bytes() == blob  # learning left the shared one as it was
    assert stored_profile(learned.to_bytes()) is not decoded


STORY_SLOTS = [
    ("My son", "My daughter", "My neighbor", "My grandson", "A friend of mine", "My niece",
     "My husband", "My coworker", "My nephew", "My sister", "My brother", "My wife"),
    ("was clipped", "was nearly hit", "was knocked down", "was brushed", "was almost struck",
     "was sideswiped", "was thrown", "was cut off", "was chased", "was grazed", "was honked at",
     "was bumped"),
    ("by a van", "by a truck", "by a bus", "by a pickup", "by a taxi", "by a scooter",
     "by a delivery cart", "by a sedan", "by a motorcycle", "by a minivan", "by a trailer",
     "by a jeep"),
    ("near the school", "on Folsom", "outside the library", "by the park", "at the light",
     "on J Street", "near the market", "at the crosswalk", "by the church", "near the bakery",
     "on Broadway", "by the clinic"),
    ("in March.", "last May.", "this spring.", "two weeks ago.", "in the fall.", "last winter.",
     "on a Sunday.", "after school.", "at dusk.", "before dawn.", "in the rain.",
     "on New Year's."),
]  # fmt: skip


def _story(rng: random.Random) -> str:
    return " ".join(rng.choice(slot) for slot in STORY_SLOTS)


def test_a_comment_sharing_only_members_own_stories_does_not_join_by_phrases() -> None:
    """Issue 14 item 2: a comment joins only by text it shares with the campaign's template,
    never through other members' own paragraphs. Two of three members of a 45-member campaign
    add a story of their own told in a common frame (twelve choices a slot, as people's stories
    share a shape); a comment made of four such stories and no template shares phrases two or
    more members sent (the phrase route's other tests pass it: 18 of 20 joined before), but not
    the phrases a real share of the members sent (``template_phrases``), so it stays unique."""
    rng = random.Random(8)
    letters = [fp("\n".join([*A, _story(rng)] if i % 3 else A)) for i in range(45)]
    profile = new_profile(9, letters[:2])
    for member in letters[2:]:
        profile = update_profile(profile, member)
    assert profile.member_count >= DEFAULT_THRESHOLDS.phrase_template_members
    for _ in range(20):
        composed = fp("\n".join(_story(rng) for _ in range(4)))
        assert decide(composed, [], [profile]).kind == "unique"
    copy = fp("\n".join([*A, _story(rng)]))
    assert decide(copy, [], [profile]).kind == "form_letter"


def test_phrase_counts_are_the_members_who_sent_each_phrase() -> None:
    """The profile counts, for each learned phrase, the members who sent it (bounded, kept in
    the stored blob); its template phrases are those at least three members and a tenth of them
    sent. A profile stored before the counts were kept reads as before: its common phrases."""
    rng = random.Random(9)
    members = [fp(spun_copy(rng) + "\n" + _story(rng)) for _ in range(30)]
    profile = new_profile(4, members[:2])
    for member in members[2:]:
        profile = update_profile(profile, member)
    sent = {h: sum(h in m.phrases for m in members) for h in profile.phrases}
    counted = dict(zip(profile.phrase_array.tolist(), profile.phrase_counts.tolist(), strict=True))
    assert counted == sent
    assert profile.template_phrases == {h for h, n in sent.items() if n >= 3}
    assert profile.template_phrases < profile.common_phrases
    again = CampaignProfile.from_bytes(profile.to_bytes())
    assert np.array_equal(again.phrase_counts, profile.phrase_counts)
    assert again.template_phrases == profile.template_phrases
    without = replace(profile, repeated_array=np.zeros(0, dtype=np.uint32))  # as stored then
    old = without.to_bytes()[: -4 - 2 * len(profile.phrase_counts)]
    stored_before = CampaignProfile.from_bytes(old)
    assert stored_before.template_phrases == profile.common_phrases
    grown = update_profile(stored_before, members[0])
    assert grown.template_phrases <= profile.common_phrases | members[0].phrases


FRAMES = (
    "We have rented on {street} for {years} years, and our rent went up {rise} percent last year"
    " alone, so one more building without protections would price us out of the neighborhood.",
    "My {who} works {where} and already spends more than an hour on the bus each way because"
    " nothing near {street} is affordable for a family like ours.",
)
FRAME_SLOTS = {
    "street": ("Folsom", "J Street", "Broadway", "Stockton"),
    "years": ("six", "eleven", "twenty", "three"),
    "rise": ("nine", "twelve", "fifteen", "eight"),
    "who": ("husband", "daughter", "mother", "roommate"),
    "where": ("downtown", "at the hospital", "at the airport", "in Natomas"),
}


def framed_story(rng: random.Random) -> str:
    """A member's own story in a frame many people use: a real share of the members send its
    fixed words ("so one more building without protections would price us out of ...")."""
    frame = rng.choice(FRAMES)
    return frame.format(**{slot: rng.choice(choices) for slot, choices in FRAME_SLOTS.items()})


def framed_campaign(rng: random.Random, members: int = 40) -> list[str]:
    """A letter of whole sentences (``A``); half its members add a story in a common frame."""
    return ["\n".join([*A, framed_story(rng)] if i % 2 else A) for i in range(members)]


def test_a_comment_of_stories_in_members_frames_does_not_join_a_letter_of_sentences() -> None:
    """Issue 14 item 2: in a campaign whose letter is whole sentences (not spun within them) the
    template phrases are those half its members send, the letter's: a comment made only of
    stories told in the frame half the members' own paragraphs use (each phrase sent by a
    quarter of them, a tenth being enough in a spun campaign; 9 of 10 joined by phrases before)
    stays unique. A copy keeping the letter still joins."""
    rng = random.Random(14)
    letters = [fp(body) for body in framed_campaign(rng)]
    profile = new_profile(11, letters[:2])
    for member in letters[2:]:
        profile = update_profile(profile, member)
    assert not profile.spun
    for _ in range(10):
        composed = fp(" ".join(framed_story(rng) for _ in range(3)))
        assert decide(composed, [], [profile]).kind == "unique"
    assert decide(fp("\n".join([*A[:5], framed_story(rng)])), [], [profile]).kind == "form_letter"


def test_a_campaign_is_spun_when_its_members_share_phrases_not_sentences() -> None:
    """``CampaignProfile.spun``: copies spun within sentences share no sentence half the members
    send; a letter of whole sentences does, whatever stories its members add; two members
    cannot tell."""
    rng = random.Random(15)
    spun_fps = [fp(spun_copy(rng)) for _ in range(20)]
    spun_profile = new_profile(12, spun_fps[:2])
    for member in spun_fps[2:]:
        spun_profile = update_profile(spun_profile, member)
    assert spun_profile.spun
    letters = [fp(body) for body in framed_campaign(rng, 20)]
    fixed = new_profile(13, letters[:2])
    assert not fixed.spun
    for member in letters[2:]:
        fixed = update_profile(fixed, member)
    assert not fixed.spun


SHORT_FRAMES = (
    "My {who} was {what} near {where} {when}, and when we called the city nobody ever answered.",
    "We have lived on {street} for {years} years and {feeling}.",
)
SHORT_SLOTS = {
    "who": ("son", "daughter", "neighbor", "nephew"),
    "what": ("nearly hit", "clipped by a van", "knocked down", "chased by a dog"),
    "where": ("the gate", "the bakery", "the church", "the bus stop"),
    "when": ("in March", "last fall", "this spring", "on a Sunday"),
    "street": ("Folsom", "J Street", "Broadway", "Stockton"),
    "years": ("six", "eleven", "twenty", "three"),
    "feeling": ("never felt safe walking", "worry every morning", "want a guard back",
                "still walk every day"),
}  # fmt: skip


def short_story(rng: random.Random) -> str:
    """A member's own sentence in a short common frame ("..., and the city never answered.")."""
    frame = rng.choice(SHORT_FRAMES)
    return frame.format(**{slot: rng.choice(choices) for slot, choices in SHORT_SLOTS.items()})


def test_a_comment_of_members_story_frames_does_not_join_a_spun_campaign() -> None:
    """Issue 14 item 2, in a campaign spun within sentences: half its members add a sentence in
    one of two common frames, whose fixed words are then sent by a tenth of them or more, as a
    phrasing of the letter is (so ``template_phrases``). A comment of two such sentences and one
    of its own carries a few of the template phrases a member sends on average
    (``template_phrases_per_member``), where a spun copy carries a phrasing of every slot: the
    first stays unique (12 of 20 joined before), the second joins. (A comment made of as many
    frame sentences as half a member's letter still joins: the counts cannot tell it apart.)"""
    rng = random.Random(20)
    members = [fp(spun_copy(rng) + ("\n" + short_story(rng) if i % 2 else "")) for i in range(45)]
    profile = new_profile(14, members[:2])
    for member in members[2:]:
        profile = update_profile(profile, member)
    assert profile.spun and profile.member_count >= DEFAULT_THRESHOLDS.phrase_template_members
    for _ in range(20):
        composed = fp(" ".join([short_story(rng), short_story(rng), _story(rng)]))
        assert decide(composed, [], [profile]).kind == "unique"
    joined = sum(decide(fp(spun_copy(rng)), [], [profile]).kind == "form_letter" for _ in range(20))
    assert joined >= 18
