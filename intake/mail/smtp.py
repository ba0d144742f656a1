"""Sending through the city's SMTP server, as configured by ``INTAKE_SMTP_*``."""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from email.message import EmailMessage
from types import TracebackType

from intake.config import Settings

TIMEOUT_SECONDS = 30.0
"""A mail server slower than this to answer counts as a failure, retried later."""


class SmtpTransport:
    """One connection for a batch of messages: opened on the first, closed by ``close``."""

    def __init__(self, settings: Settings) -> None:
        if not settings.smtp_host:
            raise ValueError("no INTAKE_SMTP_HOST")
        self.host = settings.smtp_host
        self.port = settings.smtp_port
        self.username = settings.smtp_username
        self.password = settings.smtp_password
        self.starttls = settings.smtp_starttls
        self._connection: smtplib.SMTP | None = None

    def send(self, message: EmailMessage) -> None:
        """Send one message; an error is the server's or the network's (smtplib or OSError)."""
        connection = self._connection or self._connect()
        try:
            connection.send_message(message)
        except (smtplib.SMTPServerDisconnected, OSError):
            self._drop()
            raise

    def _connect(self) -> smtplib.SMTP:
        connection = smtplib.SMTP(self.host, self.port, timeout=TIMEOUT_SECONDS)
        try:
            if self.starttls:
                connection.starttls(context=ssl.create_default_context())
            if self.username:
                connection.login(self.username, self.password or "")
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        return connection

    def _drop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._connection.quit()
            self._drop()

    def __enter__(self) -> SmtpTransport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
