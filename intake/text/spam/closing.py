"""Round 12: an advert's closing sentences sell; a resident's give a way to reach them.

Round 9 judged a comment by its closing sentences when the whole text spoke of the item: an
advert that opens like a resident ("I ride Alder every day ... Also I made $8,240 last month.
Check this site") puts its pitch last. Read on a set written apart (`spam-heldout-6`), the
same rule flagged residents and groups who close with how to reach them ("Call (555) 013-2200
or email clinic@example.org. Interpreters for Spanish and Haitian Creole available.", "Happy to
talk: 555-0126."): their closing lines are about something else than the item too -- about
the writer. What tells the two apart is not the subject but whether the closing lines *sell*:
every advert the rule caught on every set names a price, a sum, an offer, a call to action or
an advert word there; no resident's closing did (a bare figure is not a sum: a postal code). So:

* closing-sentence evidence counts only when those sentences sell (:func:`tail_sells`);
* and then a shorter closing can be judged (``SELLING_TAIL_MIN_TERMS`` content terms, not
  ``unrelated_min_terms``): "No credit card needed. Chat now:" after an opening that names the
  item's street is four terms. A resident's short closing ("Please exempt owner-occupied
  rooms.") sells nothing and is still not judged, which is why round 11 kept the longer floor.

The signal sits beside :mod:`intake.text.spam.unrelated` (it reuses its sentence split and the
relatedness terms) so the round-9/11 code stays as it is.
"""

from __future__ import annotations

from intake.text import relatedness
from intake.text.spam.evidence import Evidence
from intake.text.spam.links import Link
from intake.text.spam.offers import cta_evidence, price_evidence
from intake.text.spam.pitchwords import pitch_words
from intake.text.spam.pronouns import WRITER_OR_GROUP_RE
from intake.text.spam.sentences import sentences
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import money, without_asks_to_hire_local
from intake.text.spam.unrelated import (
    closing_sentences,
    links_away,
    unrelated_tail,
    written_apart,
)
from intake.text.spam.verdict import closes_with_a_side

#: What :func:`intake.text.spam.unrelated._tail_evidence` writes in its reason.
CLOSING_MARK = "of its closing sentences"
#: Content terms a selling closing needs to be judged (round 9's floor is six for any closing).
SELLING_TAIL_MIN_TERMS = 4


def closing(prose: str) -> str | None:
    """The closing sentences round 9 judges: the last one of two, the last two of more."""
    return closing_sentences(prose, 2)


#: Session 16: a question in the first person ("Will I have to ...?", "Est-ce que je devrai la
#: franciser ?"; "¿Podemos ...?" is not read: the pronoun is): the writer asks the city about
#: their own case. An advert's questions are put to the reader ("Got a ticket?", "Worried about
#: your water?"); none of those the closing rule caught on the spent sets asked in the first
#: person.
_QUESTION_MARKS = ("?", "？", "؟")


def asks_in_first_person(prose: str) -> bool:
    """Session 16: the text asks a question about the writer's own case (a sentence ending in a
    question mark that holds a first-person pronoun): a resident asking staff, whose closing
    ("I need a clear answer before I invest.") is not an advert's, whatever its words."""
    if not any(mark in prose for mark in _QUESTION_MARKS):
        return False
    # Split, then look: a pattern that scans for a question from every position is quadratic
    # on a long text without one.
    questions = (p for p in sentences(prose) if p.rstrip().endswith(_QUESTION_MARKS))
    return any(WRITER_OR_GROUP_RE.search(q) for q in questions)


def tail_sells(tail: str, s: SpamSettings) -> bool:
    """The closing names a price, a sum of money, a call to action or an advert word. (Not a
    bare figure: a signature's postal code or "our survey of 212 households" sells nothing.)
    Session 18 (residents18b): nor is "hire" in a plea that whoever gets the contract hire
    local shops an advert word: the writer asks the decision-maker, not the reader."""
    offered = pitch_words(without_asks_to_hire_local(tail))
    return bool(price_evidence(tail, s) or cta_evidence(tail, s) or money(tail) or offered)


def closing_evidence(
    prose: str,
    unrelated: list[Evidence],
    contacts: list[Evidence],
    links: list[Link],
    context: tuple[str, ...] | None,
    s: SpamSettings,
    outright: bool = False,
    hidden: bool = False,
) -> list[Evidence]:
    """``unrelated`` with closing-sentence evidence kept only when the closing sells, or, when
    nothing was found and the closing sells, a shorter closing judged the same way."""
    if context is None:
        return unrelated
    # Session 16: a text that ends by taking a side on the item, linking nowhere and selling
    # nothing outright (verdict.py), or that asks staff a question of its own, is a resident's.
    sided = not (outright or hidden or links) and closes_with_a_side(prose)
    residents = sided or asks_in_first_person(prose)
    if any(CLOSING_MARK in e.detail for e in unrelated):
        tail = closing(prose)
        if tail is not None and tail_sells(tail, s) and not residents:
            return unrelated
        return [e for e in unrelated if CLOSING_MARK not in e.detail]
    if unrelated or not contacts or residents:
        return unrelated
    tail = closing(prose)
    if tail is None or not tail_sells(tail, s):
        return unrelated
    terms = relatedness.content_terms(tail)
    if len(terms) < SELLING_TAIL_MIN_TERMS:
        return unrelated
    if not outright and written_apart(prose, context):
        return unrelated
    known = relatedness.context_terms(context)
    if len(known) < s.unrelated_min_context_terms:
        return unrelated
    linked = links_away(links, hidden, s)
    return unrelated_tail(tail, terms, known, context, linked, s, "selling closing sentence(s)")
