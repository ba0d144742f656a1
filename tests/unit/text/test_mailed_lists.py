"""Session 15: letters that are lists, sent through mail programs, and a short letter's first copy.

The twelfth outsider corpus (``generated-twelfth``, read once blind: personal-text F1 0.713) sent
a campaign whose letter is a list of demands, each sender keeping the ones they agree with, in
the plain text a mail program makes of bullets ("o  Build ..."), and a two-sentence campaign
whose first copy carried its sender's own line. What each member added came back empty or
wrong; these are the shapes, written for the test.
"""

from __future__ import annotations

import random

from intake.text.fingerprint import Fingerprinter
from intake.text.frame import is_signer_line
from intake.text.matching import new_profile, update_profile
from intake.text.normalize import segments
from intake.text.template import personal_text, reworded_sentences, template_segments

FP = Fingerprinter()
OPENING = "As members of Fenwick Safe Streets we ask the Council to adopt the redesign with these:"
DEMANDS = (
    "Build the protected lanes with concrete curbs, not plastic posts.",
    "Keep the bus islands at Fenwick Way and Orchard Avenue in the final design.",
    "Lower the speed limit on Eastgate Road to 25 mph from Harlan Street to the river.",
    "Give the shops between Orchard and Fenwick loading zones before parking is removed.",
    "Put a signalised crossing at the elementary school before next fall.",
    "Publish collision numbers for the corridor every year.",
    "Do not send the project back for another year of study.",
)
CLOSING = "Eastgate has waited long enough for a safe street. Please vote yes."
ADDED = "Add benches at the bus islands, lots of older riders on the 22."


def list_letter(kept: list[str], bullet: str = "o  ", own: str | None = None) -> str:
    items = [f"{bullet}{demand}" for demand in kept]
    if own is not None:
        items.insert(len(items) // 2, f"{bullet}{own}")
    return "\n".join([OPENING, "", *items, "", CLOSING])


def trimmed_copies(rng: random.Random, count: int) -> list[list[str]]:
    """Each sender keeps four to seven of the demands, in order."""
    copies = []
    for _ in range(count):
        kept = sorted(rng.sample(range(len(DEMANDS)), rng.randint(4, 7)))
        copies.append([DEMANDS[i] for i in kept])
    return copies


def test_a_bullet_a_mail_program_wrote_as_a_letter_is_no_word_of_the_sentence() -> None:
    outlook = [s.norm for s in segments(list_letter(list(DEMANDS)))]
    dashes = [s.norm for s in segments(list_letter(list(DEMANDS), bullet="- "))]
    assert outlook == dashes
    assert "build the protected lanes with concrete curbs not plastic posts" in outlook
    # A word that is "o" or ends in one is kept: only a lone letter set apart by two spaces.
    assert [s.norm for s in segments("so  be it\no dear, the lanes")] == [
        "so be it",
        "o dear the lanes",
    ]


def test_a_line_several_members_added_to_a_trimmed_list_is_no_rewording() -> None:
    """Copies keep different demands: a line four members added comes with copies lacking
    different ones, so it stands in for none of them and stays each sender's own."""
    rng = random.Random(15)
    bodies = [
        list_letter(kept, own=ADDED if n % 4 == 0 else None)
        for n, kept in enumerate(trimmed_copies(rng, 24))
    ]
    assert sum(ADDED in b for b in bodies) == 6
    assert reworded_sentences(bodies) == frozenset()


def test_a_rewording_still_stands_in_for_the_one_sentence_it_replaces() -> None:
    rewording = "Make the bus islands at Fenwick and Orchard permanent, whatever else changes."
    bodies = []
    for n in range(12):
        kept = list(DEMANDS)
        if n % 3 == 0:
            kept[1] = rewording
        bodies.append(list_letter(kept))
    assert reworded_sentences(bodies) == {
        "make the bus islands at fenwick and orchard permanent whatever else changes"
    }


def test_a_members_own_bullet_comes_back_without_the_bullet() -> None:
    template = template_segments([list_letter(list(DEMANDS)) for _ in range(3)])
    body = list_letter(list(DEMANDS), own=ADDED)
    assert personal_text(body, template) == ADDED


def test_a_remark_in_brackets_after_a_demand_is_the_senders() -> None:
    """ "...final design. (The stop is where my kid waits.)": the closing bracket after the full
    stop ends the sentence, and the next bullet is no continuation of it."""
    template = template_segments([list_letter(list(DEMANDS)) for _ in range(3)])
    remark = "(The stop at Fenwick is where my kid waits.)"
    body = list_letter(list(DEMANDS)).replace("final design.", f"final design. {remark}")
    assert personal_text(body, template) == remark


SHORT = (
    "Please keep Larkin Street Beach open to dogs before 9 am. The morning off-leash hours "
    "have worked for twenty years and a year-round ban is not needed."
)


def test_a_two_sentence_letter_whose_first_copy_adds_a_line_is_not_spun() -> None:
    """The profile learned from its first copy (the letter and its sender's own line, 40 words
    for a letter of 29); a third of the copies drop "Please". Read against that copy alone the
    letter looked spun, and any line three members added became the campaign's."""
    first = f"{SHORT}\n\nI walk there every morning with my old lab, rain or shine, since 2009."
    profile = new_profile(1, [FP.fingerprint(first), FP.fingerprint(SHORT)])
    for n in range(40):
        body = SHORT.replace("Please keep", "Keep") if n % 3 == 0 else SHORT
        profile = update_profile(profile, FP.fingerprint(body))
    assert not profile.spun


def test_a_union_members_dash_signature_with_a_local_number_is_a_signature() -> None:
    assert is_signer_line("- Local 618, Eastside yard")
    assert not is_signer_line("- 25 mph, not 30")
    assert not is_signer_line("- Local 618 voted, and we mean it.")


def test_the_name_under_a_note_above_a_quoted_reply_signs_the_note() -> None:
    body = (
        "I sent this to Councilmember Trask last night and am forwarding it for the record.\n\n"
        "Zainab\n\n"
        "On Mon, Dec 7, 2026 at 6:31 PM Tenants Union <alerts@tenants.example.org> wrote:\n"
        "> Dear Mayor Okafor,\n> Please pass the ordinance without amendments.\n"
    )
    template = frozenset({"please pass the ordinance without amendments"})
    assert personal_text(body, template) == (
        "I sent this to Councilmember Trask last night and am forwarding it for the record."
    )
    # A note of one line is the sender's whatever its shape: no line above it to sign.
    note = body.replace(
        "I sent this to Councilmember Trask last night and am forwarding it for the record.\n\n", ""
    )
    assert personal_text(note, template) == "Zainab"
