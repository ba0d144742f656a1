"""Session 21: what a sending tool stamps on each copy, and a transcript with no full stops.

A petition platform, a voicemail or SMS gateway or a thread-unrolling site writes lines of its
own into every copy with values of their own (an ID, a time, a count): the tool's, never what the
sender added (``intake.text.tool_lines``). A machine transcript writes no full stops, so the whole
message is one sentence: read word by word against the campaign's phrases, the sender's own
sentence in it is theirs and the letter is not (``intake.text.run_on``). And two copies from one
person are no two members sending a sentence (``template.one_body_per_person``). Invented text
throughout.
"""

from __future__ import annotations

import random

from intake.text.addition import CampaignWords
from intake.text.fingerprint import Fingerprinter
from intake.text.matching import CampaignProfile, new_profile, update_profile
from intake.text.normalize import segments
from intake.text.run_on import PhraseTest, own_spans, spoken_words
from intake.text.template import (
    _skeleton,
    one_body_per_person,
    personal_text,
    template_segments,
)
from intake.text.tool_lines import is_tool_line, line_shape, tool_line_shapes

FP = Fingerprinter()
LETTER = (
    "We ask the Board to keep the Linden Park pool open through September.\n\n"
    "The pool is the only place in the ward where children can swim for free.\n\n"
    "Please fund the lifeguards from the summer reserve."
)
TEMPLATE = [seg.norm for seg in segments(LETTER)]
CODES = ["KQ7", "M2X", "Z9R", "T4W", "B8N", "H3J", "C6V", "L1P"]


def stamped(n: int, own: str = "") -> str:
    """A copy as a petition platform delivers it: its stamp above the letter, the signer's own
    words, the signer's line."""
    extra = f"\n\n{own}" if own else ""
    return (
        f"Entry ref AB-{CODES[n % len(CODES)]}{n} | address confirmed\n"
        f"Forwarded by Civicly for {1200 + 7 * n} supporters.\n\n"
        f"{LETTER}{extra}\n\nSigned: Resident {n}"
    )


def test_a_shape_masks_values_and_keeps_the_tools_words() -> None:
    assert (
        line_shape("Entry ref AB-KQ71 | address confirmed") == "entry ref ab-# | address confirmed"
    )
    assert line_shape("Forwarded by Civicly for 1,207 supporters.") == line_shape(
        "Forwarded by Civicly for 987 supporters."
    )
    assert line_shape("📞 3  ⭐ 12") == "📞 # ⭐ #"
    # No value: such a line recurs word for word, and the template's rules read it.
    assert line_shape("Thank you for listening.") is None
    # Values alone: every such line would share one shape.
    assert line_shape("12/04 #5521") is None


def test_the_tools_stamped_lines_are_not_what_the_sender_added() -> None:
    copies = [stamped(n) for n in range(8)]
    shapes = tool_line_shapes(copies)
    norms = [*TEMPLATE, *shapes]
    own = "My daughter learned to swim there last July."
    assert personal_text(stamped(9, own), norms) == own
    assert personal_text(stamped(10), norms) is None
    # Without the shapes, each copy's stamp came back as its sender's words.
    assert "address confirmed" in (personal_text(stamped(9, own), TEMPLATE) or "")


def test_a_value_drawn_without_a_digit_is_still_the_tools() -> None:
    shapes = tool_line_shapes([stamped(n) for n in range(8)])
    assert is_tool_line("Entry ref AB-QWERTZ | address confirmed", shapes)
    assert not is_tool_line("Entry ref AB QWERTZ was wrong | address confirmed", shapes)


def test_a_numbered_sentence_a_few_members_wrote_stays_theirs() -> None:
    """A frame three members of twenty told their own story in is no tool's line: a tool stamps
    a real share (a quarter) of the copies."""
    stories = [
        "I have swum there every morning for 12 years.",
        "I have swum there every morning for 30 years.",
        "I have swum there every morning for 4 years.",
    ]
    copies = [f"{LETTER}\n\n{s}" for s in stories] + [LETTER] * 17
    shapes = tool_line_shapes(copies)
    assert not shapes
    body = f"{LETTER}\n\nI have swum there every morning for 9 years."
    assert (
        personal_text(body, [*TEMPLATE, *shapes]) == "I have swum there every morning for 9 years."
    )


# --------------------------------------------------------------------------- run-on transcripts

SCRIPT = (
    "please keep the night ferry to Orrin Point running all winter the last boat home is the"
    " only way nurses on the late shift get back across the sound without a two hour drive and"
    " the fare box covers more than half its cost already so the saving is small and the harm"
    " is large please vote to fund it in the spring budget"
)
OWN_LINES = [
    "my mother lives alone on the point and i visit her after work",
    "i clean offices downtown until eleven and have no car of my own",
    "our kids play hockey in town on friday nights",
    "i sold my truck last year to pay the rent",
]
FILLERS = ["um", "uh"]


def transcript(n: int, own: str = "", rng: random.Random | None = None) -> str:
    """A voicemail transcribed without full stops: a greeting with the caller's name, the
    script with a filler or a stutter here and there, the caller's own line, goodbye."""
    words = SCRIPT.split()
    if rng is not None:
        at = rng.randrange(len(words))
        words.insert(at, rng.choice([*FILLERS, words[at]]))
    middle = " ".join(words)
    tail = f" {own}" if own else ""
    return f"hi this is caller number {n} calling {middle}{tail} thanks bye"


def transcripts_profile(count: int = 24) -> CampaignProfile:
    rng = random.Random(7)
    bodies = [transcript(n, OWN_LINES[n % 2] if n % 3 == 0 else "", rng) for n in range(count)]
    profile = new_profile(1, [FP.fingerprint(b) for b in bodies[:2]])
    for body in bodies[2:]:
        profile = update_profile(profile, FP.fingerprint(body))
    return profile


def test_a_callers_own_line_in_a_transcript_without_stops_is_theirs_and_the_script_is_not() -> None:
    words = CampaignWords([], transcripts_profile(), FP)
    own = "our kids play hockey in town on friday nights"
    body = transcript(40, own, random.Random(3))
    added = words.addition(body)
    assert added is not None
    assert own in added
    assert "night ferry" not in added and "spring budget" not in added
    # A transcript of the script alone added nothing (the caller's name is the line filled in).
    assert words.addition(transcript(41, rng=random.Random(4))) is None


def test_without_the_run_on_reading_the_whole_transcript_is_one_sentence() -> None:
    """What the run-on reading mends: read as one sentence, the transcript either is the
    campaign's (and the caller's line is lost) or is the caller's (and the script comes back)."""
    own = "i sold my truck last year to pay the rent"
    body = transcript(42, own, random.Random(5))
    alone = personal_text(body, [])
    assert alone is not None and "night ferry" in alone


def test_a_stutter_and_a_filler_do_not_break_the_campaigns_phrases() -> None:
    tokens = ["the", "the", "ferry", "um", "is", "late"]
    assert [tokens[i] for i in spoken_words(tokens)] == ["the", "ferry", "is", "late"]
    phrases = {("the", "ferry", "is"), ("ferry", "is", "late")}
    assert own_spans("the the ferry um is late", lambda run: tuple(run) in phrases) == []


def test_a_short_sentence_is_never_read_as_a_run_on() -> None:
    """A written sentence (under ``RUN_ON_WORDS``) is read whole, as before: a sender's sentence
    that borrows a phrase of the letter's is theirs, all of it."""
    words = CampaignWords([], transcripts_profile(), FP)
    mine = "Please keep the night ferry running because my shift ends at midnight."
    assert words.addition(mine) == mine


# --------------------------------------------------------------------------- one body per person


def test_one_persons_two_copies_count_once() -> None:
    own = "I have coached the swim team here for eleven years."
    first = f"{LETTER}\n\n{own}"
    other = LETTER
    bodies, people = [first, first, other], ["ana", "ana", "ben"]
    # Counted per copy, the resubmission makes the sender's own sentence a shared one.
    assert any("coached" in n for n in template_segments(bodies, 2))
    kept = one_body_per_person(bodies, people)
    assert kept == [first, other]
    learned = template_segments(kept, 2)
    assert not any("coached" in n for n in learned)
    assert personal_text(first, learned) == own


# --------------------------------------------------------------------------- glued sentences

ALERT = (
    "Board: vote no on item 7, the Vesper Lane parking garage. "
    "Two hundred spaces next to the library is the wrong use of the lot. "
    "Hold a hearing in the evening so working people can come. "
    "-Vesper Lane Residents"
)
ALERT_NORMS = [seg.norm for seg in segments(ALERT)]


def test_a_line_typed_straight_after_the_sign_off_is_the_senders_alone() -> None:
    """A text message has no line breaks: the sender's line follows the letter's sign-off in
    one "sentence". The sign-off is the campaign's; what follows it is theirs."""
    body = f"{ALERT} I have lived on this block since 1998"
    assert personal_text(body, ALERT_NORMS) == "I have lived on this block since 1998"


def alert_phrases(extra: str = "") -> PhraseTest:
    """The alert's word 3-shingles (and ``extra``'s) as the campaign's template phrases."""
    grams = set()
    for norm in [*ALERT_NORMS, *(seg.norm for seg in segments(extra))]:
        toks = norm.split()
        grams |= {" ".join(toks[i : i + 3]) for i in range(len(toks) - 2)}
    return lambda run: " ".join(run) in grams


def test_a_line_typed_before_the_first_sentence_is_the_senders_even_in_a_light_edit() -> None:
    """Glued before the letter's first sentence, the sender's words make the whole a light edit
    of it (so it read as the template's): the first sentence is cut off, the rest is theirs."""
    own = "nobody asked the renters on our street"
    body = ALERT.replace("Board: vote", f"{own} Board: vote", 1)
    assert personal_text(body, ALERT_NORMS, None, alert_phrases()) == own


def test_a_tools_prefix_or_a_short_lead_before_a_template_sentence_stays_the_templates() -> None:
    """What is glued before the letter's sentence is not the sender's when it is the campaign's
    words itself (a chat tool's sender and time, in every copy) or a short lead set apart by a
    comma ("Honestly, ..."), which frames the sentence and says nothing it does not."""
    prefix = "Vesper Lane Watch (Mar 3 9:41 PM): Board: vote"
    body = ALERT.replace("Board: vote", prefix, 1)
    phrases = alert_phrases("Vesper Lane Watch (Mar 3 9 PM) Board")
    assert personal_text(body, ALERT_NORMS, None, phrases) is None
    led = ALERT.replace("Board: vote", "As a renter here for years, Board: vote", 1)
    assert personal_text(led, ALERT_NORMS, None, alert_phrases()) is None


def test_words_after_a_template_sentences_opening_are_its_ending_reworded() -> None:
    """In a sentence read as a light edit, only a template sentence that closes it is cut: words
    after the template sentence are the sentence's own ending reworded, the template's."""
    edited = ALERT.replace(
        "Hold a hearing in the evening so working people can come.",
        "Hold a hearing in the evening so working people can come and be heard by all of you.",
    )
    norms = [*ALERT_NORMS, "hold a hearing in the evening so working people"]
    assert personal_text(edited, norms, None, alert_phrases()) is None


def test_a_short_template_sentence_glued_to_a_light_edit_leaves_it_the_templates() -> None:
    """A short opening ("I live in Marrow Bay") that each sender continues their own way is a
    line of the letter worded each time, not a sentence with words added."""
    letter = (
        "Hello, I live in Marrow Bay and I am calling about the night ferry. "
        "Please keep the night ferry running through the winter months for everyone."
    )
    norms = [seg.norm for seg in segments(letter)] + ["i live in marrow bay"]
    body = letter.replace(
        "and I am calling about the night ferry", "and I am calling now about the ferry at night"
    )
    assert personal_text(body, norms) is None


def test_a_gateways_part_markers_are_neither_the_letters_nor_the_senders() -> None:
    """A long text message arrives in parts, each marked "(1/2)" or "[2 of 2]": the marker is the
    gateway's, and a template sentence behind it is still the template's."""
    parts = (
        "(1/2) Board: vote no on item 7, the Vesper Lane parking garage. Two hundred spaces next"
        " to the library is the wrong use of the lot.\n"
        "(2/2) Hold a hearing in the evening so working people can come. -Vesper Lane Residents"
        " my kids walk past that lot to school"
    )
    norms = [seg.norm for seg in segments(parts) if "my kids" not in seg.norm]
    norms = [n for n in norms if "vote no" in n or "hold a hearing" in n] + ALERT_NORMS[1:]
    assert personal_text(parts, norms) == "my kids walk past that lot to school"
    assert personal_text("[2 of 2] our street floods every spring", []) == (
        "our street floods every spring"
    )


def test_a_senders_sentence_that_quotes_a_short_phrase_stays_whole() -> None:
    """Only a whole template sentence is cut: a sender's sentence that uses a few of the letter's
    words is theirs, all of it."""
    mine = "The wrong use of the lot would cost us the farmers market."
    assert personal_text(f"{ALERT}\n\n{mine}", ALERT_NORMS) == mine


# --------------------------------------------------------------------------- one-letter slips

CARD = [
    "the night ferry connects the two halves of our town",
    "ending it would strand riders who cannot drive",
    "push more cars onto the harbor bridge every morning",
]


def test_a_scanned_line_with_a_misread_letter_is_still_the_templates() -> None:
    """A scanner misreads a letter or two per card ("fcrry", "ha1ves", "moming"): the wrapped
    line is the template's line, which a light edit's bigrams cannot forgive in so few words."""
    card = (
        "The night fcrry connects the two ha1ves of our town.\n"
        "Push more cars onto the harbor bridge every moming.\n"
        "Our bakery ships bread across on the first boat."
    )
    assert personal_text(card, CARD) == "Our bakery ships bread across on the first boat."


def test_a_sentence_differing_in_whole_words_is_no_slip() -> None:
    """A word swapped for another is no misread letter: "drive" for "ride" across half the words,
    or a sentence of the sender's in the template's frame, stays theirs."""
    mine = "Ending it would strand workers who cannot walk."
    assert personal_text(mine, CARD) == mine
    other = "The night bus connects the two sides of our block."
    assert personal_text(other, CARD) == other


def test_a_salutation_or_a_fill_in_line_glued_to_a_template_sentence_is_not_the_senders() -> None:
    """What is left once the template sentence is cut is read as any sentence is: a salutation
    pasted on the letter's first sentence, or the campaign's fill-in line, is no addition."""
    greeted = ALERT.replace("Board: vote", "To the Vesper Lane Library Board: Board: vote", 1)
    assert personal_text(greeted, ALERT_NORMS, None, alert_phrases()) is None
    fill_in = ALERT.replace(
        "-Vesper Lane Residents", "-Vesper Lane Residents Name: Ida Brook | Street: 12 Fern Row"
    )
    skeleton = _skeleton("Name: Ida Brook | Street: 12 Fern Row")
    assert personal_text(fill_in, [*ALERT_NORMS, skeleton], None, alert_phrases()) is None
