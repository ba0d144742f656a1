"""personal_text and representative_text on the seed campaign."""

from __future__ import annotations

import pytest

from intake.text.normalize import normalize
from intake.text.personal_data import Identifiers
from intake.text.template import (
    fill_in_skeletons,
    is_scaffolding,
    personal_text,
    representative_text,
    reworded_sentences,
    template_segments,
    without_members,
)
from tests.fill_in import TEMPLATE as FILL_IN_TEMPLATE
from tests.fill_in import Where, campaign, fill_in_line
from tests.paths import FIXTURES

SEED = FIXTURES / "labelling" / "seeds" / "ecomments-item-2026-00837.txt"
EXPORT = SEED.read_text("utf-8").splitlines()


def lines(first: int, last: int) -> str:
    return "\n".join(EXPORT[first - 1 : last])


TEMPLATE = lines(10, 14)
CLOSER = EXPORT[15]
MEMBERS = [lines(10, 16), lines(17, 22), lines(28, 34), lines(48, 53), lines(79, 85)]
TEMPLATE_SET = template_segments(MEMBERS)
PERSONAL = EXPORT[32]  # "I am a lifelong resident of Sacramento..."


def test_personal_paragraph_after_the_template_is_returned_verbatim() -> None:
    assert personal_text(lines(28, 34), TEMPLATE_SET) == PERSONAL


def test_personal_paragraph_before_the_template_is_returned_verbatim() -> None:
    body = PERSONAL + "\n\n" + TEMPLATE + "\n" + CLOSER
    assert personal_text(body, TEMPLATE_SET) == PERSONAL


def test_plain_copy_has_no_personal_text() -> None:
    assert personal_text(lines(17, 22), TEMPLATE_SET) is None


def test_light_edits_still_count_as_template() -> None:
    edited = lines(73, 77)  # "terrorizing our community", "Moving forward"
    assert personal_text(edited, TEMPLATE_SET) is None


def test_salutation_and_signature_are_not_personal() -> None:
    body = f"Dear City Council,\n\n{TEMPLATE}\n\nSincerely,\nMaria Lopez\n- M. Lopez, 95818"
    assert personal_text(body, TEMPLATE_SET) is None
    with_own = f"Dear City Council,\n{PERSONAL}\n{TEMPLATE}\nBest,\nMaria Lopez"
    assert personal_text(with_own, TEMPLATE_SET) == PERSONAL


def test_paragraphs_keep_their_breaks() -> None:
    body = f"First thought of mine here.\n\n{TEMPLATE}\n\nSecond thought of mine. And a third one."
    assert personal_text(body, TEMPLATE_SET) == (
        "First thought of mine here.\n\nSecond thought of mine. And a third one."
    )


def test_representative_text_is_the_shared_template_in_order() -> None:
    text = representative_text(MEMBERS)
    assert text.splitlines() == [*TEMPLATE.splitlines(), CLOSER]


def test_representative_text_needs_three_people() -> None:
    two = [lines(10, 16), lines(28, 34)]
    assert representative_text(two) == ""
    assert representative_text([*two, lines(17, 22)]).splitlines() == [
        *TEMPLATE.splitlines(),
        CLOSER,
    ]
    # Three copies from one person are one person.
    assert representative_text([*two, lines(17, 22)], ["a", "b", "a"]) == ""


def test_representative_text_never_leaks_a_person() -> None:
    members = [
        f"Dear Council,\n{PERSONAL}\n{TEMPLATE}\nSincerely,\nMaria Lopez",
        f"Hello,\n{TEMPLATE}\nMy dog and I walk past City Hall every day.\nBest,\nJ. Smith",
        f"{TEMPLATE}\nRespectfully, Omar Haddad",
    ]
    text = representative_text(members)
    for leak in ("Maria", "Lopez", "Smith", "Omar", "lifelong", "dog", "Dear", "Sincerely"):
        assert leak not in text
    assert text.splitlines() == TEMPLATE.splitlines()


def test_representative_text_needs_a_real_share_of_the_people() -> None:
    family = "Our three children walk to Sutterville School on the same street every morning."
    members = [f"{TEMPLATE}\n{family}" if i < 3 else TEMPLATE for i in range(8)]
    text = representative_text(members)
    assert family not in text
    assert text.splitlines() == TEMPLATE.splitlines()


def test_a_sentence_sent_by_many_is_dropped_when_it_names_a_member() -> None:
    named = "Councilmember Oakenshield promised us this ordinance a year ago."
    members = [f"{TEMPLATE}\n{named}"] * 4
    identifiers = Identifiers.of(names=["Hope Oakenshield", "Ann Lee", "Bo Chen", "Cy Diaz"])
    assert named in representative_text(members)
    assert named not in representative_text(members, identifiers=identifiers)


@pytest.mark.parametrize("size", [3, 4, 10, 57, 300])
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_fill_in_lines_never_reach_the_representative_text(size: int, where: Where) -> None:
    members = campaign(size, where)
    bodies = [m.body for m in members]
    people = [m.email for m in members]
    identifiers = Identifiers.of(
        names=[m.name for m in members],
        emails=[m.email for m in members],
        postal_codes=[m.postal_code for m in members],
        addresses=[m.address for m in members],
    )
    for known in (identifiers, None):
        text = representative_text(bodies, people, known)
        assert text.splitlines() == FILL_IN_TEMPLATE
        for member in members:
            for detail in member.details:
                assert detail not in text
        assert "My name is" not in text and "I live at" not in text


def test_a_fill_in_line_sent_identically_by_many_is_still_dropped() -> None:
    line = fill_in_line("Abigail Aardvarkpii", "12 Alder Court")
    members = [f"{line} {TEMPLATE}" for _ in range(10)]
    assert representative_text(members).splitlines() == TEMPLATE.splitlines()


def test_representative_text_needs_three_members() -> None:
    assert representative_text([lines(28, 34)]) == ""


@pytest.mark.parametrize(
    "line",
    [
        "[ADD PERSONAL MESSAGE about why this matters to you]",
        "Copy This Text",
        "COPY AND PASTE THE FOLLOWING:",
        "<Your name>",
        "{insert your story here}",
        "Please personalize this letter before you send it.",
    ],
)
def test_placeholders_and_instruction_lines_are_not_personal(line: str) -> None:
    assert is_scaffolding(line)
    assert personal_text(f"{line}\n{TEMPLATE}\n{line}", TEMPLATE_SET) is None


@pytest.mark.parametrize(
    "line",
    [
        "(I have lived on this block since 1987.)",
        "Please copy the council clerk on your answer.",
        "[1] See the county's 2024 housing study.",
    ],
)
def test_a_senders_own_lines_are_not_scaffolding(line: str) -> None:
    assert not is_scaffolding(line)
    assert personal_text(f"{TEMPLATE}\n{line}", TEMPLATE_SET) == line


SHORT_FILL_IN = "My name is {name} and I live at {house}, a few blocks from the branch."
PEOPLE = [("Yusuf Vu", "2529 Quince Lane"), ("Carmen Lindqvist", "4737 Cottonwood Place"),
          ("Kwame Abernathy", "1182 Marigold Way"), ("Tomasz Okafor", "73 Harbor Loop"),
          ("Ines Halvorsen", "910 Juniper Row"), ("Dara Nakamura", "4 Ash Street")]  # fmt: skip


def _letter(n: int, at: int) -> str:
    name, house = PEOPLE[n % len(PEOPLE)]
    lines = list(FILL_IN_TEMPLATE)
    lines.insert(at, SHORT_FILL_IN.format(name=name, house=house))
    return "Dear Council,\n\n" + "\n\n".join(lines) + f"\n\nSincerely,\n{name}"


@pytest.mark.parametrize("at", [0, 3, 6])
def test_a_fill_in_line_is_the_campaigns_not_personal_text(at: int) -> None:
    """Each member completes "My name is ... and I live at ..." differently, so it is never the
    template word for word, nor a light edit of one copy when the line is short; its skeleton
    (names and numbers masked) is the campaign's, and it is no one's own words. A paragraph a
    member added stays personal."""
    bodies = [_letter(n, at) for n in range(5)]
    template = template_segments(bodies) | fill_in_skeletons(bodies)
    for body in bodies:
        assert personal_text(body, template) is None
    added = "My grandmother raised four children in the flat above the bakery on this street."
    newcomer = _letter(5, at).replace("\n\n", f"\n\n{added}\n\n", 1)
    assert personal_text(newcomer, template) == added


@pytest.mark.parametrize(
    "line",
    [
        "my name is rosa delgado and i live at 88 birch lane, a few blocks from the branch.",
        "My name is Rafael M. Lin and I live at 633 T Street, a few blocks from the branch.",
        "My name is Dara Nakamura and I live at 12 J Street, a few blocks from the branch.",
        "MY NAME IS ELENA H. MURPHY AND I LIVE AT 7 OLD MILL ROAD, A FEW BLOCKS FROM THE BRANCH.",
    ],
)
def test_a_fill_in_line_typed_loosely_is_still_the_campaigns(line: str) -> None:
    """In lower case, with a one-letter street or a middle initial, a sender's completion of the
    campaign's fill-in line leaves words its skeleton does not mask; it is still the campaign's
    line with the sender's details in its slots, not words the sender added."""
    bodies = [_letter(n, 3) for n in range(5)]
    template = template_segments(bodies) | fill_in_skeletons(bodies)
    body = _letter(0, 3).replace(SHORT_FILL_IN.format(name=PEOPLE[0][0], house=PEOPLE[0][1]), line)
    assert line in body
    assert personal_text(body, template) is None


@pytest.mark.parametrize(
    "line",
    [
        # personal data, but no completion of "my name is ... and i live at ...": the sender's own
        "I live at 5th and T Street with my kids, a few blocks from the branch.",
        "My name is on the petition because I live at 40 Elm Street and walk my kids to school.",
        # the line, but a slot holds far more than details: the sender wrote into it
        "My name is Rosa and I live at 88 Birch Lane with my husband, our three kids and my "
        "mother and her two old dogs, a few blocks from the branch.",
    ],
)
def test_a_senders_own_sentence_is_no_loose_fill_in(line: str) -> None:
    bodies = [_letter(n, 3) for n in range(5)]
    template = template_segments(bodies) | fill_in_skeletons(bodies)
    body = _letter(0, 3).replace("\n\nSincerely,", f"\n\n{line}\n\nSincerely,")
    assert personal_text(body, template) == line


def test_a_fill_in_skeleton_needs_members_and_personal_data() -> None:
    members = campaign(6, "start")
    bodies = [m.body for m in members]
    assert len(fill_in_skeletons(bodies)) == 1
    assert not fill_in_skeletons(bodies[:1] + [" ".join(FILL_IN_TEMPLATE)] * 5)
    plain = [
        " ".join(FILL_IN_TEMPLATE) + f" I have lived on Elm Street for {n} years." for n in range(6)
    ]
    assert not fill_in_skeletons(plain)  # a number, but no personal data: not a fill-in line


def test_a_sentence_in_the_campaigns_phrasing_is_not_personal_text() -> None:
    """The caller says which sentences are the campaign's phrasing (a spun copy's); the others,
    and only they, are the sender's own."""
    body = "Drivers race past the playground each morning.\n\nMy daughter was nearly hit on Elm."
    spun = "drivers race past the playground each morning"
    assert (
        personal_text(body, (), lambda norm: norm == spun) == "My daughter was nearly hit on Elm."
    )
    assert personal_text(body, ()) == body


def test_lines_that_name_a_member_who_joins_later_are_taken_out() -> None:
    text = "Please adopt the ordinance.\nOrganised by José García for our block.\nThank you."
    late = Identifiers.of(names=["Jose Garcia"])
    assert without_members(text, late) == "Please adopt the ordinance.\nThank you."
    assert without_members(text, Identifiers.of(names=["Hope Smith"])) == text
    assert without_members(text, Identifiers.of(emails=["garcia77@example.org"])) == text


@pytest.mark.parametrize("before", ["", "My grandmother raised four children above the bakery. "])
def test_a_greeting_pasted_on_the_line_of_the_fill_in_line_is_not_personal_text(
    before: str,
) -> None:
    """Senders paste the letter on one line: its greeting runs into the fill-in line ("Dear
    Council, My name is ... and I live at ..."), at the top or after a paragraph of their own on
    the same line. The greeting is still the letter's salutation and the fill-in line still the
    campaign's; only the sender's own paragraph is personal text."""
    bodies = [_letter(n, 0) for n in range(5)]
    template = template_segments(bodies) | fill_in_skeletons(bodies)
    name, house = PEOPLE[5]
    line = " ".join([SHORT_FILL_IN.format(name=name, house=house), *FILL_IN_TEMPLATE])
    glued = f"{before}Dear Council, {line} Sincerely,\n{name}"
    assert personal_text(glued, template) == (before.strip() or None)


FILL_IN_PHRASINGS = (
    "My name is {name} and I live at {house}.",
    "I am {name}, a resident of {house} for {years} years.",
    "Signed, {name} ({house}), living here for {years} years",
    "Full name: {name} | Street: {house} | Years in the city: {years}",
)


def test_a_fill_in_line_offered_in_several_phrasings_is_the_campaigns() -> None:
    """A campaign's tool may offer its fill-in line in several phrasings, none used by a majority
    of the members: each phrasing that several members complete with their own details is still
    the campaign's line, never personal text. A paragraph a member added stays theirs."""
    bodies = []
    for n in range(12):
        name, house = PEOPLE[n % len(PEOPLE)]
        line = FILL_IN_PHRASINGS[n % len(FILL_IN_PHRASINGS)]
        fill = line.format(name=name, house=house, years=3 + n)
        bodies.append("\n\n".join([*FILL_IN_TEMPLATE, fill]))
    template = template_segments(bodies, 3) | fill_in_skeletons(bodies, 3)
    for body in bodies:
        assert personal_text(body, template) is None
    added = "My grandmother raised four children in the flat above the bakery on this street."
    assert personal_text(f"{added}\n\n{bodies[0]}", template) == added


REWORDED = {
    FILL_IN_TEMPLATE[
        1
    ]: "Adopting the protections as written, with no staff amendments, is what we ask.",
}


def test_a_reworded_sentence_standing_in_for_the_templates_is_the_campaigns() -> None:
    """Issue 14: reworded template sentences are template. A rewording shares no words with the
    sentence it stands for, but the copies that send it lack that sentence; a paragraph members
    added comes with the whole letter and stays theirs, however many send it."""
    shared = "Our reading group has met in the branch every Tuesday for nineteen years."
    bodies = []
    for n in range(12):
        lines = list(FILL_IN_TEMPLATE)
        if n % 4 == 1:
            lines = [REWORDED.get(line, line) for line in lines]
        if n % 4 == 2:
            lines.append(shared)
        bodies.append("\n\n".join(lines))
    learned = reworded_sentences(bodies, 3)
    assert learned == {normalize(REWORDED[FILL_IN_TEMPLATE[1]])}
    template = template_segments(bodies, 3) | learned
    assert personal_text(bodies[1], template) is None
    assert personal_text(bodies[2], template) == shared
