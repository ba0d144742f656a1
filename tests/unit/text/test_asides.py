"""Words a sender puts inside a campaign's sentence, in brackets or between dashes (session 22).

The sentence around the aside is the template's, so the sentence reads as the template's; the
aside is what the sender added and is their personal text. A letter's own brackets, in every
copy, stay the letter's; a hyphen in a word or a range of years is no aside.
"""

from __future__ import annotations

from intake.text.asides import aside_spans, without_asides
from intake.text.normalize import segments
from intake.text.template import personal_text

LETTER = (
    "I ask the council to keep the Harlow Street pool open through September.\n"
    "The pool is the only public water within two miles of the east side (the county's 2023 "
    "survey).\n"
    "Closing it early saves less than the summer's lifeguard overtime.\n"
    "Please keep it open."
)


def template() -> set[str]:
    return {seg.norm for seg in segments(LETTER) if seg.is_content}


def asides(sentence: str) -> list[str]:
    return [sentence[a:b] for _s, _e, a, b in aside_spans(sentence)]


def test_brackets_and_dashes_set_an_aside_off() -> None:
    assert asides("Please keep it open (my kids learned to swim there).") == [
        "my kids learned to swim there"
    ]
    assert asides("I ask the council — I have lived here 30 years — to keep it open.") == [
        "I have lived here 30 years"
    ]
    assert asides("Please keep it open -- we have nowhere else to go.") == [
        "we have nowhere else to go"
    ]
    assert asides("Please keep it open — the lifeguards want to work.") == [
        "the lifeguards want to work"
    ]


def test_references_hyphens_and_ranges_are_no_asides() -> None:
    assert asides("The pool (Item 7) opened in 1962.") == []
    assert asides("A short-term fix for 2025–2026 is not enough.") == []


def test_without_asides_is_the_sentence_around_them() -> None:
    sentence = "I ask the council — I have lived here 30 years — to keep it open."
    assert without_asides(sentence, aside_spans(sentence)) == "I ask the council to keep it open."


def test_an_aside_inside_a_template_sentence_is_the_senders() -> None:
    copy = LETTER.replace(
        "through September.", "through September (my kids learned to swim there)."
    ).replace("Closing it early", "Closing it early — and I have checked the budget —")
    assert personal_text(copy, template()) == (
        "my kids learned to swim there\nand I have checked the budget"
    )


def test_the_letters_own_brackets_stay_the_letters() -> None:
    assert personal_text(LETTER, template()) is None


def test_a_chat_tools_stamp_is_no_aside() -> None:
    assert asides("Eastside Watch (Dec 9, 8:41 PM): keep the trees on Corliss.") == []


def test_an_aside_the_campaigns_members_all_wrote_is_the_letters() -> None:
    """A bracket most copies keep and a few leave out: its phrases are the campaign's."""
    campaign = {("the", "countys", "2023"), ("countys", "2023", "survey")}
    copy = LETTER.replace(" (the county's 2023 survey)", "")
    without = {seg.norm for seg in segments(copy) if seg.is_content}
    kept = personal_text(LETTER, template() | without, None, lambda run: tuple(run) in campaign)
    assert kept is None
    assert personal_text(LETTER, template() | without) == "the county's 2023 survey"
