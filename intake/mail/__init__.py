"""Confirmation emails for commenters: queued in the database with the comment, sent later.

When a comment gives an email and ``INTAKE_SMTP_HOST`` is set, :func:`outbox.queue_confirmation`
(a labelled comment's object) or :func:`outbox.insert_confirmations` (the store path's Core
``INSERT``) adds a ``mail_outbox`` row in the transaction that stores the comment, so the POST
never waits for, or fails on, a mail server. :class:`sender.OutboxSender` (``intake mail send``)
drains the outbox through :class:`smtp.SmtpTransport`: due rows are claimed with ``FOR UPDATE
SKIP LOCKED`` on PostgreSQL, so any number of senders may run; a failure is retried with
backoff. The message (:mod:`intake.mail.message`) gives the receipt number, never the label.
Addresses are never logged, and each is cleared from its row once the mail is sent or given up
on.
"""
