"""Build the sample backlog files in this folder from the labelled corpus (output committed).

Why: a new user should be able to run ``intake import`` straight after install on comments
that look like a real docket's. The bodies are the real eComments of item 2026-00837 (a
Sacramento City Council item; ``/work/shared/seeds``), cut into single comments, plus the
variants and near-misses of ``tests/fixtures/labelling/comments.jsonl`` on two more items;
every name, email and postal code is invented. Timestamps are invented too, in file order, with
a Pacific offset as an old system would write them. One seeded RNG: re-running reproduces the
files byte for byte.

    .venv/bin/python examples/make_samples.py
"""

from __future__ import annotations

import csv
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE.parent / "tests" / "fixtures" / "labelling" / "comments.jsonl"
PACIFIC = timezone(timedelta(hours=-8))
START = datetime(2026, 11, 10, 8, 0, tzinfo=PACIFIC)


def main() -> None:
    rng = random.Random(837)  # noqa: S311 - reproducible sample data, not a secret
    records = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines()]
    moment = START
    rows = []
    for record in records:
        moment += timedelta(seconds=rng.randint(40, 3600))
        rows.append(
            {
                "id": f"EC-{record['id']:05d}",
                "item": record["item"],
                "received_at": moment.isoformat(),
                "name": record["submitter"]["name"],
                "email": record["submitter"]["email"],
                "postal_code": record["submitter"].get("postal") or "",
                "body": record["body"],
            }
        )
    with (HERE / "ecomments-2026-00837.csv").open("w", encoding="utf-8", newline="") as fh:
        columns = ["Comment ID", "Received At", "Position", "Name", "Email", "Zip", "Comment"]
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            if row["item"] == "2026-00837":
                writer.writerow(
                    [
                        row["id"],
                        row["received_at"],
                        "",
                        row["name"],
                        row["email"],
                        row["postal_code"],
                        row["body"],
                    ]
                )
    with (HERE / "ecomments-backlog.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            entry = {
                "id": row["id"],
                "item": row["item"],
                "received_at": row["received_at"],
                "body": row["body"],
                "submitter": {
                    "name": row["name"],
                    "email": row["email"],
                    "postal_code": row["postal_code"] or None,
                },
            }
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
