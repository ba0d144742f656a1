"""The labeller's decision, made cheaper without changing one answer (issue 16, session 10).

Each fast path is checked against the plain computation it replaces, on comments of every
kind the decision meets: spun copies, vocabulary-built unique comments, the burst's bodies.
"""

from __future__ import annotations

import random
from typing import cast

import numpy as np
import pytest
from datasketch import MinHash

from intake.text.fingerprint import (
    DEFAULT_SCHEME,
    Fingerprint,
    Fingerprinter,
)
from intake.text.matching import exemplars_after, new_profile, update_profile
from intake.text.matching import skeleton as skeleton_module
from intake.text.matching.learning import _updated_exemplars
from intake.text.matching.measures import template_sentences
from intake.text.matching.skeleton import (
    SKELETON_CAMPAIGN_SHARE,
    SKELETON_MIN_ALIGNED,
    _could_align,
    _near,
    aligned_sentences,
)
from intake.text.matching.thresholds import DEFAULT_THRESHOLDS
from tests.benchmark_modules import load_benchmark
from tests.unit.text.test_matching import spun_copy
from tests.unit.text.test_skeleton import vocabulary_comment

FP = Fingerprinter()


def _fingerprints() -> list[Fingerprint]:
    rng = random.Random(10)
    burst = load_benchmark("_common").BurstCorpus(seed=16).burst(120)
    bodies = [spun_copy(rng) for _ in range(40)] + [vocabulary_comment(rng) for _ in range(40)]
    return [FP.fingerprint(body) for body in bodies + [body for _kind, body in burst]]


FINGERPRINTS = _fingerprints()


def test_the_signature_from_phrase_hashes_is_datasketchs_minhash_of_them() -> None:
    """The permutations applied to the phrase hashes at once give datasketch's ``affine32``
    signature of the same hashes (repeats included: a minimum ignores them)."""
    rng = np.random.default_rng(16)
    for size in (1, 2, 7, 64, 500):
        hashes = [int(h) for h in rng.integers(0, 2**32, size=size, dtype=np.uint64)]
        hashes += hashes[: size // 3]
        reference = MinHash(
            num_perm=DEFAULT_SCHEME.num_perm,
            seed=DEFAULT_SCHEME.seed,
            hashfunc=lambda h: h,
            scheme="affine32",
        )
        reference.update_batch(hashes)
        signature, count = FP._signature_of_hashes(hashes)
        assert signature.dtype == np.uint32
        assert np.array_equal(signature, reference.hashvalues)
        assert count == len(hashes)


def test_a_comment_that_could_not_align_never_lines_up_four_sentences() -> None:
    """The quick test only turns away pairs whose alignment is below the least that founds."""
    turned_away = 0
    for a in FINGERPRINTS:
        for b in FINGERPRINTS[::3]:
            if not _could_align(a, b):
                turned_away += 1
                assert aligned_sentences(a, b)[0] < SKELETON_MIN_ALIGNED
    assert turned_away > 1000  # it does turn most pairs away


def test_near_a_campaign_answers_as_counting_the_shared_phrases() -> None:
    rng = random.Random(4)
    profiles = [
        new_profile(n, [FP.fingerprint(spun_copy(rng)) for _ in range(3)]) for n in range(1, 4)
    ]
    profiles.append(new_profile(9, FINGERPRINTS[100:103]))
    _near.cache_clear()
    for _round in range(2):  # cold, then warm
        for fp in FINGERPRINTS:
            for profile in profiles:
                plain = len(fp.phrases & profile.phrases) >= SKELETON_CAMPAIGN_SHARE * len(
                    fp.phrases
                )
                assert _near(fp, profile) == plain
    assert skeleton_module._near.cache_info().hits >= len(FINGERPRINTS) * len(profiles)


def test_the_exemplars_from_a_profiles_matrix_are_those_stacked_afresh() -> None:
    rng = random.Random(5)
    profile = new_profile(3, [FP.fingerprint(spun_copy(rng)) for _ in range(3)])
    for fp in FINGERPRINTS:
        profile = update_profile(profile, fp, DEFAULT_THRESHOLDS)
        after = exemplars_after(profile, [fp], DEFAULT_THRESHOLDS)
        plain = _updated_exemplars(tuple(profile.exemplars), fp, DEFAULT_THRESHOLDS, False)
        assert [(s.tobytes(), c) for s, c in after] == [(s.tobytes(), c) for s, c in plain]
        if [s.tobytes() for s, _c in after] == [s.tobytes() for s, _c in profile.exemplars]:
            assert after is profile.exemplars  # unchanged: the caller need not compare bytes
    assert not profile.exemplar_matrix.flags.writeable
    assert np.array_equal(profile.exemplar_matrix, np.stack([s for s, _c in profile.exemplars]))


def test_a_profiles_known_and_template_sentences_are_built_once_and_read_only() -> None:
    rng = random.Random(7)
    profile = new_profile(4, [FP.fingerprint(spun_copy(rng)) for _ in range(4)])
    known = profile.known()
    assert known is profile.known()
    assert dict(known) == {k: (c, w) for k, c, w in profile.sentences}
    template_known = template_sentences(profile)
    assert template_known is template_sentences(profile)
    assert dict(template_known) == {k: v for k, v in known.items() if v[0] >= 2}
    with pytest.raises(TypeError):
        cast("dict[int, tuple[int, int]]", known)[1] = (1, 1)
