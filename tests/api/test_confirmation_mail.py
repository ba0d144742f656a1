"""A confirmation for the commenter: queued with the comment, sent later through a real SMTP
server (aiosmtpd, started by these tests), with the receipt number and never the label.

The POST never waits for the mail server: the outbox row is written in the comment's own
transaction, and a server that is down, slow or refusing delays only the mail (retried with
backoff). The address is never logged, and is cleared from the outbox once the mail is done.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from intake import cli
from intake.config import Settings
from intake.mail.background import sender_for, start_sender
from intake.mail.sender import MAX_ATTEMPTS, OutboxSender, backoff
from intake.mail.smtp import SmtpTransport
from intake.models import AgendaItem, Comment, MailOutbox, Submitter
from tests.conftest import at, comment_payload, needs_postgres
from tests.paths import ROOT
from tests.scratch_db import throwaway_database_with

ITEM = "2026-00837"
COMMENTS = f"/api/v1/agenda-items/{ITEM}/comments"
EMAIL = "maria.lopez@example.org"
NOW = at("2026-11-20T09:10:00")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Inbox:
    """What the SMTP server took, and how it answers the next messages."""

    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    answer: str = "250 OK"
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        if self.answer.startswith("250"):
            parsed = message_from_bytes(envelope.original_content, policy=policy.default)
            assert isinstance(parsed, EmailMessage)
            self.messages.append((list(envelope.rcpt_tos), parsed))
        return self.answer


def start_server(inbox: Inbox, port: int, **kwargs: Any) -> Controller:
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    return controller


@pytest.fixture
def smtp_port() -> int:
    return free_port()


@pytest.fixture
def settings_overrides(smtp_port: int) -> dict[str, Any]:
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": smtp_port,
        "smtp_starttls": False,
        "smtp_from": "clerk@city.example",
    }


@pytest.fixture
def inbox(smtp_port: int) -> Iterator[Inbox]:
    inbox = Inbox()
    controller = start_server(inbox, smtp_port)
    yield inbox
    controller.stop()


@pytest.fixture
def clock(app: Flask) -> Callable[[datetime], None]:
    def set_(moment: datetime) -> None:
        app.extensions["intake.clock"] = lambda: moment

    set_(NOW)
    return set_


def sender(app: Flask) -> OutboxSender:
    return sender_for(app, batch_size=50)


def outbox(session: Session) -> list[MailOutbox]:
    session.expire_all()
    return list(session.scalars(select(MailOutbox).order_by(MailOutbox.id)))


def post(client: FlaskClient, **submitter: Any) -> int:
    payload = comment_payload("Please keep the branch library open on Sundays.")
    payload["submitter"] = {"name": "Maria Lopez", **submitter}
    response = client.post(COMMENTS, json=payload)
    assert response.status_code == 201, response.json
    comment_id: int = response.json["id"]
    return comment_id


@pytest.mark.usefixtures("item", "clock")
def test_a_comment_with_an_email_queues_its_confirmation_in_its_own_transaction(
    client: FlaskClient, session: Session
) -> None:
    with_email = post(client, email=EMAIL)
    post(client, postal_code="95818")  # no email, no mail
    (row,) = outbox(session)
    assert (row.comment_id, row.recipient, row.status, row.attempts) == (
        with_email,
        EMAIL,
        "pending",
        0,
    )


@pytest.mark.parametrize("settings_overrides", [{}])
@pytest.mark.usefixtures("item")
def test_without_an_smtp_host_nothing_is_queued(client: FlaskClient, session: Session) -> None:
    post(client, email=EMAIL)
    assert outbox(session) == []


@pytest.mark.usefixtures("item", "clock")
def test_the_sender_mails_the_receipt_number_and_never_the_label(
    app: Flask, client: FlaskClient, session: Session, inbox: Inbox, staff: dict[str, str]
) -> None:
    comment_id = post(client, email=EMAIL)
    label = client.get(f"/api/v1/comments/{comment_id}", headers=staff).json["label"]["kind"]
    drained = sender(app).drain()
    assert (drained.sent, drained.retrying, drained.failed) == (1, 0, 0)
    ((recipients, message),) = inbox.messages
    assert recipients == [EMAIL]
    assert message["To"] == EMAIL and message["From"] == "clerk@city.example"
    text = message.get_content()
    assert f"Receipt number: {comment_id}" in text and str(comment_id) in message["Subject"]
    assert ITEM in text
    for word in (label, "unique", "form letter", "duplicate", "spam", "label"):
        assert word not in text.lower() and word not in message["Subject"].lower()
    (row,) = outbox(session)
    assert (row.status, row.recipient, row.attempts) == ("sent", None, 1)
    assert sender(app).drain().claimed == 0  # sent once


@pytest.mark.usefixtures("item")
def test_a_server_that_is_down_delays_only_the_mail_retried_with_backoff(
    app: Flask,
    client: FlaskClient,
    session: Session,
    clock: Callable[[datetime], None],
    smtp_port: int,
) -> None:
    post(client, email=EMAIL)  # nothing listens on smtp_port: the POST is a 201 all the same
    assert sender(app).drain().retrying == 1
    (row,) = outbox(session)
    assert (row.status, row.attempts, row.recipient) == ("pending", 1, EMAIL)
    assert row.next_attempt_at == NOW + backoff(1) == NOW + timedelta(minutes=1)
    assert row.last_error == "ConnectionRefusedError"
    assert sender(app).drain().claimed == 0  # not due yet
    inbox = Inbox()
    controller = start_server(inbox, smtp_port)
    try:
        clock(NOW + timedelta(minutes=1))
        assert sender(app).drain().sent == 1
    finally:
        controller.stop()
    assert len(inbox.messages) == 1
    (row,) = outbox(session)
    assert (row.status, row.attempts) == ("sent", 2)


@pytest.mark.usefixtures("item")
def test_a_temporary_refusal_is_retried_and_a_permanent_one_gives_up(
    app: Flask,
    client: FlaskClient,
    session: Session,
    clock: Callable[[datetime], None],
    inbox: Inbox,
) -> None:
    post(client, email=EMAIL)
    inbox.answer = "451 4.3.0 Try again later"
    assert sender(app).drain().retrying == 1
    assert outbox(session)[0].last_error == "SMTPDataError 451"
    inbox.answer = "554 5.7.1 Rejected"
    clock(NOW + timedelta(hours=1))
    assert sender(app).drain().failed == 1
    (row,) = outbox(session)
    assert (row.status, row.recipient, row.last_error) == ("failed", None, "SMTPDataError 554")


@pytest.mark.usefixtures("item")
def test_it_gives_up_after_the_last_attempt(
    app: Flask, client: FlaskClient, session: Session, clock: Callable[[datetime], None]
) -> None:
    post(client, email=EMAIL)
    moment = NOW
    for attempt in range(1, MAX_ATTEMPTS + 1):
        clock(moment)
        drained = sender(app).drain()
        assert drained.claimed == 1
        moment += backoff(attempt)
    (row,) = outbox(session)
    assert (row.status, row.attempts, row.recipient) == ("failed", MAX_ATTEMPTS, None)


@pytest.mark.usefixtures("item", "clock")
def test_the_address_is_never_logged(
    app: Flask, client: FlaskClient, inbox: Inbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    post(client, email=EMAIL)
    post(client, email="refused@example.org")
    inbox.answer = "550 5.1.1 <refused@example.org>: no such user"
    sender(app).drain()
    ours = [r for r in caplog.records if not r.name.startswith("mail.log")]  # not the test server
    logged = "\n".join(r.getMessage() for r in ours)
    assert "confirmation for comment" in logged
    assert "example.org" not in logged and "Maria" not in logged


@pytest.mark.usefixtures("item", "clock")
def test_starttls_on_means_no_mail_to_a_server_without_it(
    app: Flask, client: FlaskClient, session: Session, inbox: Inbox
) -> None:
    """With ``INTAKE_SMTP_STARTTLS`` (the default) nothing is sent in the clear: a server that
    offers no STARTTLS gets no mail, which waits to be retried."""
    app.config["INTAKE"] = replace(app.config["INTAKE"], smtp_starttls=True)
    post(client, email=EMAIL)
    assert sender(app).drain().retrying == 1
    assert inbox.messages == []
    assert outbox(session)[0].last_error == "SMTPNotSupportedError"


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.usefixtures("item", "clock")
def test_the_sender_signs_in_with_the_configured_account(
    app: Flask, client: FlaskClient, smtp_port: int
) -> None:
    inbox = Inbox()

    def authenticate(_server: Any, _session: Any, _envelope: Any, mechanism: str, data: Any) -> Any:
        assert isinstance(data, LoginPassword)
        ok = (data.login, data.password) == (b"intake", b"s3cret")
        if ok:
            inbox.logins.append(mechanism)
        return AuthResult(success=ok)

    app.config["INTAKE"] = replace(
        app.config["INTAKE"], smtp_username="intake", smtp_password="s3cret"
    )
    controller = start_server(
        inbox, smtp_port, authenticator=authenticate, auth_require_tls=False, auth_required=True
    )
    try:
        post(client, email=EMAIL)
        assert sender(app).drain().sent == 1
    finally:
        controller.stop()
    assert inbox.logins and len(inbox.messages) == 1
    assert "s3cret" not in repr(app.config["INTAKE"])


@pytest.mark.usefixtures("item", "clock")
def test_intake_mail_send_drains_the_outbox(
    app: Flask, client: FlaskClient, inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    post(client, email=EMAIL)
    monkeypatch.setattr(cli, "_app", lambda: app)
    result = CliRunner().invoke(cli.main, ["mail", "send"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "sent 1, retrying later 0, given up 0"
    assert EMAIL not in result.output
    assert len(inbox.messages) == 1


@pytest.mark.slow
def test_two_senders_at_once_never_take_the_same_mail(smtp_port: int) -> None:
    """PostgreSQL: the first sender's claimed rows are locked; the second skips them and takes
    the rest, without waiting. Each mail goes out exactly once."""
    item = AgendaItem(id=ITEM, title="Libraries")
    mail = replace(Settings(), smtp_host="127.0.0.1", smtp_port=smtp_port, smtp_starttls=False)
    addresses = [f"p{n}@example.org" for n in range(6)]
    with throwaway_database_with(needs_postgres(), "intake_mail", item) as url:
        engine = create_engine(url)
        with Session(engine) as arrange:
            for n, address in enumerate(addresses):
                comment = Comment(
                    item_id=ITEM, body=f"Comment {n}", received_at=NOW, reasons=[], person_key=n
                )
                comment.submitter = Submitter(name=f"P{n}", email=address, identity_key=f"{n:064x}")
                arrange.add(MailOutbox(comment=comment, recipient=address, next_attempt_at=NOW))
            arrange.commit()

        def make(batch: int) -> OutboxSender:
            return OutboxSender(
                lambda: Session(engine),
                lambda: SmtpTransport(mail),
                sender="clerk@city.example",
                zone=ZoneInfo("UTC"),
                clock=lambda: NOW + timedelta(seconds=1),
                batch_size=batch,
            )

        inbox = Inbox()
        controller = start_server(inbox, smtp_port)
        holding = Session(engine)
        try:
            held = make(4).claim(holding)  # a first sender, mid-batch: 4 rows locked
            assert len(held) == 4
            second: dict[str, Any] = {}
            thread = threading.Thread(target=lambda: second.update(done=make(50).drain()))
            thread.start()
            thread.join(timeout=20)
            assert not thread.is_alive()  # it did not wait for the locks
            assert second["done"].sent == 2
            holding.rollback()
            assert make(50).drain().sent == 4
        finally:
            holding.close()
            controller.stop()
            engine.dispose()
        assert sorted(recipients[0] for recipients, _m in inbox.messages) == addresses


@pytest.mark.slow
@pytest.mark.usefixtures("clock")
def test_a_backlog_import_mails_no_one_a_batch_post_mails_each(
    app: Flask,
    client: FlaskClient,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    integration: dict[str, str],
) -> None:
    """Imported comments were confirmed (or not) by the old system years ago; a campaign
    tool's batch is live comments, each with its sender's email."""
    monkeypatch.setattr(cli, "_app", lambda: app)
    sample = ROOT / "examples" / "ecomments-2026-00837.csv"
    args = ["import", str(sample), "--item", ITEM, "--create-items", "--no-progress"]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 0, result.output
    assert outbox(session) == []
    entries = [
        {
            **comment_payload(f"Comment number {n} on the library."),
            "submitter": {"name": f"P{n}", "email": f"p{n}@example.org"},
        }
        for n in range(3)
    ]
    batch = client.post(f"{COMMENTS}/batch", json={"comments": entries}, headers=integration)
    assert batch.status_code == 200, batch.json
    assert [row.recipient for row in outbox(session)] == [f"p{n}@example.org" for n in range(3)]


class StalledInbox(Inbox):
    """A mail server that stops answering mid-message until the test lets it go."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.entered.set()
        await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 30)
        return await super().handle_DATA(server, session, envelope)


@pytest.mark.usefixtures("item", "clock")
def test_a_stalled_mail_server_does_not_hold_up_comments(
    app: Flask, client: FlaskClient, session: Session, smtp_port: int
) -> None:
    """While the sender waits on the mail server, comments are still taken: no transaction (on
    SQLite, the write lock) is held across the conversation with the server."""
    post(client, email=EMAIL)
    inbox = StalledInbox()
    controller = start_server(inbox, smtp_port)
    drained: dict[str, Any] = {}
    thread = threading.Thread(target=lambda: drained.update(done=sender(app).drain()))
    try:
        thread.start()
        assert inbox.entered.wait(10)
        post(client, email="second@example.org")  # a 201 while the server is stalled
        assert [row.status for row in outbox(session)] == ["pending", "pending"]
        inbox.release.set()
        thread.join(timeout=30)
        assert drained["done"].sent == 1
        assert sender(app).drain().sent == 1  # the second, which came in meanwhile
    finally:
        inbox.release.set()
        controller.stop()


@pytest.mark.usefixtures("item", "clock")
def test_the_serving_worker_sends_in_a_thread_of_its_own(
    app: Flask, client: FlaskClient, inbox: Inbox
) -> None:
    """What ``intake serve`` starts in each worker when ``INTAKE_SMTP_HOST`` is set."""
    post(client, email=EMAIL)  # first: on PostgreSQL the test's sessions share one connection
    running = start_sender(app, interval=0.05)
    try:
        for _ in range(400):  # a bounded wait for the thread, not a timing assertion
            if inbox.messages:
                break
            threading.Event().wait(0.05)
    finally:
        running.stop()
    assert [recipients for recipients, _message in inbox.messages] == [[EMAIL]]
    assert not running.thread.is_alive()
