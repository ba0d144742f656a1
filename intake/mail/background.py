"""The sender as the app runs it: built from the app's settings, and a thread in each worker.

``intake serve`` starts :func:`start_sender` in every gunicorn worker when ``INTAKE_SMTP_HOST``
is set, so a city that turns mail on needs no second process; ``intake mail send`` runs the same
sender on its own (cron, a separate service, or to empty the outbox by hand). Any number of them
may run at once: each claims different mail (see :mod:`intake.mail.sender`).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from flask import Flask

from intake.config import Settings
from intake.db import get_database
from intake.mail.sender import OutboxSender
from intake.mail.smtp import SmtpTransport

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 10.0


def sender_for(app: Flask, batch_size: int = 50) -> OutboxSender:
    """The outbox sender over the app's database, SMTP settings, zone and clock."""
    settings: Settings = app.config["INTAKE"]
    return OutboxSender(
        get_database(app).session_factory,
        lambda: SmtpTransport(settings),
        sender=settings.smtp_from,
        zone=settings.zone,
        clock=lambda: app.extensions["intake.clock"](),
        batch_size=batch_size,
    )


@dataclass
class Running:
    thread: threading.Thread
    stopping: threading.Event

    def stop(self, timeout: float = 30.0) -> None:
        self.stopping.set()
        self.thread.join(timeout)


def start_sender(app: Flask, interval: float = INTERVAL_SECONDS) -> Running:
    """Drain the outbox every ``interval`` seconds in a daemon thread until stopped.

    A failure of the sender itself (the database away) is logged by its kind only and tried
    again at the next interval; a failed mail is the outbox's business (retries, backoff).
    """
    sender = sender_for(app)
    stopping = threading.Event()

    def run() -> None:
        while not stopping.wait(interval):
            try:
                sender.drain()
            except Exception as exc:  # noqa: BLE001 - the thread must outlive any one failure
                log.warning("the mail sender failed and will try again: %s", type(exc).__name__)

    thread = threading.Thread(target=run, name="intake-mail-sender", daemon=True)
    thread.start()
    return Running(thread, stopping)
