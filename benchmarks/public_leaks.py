"""Issue 14 item 1, read from outside: what of a sender reaches the public, per corpus.

    .venv/bin/python benchmarks/public_leaks.py titleix,epa,fixture,generated-eleventh

Each corpus goes through the real service as ``labelling_quality.py`` sends it (temporary
SQLite, arrival order), every item is published as staff publish it, and then every public
response is read as an anonymous client reads it: ``GET .../summary`` and every page of
``GET .../record`` and of each campaign's ``GET .../record/campaigns/{id}``. In what came back it
looks for, and prints with the sentence around it so each can be judged:

* ``contact``: an e-mail address, a phone number or a house-number street address, written in
  any public text (the checker's own patterns, not the engine's);
* ``sender``: the full name, e-mail or postal code of any sender of the corpus (the city's
  default publishes no names);
* ``words``: in a campaign's public template (the summary's ``representative_text``, the
  record's ``template``), a sentence of eight words or more that the truth says is one sender's
  own (``personal``): public text that carries one person's words.

A template may rightly quote an office's address or a ZIP code the campaign names; the
printout is there to tell those from a member's. Spam sets have no truth of personal text and
no sender names worth checking; real dockets and generated corpora are what this reads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import regex
from flask import Flask
from flask.testing import FlaskClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labelling_quality as lq

EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = regex.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)")
STREET = regex.compile(
    r"\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'.-]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Court|Ct|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl|"
    r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy)\b\.?"
)
SENTENCE = regex.compile(r"[^.!?\n]+[.!?]?")
WORD = regex.compile(r"[\p{L}\p{N}']+")
MIN_WORDS = 8
PAGE = 200
SHOWN = 6


@dataclass(frozen=True)
class Leak:
    kind: str
    found: str
    context: str


def public_texts(client: FlaskClient, item: str) -> Iterator[tuple[str, str]]:
    """Every string an anonymous client is sent about ``item``, each with where it came from
    (``template`` for a campaign's public text, else the field's name)."""
    summary = client.get(f"/api/v1/agenda-items/{item}/summary").get_json()
    yield from _strings(summary, "summary")
    campaigns: set[int] = set()
    for page in _pages(client, f"/api/v1/agenda-items/{item}/record"):
        yield from _strings(page, "record")
        campaigns |= {e["campaign_id"] for e in page["items"] if e.get("campaign_id")}
    for campaign in sorted(campaigns):
        url = f"/api/v1/agenda-items/{item}/record/campaigns/{campaign}"
        for page in _pages(client, url):
            yield from _strings(page, "record")


def _pages(client: FlaskClient, url: str) -> Iterator[dict[str, Any]]:
    cursor: str | None = None
    while True:
        query = f"?limit={PAGE}" + (f"&cursor={cursor}" if cursor else "")
        response = client.get(url + query)
        assert response.status_code == 200, (url, response.status_code)
        page = response.get_json()
        yield page
        cursor = page.get("next_cursor")
        if not cursor:
            return


def _strings(value: Any, key: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for name, inner in value.items():
            field = "template" if name in ("representative_text", "template") else name
            yield from _strings(inner, field)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner, key)
    elif isinstance(value, str):
        yield key, value


def leaks(corpus: lq.Corpus, texts: list[tuple[str, str]]) -> list[Leak]:
    names = {r.name.strip() for r in corpus.records if len(WORD.findall(r.name)) >= 2}
    emails = {r.email.casefold() for r in corpus.records if r.email}
    postal = {r.postal_code.strip() for r in corpus.records if r.postal_code}
    own = {
        _words(s)
        for r in corpus.records
        if r.personal
        for s in SENTENCE.findall(r.personal)
        if len(WORD.findall(s)) >= MIN_WORDS
    }
    found: list[Leak] = []
    for field, text in texts:
        folded = text.casefold()
        for pattern, kind in ((EMAIL, "contact"), (PHONE, "contact"), (STREET, "contact")):
            found += [
                Leak(kind, m.group(), _around(text, m.start())) for m in pattern.finditer(text)
            ]
        found += [
            Leak("sender", who, _around(text, folded.index(who.casefold())))
            for who in names | emails
            if regex.search(rf"(?<!\w){regex.escape(who.casefold())}(?!\w)", folded)
        ]
        found += [
            Leak("sender", code, _around(text, m.start()))
            for code in postal
            for m in [regex.search(rf"(?<!\w){regex.escape(code)}(?!\w)", text)]
            if m
        ]
        if field == "template":
            found += [
                Leak("words", s.strip(), s.strip())
                for s in SENTENCE.findall(text)
                if len(WORD.findall(s)) >= MIN_WORDS and _words(s) in own
            ]
    return found


def _words(sentence: str) -> tuple[str, ...]:
    return tuple(WORD.findall(sentence.casefold()))


def _around(text: str, at: int, width: int = 60) -> str:
    return " ".join(text[max(0, at - width) : at + width].split())


def read(name: str) -> None:
    corpus = lq.load_corpus(name, lq.REAL_DOCKETS)
    if corpus is None:
        print(f"{name}: not found")
        return
    with lq._service(corpus) as app:
        with app.app_context():
            lq._submit(app, corpus, chunk=50)
        publish_all(app, corpus)
        client = app.test_client()
        texts = [t for item in corpus.titles for t in public_texts(client, item)]
    found = list(dict.fromkeys(leaks(corpus, texts)))
    counts = {k: sum(1 for f in found if f.kind == k) for k in ("contact", "sender", "words")}
    figures = ", ".join(f"{k} {v}" for k, v in counts.items())
    print(f"{name}: {len(corpus.records)} comments, {len(texts)} public strings; {figures}")
    for leak in found[:SHOWN]:
        print(f"  {leak.kind}: {leak.found!r} in ... {leak.context} ...")


def publish_all(app: Flask, corpus: lq.Corpus) -> None:
    """Publish every item as staff do (``PUT .../publication``), a day after the evening."""
    from intake.db import get_database
    from intake.services.record import RecordService

    later = datetime.now(UTC) + timedelta(days=1)
    with get_database(app).session_factory() as session:
        service = RecordService(session, lambda: later)
        for item in corpus.titles:
            service.publish(item, "benchmark")
        session.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", help="comma-separated names, as labelling_quality.py's")
    for name in parser.parse_args().corpora.split(","):
        read(name)


if __name__ == "__main__":
    main()
