"""Shared helpers for the campaign-scale benchmarks (service_load.py, labelling_scale.py).

* :func:`throwaway_postgres` creates ``intake_bench_<hex>`` through the maintenance database,
  migrates it, and drops it afterwards (also on failure).
* :class:`Corpus` generates a contested item's comments from the real seed comments in
  ``tests/fixtures/labelling/comments.jsonl``: copies of five campaigns (the first holding 30% of
  the stored comments, 300,000 at 1M) with salutations, signatures, a personal sentence in a third
  and a template sentence dropped in a tenth; unique comments; spam.
* :func:`fill_postgres` / :func:`fill_sqlite` store N such comments in exactly the state the
  labeller leaves: campaign members carry ``campaign_id`` and have no ``band_keys`` rows;
  unaffiliated comments (unique, spam) have one ``band_keys`` row per distinct lookup key; each
  campaign row has a real profile (``new_profile``/``update_profile`` over a sample of its
  members), its template sentences and representative text, and its ``campaign_band_keys`` from
  ``profile.profile_band_keys()``; one ``submitters`` row per comment; label columns filled.
  Unaffiliated comments are fingerprinted one by one (two processes); campaign members are clones
  of a pool of fingerprinted variants per campaign (real campaigns are mostly exact copies).
  On PostgreSQL the comments can be spread over several items (the hot one :data:`ITEM` holding
  80%, its campaigns spanning them), its newest few left waiting for the label queue, each
  labelled comment has its first ``label_events`` row, and the summary counters are loaded from
  the rows with their triggers off (:func:`verify_fill` checks the result against the rows).
* :func:`floor_labeller` builds the in-memory floor (``ReferenceLabeller``: datasketch MinHashLSH)
  holding the same stored corpus, so it answers the same lookups the service answers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import platform
import random
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from intake import migrate
from intake.services.comments import identity_key
from intake.text.fingerprint import Fingerprinter, signature_to_bytes
from intake.text.matching import DEFAULT_THRESHOLDS, new_profile, update_profile
from intake.text.template import personal_text, representative_text, template_segments

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "labelling" / "comments.jsonl"
SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
ITEM = "BENCH-8"
CAMPAIGNS = ("ice-sanctuary", "parking-spun", "zoning-tenants", "zoning-transit", "ice-spanish")
STORED_SHARES = (0.30, 0.10, 0.10, 0.10, 0.10)  # of stored comments; then 25% unique, 5% spam
UNIQUE_SHARE = 0.25
POSTED_SHARES = (0.30, 0.10, 0.10, 0.10, 0.10)  # of posted comments: 70% copies; 25%; 5% spam
VARIANTS = 1500  # fingerprinted variants per campaign, cloned to make its stored members
HOT_SHARE = 0.8  # of stored comments on the hot item when they are spread over several items
PROFILE_SAMPLE = 200  # members folded into each campaign's profile
SALUTATIONS = ("Dear Council,", "Dear Mayor and Council Members,", "To the City Council:", "")
CLOSINGS = ("Sincerely,", "Thank you,", "Regards,", "Best,", "")
FIRST = ("Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena")
LAST = ("Ruiz", "Chen", "Diaz", "Evans", "Fox", "Garcia", "Hill", "Ito", "Jones", "Khan")
SPAM = (
    "Buy cheap {w} now at http://deals{n}.example.com only $19.99 click here",
    "Best {w} prices!!! Order today www.shop{n}.example.net call 916-555-{n4} limited offer",
    "asdkjh qwe zxcvb asdf {w} qwerty lkjhg poiuy mnbvc {n}",
)
MACHINE = "2 cores (AMD EPYC VM), 24 GB RAM, PostgreSQL 15 on the same machine"
DB_PREFIX = "intake_bench"
BENCH_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/intake_bench"
"""The database the single-database benchmarks fill (``--url``; they wipe it first)."""


def database_arguments(parser: argparse.ArgumentParser, *, seed: int) -> None:
    """``--seed``, ``--server`` (where throwaway databases are made) and ``--keep``."""
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--server", default=SERVER)
    parser.add_argument("--keep", action="store_true", help="Keep the databases.")
    parser.add_argument(
        "--db-prefix", default=DB_PREFIX, help="Throwaway databases are named <prefix>_<hex>."
    )
    fill_arguments(parser)


def fill_arguments(parser: argparse.ArgumentParser) -> None:
    """How ``--stored`` comments are spread (:func:`fill_postgres`)."""
    parser.add_argument(
        "--items", type=int, default=5, help="Items holding --stored (the hot one 80%%)."
    )
    parser.add_argument(
        "--queued", type=int, default=20, help="Stored comments still waiting for a label."
    )


def machine_line(*, load: bool = False) -> str:
    """What a benchmark prints first: when, on which Python and machine (and how busy it was)."""
    line = (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores; {MACHINE}"
    )
    return f"{line}; load average {os.getloadavg()[0]:.1f}" if load else line


# --------------------------------------------------------------------------- databases


@contextmanager
def throwaway_postgres(
    server: str = SERVER, keep: bool = False, prefix: str = DB_PREFIX, template: str | None = None
) -> Iterator[str]:
    """A migrated ``<prefix>_<hex>`` database; yields its SQLAlchemy URL; dropped at exit.

    ``template``: a copy of that database (``CREATE DATABASE ... TEMPLATE``, a file copy: a
    million stored comments in a minute instead of a quarter of an hour's fill), already
    migrated."""
    assert prefix.startswith("intake_") and prefix.replace("_", "").isalnum(), prefix
    name = f"{prefix}_{secrets.token_hex(4)}"
    with psycopg.connect(server, autocommit=True) as conn:
        if template:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        else:
            conn.execute(f'CREATE DATABASE "{name}"')
    base = server.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    url = f"{base}/{name}"
    try:
        if not template:
            migrate.upgrade(url)
        yield url
    finally:
        if not keep:
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def labels_after(conn: psycopg.Connection[Any], after_id: int) -> list[tuple[Any, ...]]:
    """How the comments stored after ``after_id`` were labelled: (kind, campaign, count) rows,
    most first."""
    return conn.execute(
        "SELECT kind, campaign_id, count(*) FROM comments WHERE id > %s "
        "GROUP BY 1, 2 ORDER BY 3 DESC",
        (after_id,),
    ).fetchall()


def labels_line(rows: list[tuple[Any, ...]]) -> str:
    return ", ".join(f"{kind}/{campaign or '-'}/{count}" for kind, campaign, count in rows)


# --------------------------------------------------------------------------- text


def _vocabulary() -> list[str]:
    from wordfreq import top_n_list

    return [w for w in top_n_list("en", 6000) if w.isalpha() and len(w) > 2]


def seed_templates() -> dict[str, list[str]]:
    """The first real comment of each campaign in the fixture, as lines."""
    found: dict[str, list[str]] = {}
    with FIXTURE.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            name = row["truth"].get("campaign")
            if name in CAMPAIGNS and name not in found:
                lines = [x for x in row["body"].splitlines() if x.strip()]
                if lines and lines[0].lower().startswith(("dear", "to the", "estimad", "hello")):
                    lines = lines[1:]
                found[name] = lines
    return found


class Corpus:
    """Comment bodies and people of one contested item, reproducible from a seed."""

    def __init__(self, seed: int = 8) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = _vocabulary()
        templates = seed_templates()
        self.templates = [templates[name] for name in CAMPAIGNS]

    def sentence(self) -> str:
        text = " ".join(self.rng.choice(self.vocabulary) for _ in range(self.rng.randint(8, 18)))
        return text[0].upper() + text[1:] + "."

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def copy(self, campaign: int, name: str) -> str:
        rng = self.rng
        lines = list(self.templates[campaign])
        if rng.random() < 0.1 and len(lines) > 2:
            lines.pop(rng.randrange(len(lines)))
        if rng.random() < 0.33:
            lines.insert(rng.choice((0, len(lines))), self.sentence())
        parts = (rng.choice(SALUTATIONS), *lines, rng.choice(CLOSINGS), name)
        return "\n".join(p for p in parts if p)

    def unique(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def spam(self) -> str:
        rng = self.rng
        return rng.choice(SPAM).format(
            w=rng.choice(self.vocabulary), n=rng.randint(1, 99999), n4=rng.randint(1000, 9999)
        )

    def posted(self, n: int) -> list[tuple[str, str]]:
        """(kind drawn, body) for ``n`` new comments: 70% copies, 25% unique, 5% spam."""
        weights = [*POSTED_SHARES, UNIQUE_SHARE, 1 - sum(POSTED_SHARES) - UNIQUE_SHARE]
        out = []
        for _ in range(n):
            choice = self.rng.choices(range(len(weights)), weights)[0]
            if choice < len(CAMPAIGNS):
                out.append((f"copy:{CAMPAIGNS[choice]}", self.copy(choice, self.name())))
            elif choice == len(CAMPAIGNS):
                out.append(("unique", self.unique()))
            else:
                out.append(("spam", self.spam()))
        return out


# --------------------------------------------------------------------------- a burst

BURST_VARIANTS = (
    ("exact", 0.30),
    ("personal_before", 0.15),
    ("personal_after", 0.20),
    ("light_edit", 0.15),
    ("dropped_paragraph", 0.10),
    ("obfuscated", 0.10),
)
HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441"}
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")


class BurstCorpus(Corpus):
    """A campaign burst on one item (issue 16): most posts are copies of a few hot campaigns.

    Copies take one of :data:`BURST_VARIANTS`: the template verbatim (exact copies, as campaign
    tools send them), a personal paragraph before or after it, a few words changed, a paragraph
    dropped, or obfuscated with homoglyphs and zero-width characters. The rest are unique
    comments and spam. Every post is a different person."""

    def __init__(self, seed: int = 16, campaigns: int = 4, copy_share: float = 0.90) -> None:
        super().__init__(seed)
        self.templates = self.templates[:campaigns]
        self.copy_share = copy_share
        self.campaign_weights = [0.4, 0.25, 0.2, 0.15, 0.1][:campaigns]

    def variant(self, campaign: int) -> tuple[str, str]:
        rng = self.rng
        kind = rng.choices([k for k, _w in BURST_VARIANTS], [w for _k, w in BURST_VARIANTS])[0]
        lines = list(self.templates[campaign])
        if kind == "personal_before":
            lines.insert(0, " ".join(self.sentence() for _ in range(rng.randint(2, 4))))
        elif kind == "personal_after":
            lines.append(" ".join(self.sentence() for _ in range(rng.randint(2, 4))))
        elif kind == "light_edit":
            words = "\n".join(lines).split(" ")
            for _ in range(rng.randint(2, 4)):
                words[rng.randrange(len(words))] = rng.choice(self.vocabulary)
            lines = " ".join(words).split("\n")
        elif kind == "dropped_paragraph" and len(lines) > 2:
            lines.pop(rng.randrange(len(lines)))
        body = "\n".join(lines)
        if kind == "obfuscated":
            body = "".join(self._obfuscate(ch) for ch in body)
        return kind, body

    def _obfuscate(self, ch: str) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return HOMOGLYPHS.get(ch, ch)
        if roll < 0.20:
            return ch + self.rng.choice(ZERO_WIDTH)
        return ch

    def burst(self, n: int) -> list[tuple[str, str]]:
        """(kind drawn, body) for ``n`` posts: copies, then unique and spam in a 7:3 ratio."""
        out = []
        for _ in range(n):
            roll = self.rng.random()
            if roll < self.copy_share:
                c = self.rng.choices(range(len(self.templates)), self.campaign_weights)[0]
                kind, body = self.variant(c)
                out.append((f"copy:{CAMPAIGNS[c]}:{kind}", body))
            elif roll < self.copy_share + (1 - self.copy_share) * 0.7:
                out.append(("unique", self.unique()))
            else:
                out.append(("spam", self.spam()))
        return out


# --------------------------------------------------------------------------- fingerprints


@dataclass(frozen=True)
class Print:
    exact_hash: str
    signature: bytes
    shingle_count: int
    segment_keys: bytes
    lookup_keys: tuple[int, ...]


_FP: Fingerprinter | None = None


def _print(body: str) -> Print:
    global _FP
    if _FP is None:
        _FP = Fingerprinter()
    from intake.labelling.index import pack_keys

    fp = _FP.fingerprint(body)
    return Print(
        fp.exact_hash,
        signature_to_bytes(fp.signature),
        fp.shingle_count,
        pack_keys(fp.segment_hashes),
        tuple(sorted(set(fp.lookup_keys))),
    )


def fingerprint_all(bodies: list[str], processes: int = 2) -> list[Print]:
    if len(bodies) < 2000 or processes < 2:
        return [_print(b) for b in bodies]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(processes) as pool:
        return pool.map(_print, bodies, chunksize=500)


# --------------------------------------------------------------------------- stored rows


@dataclass
class StoredCorpus:
    """What was stored: enough to rebuild the same state in memory for the floor."""

    n: int
    campaign_sizes: list[int]
    campaign_profiles: list[Any]  # CampaignProfile per campaign (id = index + 1)
    unaffiliated: list[tuple[int, str, str]]  # (id, body, identity_key), unique and spam
    seconds_generate: float = 0.0
    seconds_load: float = 0.0
    band_key_rows: int = 0


def _plan(n: int, rng: random.Random) -> list[int]:
    """Per stored comment: campaign index 0-4, 5 unique, 6 spam (interleaved in time)."""
    plan: list[int] = []
    for index, share in enumerate(STORED_SHARES):
        plan += [index] * int(n * share)
    plan += [5] * int(n * UNIQUE_SHARE)
    plan += [6] * (n - len(plan))
    rng.shuffle(plan)
    return plan


def item_sizes(n: int, items: int = 1) -> list[tuple[str, int]]:
    """(item id, stored comments) per item, oldest ids first: the hot item :data:`ITEM` last with
    :data:`HOT_SHARE` of ``n`` (all of it when ``items`` is 1), the others share the rest."""
    if items <= 1:
        return [(ITEM, n)]
    hot = int(n * HOT_SHARE)
    each = (n - hot) // (items - 1)
    others = [(f"{ITEM}-{k}", each) for k in range(1, items)]
    others[-1] = (others[-1][0], n - hot - each * (items - 2))
    return [*others, (ITEM, hot)]


def generate_rows(
    n: int,
    seed: int = 8,
    *,
    item: str = ITEM,
    first_id: int = 1,
    variants: int = VARIANTS,
    campaign_members: list[int] | None = None,
    queued: int = 0,
) -> tuple[StoredCorpus, Iterator[dict[str, Any]], dict[int, dict[str, Any]]]:
    """Build every stored row of one item (fingerprinting as needed); returns the corpus, the
    comment rows (ids from ``first_id``) and the campaign rows with their keys.

    Campaign ``c`` (0-4) is always campaign id ``c + 1``: on several items the members of each
    item join the same five campaigns (a campaign spans items), whose profiles say
    ``campaign_members`` members in all. The newest ``queued`` rows are left unlabelled, as the
    label queue holds them between a POST and its labeller's batch."""
    started = time.perf_counter()
    corpus = Corpus(seed)
    rng = corpus.rng
    fingerprinter = Fingerprinter()
    plan = _plan(n, rng)
    now = datetime.now(UTC).replace(microsecond=0)
    span = 14 * 24 * 3600
    offsets = sorted(rng.randrange(600, span) for _ in range(n))  # the newest is 10 min old
    # campaign variant pools, fingerprinted, and each campaign's texts and profile
    campaigns: dict[int, dict[str, Any]] = {}
    pool_bodies = [[corpus.copy(c, corpus.name()) for _ in range(variants)] for c in range(5)]
    pool_prints = fingerprint_all([b for pool in pool_bodies for b in pool])
    for c in range(5):
        prints = pool_prints[c * variants : (c + 1) * variants]
        bodies = pool_bodies[c]
        sample = [fingerprinter.fingerprint(b) for b in bodies[:PROFILE_SAMPLE]]
        profile = new_profile(c + 1, sample[:2], DEFAULT_THRESHOLDS)
        for fp in sample[2:]:
            profile = update_profile(profile, fp, DEFAULT_THRESHOLDS)
        size = plan.count(c) if campaign_members is None else campaign_members[c]
        profile = replace(profile, member_count=max(size, profile.member_count))
        norms = sorted(template_segments(bodies[:64]))
        campaigns[c] = {
            "id": c + 1,
            "bodies": bodies,
            "prints": prints,
            "personal": [personal_text(b, norms) for b in bodies],
            "profile": profile,
            "norms": norms,
            "text": representative_text(bodies[:64]),
            "keys": sorted(
                set(
                    profile.profile_band_keys(
                        fingerprinter.scheme, DEFAULT_THRESHOLDS.max_profile_sentence_keys
                    )
                )
            ),
            "size": size,
        }
    # unaffiliated bodies, fingerprinted one by one
    loose_bodies = [corpus.unique() if kind == 5 else corpus.spam() for kind in plan if kind >= 5]
    loose_prints = fingerprint_all(loose_bodies)
    stored = StoredCorpus(
        n,
        [campaigns[c]["size"] for c in range(5)],
        [campaigns[c]["profile"] for c in range(5)],
        [],
    )

    def rows() -> Iterator[dict[str, Any]]:
        loose = 0
        for index, kind in enumerate(plan):
            cid = first_id + index
            name = corpus.name()
            email = f"stored{cid}@example.org"
            person = identity_key({"name": name, "email": email})
            row: dict[str, Any] = {
                "id": cid,
                "item_id": item,
                "received_at": now - timedelta(seconds=span - offsets[index]),
                "name": name,
                "email": email,
                "identity_key": person,
                "position": rng.choice(("support", "oppose", None)),
                "campaign_id": None,
                "personal_text": None,
                "similarity": None,
                "spam_score": 0.02,
                "decided_by": "system",
                "keys": (),
            }
            if kind < 5:
                camp = campaigns[kind]
                v = rng.randrange(variants)
                pr = camp["prints"][v]
                row.update(
                    body=camp["bodies"][v],
                    kind="form_letter",
                    campaign_id=kind + 1,
                    similarity=0.93,
                    personal_text=camp["personal"][v],
                )
            else:
                body, pr = loose_bodies[loose], loose_prints[loose]
                loose += 1
                row.update(body=body, kind="unique" if kind == 5 else "spam", keys=pr.lookup_keys)
                if kind == 6:
                    row["spam_score"] = 0.91
            if index >= n - queued:  # stored, answered, not yet labelled
                row.update(
                    kind=None,
                    campaign_id=None,
                    similarity=None,
                    personal_text=None,
                    spam_score=None,
                    decided_by=None,
                    keys=(),
                )
            elif row["campaign_id"] is None:
                stored.unaffiliated.append((cid, row["body"], person))
                stored.band_key_rows += len(pr.lookup_keys)
            row.update(
                exact_hash=pr.exact_hash,
                signature=pr.signature,
                shingle_count=pr.shingle_count,
                segment_keys=pr.segment_keys,
            )
            yield row

    stored.seconds_generate = time.perf_counter() - started
    return stored, rows(), campaigns


def fill_postgres(
    url: str, n: int, seed: int = 8, *, items: int = 1, queued: int = 0, variants: int = VARIANTS
) -> StoredCorpus:
    """Store ``n`` labelled comments on ``items`` items (:func:`item_sizes`) with COPY, the
    newest ``queued`` of the hot item still waiting for their label; returns the hot item's
    corpus (with every item's unaffiliated comments).

    The summary counters' triggers (migration 0012: deferred, per row, so a million-row COPY
    queued a million trigger calls for its COMMIT, which did not finish in 40 minutes) are
    disabled for the fill's transaction and the counters are then loaded in one statement per
    table from the rows, by the migration's own backfill, before the triggers are enabled again
    in the same transaction: the database is as if each row had been counted on its way in
    (:func:`verify_fill` checks it). Each labelled comment gets the ``label_events`` row of its
    first label, as the labeller writes it."""
    sizes = item_sizes(n, items)
    members = [sum(int(m * share) for _i, m in sizes) for share in STORED_SHARES]
    first_ids = [1 + sum(m for _i, m in sizes[:k]) for k in range(len(sizes))]
    stored, hot_rows, campaigns = generate_rows(
        sizes[-1][1],
        seed,
        first_id=first_ids[-1],
        variants=variants,
        campaign_members=members,
        queued=queued,
    )
    started = time.perf_counter()
    with psycopg.connect(libpq(url)) as conn, conn.cursor() as cur:
        cur.execute("ALTER TABLE comments DISABLE TRIGGER USER")
        for item, _m in sizes:
            cur.execute(
                "INSERT INTO agenda_items (id, title, created_at, updated_at) "
                "VALUES (%s, %s, now(), now())",
                (item, "Benchmark: a contested item"),
            )
        for c in campaigns.values():
            cur.execute(
                "INSERT INTO campaigns (id, created_at, representative_text, profile, "
                "template_norms) VALUES (%s, now() - interval '14 days', %s, %s, %s)",
                (c["id"], c["text"], c["profile"].to_bytes(), json.dumps(c["norms"])),
            )
        with cur.copy("COPY campaign_band_keys (band_key, campaign_id) FROM STDIN") as cp:
            for c in campaigns.values():
                for key in c["keys"]:
                    cp.write_row((key, c["id"]))
        people: list[tuple[int, str, str, str, str]] = []
        band: list[tuple[int, int]] = []
        for k, (item, m) in enumerate(sizes[:-1]):
            other, rows, _campaigns = generate_rows(
                m, seed + 1 + k, item=item, first_id=first_ids[k], variants=variants
            )
            stored.unaffiliated += other.unaffiliated
            stored.band_key_rows += other.band_key_rows
            _copy_comments(cur, rows, people, band)
        _copy_comments(cur, hot_rows, people, band)
        with cur.copy(
            "COPY submitters (comment_id, name, email, postal_code, identity_key) FROM STDIN"
        ) as cp:
            for p in people:
                cp.write_row(p)
        with cur.copy("COPY band_keys (band_key, comment_id) FROM STDIN") as cp:
            for b in band:
                cp.write_row(b)
        _derived_rows(cur)
        cur.execute("ALTER TABLE comments ENABLE TRIGGER USER")
        cur.execute("SELECT setval('comments_id_seq', %s)", (n,))
        cur.execute("SELECT setval('campaigns_id_seq', 5)")
        conn.commit()
        conn.autocommit = True
        for table in (*FILLED_TABLES, *COUNTER_TABLES):
            if _has_table(cur, table):
                cur.execute(f"VACUUM ANALYZE {table}")
    stored.seconds_load = time.perf_counter() - started
    return stored


FILLED_TABLES = (
    "comments",
    "submitters",
    "band_keys",
    "campaigns",
    "campaign_band_keys",
    "sender_counts",
    "label_events",
)
COUNTER_TABLES = ("summary_groups", "summary_hours", "summary_person_tally", "summary_people")


def _copy_comments(
    cur: Any,
    rows: Iterator[dict[str, Any]],
    people: list[tuple[int, str, str, str, str]],
    band: list[tuple[int, int]],
) -> None:
    """COPY one item's comment rows; its submitters and band keys are collected for later."""
    with cur.copy(
        "COPY comments (id, item_id, body, position, received_at, source, exact_hash, "
        "signature, shingle_count, segment_keys, kind, campaign_id, similarity, "
        "personal_text, spam_score, reasons, decided_by, honeypot_filled, person_key, "
        "has_personal_text) FROM STDIN"
    ) as cp:
        for r in rows:
            cp.write_row(
                (
                    r["id"],
                    r["item_id"],
                    r["body"],
                    r["position"],
                    r["received_at"],
                    "form",
                    r["exact_hash"],
                    r["signature"],
                    r["shingle_count"],
                    r["segment_keys"],
                    r["kind"],
                    r["campaign_id"],
                    r["similarity"],
                    r["personal_text"],
                    r["spam_score"],
                    "[]",
                    r["decided_by"],
                    False,
                    person_key(r["identity_key"]),
                    bool(r["personal_text"]),
                )
            )
            people.append((r["id"], r["name"], r["email"], "95818", r["identity_key"]))
            band.extend((k, r["id"]) for k in r["keys"])


def _derived_rows(cur: Any) -> None:
    """What the service writes beside each comment, from the stored rows in one statement each:
    the people signal's counters (migration 0005's backfill; stored comments have no address),
    each labelled comment's first ``label_events`` row, and the summary counters (migration
    0012's backfill, on empty counter tables)."""
    if _has_table(cur, "sender_counts"):
        cur.execute(
            "INSERT INTO sender_counts (item_id, signal, sender_key, bucket, comments) "
            "SELECT item_id, 1, person_key, "
            "(floor(extract(epoch FROM received_at) / 60) * 60)::bigint, count(*) "
            "FROM comments GROUP BY 1, 2, 3, 4"
        )
    cur.execute(
        "INSERT INTO label_events (comment_id, created_at, actor, from_kind, to_kind, "
        "from_campaign_id, to_campaign_id, reason) "
        "SELECT id, received_at + interval '250 milliseconds', 'system', NULL, kind, NULL, "
        "campaign_id, CASE WHEN campaign_id IS NULL THEN 'no campaign matched' "
        "ELSE 'exact copy' END FROM comments WHERE kind IS NOT NULL ORDER BY id"
    )
    if not _has_table(cur, "summary_groups"):
        return  # a schema before migration 0012 (a benchmark of an older commit)
    for table in COUNTER_TABLES:
        cur.execute(f"DELETE FROM {table}")
    for statement in _counter_backfill("postgresql"):
        cur.execute(statement)


def _counter_backfill(dialect: str) -> list[str]:
    """Migration 0012's backfill statements (the migration module's name is not importable
    as such: it starts with a digit)."""
    import importlib

    module = importlib.import_module("intake.migrations.versions.0012_summary_counters")
    return list(module.backfill_statements(dialect))


def verify_fill(url: str) -> dict[str, int]:
    """Check a filled database is as if its rows had come through the service; raises
    AssertionError on the first difference, returns what it counted.

    Per item, the live summary (from the counters) equals the one aggregated from the comments
    themselves; the counters' totals equal plain counts; every comment has a submitter, every
    labelled one its first label event; the counter triggers are enabled again."""
    from intake import create_app
    from intake.db import get_database
    from intake.services.summary import SummaryService

    with psycopg.connect(libpq(url)) as conn:

        def one(sql: str) -> int:
            row = conn.execute(sql).fetchone()
            assert row is not None
            return int(row[0] or 0)

        counted = {
            "comments": one("SELECT count(*) FROM comments"),
            "submitters": one("SELECT count(*) FROM submitters"),
            "waiting": one("SELECT count(*) FROM comments WHERE kind IS NULL"),
            "first_labels": one(
                "SELECT count(*) FROM label_events WHERE from_kind IS NULL AND actor = 'system'"
            ),
            "counted_groups": one("SELECT sum(n) FROM summary_groups"),
            "counted_hours": one("SELECT sum(n) FROM summary_hours"),
            "disabled_triggers": one(
                "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'comments'::regclass "
                "AND NOT tgisinternal AND tgenabled = 'D'"
            ),
        }
        people = conn.execute(
            "SELECT (SELECT n FROM summary_people p WHERE p.item_id = c.item_id "
            "AND p.campaign_id = 0), count(DISTINCT person_key) FROM comments c "
            "WHERE kind IS DISTINCT FROM 'spam' GROUP BY item_id"
        ).fetchall()
        items = [r[0] for r in conn.execute("SELECT id FROM agenda_items ORDER BY id")]
    assert counted["submitters"] == counted["comments"], counted
    assert counted["first_labels"] == counted["comments"] - counted["waiting"], counted
    assert counted["counted_groups"] == counted["comments"], counted
    assert counted["counted_hours"] == counted["comments"], counted
    assert counted["disabled_triggers"] == 0, counted
    assert all(kept == recount for kept, recount in people), people
    app = create_app({"database_url": url, "log_level": "WARNING", "rate_limit_enabled": False})
    session = get_database(app).session_factory()
    try:
        service = SummaryService(session)
        for item in items:
            live = asdict(service.summarise(item))
            scanned = asdict(service.summarise(item, until=datetime(2100, 1, 1, tzinfo=UTC)))
            del live["as_of"], scanned["as_of"]
            assert live == scanned, f"{item}: counters differ from the comments"
    finally:
        session.close()
        get_database(app).dispose()
    return counted


def person_key(identity: str) -> int:
    """Migration 0004's comments.person_key: the identity key's first 64 bits, signed."""
    return int.from_bytes(bytes.fromhex(identity[:16]), "big", signed=True)


def _has_table(cur: Any, name: str) -> bool:
    cur.execute("SELECT to_regclass(%s) IS NOT NULL", (name,))
    row = cur.fetchone()
    return bool(row and row[0])


def fill_sqlite(url: str, n: int, seed: int = 8) -> StoredCorpus:
    """The same state in SQLite, through SQLAlchemy Core executemany (SQLite has no COPY)."""
    from sqlalchemy import insert

    from intake.db import make_engine
    from intake.models import (
        AgendaItem,
        BandKey,
        Campaign,
        CampaignBandKey,
        Comment,
        Submitter,
    )

    stored, rows, campaigns = generate_rows(n, seed)
    started = time.perf_counter()
    engine = make_engine(url)
    created = datetime.now(UTC) - timedelta(days=14)
    extra = "person_key" in Comment.__table__.c
    with engine.begin() as conn:
        conn.execute(insert(AgendaItem), [{"id": ITEM, "title": "Benchmark: a contested item"}])
        conn.execute(
            insert(Campaign),
            [
                {
                    "id": c["id"],
                    "created_at": created,
                    "representative_text": c["text"],
                    "profile": c["profile"].to_bytes(),
                    "template_norms": c["norms"],
                }
                for c in campaigns.values()
            ],
        )
        conn.execute(
            insert(CampaignBandKey),
            [
                {"band_key": k, "campaign_id": c["id"]}
                for c in campaigns.values()
                for k in c["keys"]
            ],
        )
        comments: list[dict[str, Any]] = []
        people: list[dict[str, Any]] = []
        band: list[dict[str, Any]] = []

        def flush() -> None:
            conn.execute(insert(Comment), comments)
            conn.execute(insert(Submitter), people)
            if band:
                conn.execute(insert(BandKey), band)
            comments.clear()
            people.clear()
            band.clear()

        for r in rows:
            comments.append(
                {
                    "id": r["id"],
                    "item_id": ITEM,
                    "body": r["body"],
                    "position": r["position"],
                    "received_at": r["received_at"],
                    "source": "form",
                    "exact_hash": r["exact_hash"],
                    "signature": r["signature"],
                    "shingle_count": r["shingle_count"],
                    "segment_keys": r["segment_keys"],
                    "kind": r["kind"],
                    "campaign_id": r["campaign_id"],
                    "similarity": r["similarity"],
                    "personal_text": r["personal_text"],
                    "spam_score": r["spam_score"],
                    "reasons": [],
                    "decided_by": "system",
                    "honeypot_filled": False,
                    **(
                        {
                            "person_key": person_key(r["identity_key"]),
                            "has_personal_text": bool(r["personal_text"]),
                        }
                        if extra
                        else {}
                    ),
                }
            )
            people.append(
                {
                    "comment_id": r["id"],
                    "name": r["name"],
                    "email": r["email"],
                    "postal_code": "95818",
                    "identity_key": r["identity_key"],
                }
            )
            band.extend({"band_key": k, "comment_id": r["id"]} for k in r["keys"])
            if len(comments) >= 20_000:
                flush()
        if comments:
            flush()
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    stored.seconds_load = time.perf_counter() - started
    return stored


# --------------------------------------------------------------------------- the floor


def floor_labeller(stored: StoredCorpus) -> Any:
    """A ReferenceLabeller (datasketch MinHashLSH) holding the same stored state: unaffiliated
    comments in the LSH and sentence index, campaigns as profiles under their keys."""
    from intake.text.reference import Label, ReferenceLabeller, _Stored

    ref = ReferenceLabeller()
    fingerprinter = ref.fingerprinter
    for cid, body, person in stored.unaffiliated:
        fp = fingerprinter.fingerprint(body)
        ref.labels[cid] = Label("unique")
        ref._index(cid, fp, person, ITEM)
    for index, profile in enumerate(stored.campaign_profiles):
        ref.profiles[index + 1] = profile
        for key in profile.profile_band_keys(ref.scheme):
            ref._campaign_keys[key].add(index + 1)
    del _Stored
    return ref


# --------------------------------------------------------------------------- processes


def plain_lsh_cpu(ref: Any, prints: list[Any]) -> float:
    """CPU seconds per comment for plain datasketch alone: each signature made a MinHash, queried
    in and inserted into the floor labeller's LSH (then taken out again, uncounted, so the floor's
    own runs see the stored corpus only)."""
    from datasketch import MinHash

    scheme = ref.scheme
    cpu0 = time.process_time()
    for i, fp in enumerate(prints):
        mh = MinHash(seed=scheme.seed, hashvalues=fp.signature, scheme=scheme.minhash_scheme)
        ref._lsh.query(mh)
        ref._lsh.insert(("plain", i), mh)
    seconds = (time.process_time() - cpu0) / len(prints)
    for i in range(len(prints)):
        ref._lsh.remove(("plain", i))
    return seconds


def proc_cpu_seconds(pid: int) -> float:
    """utime + stime of one process and of its reaped children (seconds), 0 when it is gone.

    PostgreSQL backends exit when their connection closes; the postmaster's cutime/cstime keep
    their CPU time, so summing over live processes including those fields loses nothing."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0.0


def proc_rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0.0


def pids_named(name: str) -> list[int]:
    """Processes whose command name (comm) starts with ``name`` (for CPU accounting only)."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm", encoding="ascii") as fh:
                    if fh.read().strip().startswith(name):
                        out.append(int(entry))
            except OSError:
                continue
    return out


def is_labeller(pid: int) -> bool:
    """The label queue's process (``intake label --follow``) among the server's children."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"label\x00--follow" in fh.read()
    except OSError:
        return False


def children(pid: int) -> list[int]:
    """``pid``'s child processes, whichever of its threads started them (gunicorn's arbiter
    starts the labeller from a thread of its own)."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                found += [int(x) for x in fh.read().split()]
        except OSError:
            continue
    return found


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def hashed(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]
