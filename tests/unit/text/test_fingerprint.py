"""Fingerprint encoding and estimators."""

from __future__ import annotations

import numpy as np
import pytest

from intake.text.fingerprint import (
    DEFAULT_SCHEME,
    FINGERPRINT_MEMO_SIZE,
    Fingerprinter,
    FingerprintScheme,
    estimate_containment,
    estimate_jaccard,
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
