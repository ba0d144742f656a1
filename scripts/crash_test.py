"""Crash test: SIGKILL a gunicorn worker and the labeller under load; nothing acknowledged is lost
or half written, nothing labelled twice.

Starts the real server (``intake serve --workers 3``, which runs its labeller process beside
the workers) on a free loopback port against a throwaway PostgreSQL database, loads it from
separate processes over loopback, kills one worker and the labeller with SIGKILL once comments
are being acknowledged, lets the load finish and waits for the restarted labeller to label what
waits. Then it checks:

* every comment acknowledged with 201 (before, during or after the kill) is stored, once, with
  the body it was sent with;
* nothing is half written: every comment has its fingerprint (exact_hash, signature), a label
  kind, a submitter and exactly one first label event, and no submitter, band key or label
  event is orphaned;
* the service kept answering on the other workers, and answers after the kill;
* the server's log (gunicorn access log included) holds no email, address or token.

Usage: INTAKE_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/postgres \
    .venv/bin/python scripts/crash_test.py        (exit status 0 = passed)
"""

from __future__ import annotations

import http.client
import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.models import AgendaItem  # noqa: E402
from intake.services.tokens import TokenService  # noqa: E402
from tests.scratch_db import throwaway_database  # noqa: E402
from tests.served import stop  # noqa: E402

ITEM = "CRASH-1"
LOADERS = 4
PER_LOADER = 60
KILL_AFTER_ACKS = 40
REQUEST_TIMEOUT = 20
ADDRESS = "2100 Land Park Dr"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def post(base: str, path: str, payload: dict[str, Any], token: str | None = None) -> Any:
    """POST JSON; returns (status, body) or (None, error name) when the connection broke."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(  # noqa: S310 - http://127.0.0.1 only
        base + path, data=json.dumps(payload).encode(), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:  # noqa: S310
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        # Reset, refused, or an answer cut off mid-way (an incomplete read, a partial JSON body)
        # by the killed worker: not acknowledged.
        return None, type(exc).__name__


def get_status(base: str, path: str) -> int | None:
    try:
        with urllib.request.urlopen(base + path, timeout=REQUEST_TIMEOUT) as response:  # noqa: S310
            status: int = response.status
            return status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return None


def load(base: str, loader: int, acks: Any, results: Any) -> None:
    """One client process: posts form letters and own comments, reports every outcome."""
    outcomes = []
    for n in range(PER_LOADER):
        tag = f"L{loader}-N{n}"
        body = (
            f"Please fund the branch library on Franklin Boulevard this year. {tag}"
            if n % 2
            else f"My own words about the budget, number {tag}, and nothing else."
        )
        payload = {
            "body": body,
            "position": "support",
            "submitter": {
                "name": f"Crash Tester {tag}",
                "email": f"crash-{tag.lower()}@example.org",
                "address": ADDRESS,
            },
        }
        status, receipt = post(base, f"/api/v1/agenda-items/{ITEM}/comments", payload)
        if status == 201:
            with acks.get_lock():
                acks.value += 1
        outcomes.append((tag, status, receipt["id"] if status == 201 else None))
    results.put(outcomes)


def children(master: int) -> dict[int, str]:
    """The gunicorn master's children and their command lines, from /proc."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == master:
            found[int(entry.name)] = command
    return found


def is_labeller(command: str) -> bool:
    return "intake.cli label" in command


def until_labelled(url: str, timeout: float = 60.0) -> int:
    """Wait until no comment waits for the label queue; how many still wait at the timeout."""
    engine = create_engine(url)
    deadline = time.monotonic() + timeout
    with engine.connect() as conn:
        while True:
            waiting = conn.execute(text("SELECT count(*) FROM comments WHERE kind IS NULL"))
            count = int(waiting.scalar_one())
            conn.rollback()
            if not count or time.monotonic() > deadline:
                break
            time.sleep(0.1)
    engine.dispose()
    return count


def wait_until_up(base: str, deadline: float) -> bool:
    while time.monotonic() < deadline:
        if get_status(base, "/readyz") == 200:
            return True
        time.sleep(0.2)
    return False


def prepare(url: str) -> str:
    """The item the load posts to and an admin token (for the log check)."""
    engine = create_engine(url)
    with Session(engine) as session:
        session.add(AgendaItem(id=ITEM, title="Branch library"))
        _row, token = TokenService(session).create("crash-admin", "admin")
        session.commit()
    engine.dispose()
    return token


def check_database(url: str, acknowledged: dict[str, int]) -> list[str]:
    """Every 201 stored once with its body; nothing half written; nothing orphaned."""
    problems = []
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = {cid: body for cid, body in conn.execute(text("SELECT id, body FROM comments"))}
        for tag, cid in acknowledged.items():
            if cid not in rows or tag not in rows[cid]:
                problems.append(f"acknowledged comment {cid} ({tag}) is not stored")
        checks = {
            "comments without a fingerprint or label": "SELECT count(*) FROM comments WHERE "
            "exact_hash IS NULL OR signature IS NULL OR kind IS NULL",
            "comments without a submitter": "SELECT count(*) FROM comments c WHERE NOT EXISTS "
            "(SELECT 1 FROM submitters s WHERE s.comment_id = c.id)",
            "comments without a label event": "SELECT count(*) FROM comments c WHERE NOT EXISTS "
            "(SELECT 1 FROM label_events e WHERE e.comment_id = c.id)",
            "comments labelled more than once": "SELECT count(*) FROM (SELECT comment_id FROM "
            "label_events WHERE from_kind IS NULL GROUP BY comment_id HAVING count(*) > 1) AS t",
            "orphan submitters": "SELECT count(*) FROM submitters s WHERE NOT EXISTS "
            "(SELECT 1 FROM comments c WHERE c.id = s.comment_id)",
            "orphan band keys": "SELECT count(*) FROM band_keys b WHERE NOT EXISTS "
            "(SELECT 1 FROM comments c WHERE c.id = b.comment_id)",
            "orphan label events": "SELECT count(*) FROM label_events e WHERE NOT EXISTS "
            "(SELECT 1 FROM comments c WHERE c.id = e.comment_id)",
        }
        for name, query in checks.items():
            count = conn.execute(text(query)).scalar_one()
            if count:
                problems.append(f"{count} {name}")
    engine.dispose()
    return problems


def run(server_url: str) -> list[str]:
    with (
        throwaway_database(server_url, "intake_crash") as url,
        tempfile.TemporaryDirectory() as tmp,
    ):
        token = prepare(url)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log_path = Path(tmp) / "server.log"
        env = {
            **os.environ,
            "INTAKE_DATABASE_URL": url,
            "INTAKE_RATE_LIMIT_ENABLED": "false",
            "INTAKE_SECRET_KEY": "crash-test",
        }
        env.pop("INTAKE_REDIS_URL", None)
        intake = str(Path(sys.executable).with_name("intake"))
        with log_path.open("wb") as log:
            server = subprocess.Popen(  # noqa: S603 - our own console script
                [intake, "serve", "--workers", "3", "--port", str(port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            if not wait_until_up(base, time.monotonic() + 60):
                tail = log_path.read_text(encoding="utf-8", errors="replace")[-3000:]
                return [f"the server did not start:\n{tail}"]
            return exercise(base, server.pid, url, token) + check_log(log_path, token)
        finally:
            stop(server)


def exercise(base: str, master: int, url: str, token: str) -> list[str]:
    problems = []
    assert get_status(base, "/api/v1/tokens") == 401  # an authenticated request, logged
    post(base, "/api/v1/tokens", {"name": "x", "role": "staff"}, token)
    ctx = multiprocessing.get_context("spawn")
    acks = ctx.Value("i", 0)
    results = ctx.Queue()
    loaders = [ctx.Process(target=load, args=(base, i, acks, results)) for i in range(LOADERS)]
    for process in loaders:
        process.start()
    deadline = time.monotonic() + 120
    while acks.value < KILL_AFTER_ACKS and time.monotonic() < deadline:
        time.sleep(0.01)
    processes = children(master)
    workers = [pid for pid, command in processes.items() if not is_labeller(command)]
    labellers = [pid for pid, command in processes.items() if is_labeller(command)]
    if len(workers) != 3 or len(labellers) != 1:
        problems.append(f"expected 3 workers and a labeller, found {processes}")
    acked_before_kill = acks.value
    os.kill(workers[0], signal.SIGKILL)
    for labeller in labellers:
        os.kill(labeller, signal.SIGKILL)
    print(
        f"crash test: killed worker {workers[0]} and labeller {labellers} after "
        f"{acked_before_kill} acknowledgements"
    )
    outcomes = [o for _ in loaders for o in results.get(timeout=300)]
    for process in loaders:
        process.join(30)
    acknowledged = {tag: cid for tag, status, cid in outcomes if status == 201}
    broken = sum(1 for _tag, status, _cid in outcomes if status is None)
    others = sorted({status for _tag, status, _cid in outcomes if status not in (201, None)})
    print(
        f"crash test: {len(acknowledged)} acknowledged, {broken} cut off by the kill, "
        f"other statuses {others}"
    )
    if others:
        problems.append(f"unexpected statuses {others}")
    if len(acknowledged) <= acked_before_kill:
        problems.append("nothing was acknowledged after the kill: the other workers stopped")
    if get_status(base, "/readyz") != 200:
        problems.append("the service does not answer after the kill")
    waiting = until_labelled(url)
    if waiting:
        problems.append(f"{waiting} comments still wait for a label: no labeller came back")
    return problems + check_database(url, acknowledged)


def check_log(path: Path, token: str) -> list[str]:
    """The server's log: requests were logged, and without personal data or secrets."""
    log = path.read_text(encoding="utf-8", errors="replace")
    problems = []
    if f"/api/v1/agenda-items/{ITEM}/comments" not in log:
        problems.append("the access log recorded no request")
    for secret in ("@example.org", ADDRESS, "Crash Tester", token, "Bearer"):
        if secret in log:
            problems.append(f"the server log contains {secret[:12]!r}...")
    return problems


def main() -> None:
    server_url = os.environ.get("INTAKE_TEST_DATABASE_URL") or os.environ.get(
        "INTAKE_TEST_POSTGRES_URL"
    )
    if not server_url:
        raise SystemExit("crash test: set INTAKE_TEST_DATABASE_URL to a PostgreSQL server")
    started = time.monotonic()
    problems = run(server_url)
    for problem in problems:
        print(f"crash test FAILED: {problem}", file=sys.stderr)
    print(f"crash test: {'failed' if problems else 'passed'} in {time.monotonic() - started:.0f}s")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
