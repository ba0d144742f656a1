"""Round 20: what the learned spam model adds on a spam set it never saw, leave-one-set-out.

    .venv/bin/python benchmarks/labelling_quality.py --no-peers --no-starter --corpora C \\
        --dump /tmp/d.jsonl
    .venv/bin/python benchmarks/spam_learned_loso.py --dump /tmp/d.jsonl --corpora C

For each spam set H among ``--corpora``, a model is trained (``learned.train``, as ``intake spam
train`` does from staff decisions, marked a starter as shipped) on every other spam set's truth,
and H's comments are labelled again with it: spam caught and legitimate comments flagged before
(the engine alone) and after, and the legitimate comments of the other corpora (real dockets,
fixture, generated, burst) the model would flag. Before the per-set lines, the model trained on
every spent set (the shipped one) is checked on the other corpora's legitimate comments.

Session 19 (loso19): each comment's verdict is the engine's own. Its content evidence is read
again (``scoring.content_evidence``, through a ``TextMemo``: once per text and context) with the
item's context the service gives it (the title and the earlier comments of the item not labelled
spam, newest first, by this run's own labels, so a comment the model flags leaves the context of
later ones); its bot evidence (bursts, velocity, honeypot, which the text does not say) and
whether it was scored as a campaign's form letter are read from the dump. The model's evidence
(``scoring.learned_evidence``) and the content are then combined by ``scoring.combine``, the
function ``scoring.score`` ends with: the model's evidence counts only where the content does,
round 25's corroboration and the all-but-certain starter reading (session 19) included. Without a
model the run must give every dumped comment its dumped score and reasons; the comments it does
not are counted and shown (``--show``). Left as the dump has them: campaigns (a comment's
membership, and the verdict a member shows) and bot evidence. About two minutes for the 59 spent
corpora.

The options try other model variants (round 20's model is ``--evidence-ngrams 12 --no-words``);
``--extra-ham`` adds the legitimate comments of other corpora to the training data, each such
corpus checked by a model trained without it. The engine's settings are the service's: the
``INTAKE_SPAM_<FIELD>`` environment variables (say ``INTAKE_SPAM_STARTER_SURE_WEIGHT=0.4``).

Session 26 (learn26): ``--learner logistic`` (or ``nblogistic``) with ``--l2`` trains logistic
regression on the same features (``learned.train``); ``--held`` holds out only the named spam sets
(the check of the model on every set is then skipped); ``--scales`` measures each held-out model
with its prior and ``evidence_ngrams`` multiplied by each factor (a temperature, which moves the
probability bands of ``scoring.learned_evidence`` without retraining). Logistic regression takes
about a minute per fold on a shared machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelling_quality import REAL_DOCKETS, Corpus, load_corpus

from intake.config import load_dataclass
from intake.labelling.item_context import CONTEXT_COMMENTS
from intake.text.spam import learned, starter
from intake.text.spam.evidence import Evidence
from intake.text.spam.scoring import (
    TextMemo,
    combine,
    counts_content,
    displayed,
    learned_evidence,
)
from intake.text.spam.settings import SpamSettings, SpamVerdict

BLIND = frozenset(
    {
        "spam-heldout-54",
        "spam-heldout-55",
        "spam-heldout-56",
        "spam-heldout-57",
        "spam-heldout-58",
        "spam-heldout-59",
        "spam-heldout-60",
        "spam-heldout-61",
        "spam-heldout-62",
        "spam-heldout-63",
    }
)
"""Sets still read blind by the lead: refused, never opened. Spending one takes it out of here."""


def blind(name: str) -> bool:
    """Whether ``name`` is a set read blind (:data:`BLIND`)."""
    return name in BLIND


def train_without(
    without: Corpus | None,
    spam_sets: Sequence[Corpus],
    extra: Sequence[Corpus] = (),
    min_documents: int = starter.MIN_DOCUMENTS,
    evidence_ngrams: float = starter.EVIDENCE_NGRAMS,
    words: bool = starter.WORDS,
    learner: str = "nb",
    l2: float = learned.L2,
) -> learned.LearnedModel:
    """A model as the starter is built (every comment of ``spam_sets`` with its truth, and the
    residents of ``extra``), leaving out the corpus ``without``: a set is read by a model that
    never saw it."""
    examples = [
        learned.Example(r.body, r.spam) for c in spam_sets if c is not without for r in c.records
    ]
    examples += [
        learned.Example(r.body, False)
        for c in extra
        if c is not without
        for r in c.records
        if not r.spam
    ]
    model = learned.train(examples, min_documents, evidence_ngrams, words, learner, l2)
    return dataclasses.replace(model, ham_keys=frozenset(), starter=True)  # as shipped


def read_dump(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    rows = (json.loads(line) for line in path.open(encoding="utf-8"))
    return {(row["corpus"], row["index"]): row for row in rows}


_REASON = re.compile(r"^(?P<detail>.*) \(\+(?P<weight>\d+\.\d\d)\)$", re.S)


@dataclasses.dataclass(frozen=True)
class Comment:
    """One dumped comment as the engine reads it, with what the dump says of it besides its
    text: its bot evidence and whether it was scored as a campaign's form letter."""

    index: int
    item: str
    spam: bool  # its truth
    text: str  # as the signals read it (scoring.displayed)
    wants_context: bool
    form_letter: bool
    bot: tuple[Evidence, ...]
    dumped: dict[str, Any]


class Labelled:
    """A corpus's comments in arrival order, read once, labelled again with any model."""

    def __init__(
        self,
        corpus: Corpus,
        dumped: dict[tuple[str, int], dict[str, Any]],
        memo: TextMemo,
    ) -> None:
        self.name = corpus.name
        self.memo = memo
        self.titles = {item: displayed(title[:500]) for item, title in corpus.titles.items()}
        self.comments: list[Comment] = []
        for index, record in enumerate(corpus.records):
            row = dumped[(corpus.name, index)]
            self.comments.append(
                Comment(
                    index=index,
                    item=record.item,
                    spam=record.spam,
                    text=displayed(record.body),
                    wants_context=memo.wants_item_context(record.body),
                    form_letter=row["kind"] == "form_letter",
                    bot=(),
                    dumped=row,
                )
            )
        # The engine alone, the dump's labels: how many reasons of each are content's tells the
        # bot evidence (listed after the content's) apart.
        alone = self.label(None)
        for n, (comment, verdict) in enumerate(zip(self.comments, alone, strict=True)):
            tail = comment.dumped["reasons"][len(verdict.reasons) :]
            bot = tuple(_bot_evidence(reason) for reason in tail)
            self.comments[n] = dataclasses.replace(comment, bot=bot)
        self.alone = self.label(None)
        self.unlike = [
            (c, v)
            for c, v in zip(self.comments, self.alone, strict=True)
            if round(v.score, 4) != (c.dumped["spam_score"] or 0.0)
            or list(v.reasons) != c.dumped["reasons"]
        ]

    def label(self, model: learned.LearnedModel | None) -> list[SpamVerdict]:
        """Every comment's verdict, in arrival order, as ``scoring.score`` gives it with
        ``model``: the context of a comment that wants it is its item's title and its earlier
        comments not labelled spam here, newest first."""
        settings = self.memo.settings
        earlier: dict[str, list[str]] = defaultdict(list)
        verdicts = []
        learned_of: dict[str, list[Evidence]] = {}
        for c in self.comments:
            context = None
            if c.wants_context:
                before = earlier[c.item][-CONTEXT_COMMENTS:]
                context = (self.titles.get(c.item, ""), *reversed(before))
            content = self.memo.content(c.text, context)
            count = counts_content(c.form_letter, content)
            found: list[Evidence] = []
            if count and model is not None:
                if c.text not in learned_of:
                    learned_of[c.text] = learned_evidence(c.text, model, settings)
                found = learned_of[c.text]
            verdict = combine(content, list(c.bot), found, count, settings)
            verdicts.append(verdict)
            if not verdict.is_spam:
                earlier[c.item].append(c.text)
        return verdicts

    def figures(self, model: learned.LearnedModel) -> tuple[int, int, int, int]:
        """Spam caught and legitimate comments flagged, by the engine alone and with ``model``."""
        before = after = legit_before = legit_after = 0
        for c, alone, now in zip(self.comments, self.alone, self.label(model), strict=True):
            if c.spam:
                before += alone.is_spam
                after += now.is_spam
            else:
                legit_before += alone.is_spam
                legit_after += now.is_spam
        return before, after, legit_before, legit_after


def _bot_evidence(reason: str) -> Evidence:
    """A dumped bot reason read back as evidence (its weight as shown, to two places)."""
    found = _REASON.match(reason)
    if found is None:
        return Evidence(0.0, reason, bot=True)
    return Evidence(float(found["weight"]), found["detail"], bot=True)


def check(path: Path, read: dict[str, Labelled], show: int) -> None:
    """How many comments of a dump made with the shipped starter model the script, labelling
    with that model, gives another score or other reasons (and a few of them)."""
    shipped = starter.starter_model()
    assert shipped is not None
    dumped = read_dump(path)
    unlike = []
    for name, labelled in read.items():
        for comment, verdict in zip(labelled.comments, labelled.label(shipped), strict=True):
            row = dumped[(name, comment.index)]
            if (
                round(verdict.score, 4) != (row["spam_score"] or 0.0)
                or list(verdict.reasons) != row["reasons"]
            ):
                unlike.append((name, comment.index, row, verdict))
    total = sum(len(r.comments) for r in read.values())
    print(
        f"with the shipped starter model, {total - len(unlike)} of {total} comments get the "
        f"score and reasons of {path}"
    )
    for name, index, row, verdict in unlike[:show]:
        print(f"  {name} #{index}: dumped {row['spam_score']} {row['reasons']}")
        print(f"  {' ' * len(name)}  again  {round(verdict.score, 4)} {list(verdict.reasons)}")


def main() -> None:
    started = time.perf_counter()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True, help="labelling_quality --no-starter")
    parser.add_argument("--corpora", required=True)
    parser.add_argument("--evidence-ngrams", type=float, default=starter.EVIDENCE_NGRAMS)
    parser.add_argument("--min-documents", type=int, default=starter.MIN_DOCUMENTS)
    parser.add_argument(
        "--words",
        action=argparse.BooleanOptionalAction,
        default=starter.WORDS,
        help="words and word pairs beside character n-grams",
    )
    parser.add_argument("--learner", choices=learned.LEARNERS, default="nb")
    parser.add_argument("--l2", type=float, default=learned.L2, help="the logistic learners' L2")
    parser.add_argument("--held", default="", help="hold out only these spam sets (default all)")
    parser.add_argument(
        "--scales",
        default="1",
        help="multipliers of each held-out model's prior and evidence_ngrams, each measured",
    )
    parser.add_argument(
        "--extra-ham",
        default="",
        help="corpora among --corpora whose legitimate comments are trained on as well; each is "
        "checked by a model trained without it",
    )
    parser.add_argument(
        "--show", type=int, default=3, help="comments not reproduced (the engine alone), shown"
    )
    parser.add_argument(
        "--check",
        type=Path,
        help="a dump labelled with the shipped starter model (labelling_quality without "
        "--no-starter): count the comments this script, labelling with that model, does not "
        "give its dumped score and reasons",
    )
    args = parser.parse_args()
    names = args.corpora.split(",")
    if any(blind(n) for n in names):
        parser.error(f"blind sets ({', '.join(sorted(BLIND))}) must be left out of --corpora")
    dumped = read_dump(args.dump)
    if any("starter model" in r for row in dumped.values() for r in row["reasons"]):
        parser.error("the dump was labelled with the starter model: make it with --no-starter")
    settings = load_dataclass(SpamSettings, "INTAKE_SPAM_", os.environ)
    memo = TextMemo(settings)
    corpora = [c for n in names if (c := load_corpus(n, REAL_DOCKETS))]
    read = {c.name: Labelled(c, dumped, memo) for c in corpora}
    unlike = [(name, comment, v) for name, r in read.items() for comment, v in r.unlike]
    print(
        f"the engine alone gives {sum(len(r.comments) for r in read.values()) - len(unlike)} of "
        f"{sum(len(r.comments) for r in read.values())} dumped comments their dumped score and "
        f"reasons ({time.perf_counter() - started:.0f} s)"
    )
    for name, comment, v in unlike[: args.show]:
        row = comment.dumped
        print(f"  {name} #{comment.index}: dumped {row['spam_score']} {row['reasons']}")
        print(f"  {' ' * len(name)}  again  {round(v.score, 4)} {list(v.reasons)}")
    if args.check is not None:
        check(args.check, read, args.show)
    spam_sets = [c for c in corpora if c.name.startswith("spam-")]
    others = [c for c in corpora if not c.name.startswith("spam-")]
    extra = [c for c in others if c.name in set(args.extra_ham.split(","))]

    def train(without: Corpus | None) -> learned.LearnedModel:
        return train_without(
            without,
            spam_sets,
            extra,
            args.min_documents,
            args.evidence_ngrams,
            args.words,
            args.learner,
            args.l2,
        )

    held_sets = spam_sets
    if args.held:
        held_sets = [c for c in spam_sets if c.name in set(args.held.split(","))]
    else:
        full = train(None)
        own = {c.name: train(c) for c in extra}  # a corpus trained on is checked without it
        checked = {c.name: read[c.name].figures(own.get(c.name, full))[3] for c in others}
        print("the model on every spent set, legit flagged elsewhere:", checked)
    scales = [float(x) for x in args.scales.split(",")]
    totals = {scale: [0, 0, 0, 0, 0, 0] for scale in scales}
    for held in held_sets:
        trained = train(held)
        for scale in scales:
            model = dataclasses.replace(
                trained,
                prior=trained.prior * scale,
                evidence_ngrams=trained.evidence_ngrams * scale,
            )
            before, after, legit_before, legit_after = read[held.name].figures(model)
            elsewhere = [read[c.name].figures(model) for c in others if c not in extra]
            others_before = sum(f[2] for f in elsewhere)
            others_after = sum(f[3] for f in elsewhere)
            spam = sum(r.spam for r in held.records)
            print(
                f"{held.name:<18} {'' if scale == 1 else f'x{scale:g} '}"
                f"spam caught {before:>3} -> {after:>3} of {spam:>3}, "
                f"legit flagged {legit_before} -> {legit_after}, "
                f"other corpora's legit flagged {others_before} -> {others_after}",
                flush=True,
            )
            values = (before, after, spam, legit_before, legit_after, others_after - others_before)
            for n, value in enumerate(values):
                totals[scale][n] += value
    for scale, total in totals.items():
        print(
            f"all sets{'' if scale == 1 else f' x{scale:g}'}: spam caught {total[0]} -> "
            f"{total[1]} of {total[2]}, held legit flagged {total[3]} -> {total[4]}, other "
            f"corpora's legit flagged by the held-out models {total[5]} more (summed over the "
            f"sets) ({time.perf_counter() - started:.0f} s)"
        )


if __name__ == "__main__":
    main()
