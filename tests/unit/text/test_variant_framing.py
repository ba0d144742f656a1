"""A campaign's second official variant and a heavy copy signed with a title block (session 20).

A coalition often publishes its letter twice, a long version and a short one for phones, with
the same ask to close and a near-identical opening ("I am writing in support of ..." for "I
support ..."); the two are one campaign. A copy of the other variant keeps the campaign's
framing (one sentence word for word, the other a light edit of the campaign's) around a middle
of its own, which is what the heavy-edit route reads. And a heavy copy signed with a name and a
title or organisation line under it ("Director of Outreach, Eastfield Tenants Union") closes
with the letter's last sentence, not with that line. Invented text throughout.
"""

from __future__ import annotations

from intake.text.fingerprint import Fingerprinter
from intake.text.matching import CampaignProfile, decide, new_profile

FP = Fingerprinter()

SHORT = [
    "I support the protected bike lane planned for Dunmore Avenue between 4th and 11th Street.",
    "Painted lines do not stop drivers, and every month someone is hurt on that stretch.",
    "Please approve the design as presented and fund construction in next year's budget.",
]
LONG = [
    "I am writing in support of the protected bike lane planned for Dunmore Avenue between 4th"
    " and 11th Street.",
    "Dunmore carries more cyclists than any other street on the east side, most of them"
    " commuting to the hospital and the college.",
    "The painted lane there now is blocked by delivery vans most mornings.",
    "Concrete curbs and flexible posts keep riders out of the door zone and slow turning cars.",
    "Shop owners on the avenue told the transportation office that most of their customers"
    " arrive on foot or by bike.",
    "The design keeps every loading zone and loses only eleven parking spaces.",
    "Please approve the design as presented and fund construction in next year's budget.",
]
LONG_TEXT = "\n\n".join(LONG)
OWN = [
    "My son rides that way to the college every weekday.",
    "I was clipped by a mirror there in August.",
    "We sold our second car last spring.",
    "The crossing at 7th Street is the worst of it.",
]


def _short_campaign() -> CampaignProfile:
    founders = [
        f"Dear Council,\n\n{' '.join(SHORT)}\n\n{OWN[n]}\n\nThank you,\nResident {n}"
        for n in range(2)
    ]
    return new_profile(3, [FP.fingerprint(body) for body in founders])


def _long_campaign() -> CampaignProfile:
    founders = [f"{LONG_TEXT}\n\n{OWN[n]}\n\nSincerely,\nNeighbour {n}" for n in range(2)]
    return new_profile(4, [FP.fingerprint(body) for body in founders])


def test_a_copy_of_the_long_variant_joins_the_short_variants_campaign() -> None:
    copy = FP.fingerprint(f"Hello,\n\n{LONG_TEXT}\n\nRegards,\nOrla Venn")
    decision = decide(copy, [], [_short_campaign()])
    assert decision.kind == "form_letter" and decision.campaign_id == 3


def test_a_copy_of_the_short_variant_joins_the_long_variants_campaign() -> None:
    """Its own line stands inside the letter: a line after the closing would make it close in
    its own words, which no heavy edit does."""
    copy = FP.fingerprint(f"{SHORT[0]} {SHORT[1]} {OWN[3]} {SHORT[2]}\n\nThanks,\nBram Ostade")
    decision = decide(copy, [], [_long_campaign()])
    assert decision.kind == "form_letter" and decision.campaign_id == 4


def test_the_campaigns_closing_after_an_opening_of_ones_own_stays_unique() -> None:
    """Only one of the two framing sentences may be edited: the other is kept word for word,
    and the edited one keeps most of the campaign's phrases."""
    mine = FP.fingerprint(
        "Our family moved to the east side two years ago and we bike almost everywhere now. "
        "The college has a bike room but the streets around it are frightening at rush hour. "
        "Speed cameras near the hospital would help everyone, cyclists or not. "
        f"{SHORT[2]}"
    )
    assert decide(mine, [], [_short_campaign()]).kind == "unique"


def test_a_lightly_edited_opening_with_a_closing_of_ones_own_stays_unique() -> None:
    """Another letter on the topic may open much like the campaign's: it closes in its own
    words, and a light edit needs the other framing sentence kept word for word."""
    other = FP.fingerprint(
        "I am writing in support of the protected bike lane planned for Dunmore Avenue between"
        " 4th and 11th Street. But the city should build the Garnet Road lane first, where the"
        " school is. Dunmore can wait a year without anyone being worse off for it."
    )
    assert decide(other, [], [_short_campaign()]).kind == "unique"


LETTER = [
    "As pastors and community leaders in the Eastfield neighbourhood, we urge the council to end"
    " the eviction moratorium only in stages.",
    "Families who fell behind during the plant closure need time to catch up on rent.",
    "A staged end, with the rental assistance fund open until June, protects tenants and small"
    " landlords alike.",
    "We ask the council to adopt the staged schedule at its March meeting.",
]
STORY = (
    "Last winter our congregation paid the rent of nine households for two months. "
    "Every one of them is working again, and every one of them would have been on the street "
    "without a few weeks of grace."
)


def test_a_heavy_copy_signed_with_a_title_and_organisation_joins() -> None:
    """The framing is read above the signature block: the name and the title line under it
    are not the letter's closing sentence."""
    members = [
        FP.fingerprint(f"{' '.join(LETTER)}\n\nRev. Member {n}\nEastfield") for n in range(4)
    ]
    profile = new_profile(8, members)
    heavy = FP.fingerprint(
        f"{LETTER[0]}\n\n{STORY}\n\n{LETTER[3]}\n\n"
        "Rosalind Achterberg\nDirector of Outreach, Eastfield Tenants Union"
    )
    decision = decide(heavy, [], [profile])
    assert decision.kind == "form_letter" and decision.campaign_id == 8
    stacked = FP.fingerprint(
        f"{LETTER[0]}\n\n{STORY}\n\n{LETTER[3]}\n\n"
        "Linus Okafor\nAssociate Pastor\nGrace Fellowship Church, Eastfield"
    )
    decision = decide(stacked, [], [profile])
    assert decision.kind == "form_letter" and decision.campaign_id == 8


def test_a_story_ending_in_the_closing_under_a_title_block_stays_unique() -> None:
    """Stripping the signature block gives no way in by itself: the opening must still be the
    campaign's."""
    members = [
        FP.fingerprint(f"{' '.join(LETTER)}\n\nRev. Member {n}\nEastfield") for n in range(4)
    ]
    profile = new_profile(8, members)
    mine = FP.fingerprint(
        f"I have rented the same flat on Hollis Street for eleven years. {STORY}\n\n{LETTER[3]}"
        "\n\nMaren Quist\nTreasurer, Hollis Street Block Club"
    )
    assert decide(mine, [], [profile]).kind == "unique"


def test_an_opening_stitched_from_two_of_the_letters_sentences_is_no_light_edit() -> None:
    """A resident's opening built from the start of one template sentence and the start of
    another shares as many of the campaign's phrases as a light edit, in two runs: it is their
    own sentence, and their comment stays unique though it ends with the campaign's closing."""
    letter = [
        "The council must protect the Sorrel Creek wetland by taking the following steps:",
        "1) Adopt a permanent buffer, not just a moratorium, banning any grading within 300 feet"
        " of the creek bank.",
        "2) Buy the Ketterman parcel with the open space bond before the developer's option"
        " renews in the fall.",
        "Please act now so that the wetland is still there for our children and theirs.",
    ]
    text = "\n".join(letter)
    members = [FP.fingerprint(f"Dear Council,\n{text}") for _ in range(3)]
    profile = new_profile(9, members)
    own = FP.fingerprint(
        "The council must protect the Sorrel Creek wetland by adopt a permanent buffer, not just"
        " a moratorium. Herons nest there every spring and I have counted eleven nests this"
        " year from the footbridge. The creek floods the lower fields every March and the"
        " wetland is what keeps it out of the houses on Pell Lane. Other towns in the county"
        " have lost theirs to parking lots and regretted it within a decade. "
        f"{letter[3]}"
    )
    assert decide(own, [], [profile]).kind == "unique"
