"""Fixed-size fingerprints of comments, so matching never needs the text again.

A campaign can have hundreds of thousands of copies; comparing bodies is out
of the question. Each comment is reduced once, at intake, to:

* an exact hash of its matching text (cheap exact-duplicate lookups);
* a MinHash signature of its word 3-gram shingles, from which Jaccard
  similarity and containment ("how much of the template is in here") can be
  estimated without the text;
* LSH band keys -- signed 64-bit integers, one per band, that the database
  indexes in one BIGINT column, so one ``key IN (...)`` query finds every
  comment that collides with this one in any band;
* segment keys -- one hash per content sentence -- which find comments and
  campaigns that share whole sentences even when overall similarity is low
  (mail-merge "spun" letters, where each copy picks one of several phrasings
  per sentence).

Signature values are 32-bit: datasketch 2.0's ``affine32`` permutation scheme
produces values below 2**32, so signatures are stored as little-endian uint32
(512 bytes at 128 permutations). That scheme also needs 32-bit input hashes,
so shingles are hashed with xxh32; keys and the exact hash use xxh64/xxh128.

Everything about how fingerprints are made lives in `FingerprintScheme`; the
service records its `scheme_id` next to stored fingerprints so that a change of
scheme is detected rather than silently mixing incomparable signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Literal

import numpy as np
import xxhash
from datasketch import MinHash
from numpy.typing import NDArray

from intake.text.normalize import Segment, segments, words
from intake.text.quotes import without_quotes

__all__ = [
    "DEFAULT_SCHEME",
    "Fingerprint",
    "FingerprintScheme",
    "Fingerprinter",
    "Signature",
    "band_keys_of",
    "estimate_containment",
    "estimate_jaccard",
    "estimate_jaccard_many",
    "segment_key",
    "signature_from_bytes",
    "signature_to_bytes",
]

Signature = NDArray[np.uint32]

_EMPTY_VALUE = np.uint32(0xFFFFFFFF)
_SEGMENT_KEY_SEED = 0x5E6_0001
_INT64_WRAP = 1 << 64
_INT64_MAX = (1 << 63) - 1


@dataclass(frozen=True)
class FingerprintScheme:
    """Every parameter that makes two fingerprints comparable.

    `bands` x `rows` must equal `num_perm`. With 32 bands of 4 rows a pair is
    found by LSH with probability 0.56 at Jaccard 0.4, 0.87 at 0.5 and 0.99
    at 0.6; lower overlaps (a template plus a long personal paragraph, spun
    letters) are found through segment keys instead.
    """

    num_perm: int = 128
    bands: int = 32
    rows: int = 4
    shingle_kind: Literal["word", "char"] = "word"
    shingle_size: int = 3
    seed: int = 1
    hash_name: Literal["xxh32"] = "xxh32"
    minhash_scheme: Literal["affine32"] = "affine32"
    min_segment_words: int = 4
    max_segment_keys: int = 64
    min_indexed_shingles: int = 3
    # 2: the text is read as its reader saw it (markup and mojibake, normalize.as_displayed) and
    # Traditional Chinese folded to Simplified; stored fingerprints of such text differ until
    # `intake relabel`, which records the new scheme.
    version: int = 2

    def __post_init__(self) -> None:
        if self.bands * self.rows != self.num_perm:
            raise ValueError("bands * rows must equal num_perm")
        if self.shingle_size < 1 or self.num_perm < 1:
            raise ValueError("shingle_size and num_perm must be positive")
        if self.shingle_kind not in ("word", "char"):
            raise ValueError("shingle_kind must be 'word' or 'char'")

    def as_dict(self) -> dict[str, int | str]:
        return dict(asdict(self))

    @property
    def scheme_id(self) -> str:
        """Readable, stable identifier; any parameter change changes it."""
        s = self
        return (
            f"mh{s.version}-{s.shingle_kind}{s.shingle_size}-p{s.num_perm}-b{s.bands}x{s.rows}"
            f"-s{s.seed}-{s.hash_name}-{s.minhash_scheme}-seg{s.min_segment_words}"
            f"x{s.max_segment_keys}-i{s.min_indexed_shingles}"
        )


DEFAULT_SCHEME = FingerprintScheme()


@dataclass(frozen=True, eq=False)
class Fingerprint:
    """What the service stores about a comment for matching."""

    exact_hash: str
    signature: Signature
    shingle_count: int
    band_keys: tuple[int, ...]
    segments: tuple[Segment, ...]
    segment_hashes: tuple[int, ...] = field(default=())
    segment_weights: tuple[int, ...] = field(default=())
    content_words: int = 0
    phrases: frozenset[int] = field(default=frozenset())
    """Hashes (xxh32) of its distinct word shingles: the phrases a spun copy shares with its
    campaign's members when it shares no whole sentence (the phrase route, matching/phrases.py)."""
    sentence_phrases: tuple[frozenset[int], ...] = field(default=())
    """The same, sentence by sentence (content sentences of ``min_segment_words`` or more)."""
    unquoted: Fingerprint | None = None
    """The fingerprint of the text with what it quotes set aside (passages in quotation marks,
    block-quote lines: :func:`intake.text.quotes.without_quotes`), or None when it quotes
    nothing. A public source's words shared with a campaign that quotes the same source are no
    way into the campaign (:func:`intake.text.matching.joining.campaign_match`). Never stored:
    only the comment being labelled needs it, and it is made from its text."""

    @cached_property
    def sentence_phrase_union(self) -> frozenset[int]:
        """Every phrase of its long sentences (the union of ``sentence_phrases``)."""
        return frozenset().union(*self.sentence_phrases)

    @cached_property
    def quoted_keys(self) -> frozenset[int]:
        """The keys of the sentences it quotes (those :attr:`unquoted` lacks); empty when it
        quotes nothing."""
        if self.unquoted is None:
            return frozenset()
        return frozenset(self.segment_hashes).difference(self.unquoted.segment_hashes)

    @property
    def matching_text(self) -> str:
        return " ".join(seg.norm for seg in self.segments if seg.is_content)

    @property
    def lookup_keys(self) -> tuple[int, ...]:
        """Band keys plus segment keys: everything to index and to query with."""
        return self.band_keys + self.segment_hashes


def _signed64(value: int) -> int:
    return value - _INT64_WRAP if value > _INT64_MAX else value


def segment_key(norm: str) -> int:
    """BIGINT key of one normalized sentence."""
    return _signed64(xxhash.xxh64_intdigest(norm.encode("utf-8"), seed=_SEGMENT_KEY_SEED))


def band_keys_of(
    signature: Signature, scheme: FingerprintScheme = DEFAULT_SCHEME
) -> tuple[int, ...]:
    """One signed 64-bit key per band; the band index is the hash seed, so equal
    values in different bands never collide."""
    raw = signature_to_bytes(signature)
    width = scheme.rows * 4
    return tuple(
        _signed64(xxhash.xxh64_intdigest(raw[i * width : (i + 1) * width], seed=i))
        for i in range(scheme.bands)
    )


def signature_to_bytes(sig: Signature) -> bytes:
    """Little-endian uint32 values, 4 bytes per permutation."""
    return np.asarray(sig, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes) -> Signature:
    if len(data) % 4:
        raise ValueError("signature bytes must be a multiple of 4")
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def estimate_jaccard(a: Signature, b: Signature) -> float:
    if a.shape != b.shape:
        raise ValueError("signatures of different length are not comparable")
    return float(np.count_nonzero(a == b)) / float(a.shape[0])


def estimate_jaccard_many(sig: Signature, others: NDArray[np.uint32]) -> NDArray[np.float64]:
    """Jaccard of `sig` against every row of a (n, num_perm) matrix."""
    if others.size == 0:
        return np.zeros(0, dtype=np.float64)
    # The count of equal values over their number: what ``np.mean`` of the booleans gives (a
    # sum of ones is exact in float64), without its float reduction.
    equal = np.count_nonzero(others == sig[np.newaxis, :], axis=1)
    result: NDArray[np.float64] = equal / np.float64(others.shape[1])
    return result


def estimate_containment(a_sig: Signature, a_count: int, b_sig: Signature, b_count: int) -> float:
    """Estimated share of set A that lies inside set B.

    From J = |A∩B| / |A∪B| and |A∪B| = |A| + |B| - |A∩B| follows
    |A∩B| = J (|A| + |B|) / (1 + J).
    """
    if a_count <= 0 or b_count <= 0:
        return 0.0
    return containment_from_jaccard(estimate_jaccard(a_sig, b_sig), a_count, b_count)


def containment_from_jaccard(jaccard: float, a_count: int, b_count: int) -> float:
    if a_count <= 0 or b_count <= 0:
        return 0.0
    shared = jaccard * (a_count + b_count) / (1.0 + jaccard)
    return min(1.0, max(0.0, shared / a_count))


def shared_from_jaccard(jaccard: float, a_count: int, b_count: int) -> float:
    """Estimated |A∩B| in shingles."""
    if a_count <= 0 or b_count <= 0:
        return 0.0
    return min(float(a_count), float(b_count), jaccard * (a_count + b_count) / (1.0 + jaccard))


def phrase_hashes_in_order(tokens: Sequence[str], k: int) -> tuple[int, ...]:
    """The xxh32 hash of each word ``k``-shingle of ``tokens`` in reading order, repeats kept
    (a text shorter than one shingle is one): the phrases a fingerprint keeps as sets, for a
    reader that needs their order (an unbroken run of a campaign's phrases)."""
    windows = [" ".join(tokens[i : i + k]) for i in range(max(1, len(tokens) - k + 1))]
    return tuple(xxhash.xxh32_intdigest(w.encode("utf-8")) for w in windows)


def _hash_of(window: str, hashed: dict[str, int]) -> int:
    """The phrase hash of ``window``, from ``hashed`` when the text has it."""
    found = hashed.get(window)
    return found if found is not None else xxhash.xxh32_intdigest(window.encode("utf-8"))


_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))


def _fmix32(hv: NDArray[np.uint32]) -> NDArray[np.uint32]:
    """MurmurHash3's 32-bit finalizer, which datasketch's ``affine32`` scheme applies to each
    input hash before its permutations (uint32 arithmetic wraps, as the scheme intends)."""
    shift_a, mul_a, shift_b, mul_b = _FMIX32
    hv = hv ^ (hv >> shift_a)
    hv = hv * mul_a
    hv = hv ^ (hv >> shift_b)
    hv = hv * mul_b
    return hv ^ (hv >> shift_a)


FINGERPRINT_MEMO_SIZE = 512
"""Fingerprints a worker keeps of the texts it met last (about 10-20 kB each)."""


class Fingerprinter:
    """Turns comment bodies into `Fingerprint`s under one scheme.

    The MinHash permutations are drawn once, in the template; each comment
    gets a cheap copy of it.
    """

    def __init__(self, scheme: FingerprintScheme = DEFAULT_SCHEME) -> None:
        self.scheme = scheme
        self._template = MinHash(
            num_perm=scheme.num_perm,
            seed=scheme.seed,
            hashfunc=xxhash.xxh32_intdigest,
            scheme=scheme.minhash_scheme,
        )
        a, b = self._template.permutations
        if self._template.hashvalues.dtype != np.uint32 or a.dtype != np.uint32:
            raise ValueError("the affine32 scheme's permutations are 32-bit")
        self._a, self._b = a.reshape(1, -1), b.reshape(1, -1)
        self._recent = lru_cache(maxsize=FINGERPRINT_MEMO_SIZE)(self._fingerprint)

    def fingerprint(self, body: str) -> Fingerprint:
        """The fingerprint of ``body``; the same text's is computed once while it stays recent.

        The labeller fingerprints stored comments again, group after group: the item's newest
        unaffiliated comments for the skeleton and phrase pull-in, founders when a campaign is
        learned. A fingerprint is a pure function of the text and immutable, so a bounded memo
        per fingerprinter (one per worker) shares them across groups; it holds no state a
        worker would need another worker to see."""
        return self._recent(body)

    def _fingerprint(self, body: str) -> Fingerprint:
        fp = self._fingerprint_of(body)
        stripped = without_quotes(body)
        if stripped is None:
            return fp
        unquoted = self._fingerprint_of(stripped)
        if unquoted.matching_text == fp.matching_text:
            return fp
        return replace(fp, unquoted=unquoted)

    def _fingerprint_of(self, body: str) -> Fingerprint:
        segs = tuple(segments(body))
        content = [seg.norm for seg in segs if seg.is_content]
        text = " ".join(content)
        per_sentence = [words(norm) for norm in content]
        phrased = self._phrases_in_place(text, per_sentence) or self._phrases_apart(text, content)
        hashes, phrases, sentence_phrases = phrased
        signature, count = self._signature_of_hashes(hashes)
        indexed = count >= self.scheme.min_indexed_shingles
        keys = band_keys_of(signature, self.scheme) if indexed else ()
        seg_hashes, seg_weights = self._segment_keys(content, list(map(len, per_sentence)))
        return Fingerprint(
            exact_hash=xxhash.xxh128_hexdigest(text.encode("utf-8")),
            signature=signature,
            shingle_count=count,
            band_keys=keys,
            segments=segs,
            segment_hashes=seg_hashes,
            segment_weights=seg_weights,
            content_words=sum(map(len, per_sentence)),
            phrases=phrases,
            sentence_phrases=sentence_phrases,
        )

    def _phrases_apart(
        self, text: str, content: list[str]
    ) -> tuple[list[int], frozenset[int], tuple[frozenset[int], ...]]:
        """The hashes of the text's distinct shingles (one per shingle), their set, and each long
        sentence's shingle hashes, each sentence shingled on its own."""
        hashes = list(map(xxhash.xxh32_intdigest, self.shingles(text)))
        return (
            hashes,
            frozenset(hashes),
            tuple(
                frozenset(map(xxhash.xxh32_intdigest, self.shingles(norm)))
                for norm in content
                if len(words(norm)) >= self.scheme.min_segment_words
            ),
        )

    def _phrases_in_place(
        self, text: str, per_sentence: list[list[str]]
    ) -> tuple[list[int], frozenset[int], tuple[frozenset[int], ...]] | None:
        """What :meth:`_phrases_apart` gives, with each sentence's shingles taken from the
        text's own (a sentence of more than ``k`` words is a run of the text's words, and its
        shingles the text's windows inside that run), so each window is joined, encoded and
        hashed once instead of twice (issue 16: a fifth of the labeller's fingerprinting).
        None when that does not hold (character shingles, or tokens that a sentence boundary
        splits differently from the joined text): then the caller shingles them apart.

        The windows are made, deduplicated and hashed by C loops (``map`` over ``zip`` of the
        word list and its shifts, a dict of the distinct windows), not a Python loop per
        window: the labeller's fingerprints were a seventh of its time."""
        k = self.scheme.shingle_size
        units = words(text)
        if self.scheme.shingle_kind != "word" or len(units) <= k:
            return None
        if units != [w for sentence in per_sentence for w in sentence]:
            return None
        windows = list(map(" ".join, zip(*(units[i:] for i in range(k)), strict=False)))
        distinct = list(dict.fromkeys(windows))
        hashes = list(map(xxhash.xxh32_intdigest, map(str.encode, distinct)))
        hashed = dict(zip(distinct, hashes, strict=True))
        sentences = []
        start = 0
        for sentence in per_sentence:
            n = len(sentence)
            if n >= self.scheme.min_segment_words:
                if n <= k:  # one shingle: the whole sentence
                    sentences.append(frozenset((_hash_of(" ".join(sentence), hashed),)))
                else:
                    run = windows[start : start + n - k + 1]
                    sentences.append(frozenset(map(hashed.__getitem__, run)))
            start += n
        return hashes, frozenset(hashes), tuple(sentences)

    def signature_of(self, matching: str) -> tuple[Signature, int]:
        """MinHash signature and distinct-shingle count of normalized text."""
        return self._signature(self.shingles(matching))

    def _signature_of_hashes(self, hashes: list[int]) -> tuple[Signature, int]:
        """:meth:`_signature` of the distinct shingles whose xxh32 hashes these are (one per
        shingle): the same values, computed from the hashes the phrases already took, with the
        scheme's permutations applied to all of them at once (datasketch's ``update_batch``
        would hash every shingle again and build a ``MinHash`` per comment)."""
        if not hashes:
            return np.full(self.scheme.num_perm, _EMPTY_VALUE, dtype=np.uint32), 0
        mixed = _fmix32(np.array(hashes, dtype=np.uint32).reshape(-1, 1))
        permuted = mixed * self._a + self._b
        return permuted.min(axis=0), len(hashes)

    def _signature(self, shingles: list[bytes]) -> tuple[Signature, int]:
        if not shingles:
            return np.full(self.scheme.num_perm, _EMPTY_VALUE, dtype=np.uint32), 0
        minhash = self._template.copy()
        minhash.update_batch(shingles)
        return np.asarray(minhash.hashvalues, dtype=np.uint32).copy(), len(shingles)

    def shingles(self, matching: str) -> list[bytes]:
        """Distinct shingles; text shorter than one shingle is one shingle."""
        k = self.scheme.shingle_size
        units: Sequence[str] = words(matching) if self.scheme.shingle_kind == "word" else matching
        if not units:
            return []
        if len(units) <= k:
            return [" ".join(units).encode("utf-8")]
        joiner = " " if self.scheme.shingle_kind == "word" else ""
        grams = {joiner.join(units[i : i + k]) for i in range(len(units) - k + 1)}
        return [g.encode("utf-8") for g in grams]

    def _segment_keys(
        self, content: list[str], lengths: list[int]
    ) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Each long sentence's key and words; ``lengths``: each sentence's words, counted."""
        seen: dict[int, int] = {}
        for norm, n_words in zip(content, lengths, strict=True):
            if n_words < self.scheme.min_segment_words:
                continue
            seen.setdefault(segment_key(norm), n_words)
            if len(seen) >= self.scheme.max_segment_keys:
                break
        return tuple(seen), tuple(seen.values())
