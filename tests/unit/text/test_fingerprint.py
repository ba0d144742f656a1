"""Fingerprint encoding and estimators."""

from __future__ import annotations

import numpy as np
import pytest
import xxhash

from intake.text.fingerprint import (
    DEFAULT_SCHEME,
    FINGERPRINT_MEMO_SIZE,
    Fingerprinter,
    FingerprintScheme,
    estimate_containment,
    estimate_jaccard,
    phrase_hashes_in_order,
    signature_from_bytes,
    signature_to_bytes,
)

FP = Fingerprinter()
TEMPLATE = (
    "The City council must stand up to ICE by taking the following actions: Pass an ordinance, "
    "not just a resolution, banning the use of any city property, facilities, data, staff time, "
    "or resources for any immigration enforcement activities. Close the loophole of Sacramento "
    "Police Department participation in joint task forces."
)
PERSONAL = (
    "I teach third grade in South Sacramento and two of my students missed a week of school "
    "after a raid near their apartment complex, and their parents are still afraid to walk "
    "them to the bus stop in the morning because agents were seen there twice last month."
)


def test_signature_round_trips_compactly() -> None:
    sig = FP.fingerprint(TEMPLATE).signature
    data = signature_to_bytes(sig)
    assert len(data) == 4 * DEFAULT_SCHEME.num_perm
    assert np.array_equal(signature_from_bytes(data), sig)
    assert signature_from_bytes(data).dtype == np.uint32


def test_band_keys_fit_bigint_and_differ_per_band() -> None:
    keys = FP.fingerprint(TEMPLATE).band_keys
    assert len(keys) == DEFAULT_SCHEME.bands
    assert all(-(2**63) <= k < 2**63 for k in keys)
    assert len(set(keys)) == len(keys)
    assert FP.fingerprint(TEMPLATE.upper()).band_keys == keys


def test_containment_of_template_in_a_longer_comment() -> None:
    t = FP.fingerprint(TEMPLATE)
    c = FP.fingerprint(PERSONAL + "\n" + TEMPLATE)
    inside = estimate_containment(t.signature, t.shingle_count, c.signature, c.shingle_count)
    outside = estimate_containment(c.signature, c.shingle_count, t.signature, t.shingle_count)
    assert inside > 0.8
    assert outside < 0.7
    assert estimate_jaccard(t.signature, t.signature) == 1.0


def test_empty_and_tiny_texts_are_valid() -> None:
    for body in ("", "   ", "Dear Council,", "!!!", "Support."):
        fp = FP.fingerprint(body)
        assert fp.signature.shape == (DEFAULT_SCHEME.num_perm,)
        assert fp.band_keys == ()
        assert len(fp.exact_hash) == 32
    assert FP.fingerprint("Support.").shingle_count == 1
    assert FP.fingerprint("").shingle_count == 0
    empty = FP.fingerprint("")
    assert estimate_containment(empty.signature, 0, empty.signature, 0) == 0.0


def test_scheme_identity() -> None:
    assert DEFAULT_SCHEME.scheme_id == FingerprintScheme().scheme_id
    assert FingerprintScheme(num_perm=64, bands=16).scheme_id != DEFAULT_SCHEME.scheme_id
    assert DEFAULT_SCHEME.as_dict()["num_perm"] == 128
    with pytest.raises(ValueError):
        FingerprintScheme(num_perm=128, bands=30, rows=4)


def test_char_shingles_work_too() -> None:
    fp = Fingerprinter(FingerprintScheme(shingle_kind="char", shingle_size=5))
    assert fp.fingerprint(TEMPLATE).shingle_count > 100


def test_a_text_met_again_is_not_fingerprinted_again() -> None:
    """The labeller fingerprints the item's newest stored comments group after group: the
    worker's fingerprinter keeps them, so the second time costs nothing and gives the same."""
    fingerprinter = Fingerprinter()
    body = "Please keep the branch library open on Sundays. Families depend on it."
    first = fingerprinter.fingerprint(body)
    assert fingerprinter.fingerprint(body) is first
    assert fingerprinter.fingerprint(body + " Thank you.") is not first


def test_the_fingerprint_memo_is_bounded() -> None:
    fingerprinter = Fingerprinter()
    first = fingerprinter.fingerprint("The first text of many, about the library.")
    for n in range(FINGERPRINT_MEMO_SIZE):
        fingerprinter.fingerprint(f"Another text, number {n}.")
    again = fingerprinter.fingerprint("The first text of many, about the library.")
    assert again is not first
    assert again.exact_hash == first.exact_hash


# ------------------------------------------------------------------ phrases taken in place


def _plain_phrases(
    fp: Fingerprinter, body: str
) -> tuple[set[bytes], frozenset[int], tuple[frozenset[int], ...]]:
    """The text's shingles, phrase hashes and sentence phrase hashes, each sentence shingled on
    its own (how ``_fingerprint`` first computed them)."""
    from intake.text.normalize import segments, words

    content = [seg.norm for seg in segments(body) if seg.is_content]
    shingles = fp.shingles(" ".join(content))
    return (
        set(shingles),
        frozenset(xxhash.xxh32_intdigest(s) for s in shingles),
        tuple(
            frozenset(xxhash.xxh32_intdigest(s) for s in fp.shingles(norm))
            for norm in content
            if len(words(norm)) >= fp.scheme.min_segment_words
        ),
    )


def _bodies() -> list[str]:
    from tests.benchmark_modules import load_benchmark
    from tests.unit.text.fixture_corpus import load

    burst = load_benchmark("_common").BurstCorpus(seed=16).burst(400)
    odd = [
        "",
        "Hi.",
        "One two three.",
        "Uno dos tres cuatro. Five six seven eight nine.",
        "市议会应当保留图书馆的周末开放时间。我的孩子们在那里学习。",
        "ทำไมต้องปิดห้องสมุด วันเสาร์ อาทิตย์ เด็กๆ ใช้ที่นั่นอ่านหนังสือ",
        "Estimados miembros del Concejo: la acción de la ciudad es importante.\n\nGracias.",
        "Keep it open!!! Keep it open!!! Keep it open!!! — a résumé-writer's café, naïvely.",
        TEMPLATE + "\n\n" + PERSONAL,
    ]
    return [str(r["body"]) for r in load()] + [body for _kind, body in burst] + odd


@pytest.mark.parametrize(
    "scheme",
    [DEFAULT_SCHEME, FingerprintScheme(shingle_size=1), FingerprintScheme(shingle_kind="char")],
    ids=["default", "unigram", "char"],
)
def test_phrases_taken_in_place_are_those_of_each_sentence_shingled_apart(
    scheme: FingerprintScheme,
) -> None:
    fp = Fingerprinter(scheme)
    in_place = 0
    for body in _bodies():
        got = fp.fingerprint(body)
        shingles, phrases, sentences = _plain_phrases(fp, body)
        assert got.phrases == phrases, body[:60]
        assert got.sentence_phrases == sentences, body[:60]
        expected, count = fp._signature(list(shingles))
        assert got.shingle_count == count == len(shingles), body[:60]
        assert np.array_equal(got.signature, expected), body[:60]
        content = [s.norm for s in got.segments if s.is_content]
        text = " ".join(content)
        from intake.text.normalize import words

        per_sentence = [words(norm) for norm in content]
        in_place += fp._phrases_in_place(text, per_sentence) is not None
    # the word schemes take nearly every text in place; the character scheme never does
    assert (in_place > 400) == (scheme.shingle_kind == "word")


def test_phrases_in_order_are_the_fingerprints_phrases_in_reading_order() -> None:
    """A reader of a sentence's phrases in order (joining's framing sentences) hashes them as the
    fingerprint does, so a run of them can be looked up among a campaign's phrase sets."""
    from intake.text.normalize import words

    k = DEFAULT_SCHEME.shingle_size
    sentence = FP.fingerprint(PERSONAL).segments[0].norm
    ordered = phrase_hashes_in_order(words(sentence), k)
    assert len(ordered) == len(words(sentence)) - k + 1
    assert set(ordered) == set(FP.fingerprint(sentence).phrases)
    assert ordered[0] == xxhash.xxh32_intdigest(" ".join(words(sentence)[:k]).encode("utf-8"))
    repeated = phrase_hashes_in_order(["no", "no", "no", "no", "no"], k)
    assert len(repeated) == 5 - k + 1 and len(set(repeated)) == 1  # repeats kept, in order
    assert phrase_hashes_in_order(["too", "short"], k) == (xxhash.xxh32_intdigest(b"too short"),)
