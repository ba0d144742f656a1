"""The short route (``intake.text.matching.short``): an action page's one-line letter.

Positives: a line of eight or more words sent alike by three people founds a campaign, and a
light edit of it joins. Negatives: content-free boilerplate and slogans however many send them,
a line only two people sent, one person's resends, and residents' own lines on the same item.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from intake.text.matching import (
    DEFAULT_THRESHOLDS,
    CampaignProfile,
    decide,
    new_profile,
    update_profile,
)
from tests.unit.text.short_rows import cand, fp

LINE = "I urge you to vote no on item 7. Protect our parks."
EDITS = (
    "I URGE YOU TO VOTE NO ON ITEM 7. PROTECT OUR PARKS!!",
    "I urge you too vote no on item 7. Protect our parks.",
    "I urge you to vote no on item seven. Protect our parks.",
    "I urge you to vote no on item 7. Protect our park.",
    "Urge you to vote no on item 7. Protect our parks.",
)
RESIDENTS = (
    "I would vote no on item 7 if I were you. Nobody asked the neighbors.",
    "Protect our parks, and protect the owls in the oak grove too.",
    "Vote no on item 7. The meadow is the last open grass in the north end.",
    "I walk there with my grandkids. Please vote no on 7.",
)
BOILERPLATE = (
    "See attached file(s)",
    "Support.",
    "Yes",
    "I support this item.",
    "I oppose this.",
    "End secret science now!",
    "Please see the attached comments.",
)


def test_the_line_is_short_and_long_enough() -> None:
    line = fp(LINE)
    assert line.shingle_count < DEFAULT_THRESHOLDS.min_shingles
    assert line.content_words >= DEFAULT_THRESHOLDS.short_min_words


def test_a_line_three_people_sent_alike_founds_a_campaign() -> None:
    earlier = [cand(1, LINE, "a"), cand(2, LINE.lower(), "b")]
    decision = decide(fp(LINE.upper()), earlier, [])
    assert decision.kind == "form_letter"
    assert decision.found_with == 1 and decision.also_members == (2,)


def test_two_people_or_one_persons_resends_are_not_a_campaign() -> None:
    assert decide(fp(LINE), [cand(1, LINE, "a")], []).kind == "unique"
    resends = [cand(1, LINE, "a"), cand(2, LINE, "a"), cand(3, LINE, "a")]
    assert decide(fp(LINE), resends, []).kind == "unique"


def test_light_edits_join_the_short_campaign() -> None:
    profile = new_profile(9, [fp(LINE), fp(LINE), fp(LINE)])
    assert profile.exemplars, "the line is the campaign's exemplar"
    for text in (LINE, *EDITS):
        decision = decide(fp(text), [], [profile])
        assert decision.kind == "form_letter" and decision.campaign_id == 9, text


def test_residents_own_lines_on_the_item_do_not_join_or_found() -> None:
    profile = new_profile(9, [fp(LINE), fp(LINE), fp(LINE)])
    for text in RESIDENTS:
        assert decide(fp(text), [], [profile]).kind == "unique", text
        earlier = [cand(1, LINE, "a"), cand(2, LINE, "b"), cand(3, LINE, "c")]
        assert decide(fp(text), earlier, []).kind == "unique", text


def test_boilerplate_sent_by_many_stays_unique() -> None:
    for text in BOILERPLATE:
        earlier = [cand(n, text, f"p{n}") for n in range(1, 60)]
        decision = decide(fp(text), earlier, [])
        assert decision.kind == "unique" and decision.found_with is None, text


def test_a_letters_campaign_never_learns_a_short_exemplar() -> None:
    letter = fp(
        "The Broadway rezoning must include strong protections for the tenants who live there "
        "now. Every new building should include units affordable to families under sixty "
        "percent of median. Tenants must get a right to return if their building is redeveloped "
        "by a new owner. Renters are the majority in this district and deserve a real seat."
    )
    profile = update_profile(new_profile(4, [letter, letter]), fp(LINE))
    assert len(profile.exemplars) == 1 and profile.exemplars[0][1] == letter.shingle_count
    assert decide(fp(LINE), [], [profile]).kind == "unique"
    # a campaign with no exemplar yet (its founders under min_template_shingles) neither
    middling = fp(
        "Tenants must get a right to return if their building is redeveloped by a new owner. "
        "Renters are the majority in this district and deserve a real seat at the table."
    )
    assert DEFAULT_THRESHOLDS.min_shingles <= middling.shingle_count < 40
    bare = update_profile(new_profile(5, [middling, middling]), fp(LINE))
    assert bare.exemplars == ()


OWN = (
    "Plastic turf gets scorching for a dog's paws in August.",
    "It is the only open grass I can reach with my walker, and I have walked it for 20 years.",
    "Owls feed there in the fall, and stadium lights will scare them away.",
)
WITH_OWN = (
    f"{LINE} {OWN[0]}",
    f"{OWN[1]} {LINE}",
    f"{OWN[2]} {LINE} {OWN[0]}",
    f"{LINE.upper()} {OWN[1]}",
    f"I urge you to vtoe no on item 7. Protect our parks. {OWN[2]}",
)
"""Copies of the line with sentences of their senders' own (session 11): before, after, around
it, in capitals, and retyped with a typo."""


def line_campaign() -> CampaignProfile:
    return new_profile(9, [fp(LINE), fp(LINE), fp(LINE)])


def test_the_line_is_kept_in_the_profile_and_its_bytes() -> None:
    profile = line_campaign()
    assert len(profile.line_array) == fp(LINE).shingle_count
    assert set(profile.line_array.tolist()) == fp(LINE).phrases
    stored = CampaignProfile.from_bytes(profile.to_bytes())
    assert stored.line_array.tolist() == profile.line_array.tolist()
    assert stored.phrase_counts.tolist() == profile.phrase_counts.tolist()
    # a profile stored before lines were kept reads as one without a line
    old = replace(profile, line_array=np.zeros(0, dtype=np.uint32))
    assert not len(CampaignProfile.from_bytes(old.to_bytes()).line_array)


def test_copies_with_sentences_of_their_own_join_the_short_campaign() -> None:
    profile = line_campaign()
    for text in WITH_OWN:
        assert fp(text).shingle_count >= DEFAULT_THRESHOLDS.min_shingles, text
        decision = decide(fp(text), [], [profile])
        assert decision.kind == "form_letter" and decision.campaign_id == 9, text


def test_letters_sharing_the_lines_words_do_not_join_it() -> None:
    profile = line_campaign()
    strangers = (
        # the line's first sentence in a resident's own words: most of the line, not its end
        f"I urge you to vote no on item 7. {OWN[0]} {OWN[2]}",
        # residents' own lines on the item, longer
        f"{RESIDENTS[0]} {OWN[1]} {OWN[0]}",
        f"{RESIDENTS[1]} {RESIDENTS[2]} {OWN[2]}",
        # another letter that opens with the line and goes on for a page is that letter
        f"{LINE} "
        + " ".join(
            f"{sentence} We said so at the {n} hearings." for n, sentence in enumerate(OWN * 3)
        ),
    )
    for text in strangers:
        assert fp(text).shingle_count >= DEFAULT_THRESHOLDS.min_shingles, text
        assert decide(fp(text), [], [profile]).kind == "unique", text


def test_a_letters_campaign_has_no_line() -> None:
    letter = fp(f"{OWN[1]} {OWN[2]} {OWN[0]} {LINE}")
    assert not len(new_profile(4, [letter, letter]).line_array)
    # nor does a short campaign learn one from a later member
    assert update_profile(line_campaign(), fp(EDITS[1])).line_array.tolist() == (
        line_campaign().line_array.tolist()
    )


PETITION = (
    "As a member of Municipal Workers Local 618, I urge the City Council to approve the "
    "sanitation agreement as negotiated and to reject any plan to contract out collection."
)
"""A union's one-sentence petition (session 12): too long for the short route, too short for a
founding partner to share a template's worth of shingles with it."""


def test_a_one_sentence_petition_three_people_sent_founds_and_its_copies_join() -> None:
    petition = fp(PETITION)
    th = DEFAULT_THRESHOLDS
    assert th.min_shingles <= petition.shingle_count < th.min_template_shingles
    earlier = [cand(1, PETITION, "a"), cand(2, PETITION.upper(), "b")]
    founded = decide(fp(PETITION), earlier, [])
    assert founded.kind == "form_letter" and founded.found_with == 1
    assert founded.also_members == (2,)
    profile = new_profile(9, [petition, petition, petition])
    assert len(profile.line_array) == petition.shingle_count
    for text in (
        PETITION,
        PETITION.upper(),
        f"{PETITION}\n\nIn solidarity,",
        f"{PETITION} My father drove these routes for thirty years.",
    ):
        decision = decide(fp(text), [], [profile])
        assert decision.kind == "form_letter" and decision.campaign_id == 9, text


def test_a_one_sentence_petition_two_people_sent_or_a_residents_sentence_stays_unique() -> None:
    assert decide(fp(PETITION), [cand(1, PETITION, "a")], []).kind == "unique"
    resends = [cand(1, PETITION, "a"), cand(2, PETITION, "a")]
    assert decide(fp(PETITION), resends, []).kind == "unique"
    profile = new_profile(9, [fp(PETITION)] * 3)
    resident = (
        "I urge the City Council to approve the sanitation agreement, because the crews on our "
        "street have never missed a week in twenty years."
    )
    assert decide(fp(resident), [], [profile]).kind == "unique"


def test_a_one_sentence_petition_retyped_with_a_typo_joins() -> None:
    petition = fp(PETITION)
    profile = new_profile(9, [petition, petition, petition])
    for text in (
        PETITION.replace("Municipal", "Munciipal"),
        PETITION.replace("negotiated", "neogtiated") + "\n\nWith thanks,",
        PETITION.replace("approve", "aprpove") + " Local 618 member #2136",
    ):
        decision = decide(fp(text), [], [profile])
        assert decision.kind == "form_letter" and decision.campaign_id == 9, text
