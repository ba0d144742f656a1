"""A public source's words quoted by a campaign letter and by residents (issue 14 item 2).

A campaign letter that quotes the city's own report shares those sentences with every resident
who quotes the same report in a comment of their own. They are the source's words, not the
campaign's: a comment joins the campaign only by the letter's own sentences around the quotes
(generated-eighteenth's ``cameras-staff``, session 24). Here on a letter of our own.
"""

from __future__ import annotations

from intake.text.fingerprint import Fingerprinter
from intake.text.matching import CampaignProfile, decide, new_profile
from intake.text.quotes import without_quotes
from intake.text.reference import ReferenceLabeller

FP = Fingerprinter()

SOURCE_A = (
    "The operator may remove up to forty mature trees along the towpath during the first phase, "
    "at the discretion of the Parks Director."
)
SOURCE_B = "Public access to the towpath will be closed for a period of up to eighteen months."
LETTER = (
    "I oppose Item 4, the towpath dredging contract with Marlow Marine for the old canal basin.",
    "The report itself says:",
    f"“{SOURCE_A}”",
    "That means the shade on the whole east bank could be gone before anyone on the council sees "
    "a planting plan. Nothing in the contract says a single tree has to be replaced.",
    "The report also admits:",
    f'"{SOURCE_B}" (parks report, p. 7)',
    "Eighteen months is two whole summers without the only flat walk many older people have.",
    "Please vote no, or send the contract back until tree replacement is written into it.",
)


def _letter(quote_a: str = f"“{SOURCE_A}”", quote_b: str = f"> {SOURCE_B}") -> str:
    parts = [*LETTER]
    parts[2], parts[5] = quote_a, quote_b
    return "Dear Council,\n\n" + "\n\n".join(parts) + "\n\nThank you,\nA resident"


def _campaign(members: int = 12) -> CampaignProfile:
    copies = [_letter() if n % 2 else "\n\n".join(LETTER) for n in range(members)]
    return new_profile(3, [FP.fingerprint(body) for body in copies])


RESIDENT_FIXED = (
    f"As the parks report puts it,\n\n“{SOURCE_A}” (parks report, p. 7)\n\n"
    "I walk there daily and I will miss them.\n\nSincerely,\nOrla Penhale"
)
"""A resident who quotes one of the letter's quoted sentences and cites it, in a few words of
their own: the quote and its citation are most of the comment."""
RESIDENT_PHRASES = (
    "I read the parks report, and this is the line that worries me most:\n\n"
    f'"{SOURCE_A}"\n\n'
    "At the discretion of the Parks Director means whatever the director feels like next year.\n\n"
    "Tomas Reyburn"
)


def test_without_quotes_sets_aside_quoted_passages_block_quotes_and_their_citations() -> None:
    body = (
        f"I read the report. “{SOURCE_A}” (parks report, p. 7)\n"
        f"> {SOURCE_B}\n"
        f'"{SOURCE_B}"\n'
        'A so-called "upgrade" is no upgrade. They say "the bank will be as good as new" and I '
        "doubt it."
    )
    stripped = without_quotes(body)
    assert stripped is not None
    assert "forty mature trees" not in stripped and "eighteen months" not in stripped
    assert "parks report, p. 7" not in stripped
    assert "I read the report." in stripped
    assert '"upgrade"' in stripped  # a word in quotes is the writer's own sentence
    assert "as good as new" in stripped  # so is a sentence around quoted words
    assert without_quotes("I support the contract. The towpath needs dredging.") is None


def test_a_reply_keeps_the_message_it_quotes() -> None:
    """The ``>`` lines under a mail attribution are the message replied to or forwarded (it may
    be the campaign's letter itself), not a source the sender cites."""
    reply = (
        "Sending this on, please read it.\n\n"
        "On Tue, Dec 8, 2026 at 7:40 PM Canal Friends <friends@example.org> wrote:\n\n"
        f"> {LETTER[0]}\n> {LETTER[7]}"
    )
    assert without_quotes(reply) is None


def test_only_the_letters_own_sentences_make_a_member_not_the_source_it_quotes() -> None:
    """Residents who share only the quoted sentences (by the sentence route, and by the phrase
    route) stay unique; copies, heavy or quoting in other marks, join by the letter's own."""
    profile = _campaign()
    for body in (RESIDENT_FIXED, RESIDENT_PHRASES):
        decision = decide(FP.fingerprint(body), [], [profile])
        assert decision.kind == "unique", (body, decision)
    for quote_a, quote_b in (
        (f'"{SOURCE_A}"', f'"{SOURCE_B}"'),
        (f"> {SOURCE_A}", f"“{SOURCE_B}” (parks report, p. 7)"),
    ):
        decision = decide(FP.fingerprint(_letter(quote_a, quote_b)), [], [profile])
        assert decision.kind == "form_letter" and decision.campaign_id == 3, decision
    heavy = "\n\n".join(
        (
            LETTER[0],
            LETTER[1],
            LETTER[2],
            "I have fished off the east bank for thirty years and the trees keep the water cool.",
            "Dredging the basin is fine by me, but not at the price of the whole bank.",
            LETTER[7],
        )
    )
    decision = decide(FP.fingerprint(heavy), [], [profile])
    assert decision.kind == "form_letter" and decision.campaign_id == 3, decision


def test_an_early_resident_who_quotes_the_source_is_not_pulled_in_by_a_later_copy() -> None:
    """The resident arrives before the campaign forms; a later copy joins and pulls in the
    earlier unaffiliated comments that carry the template: quoted sentences are not it."""
    labeller = ReferenceLabeller()
    labeller.add(1, RESIDENT_FIXED, "orla", "towpath")
    for n in range(2, 14):
        body = _letter() if n % 2 else "\n\n".join(LETTER)
        labeller.add(n, f"{body}\n\nResident {n}", f"person-{n}", "towpath")
    assert labeller.labels[1].kind == "unique"
    copies = {labeller.labels[n].campaign_id for n in range(2, 14)}
    assert len(copies) == 1 and None not in copies


SOURCE_C = (
    "The contractor will restore the bank to its prior condition within one year of completion."
)


def test_two_residents_who_quote_the_same_passage_found_no_campaign() -> None:
    """Each quotes the same three sentences of the report (in quotation marks, as block quotes)
    with a few lines of their own, for and against: the report's words are no letter."""
    labeller = ReferenceLabeller()
    labeller.add(
        1,
        f'The parks report says:\n\n"{SOURCE_A} {SOURCE_B} {SOURCE_C}"\n\n'
        "I do not believe a word of the last part. Fifty years of promises on that bank.\n\n"
        "Mina Oduya",
        "mina",
        "towpath",
    )
    second = labeller.add(
        2,
        f"From page 7 of the parks report:\n\n> {SOURCE_A}\n> {SOURCE_B}\n> {SOURCE_C}\n\n"
        "This is a fair plan and the basin badly needs the work. I support it.\n\nKarl Brandt",
        "karl",
        "towpath",
    )
    assert second.kind == "unique", second
    assert labeller.labels[1].kind == "unique"
