"""The ``intake`` command: serve, migrate, manage tokens, import and export backlogs.

Each command builds the app with :func:`intake.create_app` and works inside one session that it
commits itself (there is no request lifecycle on the command line); ``import`` commits once per
chunk (see :mod:`intake.backlog`).
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from flask import Flask
from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from intake import create_app, migrate
from intake.config import ConfigError
from intake.db import get_database
from intake.errors import DomainError
from intake.labelling import record_scheme
from intake.services.export import FORMATS
from intake.services.label_queue import Labeller
from intake.services.tokens import TokenService
from intake.wiring import label_queue
from schemas.vocabulary import ROLES

DATABASE_URL = "intake.database_url"
LIMIT_REQUEST_LINE = 4094
LIMIT_REQUEST_FIELDS = 50
LIMIT_REQUEST_FIELD_SIZE = 8190


def _app() -> Flask:
    try:
        app = create_app()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    context = click.get_current_context(silent=True)
    if context is not None:
        context.meta[DATABASE_URL] = app.config["INTAKE"].database_url
    return app


def _settled_app() -> Flask:
    """The app, once the comments single POSTs left waiting for a label are labelled: what
    relabels, imports, exports or trains comes after them, as a request would."""
    app = _app()
    queue = label_queue(app)
    if queue is not None:
        queue.settle()
    return app


class _Commands(click.Group):
    """Every command: a database that cannot be reached is one line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (OperationalError, InterfaceError) as exc:
            raise click.ClickException(unreachable(exc, ctx.meta.get(DATABASE_URL))) from None
        except ConfigError as exc:
            raise click.ClickException(str(exc)) from None


def unreachable(exc: DBAPIError, url: str | None) -> str:
    """What went wrong and where, without the password (in the URL or, defensively, the text)."""
    reason = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
    if url is None:
        return f"Cannot use the database: {reason}"
    parsed = make_url(url)
    if parsed.password:
        reason = reason.replace(str(parsed.password), "***")
    where = parsed.render_as_string(hide_password=True)
    return f"Cannot use the database at {where}: {reason}"


@contextmanager
def _session(app: Flask) -> Iterator[Session]:
    session = get_database(app).session_factory()
    try:
        yield session
        session.commit()
    except DomainError as exc:
        session.rollback()
        raise click.ClickException(exc.detail) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@click.group(cls=_Commands)
@click.version_option(package_name="intake")
def main() -> None:
    """intake: public comment intake for city agenda items."""


@main.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply Alembic migrations (the schema is never made any other way)."""
    app = _app()
    migrate.upgrade(app.config["INTAKE"].database_url, revision)
    click.echo(f"database at {revision}", err=True)


@db.command("check")
def db_check() -> None:
    """Check the models and the migrations agree (``alembic check``; CI runs it after upgrade)."""
    from alembic.util import CommandError

    app = _app()
    try:
        migrate.check(app.config["INTAKE"].database_url)
    except CommandError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo("models and migrations agree", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--workers",
    default=None,
    type=int,
    help="Default: one per CPU core, at least 2 (each has INTAKE_WORKER_THREADS threads).",
)
def serve(host: str, port: int, workers: int | None) -> None:
    """Apply migrations, then serve with gunicorn."""
    app = _app()
    settings = app.config["INTAKE"]
    migrate.upgrade(settings.database_url)
    get_database(app).dispose()
    # Threaded workers: one process per core uses the cores; threads within it fill group
    # commits (docs/benchmarks.md: 2 workers beat 3 and 5 on 2 cores).
    count = workers or max(2, os.cpu_count() or 1)
    click.echo(
        f"intake on http://{host}:{port} with {count} workers x {settings.worker_threads} threads",
        err=True,
    )
    from intake.serving import LabellerProcess

    # Single POSTs' labels, right after their 201 (PostgreSQL): a labeller process of its own.
    labeller = LabellerProcess() if settings.queues_labels else None
    _Gunicorn(
        {
            **(labeller.hooks() if labeller is not None else {}),
            "bind": f"{host}:{port}",
            "workers": count,
            # Threads let one worker's concurrent POSTs share a transaction (group commit);
            # requests are read whole in the worker's event loop before a thread sees them, so
            # slow clients cannot hold the threads, and gunicorn's own 400/414/431 answers are
            # problems, like the app's (intake/serving.py).
            "worker_class": "intake.serving.IntakeWorker",
            # What gunicorn refuses before the app (docs/operations.md): a request line over
            # 4094 bytes (414), more than 50 header fields or one over 8190 bytes (431).
            "limit_request_line": LIMIT_REQUEST_LINE,
            "limit_request_fields": LIMIT_REQUEST_FIELDS,
            "limit_request_field_size": LIMIT_REQUEST_FIELD_SIZE,
            "threads": settings.worker_threads,
            "accesslog": "-",
            # Path only: no query string, no client address (personal data stays out of logs).
            "access_log_format": '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms',
            "loglevel": settings.log_level.lower(),
            "graceful_timeout": 20,
            "timeout": 30,
        }
    ).run()


class _Gunicorn:
    """gunicorn's documented custom-application hook, loading one app per worker."""

    def __init__(self, options: dict[str, Any]) -> None:
        from gunicorn.app.base import BaseApplication

        class Application(BaseApplication):
            def load_config(self) -> None:
                for key, value in options.items():
                    self.cfg.set(key, value)

            def load(self) -> Flask:
                from intake.text import tables

                app = create_app()
                # the engine's models and word lists before the first request
                tables.preload(app.config["INTAKE"].spam_encoder)
                if app.config["INTAKE"].sends_mail:
                    from intake.mail.background import start_sender

                    start_sender(app)  # this worker sends confirmations too (intake.mail)
                return app

        self._application = Application()

    def run(self) -> None:
        self._application.run()


@main.command()
@click.option("--follow", is_flag=True, help="Keep labelling what arrives, until stopped.")
@click.option("--poll", default=0.1, show_default=True, help="Seconds between looks when idle.")
@click.option("--parent", type=int, default=None, hidden=True)
def label(follow: bool, poll: float, parent: int | None) -> None:
    """Label the comments single POSTs left waiting (PostgreSQL's label queue).

    ``intake serve`` runs ``intake label --follow`` beside its workers; run more on other
    machines to share the work (each item is labelled by one at a time, in arrival order).
    """
    app = _app()
    queue = label_queue(app)
    if queue is None:
        raise click.ClickException("comments are labelled as they are stored here (SQLite)")
    if not follow:
        click.echo(f"labelled {queue.drain(wait=True)} comments", err=True)
        return
    from intake.text import tables

    # the engine's models and word lists before the first batch, not inside it
    tables.preload(app.config["INTAKE"].spam_encoder)
    _freeze_startup_objects()
    labeller = Labeller(queue, poll_seconds=poll)
    if parent is not None:  # started by intake serve: stop when it is gone
        _stop_when_orphaned(labeller, parent)
    signal.signal(signal.SIGTERM, lambda *_args: labeller.stop(timeout=0))
    labeller.run()


def _freeze_startup_objects() -> None:
    """Keep what the labeller loaded at start out of the collector's full passes.

    The app, its modules and the spam engine's tables (some 200,000 objects the collector
    tracks) live as long as the process; a full collection walks them all, 150-200 ms each,
    and the label queue's batches trigger one every 1,000-3,000 comments, inside a batch that
    holds its item's lock. Frozen (``gc.freeze``, after a collection frees what start-up left),
    a full pass walks only what labelling made since: about 30 ms (docs/benchmarks.md, session
    10). Nothing labelling allocates is kept from the collector."""
    gc.collect()
    gc.freeze()


def _stop_when_orphaned(labeller: Labeller, parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        labeller.stop(timeout=0)

    threading.Thread(target=watch, name="intake-labeller-parent", daemon=True).start()


@main.command()
@click.option("--output", type=click.Path(dir_okay=False), default=None, help="Default: stdout.")
def openapi(output: str | None) -> None:
    """Write the OpenAPI document the code generates (the committed openapi.yaml)."""
    from intake.api.docs import render_openapi_yaml

    document = render_openapi_yaml(_app().extensions["intake.api"])
    if output is None:
        click.echo(document, nl=False)
    else:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(document)


@main.command()
@click.option("--item", "item_id", default=None, help="Only this agenda item's comments.")
def relabel(item_id: str | None) -> None:
    """Recompute every system-made label (staff decisions are kept), in arrival order."""
    from tqdm import tqdm

    from intake.labelling import relabel as relabelling

    app = _settled_app()
    database = get_database(app)
    factory = app.extensions["intake.labeller"]
    with database.session_factory() as session:
        total = relabelling.count_in_scope(session, item_id)
    with tqdm(total=total, unit="comment", desc="relabel", file=sys.stderr) as bar:
        done = relabelling.relabel(database.session_factory, factory, item_id, bar.update)
    with _session(app) as session:
        record_scheme(session, app.extensions["intake.fingerprinter"])
    click.echo(f"relabelled {done} comments", err=True)


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--item", "item_id", default=None, help="The agenda item every row belongs to.")
@click.option("--item-column", default=None, help="The column naming each row's agenda item.")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default=None, help="Default: by extension."
)
@click.option(
    "--map",
    "mappings",
    multiple=True,
    metavar="FIELD=COLUMN",
    help="Read FIELD from COLUMN (repeatable); the default mapping is in the README.",
)
@click.option("--create-items", is_flag=True, help="Create items the file names that are missing.")
@click.option(
    "--chunk-size",
    default=500,
    show_default=True,
    type=click.IntRange(1, 10_000),
    help="Rows stored, labelled and committed together.",
)
@click.option("--dry-run", is_flag=True, help="Validate every row and report; store nothing.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write every rejected row (line, field errors) here as JSON Lines.",
)
@click.option("--progress/--no-progress", default=None, help="Default: when stderr is a terminal.")
def import_(
    file: Path,
    item_id: str | None,
    item_column: str | None,
    fmt: str | None,
    mappings: tuple[str, ...],
    create_items: bool,
    chunk_size: int,
    dry_run: bool,
    errors_path: Path | None,
    progress: bool | None,
) -> None:
    """Import a backlog of comments from a CSV or JSON Lines FILE, labelling them as live intake.

    Rows are stored and labelled in file order and committed every --chunk-size rows; re-running
    the same command skips what is stored already, so it also resumes an interrupted import.
    """
    from intake.backlog.command import BacklogImport

    app = _settled_app()
    try:
        run = BacklogImport(
            app,
            file,
            fmt=fmt,
            item_id=item_id,
            item_column=item_column,
            mappings=mappings,
            create_items=create_items,
            dry_run=dry_run,
        )
        report = run.execute(chunk_size, errors_path=errors_path, progress=progress)
    except DomainError as exc:
        raise click.ClickException(exc.detail) from exc
    click.echo(report.render())
    if report.interrupted:
        sys.exit(130)


@main.command("export")
@click.option("--item", "item_id", required=True, help="The agenda item to export.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Default: standard output.",
)
def export(item_id: str, fmt: str, output: Path | None) -> None:
    """Write every comment of an item, with the staff CSV export's fields, streamed."""
    from intake.services.export import ExportService
    from intake.services.items import AgendaItemService

    app = _settled_app()
    with _session(app) as session:
        AgendaItemService(session).get(item_id)
    factory = get_database(app).session_factory
    exports = ExportService(factory)
    chunks = exports.csv_chunks(item_id) if fmt == "csv" else exports.jsonl_chunks(item_id)
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
    else:
        with output.open("w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
        click.echo(f"wrote {item_id} as {fmt} to {output}", err=True)


@main.group()
def mail() -> None:
    """Confirmation emails to commenters (sent when INTAKE_SMTP_HOST is set)."""


@mail.command("send")
@click.option("--watch", is_flag=True, help="Keep running: look for due mail every --interval.")
@click.option("--interval", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600))
@click.option("--batch-size", default=50, show_default=True, type=click.IntRange(1, 1000))
def mail_send(watch: bool, interval: float, batch_size: int) -> None:
    """Send the confirmations that are due; run as many as you like at once (PostgreSQL)."""
    import time

    app = _app()
    if not app.config["INTAKE"].sends_mail:
        raise click.ClickException("INTAKE_SMTP_HOST is not set: no mail is sent.")
    from intake.mail.background import sender_for

    sender = sender_for(app, batch_size)
    while True:
        drained = sender.drain()
        if drained.claimed or not watch:
            click.echo(
                f"sent {drained.sent}, retrying later {drained.retrying}, given up {drained.failed}"
            )
        if not watch:
            return
        time.sleep(interval)


@main.group()
def spam() -> None:
    """The spam model learned from staff decisions."""


@spam.command("train")
@click.option(
    "--seed",
    "seeds",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A JSON Lines file of labelled comments to learn from as well (`body`, and `truth` "
    "`spam` or `ham`), for a deployment with few staff decisions yet. Repeatable.",
)
@click.option(
    "--min-each",
    default=5,
    show_default=True,
    type=click.IntRange(1),
    help="Fewest spam, and fewest legitimate, examples to train from.",
)
def spam_train(seeds: tuple[Path, ...], min_each: int) -> None:
    """Learn a spam model from the labels staff set or confirmed, and store it as the next
    version; every worker uses it within INTAKE_SPAM_MODEL_CHECK_SECONDS."""
    from intake.services.spam_models import SpamModelService

    app = _settled_app()
    seed = [example for path in seeds for example in _seed_examples(path)]
    with _session(app) as session:
        trained = SpamModelService(session, app.extensions["intake.clock"]).train(seed, min_each)
    click.echo(
        f"spam model version {trained.version}: {trained.spam_count} spam and "
        f"{trained.ham_count} legitimate examples ({trained.seed_count} from seed files), "
        f"{trained.features} features"
    )


def _seed_examples(path: Path) -> list[Any]:
    """A seed file's rows as training examples; a malformed row names its line."""
    import json

    from intake.text.spam import Example

    examples = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                body, truth = row["body"], row["truth"]
            except (ValueError, KeyError, TypeError) as exc:
                raise click.ClickException(f"{path}:{number}: not a seed row ({exc})") from exc
            if not isinstance(body, str) or truth not in ("spam", "ham"):
                raise click.ClickException(f"{path}:{number}: needs a text body and truth spam/ham")
            examples.append(Example(body, truth == "spam"))
    return examples


@main.group()
def token() -> None:
    """API tokens (stored hashed; shown once)."""


@token.command("create")
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option("--name", required=True)
@click.option("--rate-limit", default=None, help='Per-token limit, e.g. "600/minute".')
@click.option(
    "--replace",
    is_flag=True,
    help="If a token has this name, revoke it and make a new one (its secret cannot be shown "
    "again).",
)
def token_create(role: str, name: str, rate_limit: str | None, replace: bool) -> None:
    """Create a token and print it, alone, on the last line of standard output.

    A name already taken is an error (exit status 1, nothing on standard output, so
    ``STAFF=$(intake token create ... | tail -n1)`` is empty) that says to use ``--replace``.
    """
    app = _app()
    with _session(app) as session:
        tokens = TokenService(session)
        taken = tokens.find(name) is not None
        if taken and not replace:
            raise click.ClickException(
                f"a token named {name!r} exists already and its secret cannot be shown again; "
                f"add --replace to revoke it and make a new one, or pick another --name"
            )
        _row, secret = (
            tokens.replace(name, role, rate_limit)
            if replace
            else tokens.create(name, role, rate_limit)
        )
    replaced = f" (the old {name!r} is revoked)" if taken else ""
    click.echo(f"created {role} token {name!r}{replaced}; it is shown only now:", err=True)
    click.echo(secret)


@token.command("list")
def token_list() -> None:
    """List tokens (never their secrets)."""
    app = _app()
    with _session(app) as session:
        for row in TokenService(session).list():
            state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
            click.echo(f"{row.name}\t{row.role}\t{state}\tcreated {row.created_at:%Y-%m-%d}")


@token.command("revoke")
@click.option("--name", required=True)
def token_revoke(name: str) -> None:
    """Revoke a token by name; running workers refuse it within INTAKE_TOKEN_CACHE_SECONDS."""
    app = _app()
    with _session(app) as session:
        TokenService(session).revoke(name)
    click.echo(f"revoked {name!r}", err=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
