"""A campaign's bounded profile and its blob encoding (stored on the campaign row).

Comments are matched against a profile, never against the campaign's members, so its size (and
the cost of a match) is bounded whatever the member count. How a profile learns from a new
member is :mod:`intake.text.matching.learning`; this module is the value and its bytes.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import MappingProxyType

import numpy as np
from numpy.typing import NDArray

from intake.text.fingerprint import DEFAULT_SCHEME, FingerprintScheme, Signature, band_keys_of
from intake.text.matching.thresholds import DEFAULT_THRESHOLDS

_NO_HASHES: NDArray[np.uint32] = np.zeros(0, dtype=np.uint32)
_NO_COUNTS: NDArray[np.uint16] = np.zeros(0, dtype=np.uint16)

TEMPLATE_PHRASE_MEMBERS = 3
"""Members who must have sent a phrase before it is the campaign's template phrasing (and never
fewer than ``TEMPLATE_PHRASE_SHARE`` of the members counted): see
:attr:`CampaignProfile.template_phrases`."""
TEMPLATE_PHRASE_SHARE = 0.1
"""Share of the members counted who must have sent a phrase for it to be the template's."""

LETTER_PHRASE_SHARE = 0.5
"""Share of the members counted who must have sent a phrase for it to be the template's in a
campaign that is not spun: a letter of whole sentences, which half its members or more send."""
FIXED_SENTENCE_SHARE = 0.2
"""Share of the members who must have sent a sentence word for word for it to be one of the
letter's fixed sentences (:attr:`CampaignProfile.fixed_sentences`): a letter revised halfway
keeps its first version's sentences in well over a fifth of its copies."""
SPUN_SHARED_SHARE = 0.8
"""Share of a campaign's letter below which the sentences most members send word for word leave
it a spun campaign (:attr:`CampaignProfile.spun`)."""


@dataclass(frozen=True, eq=False)
class CampaignProfile:
    """Bounded summary of a campaign, stored as one blob on the campaign row.

    `sentences` maps a known sentence's key to (members using it, its words).
    """

    campaign_id: int
    exemplars: tuple[tuple[Signature, int], ...] = ()
    sentences: tuple[tuple[int, int, int], ...] = ()
    member_count: int = 0
    phrase_array: NDArray[np.uint32] = field(default_factory=lambda: _NO_HASHES)
    """Hashes of the word shingles its members sent while it learned (bounded, sorted). Kept as
    the stored array and made a set only when used (:attr:`phrases`): most lookups never do."""
    common_array: NDArray[np.uint32] = field(default_factory=lambda: _NO_HASHES)
    """Those of them two or more members sent: the campaign's own phrasings. One member's own
    paragraph is not in it, so quoting that paragraph is no way in (see the phrase route)."""
    phrase_counts: NDArray[np.uint16] = field(default_factory=lambda: _NO_COUNTS)
    """How many of the members counted sent each phrase of ``phrase_array`` (same order; empty
    in a profile stored before the counts were kept)."""
    line_array: NDArray[np.uint32] = field(default_factory=lambda: _NO_HASHES)
    """A short campaign's line (:mod:`.short`): the hashes of the word shingles of the text its
    founders sent alike, in the line's order (empty for a letter's campaign, and in a profile
    stored before lines were kept, until ``intake relabel``). A copy that adds sentences of its
    own carries them (:func:`~intake.text.matching.short.line_match`)."""
    repeated_array: NDArray[np.uint32] = field(default_factory=lambda: _NO_HASHES)
    """Hashes of the phrases of sentences three or more members sent word for word (bounded,
    sorted; empty in a profile stored before they were kept): a letter's sentences, whereas each
    of its members' own sentences is told once (:attr:`fixed_phrases`)."""

    _MAGIC = b"ICP1"
    _MAGIC_PHRASES = b"ICP2"
    _HEADER = struct.Struct("<4sqQHBH")
    _PHRASES = struct.Struct("<I")

    @cached_property
    def phrases(self) -> frozenset[int]:
        return frozenset(self.phrase_array.tolist())

    @cached_property
    def common_phrases(self) -> frozenset[int]:
        return frozenset(self.common_array.tolist())

    @cached_property
    def template_phrases(self) -> frozenset[int]:
        """Phrases a real share of the members sent: at least ``TEMPLATE_PHRASE_MEMBERS`` of them
        and ``TEMPLATE_PHRASE_SHARE`` of those counted. A spun campaign's phrasings (three to five
        per slot) are each sent by a fifth or more of its members; a phrase of one member's own
        story that two or three others happened to write alike is not the campaign's (issue 14
        item 2: only the template lets a comment in or makes a sentence the campaign's). In a
        letter of whole sentences (not :attr:`spun`) the template is what half the members send,
        so are its phrases (``LETTER_PHRASE_SHARE``): a frame a fifth of the members told their
        own story in ("Our lot is 4,800 square feet with a carport, so ...") is not. A profile
        stored without counts falls back to the phrases two or more members sent."""
        if len(self.phrase_counts) != len(self.phrase_array):
            return self.common_phrases
        return frozenset(self.phrase_array[self._template_mask].tolist())

    @cached_property
    def fixed_phrases(self) -> frozenset[int]:
        """The letter's fixed part: phrases of sentences three or more members sent word for word
        (:attr:`repeated_array`) that half the members, and at least ``TEMPLATE_PHRASE_MEMBERS``,
        send. A letter's sentences, a spun letter's fixed opening or closing; never a member's
        own sentence, told once however many clauses it shares with other people's ("My
        landlady, who is blind," + "counted on the last bus" + "on pension day."): a clause may
        be sent by half of a small campaign's members while no one sends the sentence twice
        (issue 14 items 2 and 4, session 12). Empty for a campaign spun throughout, under three
        members, and for a profile stored before the sentences' phrases or the counts were kept."""
        return frozenset(self.phrase_array[self._fixed_mask].tolist())

    @cached_property
    def fixed_phrases_per_member(self) -> float:
        """How many of the fixed phrases a member sent, on average: about all of them, as every
        member sends the letter's fixed part."""
        if not self.member_count:
            return 0.0
        return float(self.phrase_counts[self._fixed_mask].sum()) / self.member_count

    @cached_property
    def _fixed_mask(self) -> NDArray[np.bool_]:
        counted = len(self.phrase_counts) == len(self.phrase_array)
        if not counted or not len(self.repeated_array) or self.member_count < 3:
            return np.zeros(len(self.phrase_array), dtype=np.bool_)
        least = max(TEMPLATE_PHRASE_MEMBERS, math.ceil(LETTER_PHRASE_SHARE * self.member_count))
        repeated = np.isin(self.phrase_array, self.repeated_array, assume_unique=True)
        return np.asarray((self.phrase_counts >= least) & repeated)

    @cached_property
    def _template_least(self) -> int:
        """Members who must have sent a phrase for it to be a template phrase."""
        share = TEMPLATE_PHRASE_SHARE if self.spun else LETTER_PHRASE_SHARE
        return max(TEMPLATE_PHRASE_MEMBERS, math.ceil(share * self.member_count))

    @cached_property
    def _template_mask(self) -> NDArray[np.bool_]:
        return np.asarray(self.phrase_counts >= self._template_least)

    @cached_property
    def template_phrases_per_member(self) -> float:
        """How many template phrases a member sent, on average, each counted only when enough
        other members sent it (leave one out: what a new copy, not yet counted, would carry). A
        copy spun from the campaign's phrasings carries a phrasing of every slot, about this many;
        a comment sharing a frame or two of members' own stories carries a fraction (issue 14
        item 2). 0.0 for a profile stored without counts."""
        if len(self.phrase_counts) != len(self.phrase_array) or not self.member_count:
            return 0.0
        counts = self.phrase_counts
        return float(counts[counts > self._template_least].sum()) / self.member_count

    @cached_property
    def exemplar_matrix(self) -> NDArray[np.uint32]:
        """The exemplars' signatures stacked, one row each (read-only): every comment that meets
        the campaign is compared with all of them at once, and a profile never changes, so they
        are stacked once per profile, not once per comparison (issue 16's labeller profile)."""
        matrix = np.stack([sig for sig, _count in self.exemplars])
        matrix.setflags(write=False)
        return matrix

    def known(self) -> Mapping[int, tuple[int, int]]:
        """Its known sentences: key -> (members using it, its words). Read-only, built once per
        profile (every comment that meets the campaign asks; the profile never changes)."""
        return self._known

    @cached_property
    def _known(self) -> Mapping[int, tuple[int, int]]:
        return MappingProxyType({key: (count, weight) for key, count, weight in self.sentences})

    @cached_property
    def template_sentences(self) -> Mapping[int, tuple[int, int]]:
        """Known sentences at least two members used (see
        :func:`~intake.text.matching.measures.template_sentences`), built once per profile."""
        return MappingProxyType({key: (n, w) for key, (n, w) in self._known.items() if n >= 2})

    @cached_property
    def fixed_sentences(self) -> Mapping[int, tuple[int, int]]:
        """Known sentences a real share of the members sent word for word: at least
        ``TEMPLATE_PHRASE_MEMBERS`` and ``FIXED_SENTENCE_SHARE`` of them. The letter's fixed
        sentences (each kept by most copies), never a sentence two members' own paragraphs share.
        A heavy copy keeping two or three of them, little else, is a copy (issue 14 item 5,
        :func:`~intake.text.matching.joining.keeps_fixed_sentences`). Empty under three members."""
        if self.member_count < TEMPLATE_PHRASE_MEMBERS:
            return MappingProxyType({})
        least = max(TEMPLATE_PHRASE_MEMBERS, math.ceil(FIXED_SENTENCE_SHARE * self.member_count))
        return MappingProxyType({key: (n, w) for key, (n, w) in self._known.items() if n >= least})

    @cached_property
    def spun(self) -> bool:
        """Is this a mail-merge campaign spun within its sentences? True when the sentences half
        its members or more send word for word make up less than ``SPUN_SHARED_SHARE`` of its
        letter: the words of known sentences a member sends on average, or its smallest
        exemplar's size when smaller. An exemplar alone is no measure of a short letter: the one
        a two-sentence campaign learned from carried its first member's own line, 40 words for a
        letter of 29, and left it "spun" (generated-twelfth, session 15), so that any line a few
        members added counted as the campaign's.

        A campaign of whole sentences (most letters) carries its template in them: a copy keeps
        them and joins by the sentence, exemplar or heavy-edit routes, and a sentence of a copy
        that is no template sentence nor an edit of one is its sender's own, however many other
        members told a story in the same frame (issue 14 item 2). Where the letter itself is
        spun, its shared phrases (not sentences) are the template; a letter with a fixed opening
        around a spun body still is spun. Two members cannot tell: not spun."""
        if self.member_count < 3:
            return False
        known = self.known().values()
        shared = sum(weight for count, weight in known if 2 * count >= self.member_count)
        letter = sum(count * weight for count, weight in known) / self.member_count
        if self.exemplars:
            letter = min(letter, float(min(size for _sig, size in self.exemplars)))
        return shared < SPUN_SHARED_SHARE * letter

    def profile_band_keys(
        self,
        scheme: FingerprintScheme = DEFAULT_SCHEME,
        max_sentence_keys: int = DEFAULT_THRESHOLDS.max_profile_sentence_keys,
    ) -> tuple[int, ...]:
        """Keys under which this campaign must be findable: its exemplars' band
        keys and its most used sentences. Bounded whatever the member count."""
        keys: dict[int, None] = {}
        for sig, _count in self.exemplars:
            keys.update(dict.fromkeys(band_keys_of(sig, scheme)))
        top = sorted(self.sentences, key=lambda s: (-s[1], s[0]))[:max_sentence_keys]
        keys.update(dict.fromkeys(key for key, _c, _w in top))
        return tuple(keys)

    def to_bytes(self) -> bytes:
        num_perm = self.exemplars[0][0].shape[0] if self.exemplars else 0
        head = self._HEADER.pack(
            self._MAGIC,
            self.campaign_id,
            self.member_count,
            num_perm,
            len(self.exemplars),
            len(self.sentences),
        )
        counts = np.array([c for _s, c in self.exemplars], dtype="<u4").tobytes()
        sigs = b"".join(np.asarray(s, dtype="<u4").tobytes() for s, _c in self.exemplars)
        table = np.array(self.sentences, dtype=np.int64).reshape(-1, 3)
        keys = table[:, 0].astype("<i8").tobytes()
        uses = table[:, 1].astype("<u4").tobytes()
        weights = table[:, 2].astype("<u2").tobytes()
        body = head + counts + sigs + keys + uses + weights
        if not len(self.phrase_array) and not len(self.line_array):
            return body
        line = b""
        if len(self.line_array) or len(self.repeated_array):
            n_line = self._PHRASES.pack(len(self.line_array))
            line = n_line + self.line_array.astype("<u4").tobytes()
        return (
            self._MAGIC_PHRASES
            + body[len(self._MAGIC) :]
            + self._PHRASES.pack(len(self.phrase_array))
            + self.phrase_array.astype("<u4").tobytes()
            + self._PHRASES.pack(len(self.common_array))
            + self.common_array.astype("<u4").tobytes()
            + self._PHRASES.pack(len(self.phrase_counts))
            + self.phrase_counts.astype("<u2").tobytes()
            + line
            + self._repeated_bytes()
        )

    def _repeated_bytes(self) -> bytes:
        """The repeated sentences' phrases, after the line (absent when there are none)."""
        if not len(self.repeated_array):
            return b""
        n = self._PHRASES.pack(len(self.repeated_array))
        return n + self.repeated_array.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> CampaignProfile:
        magic, campaign_id, members, num_perm, n_ex, n_sent = cls._HEADER.unpack_from(data)
        if magic not in (cls._MAGIC, cls._MAGIC_PHRASES):
            raise ValueError("not a campaign profile")
        pos = cls._HEADER.size
        counts = np.frombuffer(data, "<u4", n_ex, pos)
        pos += 4 * n_ex
        sigs = np.frombuffer(data, "<u4", n_ex * num_perm, pos).astype(np.uint32)
        pos += 4 * n_ex * num_perm
        keys = np.frombuffer(data, "<i8", n_sent, pos)
        uses = np.frombuffer(data, "<u4", n_sent, pos + 8 * n_sent)
        weights = np.frombuffer(data, "<u2", n_sent, pos + 12 * n_sent)
        exemplars = tuple(
            (sigs[i * num_perm : (i + 1) * num_perm].copy(), int(counts[i])) for i in range(n_ex)
        )
        sentences = tuple(
            (int(k), int(u), int(w)) for k, u, w in zip(keys, uses, weights, strict=True)
        )
        phrases, common, counts, line = _NO_HASHES, _NO_HASHES, _NO_COUNTS, _NO_HASHES
        repeated = _NO_HASHES
        if magic == cls._MAGIC_PHRASES:
            phrases, pos = cls._read_hashes(data, pos + 14 * n_sent)
            common, pos = cls._read_hashes(data, pos)
            if pos < len(data):  # a profile stored before the counts were kept ends here
                (n,) = cls._PHRASES.unpack_from(data, pos)
                pos += cls._PHRASES.size
                counts = np.frombuffer(data, "<u2", n, pos).astype(np.uint16)
                pos += 2 * n
            if pos < len(data):  # ...and one stored before lines were kept, here
                line, pos = cls._read_hashes(data, pos)
            if pos < len(data):  # ...and one stored before repeated sentences' phrases, here
                repeated, pos = cls._read_hashes(data, pos)
        return cls(
            campaign_id,
            exemplars,
            sentences,
            int(members),
            phrases,
            common,
            counts,
            line,
            repeated,
        )

    @classmethod
    def _read_hashes(cls, data: bytes, pos: int) -> tuple[NDArray[np.uint32], int]:
        (n,) = cls._PHRASES.unpack_from(data, pos)
        pos += cls._PHRASES.size
        found = np.frombuffer(data, "<u4", n, pos).astype(np.uint32)
        return found, pos + 4 * n


PROFILE_CACHE = 128
"""Stored profiles kept decoded: a burst's few hot campaigns are read for every comment."""


@lru_cache(maxsize=PROFILE_CACHE)
def stored_profile(data: bytes) -> CampaignProfile:
    """:meth:`CampaignProfile.from_bytes`, decoded once per distinct blob.

    A profile is a pure function of its bytes and never changed in place (learning makes a new
    one), so callers may share it. Labelling decoded a campaign's blob for every comment that met
    the campaign and twice more for every member that joined it (issue 16's labeller profile: 8%
    of its CPU); a campaign's blob changes only while it learns.
    """
    return CampaignProfile.from_bytes(data)
