"""What a campaign says, and what each sender added to it.

Council staff read thousands of copies of one letter; what they need is the
letter once (`representative_text`) and, for each copy, only what the sender
wrote themselves (`personal_text`). Both work on sentences: a sentence counts
as the campaign's when it is the same as, or a light edit of, one that most
members share ("Moving forward" versus "Moving forwards", a word swapped). A
genuinely new sentence is the sender's own. Salutations and sign-offs belong
to neither -- they are boilerplate and they carry the sender's name -- so they
never appear in either output. The representative text is shown publicly,
which is why it only ever contains sentences that at least three people, and
half of the members sampled, sent word for word, and none that carries
anyone's personal data (see intake.text.personal_data).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from intake.text.frame import LetterFrame, is_field_line
from intake.text.identifying import identifies_someone
from intake.text.identifying_extra import identifies_in_public
from intake.text.normalize import (
    LETTER_BULLET,
    Segment,
    as_displayed,
    is_greeting,
    is_salutation,
    normalize,
    segments,
    words,
)
from intake.text.personal_data import Identifiers, carries_personal_data, names_member
from intake.text.run_on import (
    GLUED_MIN_WORDS,
    RUN_ON_WORDS,
    PhraseTest,
    own_spans,
    phrase_share,
    unglued_span,
)
from intake.text.scaffolding import is_scaffolding
from intake.text.tool_lines import SHAPE_MARK, is_tool_line

__all__ = [
    "fill_in_skeletons",
    "is_scaffolding",
    "one_body_per_person",
    "personal_text",
    "representative_text",
    "reworded_sentences",
    "template_segments",
    "unfilled_pieces",
]

MIN_PEOPLE = 3
"""Distinct people who must send a sentence word for word before it can be shown publicly."""
REPRESENTATIVE_SHARE = 0.5
"""...and the share of the sampled members' people who must send it."""

LIGHT_EDIT_JACCARD = 0.5
"""Word-bigram Jaccard at or above which two sentences are one sentence, edited."""
_MIN_FUZZY_WORDS = 4


@lru_cache(maxsize=8192)  # a campaign's template sentences are compared with every copy's
def _bigrams(norm: str) -> frozenset[str]:
    toks = words(norm)
    if len(toks) < 2:
        return frozenset(toks)
    return frozenset(f"{a} {b}" for a, b in pairwise(toks))


@lru_cache(maxsize=64)  # a campaign's template is asked about by every member
def _sentence_set(norms: frozenset[str]) -> _SentenceSet:
    return _SentenceSet(norms, slips=True)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= LIGHT_EDIT_JACCARD


class _SentenceSet:
    """Normalized sentences, matched exactly or as light edits."""

    def __init__(self, norms: Collection[str], slips: bool = False) -> None:
        """``slips``: a sentence that is a template sentence but for a transcriber's one-letter
        slips (:func:`_slipped`) is in the set too."""
        self._exact = set(norms)
        self._fuzzy = [_bigrams(n) for n in self._exact if len(words(n)) >= _MIN_FUZZY_WORDS]
        self._by_length: dict[int, list[list[str]]] = {}
        if slips:
            for norm in self._exact:
                toks = words(norm)
                if len(toks) >= _MIN_SLIP_WORDS:
                    self._by_length.setdefault(len(toks), []).append(toks)

    def __contains__(self, norm: object) -> bool:
        if not isinstance(norm, str):
            return False
        if norm in self._exact:
            return True
        toks = words(norm)
        if len(toks) >= _MIN_FUZZY_WORDS:
            grams = _bigrams(norm)
            if any(_similar(grams, other) for other in self._fuzzy):
                return True
        return any(_slipped(toks, other) for other in self._by_length.get(len(toks), ()))


_MIN_SLIP_WORDS = 3
_SLIP_EXACT_SHARE = 0.5


def _slipped(toks: Sequence[str], other: Sequence[str]) -> bool:
    """The same sentence but for one-letter slips: word by word equal, or (in at most half the
    words) a word misread by a scanner or a transcriber by a letter ("fcrry", "ha1ves", "Inlct";
    two letters in a word of six or more, "moming" for "morning"). A wrapped postcard's lines are
    each a few words, too few for a light edit's bigrams to forgive one misread word."""
    equal = sum(a == b for a, b in zip(toks, other, strict=True))
    if equal == len(toks) or equal < _SLIP_EXACT_SHARE * len(toks):
        return False
    return all(a == b or _one_slip(a, b) for a, b in zip(toks, other, strict=True))


def _one_slip(a: str, b: str) -> bool:
    longest = max(len(a), len(b))
    if longest < 3 or a.isdigit() or b.isdigit():
        return False
    return _distance(a, b, 1 if longest <= 5 else 2)


def _distance(a: str, b: str, most: int) -> bool:
    """Is the edit distance between ``a`` and ``b`` at most ``most``?"""
    return Levenshtein.distance(a, b, score_cutoff=most) <= most


PhrasingTest = Callable[[str | tuple[str, ...]], bool]
"""Is a sentence the campaign's phrasing? Given a normalised sentence, or the normalised pieces
of a fill-in line between its slots (:func:`unfilled_pieces`)."""


def personal_text(
    body: str,
    template_norm_segments: Collection[str],
    campaign_phrasing: PhrasingTest | None = None,
    campaign_phrases: PhraseTest | None = None,
) -> str | None:
    """The sender's own words: content sentences that are not the campaign's.

    ``campaign_phrasing`` says a sentence is the campaign's although it is no template sentence
    nor a light edit of one: a spun mail-merge copy assembles each sentence from the campaign's
    alternative phrasings, so it matches no sentence word for word; its fill-in line ("my name
    is ..., of ..., and I support Item 9.") is spun too, so no skeleton is shared by a majority,
    and is read around its slots (:func:`_phrased`). ``campaign_phrases`` (is a run of three
    words one of the campaign's phrases?) reads a run-on sentence, a transcript without full
    stops, word by word (:mod:`intake.text.run_on`).
    Returned as written (original characters), in order; sentences of one
    line are joined as in the original, separate lines by the original line
    break (blank line kept). None when nothing of the sender's own remains.
    """
    body = as_displayed(body)  # the spans of segments() index this
    template = _sentence_set(frozenset(template_norm_segments))
    skeletons = frozenset(n for n in template_norm_segments if n.startswith(SKELETON_MARK))
    shapes = frozenset(n for n in template_norm_segments if n.startswith(SHAPE_MARK))
    every = segments(body)
    frame = LetterFrame(every)
    at = [i for i, seg in enumerate(every) if seg.is_content]
    content = [every[i] for i in at]

    def their_own(seg: Segment) -> bool:
        return (
            seg.norm not in template
            and not is_scaffolding(seg.text)
            and not (skeletons and _fills_skeleton(seg.text, skeletons))
            and not (shapes and _tool_line(seg.text, shapes))
            and not (campaign_phrasing is not None and _phrased(seg, campaign_phrasing))
            and not _led_template(seg, template)
        )

    theirs = [their_own(seg) and not frame.holds(i) for i, seg in zip(at, content, strict=True)]
    for group in _wrapped(body, content):
        joined = normalize(" ".join(content[i].text for i in group))
        if joined in template or (campaign_phrasing is not None and campaign_phrasing(joined)):
            for i in group:
                theirs[i] = False
    # A greeting split off the sentence it opened goes with that sentence: the letter's
    # greeting pasted after the sender's paragraph on one line is the letter's. So does a list's
    # marker ("1.", "b)") that the sentence splitter cut off the item it numbers.
    for i in range(len(content) - 2, -1, -1):
        if content[i + 1].paragraph == content[i].paragraph and (
            is_greeting(content[i].text) or _LIST_NUMBER.fullmatch(content[i].text.strip())
        ):
            theirs[i] = theirs[i + 1]
    whole = _whole_sentences(frozenset(template_norm_segments))
    kept: list[Segment] = []
    for i, seg, mine in zip(at, content, theirs, strict=True):
        if campaign_phrases is not None and _run_on(seg) and not frame.holds(i):
            kept.extend(_pieces(seg, campaign_phrases))
        elif mine:
            rest = _unglued(seg, whole, least=1)
            kept.extend(rest if rest == [seg] else _left_own(rest, their_own))
        elif seg.norm not in whole and not frame.holds(i) and not is_scaffolding(seg.text):
            # Read as the template's (a light edit, the campaign's phrasing): the sender's line
            # glued to a template sentence may be what made it one.
            kept.extend(_left_own(_unglued_edit(seg, whole, campaign_phrases), their_own))
    own = [unmarked for seg in kept if (unmarked := _without_postscript_mark(seg)) is not None]
    if not own:
        return None
    return _stitch(body, own)


MIN_GLUED_OWN_WORDS = 5
"""Words the sender's part of a light edit must hold, once the template sentence glued to it is
cut off, to be theirs: fewer is the sentence edited ("Please, please fund it now")."""
GLUED_EDIT_WORDS = 8
"""Words a template sentence glued to the sender's words in a light edit must hold: a short one
("I live in Eastfield") opens a line of the letter's that its senders word each their way ("I
live in Eastfield and I'd rather not give my name"), and the edit is the template's."""


# A text-message gateway's part marker before a part's first words: "(1/3)", "[2 of 3]",
# "1/3 " (an SMS of more than 160 characters is sent in parts, each marked).
_PART_MARK = re.compile(
    r"^\s*(?:[\[(]\s*\d{1,2}\s*(?:/|of)\s*\d{1,2}\s*[\])]|\d{1,2}/\d{1,2}(?=\s|$))\s*"
)
_PART_MARK_NORM = re.compile(r"^\d{1,2} (?:of )?\d{1,2} ")


@lru_cache(maxsize=64)  # a campaign's template is asked about by every member
def _whole_sentences(norms: frozenset[str]) -> frozenset[str]:
    """The template's sentences of ``GLUED_MIN_WORDS`` or more words, also without the part
    marker a text-message gateway set before one of them ("1 of 3 council vote no ...")."""
    out: set[str] = set()
    for norm in norms:
        if norm.startswith((SKELETON_MARK, SHAPE_MARK)):
            continue
        for variant in (norm, _PART_MARK_NORM.sub("", norm)):
            if len(words(variant)) >= GLUED_MIN_WORDS:
                out.add(variant)
    return frozenset(out)


def _unglued(
    seg: Segment, whole: frozenset[str], least: int, glued: int = GLUED_MIN_WORDS
) -> list[Segment]:
    """The sentence without the whole template sentences glued to its ends
    (:func:`intake.text.run_on.unglued_span`); the sentence itself when none is, or (in a light
    edit, ``least`` > 1) when what is left is under ``least`` words: a light edit is the
    template's, so then nothing. In a light edit only a template sentence that closes it is
    cut: words before it are a lead of the sender's, words after its opening the sentence's
    own ending reworded (an edit, the template's)."""
    span = unglued_span(seg.text, whole, glued, heads=least <= 1) if whole else None
    if span is None:
        return [seg] if least <= 1 else []
    a, b = span
    text = seg.text[a:b]
    if len(words(normalize(text))) < least:
        return []
    return [replace(seg, start=seg.start + a, end=seg.start + b, text=text, norm=normalize(text))]


def _left_own(rest: list[Segment], own: Callable[[Segment], bool]) -> list[Segment]:
    """What is left of a sentence once a template sentence is cut off it, read as any sentence
    is (a fill-in line, a tool's line, the template's words are not the sender's), and not a
    salutation ("To the Eastfield Council:" pasted on the letter's first sentence) nor a form's
    fields ("Full name: ... | Street: ... | Years in the city: 26" glued to the letter's last
    sentence)."""
    return [r for r in rest if own(r) and not is_salutation(r.text) and not is_field_line(r.text)]


def _unglued_edit(
    seg: Segment, whole: frozenset[str], campaign_phrases: PhraseTest | None
) -> list[Segment]:
    """What the sender glued to a long template sentence in a sentence read as the template's:
    at least ``MIN_GLUED_OWN_WORDS`` words left, and not themselves the campaign's (under half
    their phrases its template phrases: a chat tool's "Eastside Watch (Dec 9, 8:41 PM):" before
    each of the letter's sentences is in every copy, with its own time)."""
    if campaign_phrases is None or _led_template(seg, _sentence_set(whole)):
        return []
    rest = _unglued(seg, whole, least=MIN_GLUED_OWN_WORDS, glued=GLUED_EDIT_WORDS)
    return [r for r in rest if phrase_share(r.text, campaign_phrases) < GLUED_OWN_PHRASE_SHARE]


GLUED_OWN_PHRASE_SHARE = 0.5
"""Share of its phrases at which what is glued to a template sentence is the campaign's too."""


def _run_on(seg: Segment) -> bool:
    return len(words(seg.norm)) >= RUN_ON_WORDS and not is_scaffolding(seg.text)


def _pieces(seg: Segment, campaign_phrases: PhraseTest) -> list[Segment]:
    """The sender's own runs of a run-on sentence, each as a segment of its own."""
    return [
        replace(seg, start=seg.start + a, end=seg.start + b, text=seg.text[a:b])
        for a, b in own_spans(seg.text, campaign_phrases)
    ]


def _tool_line(sentence: str, shapes: frozenset[str]) -> bool:
    """A line the campaign's sending tool stamps on its copies with their own values (a
    signature's ID, a gateway's "Received: ..." line): :mod:`intake.text.tool_lines`."""
    return is_tool_line(sentence, shapes)


# A postscript's mark before the sender's words: "P.S. ", "P.S.: ", "PS: ", "ps - ".
_POSTSCRIPT_MARK = re.compile(
    r"(?i)^\s*(?:p\.\s?s\.?(?:\s*[:\-\u2013\u2014])?|ps\s*[:\-\u2013\u2014])\s*"
)


# A petition platform's or comment form's label before what the signer typed into its box:
# "Reason for signing:", "Why I signed:", "Why are you signing?:", "Additional comments:",
# "Personal message:". The platform wrote the label; the sender wrote what follows it.
_FORM_LABEL = re.compile(
    r"(?i)^\s*(?:(?:my\s+|the\s+)?reasons?\s+for\s+signing"
    r"|why\s+(?:i(?:'m|’m|\s+am)?\s+)?sign(?:ed|ing)(?:\s+this)?"
    r"|why\s+are\s+you\s+signing\??"
    r"|(?:additional|personal|your)\s+(?:comments?|message|note))\s*:\s*"
)


def _without_postscript_mark(seg: Segment) -> Segment | None:
    """The sender's sentence without the ``P.S.`` that marks it a postscript, or the form's
    label ("Reason for signing:") that a petition platform set before it: the mark and the label
    are the mail's or the platform's form, not their words (the sender wrote the sentence after
    it), nor is a list's bullet that a mail program wrote as a letter ("o  Add benches ...").
    None when the segment is the mark alone (the sentence splitter cut "P.S." off the sentence
    it opens)."""
    mark = (
        _POSTSCRIPT_MARK.match(seg.text)
        or _FORM_LABEL.match(seg.text)
        or LETTER_BULLET.match(seg.text)
        or _PART_MARK.match(seg.text)
    )
    if mark is None:
        return seg
    if mark.end() >= len(seg.text.rstrip()):
        return None
    return replace(seg, start=seg.start + mark.end(), text=seg.text[mark.end() :])


# A list item's number or letter, cut off as a sentence of its own: "1.", "12.", "b)", "iv."
_LIST_NUMBER = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]")
# A short lead set apart by a comma: "Hola Concejo, ...", "Kính gửi Hội đồng, ...".
_LEAD = re.compile(r"^[^,;:.!?]{1,60}?,\s+(?=\S)")
_LEAD_MAX_WORDS = 6


def _led_template(seg: Segment, template: _SentenceSet) -> bool:
    """A template sentence behind a short lead the sender put before it with a comma: a greeting
    in their own language glued on the letter's first sentence ("Hola Concejo, I am writing to
    ask ..."), a "Honestly," or "As a renter," of their own. The lead frames the campaign's
    sentence; it says nothing the sentence does not."""
    lead = _LEAD.match(seg.text)
    if lead is None or len(lead.group().split()) > _LEAD_MAX_WORDS:
        return False
    rest = normalize(seg.text[lead.end() :])
    return len(words(rest)) >= _MIN_FUZZY_WORDS and rest in template


_SENTENCE_ENDS = (".", "!", "?", ":", ";", "\u3002", "\uff01", "\uff1f")
# What may close a sentence after its full stop: "(The stop at Fenwick is where my kid waits.)"
_CLOSERS = ")]}\"'\u201d\u2019\u00bb"


def _wrapped(body: str, content: Sequence[Segment]) -> list[list[int]]:
    """Sentences a mail program broke over lines (a plain-text message wrapped at 72 columns):
    runs of content segments where each ends its line without ending a sentence and the next
    opens the next line, no blank line between, without a capital (a petition's line without
    its full stop and the sender's sentence under it are two). Each piece alone is no sentence
    of the template's ("corridor."); joined, it is."""
    groups: list[list[int]] = []
    for i in range(len(content) - 1):
        seg, nxt = content[i], content[i + 1]
        if (
            nxt.paragraph != seg.paragraph + 1
            or seg.text.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)
            or body[seg.end : nxt.start].count("\n") != 1
            or nxt.text.lstrip()[:1].isupper()
            or LETTER_BULLET.match(nxt.text)
        ):
            continue
        if groups and groups[-1][-1] == i:
            groups[-1].append(i + 1)
        else:
            groups.append([i, i + 1])
    return groups


def _phrased(seg: Segment, campaign_phrasing: PhrasingTest) -> bool:
    """The campaign's phrasing, as a sentence or as a fill-in line: a sentence that carries
    personal data is also read without its slots (the sender's name and address are theirs to
    fill in, the words around them the campaign's)."""
    if campaign_phrasing(seg.norm):
        return True
    pieces = unfilled_pieces(seg.text)
    # The phrase test first: it is the cheaper, and most sentences fail it.
    return bool(pieces) and campaign_phrasing(pieces) and carries_personal_data(seg.text)


def unfilled_pieces(sentence: str) -> tuple[str, ...]:
    """The normalised runs of a sentence between its filled-in slots (the words :func:`_skeleton`
    masks: every word holding a digit and every capitalised word after the first): "I'm Gideon
    Brackenridge, of 1939 Pell Hill Crescent, asking you to approve the plan." -> ("i'm", "of",
    "asking you to approve the plan"); () when it has no slot (nothing to read around)."""
    pieces: list[str] = []
    run_start: int | None = None
    run_end = 0
    slots = 0
    for index, match in enumerate(_TOKEN.finditer(sentence)):
        token = match.group()
        if _is_filled(index, token):
            slots += 1
            if run_start is not None:
                pieces.append(normalize(sentence[run_start:run_end]))
                run_start = None
            continue
        if run_start is None:
            run_start = match.start()
        run_end = match.end()
    if not slots:
        return ()
    if run_start is not None:
        pieces.append(normalize(sentence[run_start:run_end]))
    return tuple(piece for piece in pieces if piece)


def _is_filled(index: int, token: str) -> bool:
    if index > 0 and len(token) > 1 and token[0].isupper():
        return True
    return not token.isalpha() and any(ch.isdigit() for ch in token)


SKELETON_MARK = "\u2063fill-in: "
"""Prefix of a fill-in line's skeleton among a campaign's template sentences (an invisible
separator, which normalised text never holds), so it can never equal a real sentence."""
_SLOT = "\u2026"
_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def _skeleton(sentence: str) -> str:
    """A sentence with its filled-in slots masked: every word holding a digit and every
    capitalised word after the first ("My name is Yusuf Vu and I live at 2529 Quince Lane" ->
    "my name is … and i live at …"), runs of slots joined into one."""
    out: list[str] = []
    for index, token in enumerate(_TOKEN.findall(sentence)):
        if _is_filled(index, token):
            if not out or out[-1] != _SLOT:
                out.append(_SLOT)
        else:
            out.append(token.casefold())
    return SKELETON_MARK + " ".join(out)


_SLOT_MAX_WORDS = 6
"""Words one slot of a fill-in line may hold when its line is read loosely: a name with initials
("Rafael M. Lin"), a house and street ("12 Old Mill Road"), a ZIP."""
_MIN_SKELETON_WORDS = 3
_MAX_LOOSE_WORDS = 80


def _fills_skeleton(sentence: str, skeletons: frozenset[str]) -> bool:
    """Is ``sentence`` the campaign's fill-in line, completed by this sender?

    Word for word its skeleton first. Failing that, read loosely: a sender who types the line in
    lower case ("i'm raj huang, and ..."), gives a one-letter street ("633 T Street") or a middle
    initial ("Rafael M. Lin") leaves words the skeleton does not mask, so the line counts when
    it carries personal data, as every fill-in line does, and its words are the skeleton's in
    order with each slot holding one to ``_SLOT_MAX_WORDS`` words. "I live at 5th and T Street
    with my kids" is no completion of "my name is ... and i live at ...": it stays the sender's.
    """
    if _skeleton(sentence) in skeletons:
        return True
    tokens = [t.casefold() for t in _TOKEN.findall(sentence)]
    if len(tokens) > _MAX_LOOSE_WORDS or not carries_personal_data(sentence):
        return False
    joined = " ".join(tokens)
    return any(
        pattern is not None and pattern.fullmatch(joined) is not None
        for pattern in map(_loose_skeleton, skeletons)
    )


@lru_cache(maxsize=256)  # a campaign's few skeletons are asked about by every member
def _loose_skeleton(skeleton: str) -> re.Pattern[str] | None:
    """The skeleton as a pattern over casefolded words joined by spaces; None when too few of its
    words are the line's own (a skeleton of slots alone would fit anything with personal data)."""
    parts = skeleton.removeprefix(SKELETON_MARK).split(" ")
    if sum(part != _SLOT for part in parts) < _MIN_SKELETON_WORDS:
        return None
    slot = rf"\S+(?: \S+){{0,{_SLOT_MAX_WORDS - 1}}}"
    return re.compile(" ".join(slot if part == _SLOT else re.escape(part) for part in parts))


def fill_in_skeletons(member_bodies: Sequence[str], min_members: int = 2) -> frozenset[str]:
    """Skeletons of the campaign's fill-in lines: a sentence that carries personal data ("My name
    is ... and I live at ...") and that, its names and numbers masked, at least ``min_members``
    members send. Each sender completes it differently, so it is never word for word the
    template, yet it is the campaign's line, not the sender's own words: it is never personal
    text (and, carrying personal data, never representative text either).

    No majority is asked: a campaign's tool may offer its fill-in line in several phrasings
    ("My name is ... and I live at ...", "Name: ... Address: ...", "I am ..., a resident of ...
    for ... years"), each used by a share of the members, as a mail-merge offers alternative
    sentences (``recurring_norms``). A line that several members each complete with their own
    details is a form's line whatever share of them use it; a sender's own sentence carrying
    their address is theirs alone, and no other member's masks to the same words."""
    counts: Counter[str] = Counter()
    for body in member_bodies:
        counts.update(
            {
                _skeleton(seg.text)
                for seg in segments(body)
                if seg.is_content and carries_personal_data(seg.text)
            }
        )
    return frozenset(s for s, n in counts.items() if n >= min_members)


def _stitch(body: str, segs: Sequence[Segment]) -> str:
    parts = [segs[0].text]
    for prev, seg in pairwise(segs):
        gap = body[prev.end : seg.start]
        if seg.paragraph == prev.paragraph and not gap.strip():
            parts.append(gap + seg.text)
        else:
            parts.append(("\n\n" if _blank_line(body, prev.end, seg.start) else "\n") + seg.text)
    return "".join(parts)


def _blank_line(body: str, start: int, end: int) -> bool:
    gap = body[start:end].replace("\r\n", "\n").replace("\r", "\n")
    return "\n\n" in gap.replace(" ", "").replace("\t", "")


# --------------------------------------------------------------------------- shared sentences


@dataclass
class _Cluster:
    """One template sentence and its variants across members."""

    grams: frozenset[str]
    variants: Counter[str] = field(default_factory=Counter)
    originals: dict[str, Counter[str]] = field(default_factory=dict)
    members: set[int] = field(default_factory=set)
    positions: list[float] = field(default_factory=list)

    def add(self, member: int, seg: Segment, position: float) -> None:
        self.variants[seg.norm] += 1
        self.originals.setdefault(seg.norm, Counter())[seg.text.strip()] += 1
        self.members.add(member)
        self.positions.append(position)

    @property
    def wording(self) -> str:
        norm = _most_common(self.variants)
        return _most_common(self.originals[norm])

    @property
    def order(self) -> float:
        return sum(self.positions) / len(self.positions)


def _most_common(counter: Counter[str]) -> str:
    # Ties broken by the text itself so the output never depends on arrival order.
    return min(counter.items(), key=lambda item: (-item[1], item[0]))[0]


def _find(clusters: list[_Cluster], seg: Segment, grams: frozenset[str]) -> _Cluster | None:
    for cluster in clusters:
        if seg.norm in cluster.variants:
            return cluster
    if len(words(seg.norm)) < _MIN_FUZZY_WORDS:
        return None
    return next((c for c in clusters if _similar(grams, c.grams)), None)


def _shared_clusters(member_bodies: Sequence[str], min_members: int = 2) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for member, body in enumerate(member_bodies):
        content = [seg for seg in segments(body) if seg.is_content]
        for index, seg in enumerate(content):
            grams = _bigrams(seg.norm)
            cluster = _find(clusters, seg, grams)
            if cluster is None:
                cluster = _Cluster(grams)
                clusters.append(cluster)
            if member not in cluster.members:
                cluster.add(member, seg, index / max(1, len(content) - 1))
    needed = max(min_members, math.ceil(len(member_bodies) / 2))
    shared = [c for c in clusters if len(c.members) >= needed]
    return sorted(shared, key=lambda c: c.order)


def one_body_per_person(bodies: Sequence[str], people: Sequence[str]) -> list[str]:
    """Each person's first body (``people[i]`` sent ``bodies[i]``), in order: what a campaign's
    template is learned from. A sender's second copy (a resubmission, which may even be among
    the comments that found the campaign) shares their own paragraph with their first, and two
    copies from one person are no two members sending a sentence."""
    firsts: dict[str, str] = {}
    for person, body in zip(people, bodies, strict=True):
        firsts.setdefault(person, body)
    return list(firsts.values())


def template_segments(member_bodies: Sequence[str], min_members: int = 2) -> frozenset[str]:
    """Normalized sentences (every variant) that a majority of members, and at least
    ``min_members`` of them, share."""
    return frozenset(
        norm for c in _shared_clusters(member_bodies, min_members) for norm in c.variants
    )


STAND_IN_SHARE = 0.75
"""Share of a recurring sentence's senders whose copy lacks one of the template's sentences, for
it to be a rewording of that sentence rather than a paragraph members added."""


def reworded_sentences(member_bodies: Sequence[str], min_members: int = 3) -> frozenset[str]:
    """Sentences (normalised) that stand in for one of the template's: a campaign offers its
    senders a reworded version of a sentence ("I urge you not to exempt people who own several
    properties." for "Please reject any exemption for owners of more than one property."), which
    shares no words with the original, so it is neither the template nor a light edit of it.

    Issue 14 calls reworded template sentences template. What tells one from a paragraph that
    members added (a sentence quoted from one member's story, a line a group passed round) is
    where it stands: a copy that sends a rewording lacks the sentence it rewords, while an added
    paragraph comes with the whole letter. So a sentence counts when at least ``min_members``
    members send it word for word and at least ``STAND_IN_SHARE`` of them lack one of the
    template's sentences (those a majority of members share, exactly or lightly edited).

    It must be one and the same sentence they lack: a rewording replaces the sentence it
    rewords. Where a campaign asks its senders to keep the demands they agree with, every copy
    lacks one or another, and a line several members added (a demand of their own, a "My cat
    was hit there in June.") comes with copies that lack different ones: it stands in for none
    (generated-twelfth's list of demands, session 15)."""
    clusters = _shared_clusters(member_bodies, min_members)
    if not clusters:
        return frozenset()
    template = _SentenceSet(frozenset(n for c in clusters for n in c.variants))
    senders: Counter[str] = Counter()
    lacking: dict[str, Counter[int]] = {}
    for body in member_bodies:
        norms = {seg.norm for seg in segments(body) if seg.is_content}
        own = {n for n in norms if len(words(n)) >= _MIN_FUZZY_WORDS and n not in template}
        if not own:
            continue
        senders.update(own)
        lacked = [index for index, cluster in enumerate(clusters) if not _holds(norms, cluster)]
        for norm in own:
            lacking.setdefault(norm, Counter()).update(lacked)
    return frozenset(
        norm
        for norm, lacked in lacking.items()
        if lacked
        and (n := max(lacked.values())) >= min_members
        and n >= STAND_IN_SHARE * senders[norm]
    )


def _holds(norms: Collection[str], cluster: _Cluster) -> bool:
    """Does a copy with these sentences send the cluster's sentence, exactly or lightly edited?"""
    if any(n in cluster.variants for n in norms):
        return True
    return any(
        len(words(n)) >= _MIN_FUZZY_WORDS and _similar(_bigrams(n), cluster.grams) for n in norms
    )


def representative_text(
    bodies: Sequence[str],
    people: Sequence[str] | None = None,
    identifiers: Identifiers | None = None,
    public: str = "",
) -> str:
    """The campaign's text as its members share it, one sentence per line. Shown publicly.

    A sentence is included only when at least ``MIN_PEOPLE`` distinct people (``people[i]`` says
    who sent ``bodies[i]``; by default every body is a different person), and at least
    ``REPRESENTATIVE_SHARE`` of the people in the sample, sent it word for word after
    normalisation, and it carries no personal data: nothing that looks like a name, street
    address, e-mail, phone number or postal code, and none of the members' own (``identifiers``).
    ``public`` is the agenda items' own text (titles, the body that hears them): a name it
    carries (the council member whose motion it is) is no member's, and may stay.
    Light edits are not merged here, so a fill-in line ("My name is ... and I live at ...") that
    every member completes differently never qualifies, however alike the copies are.
    """
    owners = list(people) if people is not None else [str(i) for i in range(len(bodies))]
    if len(owners) != len(bodies):
        raise ValueError("one person per body")
    senders: dict[str, set[str]] = {}
    wordings: dict[str, Counter[str]] = {}
    positions: dict[str, list[float]] = {}
    for body, person in zip(bodies, owners, strict=True):
        content = [seg for seg in segments(body) if seg.is_content]
        for index, seg in enumerate(content):
            senders.setdefault(seg.norm, set()).add(person)
            wordings.setdefault(seg.norm, Counter())[seg.text.strip()] += 1
            positions.setdefault(seg.norm, []).append(index / max(1, len(content) - 1))
    needed = max(MIN_PEOPLE, math.ceil(REPRESENTATIVE_SHARE * len(set(owners))))
    shared = [
        norm
        for norm, who in senders.items()
        if len(who) >= needed
        and not any(
            carries_personal_data(text, identifiers)
            or identifies_someone(text)
            or identifies_in_public(text, public)
            or is_scaffolding(text)
            for text in wordings[norm]
        )
    ]
    shared.sort(key=lambda norm: (sum(positions[norm]) / len(positions[norm]), norm))
    return "\n".join(_most_common(wordings[norm]) for norm in shared)


def without_members(text: str, identifiers: Identifiers) -> str:
    """A representative text (one sentence per line) without the lines that carry what these
    members gave about themselves: a campaign's public text was built from a sample of its
    members, and a member who joins later (a petition's organiser signing copy 100 of a letter
    that names them in every copy) must take their name out of it."""
    if not names_member(text, identifiers):
        return text  # no line can: the usual case, asked of the whole text at once
    lines = text.splitlines()
    kept = [line for line in lines if not names_member(line, identifiers)]
    return text if len(kept) == len(lines) else "\n".join(kept)
