"""A run-on sentence read in pieces: the campaign's words in it, and the sender's.

A voicemail transcribed by a machine that writes no full stops, a message dictated into a phone,
a letter pasted with its line breaks and stops lost: the whole comment is one "sentence" of a
hundred words or more. Read as a sentence it is either the campaign's (a light edit, or made of
its phrases) and the sender's own sentence inside it is lost, or it is the sender's and the
campaign's whole letter comes back as what they added. So a run-on sentence is read word by
word instead: a word is the campaign's when a word 3-shingle holding it is one of the campaign's
template phrases (sent by a real share of its members, :attr:`CampaignProfile.template_phrases`;
a sentence of their own two members happen to share is not), and the sender's own words are the
runs between.

Speech is read as spoken: a filler ("um", "uh") or a word said twice ("the the ferry") breaks
the campaign's phrases in one copy and not the next, so neither is looked at when the phrases
are read (both stay in the text returned, as the sender's words are returned as written). A
few words of the sender's between the campaign's (a name in "hi it's Ana Ruiz calling", a slip
of the transcriber, "fury" for "ferry") are the campaign's line filled in or misheard, not
something added; a few words of the campaign's inside the sender's own sentence ("the ferry
is", in "I use a wheelchair and the ferry is the one trip I can do by myself") are their words.

Pure: no Flask, no database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from intake.text.normalize import normalize, words

__all__ = [
    "FILLERS",
    "MIN_OWN_WORDS",
    "PHRASE_WORDS",
    "RUN_ON_WORDS",
    "PhraseTest",
    "own_spans",
    "phrase_share",
    "spoken_words",
    "unglued_span",
]

RUN_ON_WORDS = 60
"""Words from which a sentence is read as a run-on: a written sentence is rarely half as long."""

MIN_OWN_WORDS = 5
"""Words a run of the sender's must hold between the campaign's to be theirs: fewer is the
campaign's line filled in (a name) or misheard (a slip)."""

MIN_TEMPLATE_WORDS = 5
"""Words a run of the campaign's must hold between the sender's own to cut their sentence: fewer
is a phrase of the campaign's that the sender's sentence uses."""

FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "mm", "ehm", "euh"})
"""Hesitations a transcript writes as words (English, and the few other languages' alike)."""

PHRASE_WORDS = 3
"""Words of a phrase (the fingerprint scheme's word shingles)."""

PhraseTest = Callable[[Sequence[str]], bool]
"""Is this run of three normalised words one of the campaign's phrases?"""

_RAW = re.compile(r"\S+")


def spoken_words(tokens: Sequence[str]) -> list[int]:
    """Indexes of the words a reader of speech keeps: no filler, no word said twice over."""
    kept: list[int] = []
    for index, token in enumerate(tokens):
        if token in FILLERS or (kept and tokens[kept[-1]] == token):
            continue
        kept.append(index)
    return kept


def own_spans(text: str, is_phrase: PhraseTest, size: int = PHRASE_WORDS) -> list[tuple[int, int]]:
    """Character spans (in ``text``) of the sender's own runs in a run-on sentence: the runs of
    at least ``MIN_OWN_WORDS`` words that none of the campaign's phrases covers (see the module's
    docstring). Empty when the whole sentence is the campaign's."""
    raws, norms, owner = _read(text)
    kept = spoken_words(norms)
    covered = [False] * len(norms)
    for i in range(len(kept) - size + 1):
        window = kept[i : i + size]
        if is_phrase([norms[j] for j in window]):
            for j in window:
                covered[j] = True
    # A filler or a repeated word, and a raw token with no word (a dash), goes with what it
    # stands in: the word before it.
    ours: list[bool | None] = [None] * len(raws)
    for j in kept:
        ours[owner[j]] = bool(ours[owner[j]]) or covered[j]
    for at in range(len(raws)):
        if ours[at] is None:
            ours[at] = ours[at - 1] if at else True
    flags = [bool(flag) for flag in ours]
    _absorb(flags, own=True, shorter_than=MIN_OWN_WORDS)
    _absorb(flags, own=False, shorter_than=MIN_TEMPLATE_WORDS, inside_only=True)
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(flags):
        if flags[at]:
            at += 1
            continue
        end = at
        while end < len(flags) and not flags[end]:
            end += 1
        spans.append((raws[at].start(), raws[end - 1].end()))
        at = end
    return spans


def phrase_share(text: str, is_phrase: PhraseTest, size: int = PHRASE_WORDS) -> float:
    """Share of the text's phrases (its word 3-shingles, fillers and repeats skipped) that are the
    campaign's; 0.0 for a text under one phrase."""
    _raws, norms, _owner = _read(text)
    kept = [norms[j] for j in spoken_words(norms)]
    runs = [kept[i : i + size] for i in range(len(kept) - size + 1)]
    if not runs:
        return 0.0
    return sum(is_phrase(run) for run in runs) / len(runs)


def _read(text: str) -> tuple[list[re.Match[str]], list[str], list[int]]:
    """The text's raw tokens, its normalised words, and the raw token each word came from."""
    raws = list(_RAW.finditer(text))
    norms: list[str] = []
    owner: list[int] = []
    for at, raw in enumerate(raws):
        for word in words(normalize(raw.group())):
            norms.append(word)
            owner.append(at)
    return raws, norms, owner


GLUED_MIN_WORDS = 3
"""Words a template sentence must hold to be cut off the sender's words it is glued to: "Thank
you" or "Hi" opening a sentence of the sender's is how they opened it."""


def unglued_span(
    text: str, sentences: Collection[str], min_words: int = GLUED_MIN_WORDS, heads: bool = True
) -> tuple[int, int] | None:
    """The span (in ``text``) of what is left of a sentence once the whole template sentences
    glued to its ends are cut off, or None when none opens or closes it.

    A text message has no line breaks, a sender types their line straight after the letter's
    sign-off ("-Eastside Neighbors I voted for you") or before its first sentence ("nobody
    asked us Council: vote no on item 3, ..."), so the two are one sentence: neither the
    template's (word for word, or a light edit when the sender's part is short) nor wholly the
    sender's. ``sentences``: the template's sentences, normalised; each end is cut as long as a
    whole one of ``min_words`` or more words opens or closes what is left (only closes, without
    ``heads``)."""
    raws, norms, owner = _read(text)
    first, last = 0, len(norms)
    longest = max((len(s.split()) for s in sentences), default=0)
    while True:
        head = heads and _glued(norms, first, last, sentences, (min_words, longest), opening=True)
        tail = _glued(norms, first + head, last, sentences, (min_words, longest), opening=False)
        if not head and not tail:
            break
        first, last = first + head, last - tail
    if first == 0 and last == len(norms):
        return None
    if first >= last:
        return (0, 0)
    return raws[owner[first]].start(), raws[owner[last - 1]].end()


def _glued(
    norms: Sequence[str],
    first: int,
    last: int,
    sentences: Collection[str],
    lengths: tuple[int, int],
    opening: bool,
) -> int:
    """Words of the longest whole template sentence (of ``lengths``: fewest and most words) that
    opens (or closes) ``norms[first:last]`` and leaves a word of it, or 0."""
    fewest, longest = lengths
    most = min(longest, last - first - 1)
    for n in range(most, fewest - 1, -1):
        piece = norms[first : first + n] if opening else norms[last - n : last]
        if " ".join(piece) in sentences:
            return n
    return 0


def _absorb(flags: list[bool], own: bool, shorter_than: int, inside_only: bool = False) -> None:
    """Flip the runs of ``own`` words (False: the sender's; True: the campaign's) shorter than
    ``shorter_than`` to the other side; ``inside_only``: only runs with the other side on both
    ends (a phrase of the campaign's at a sentence's start or end is not inside the sender's)."""
    value = not own
    at = 0
    while at < len(flags):
        if flags[at] != value:
            at += 1
            continue
        end = at
        while end < len(flags) and flags[end] == value:
            end += 1
        inside = at > 0 and end < len(flags)
        if end - at < shorter_than and (inside or not inside_only):
            flags[at:end] = [not value] * (end - at)
        at = end
