"""What the confirmation says: the receipt number and the item, never the label.

A sender must not learn from intake how their comment was labelled (the receipt leaves it out
for the same reason), so the email is the same for every comment whatever the labeller decided.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

from intake.localtime import spoken
from intake.models import AgendaItem, Comment


def confirmation(
    comment: Comment, item: AgendaItem, *, sender: str, recipient: str, zone: ZoneInfo
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = f"Your comment on {item.id} was received (receipt {comment.id})"
    message["Date"] = format_datetime(comment.received_at)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(
        "\n".join(
            [
                f"Your comment on agenda item {item.id}, {item.title},",
                f"was received on {spoken(comment.received_at, zone)}.",
                "",
                f"Receipt number: {comment.id}",
                "",
                "Every comment received is kept and counted for the council.",
                "If you did not send this comment, tell the city clerk's office and give",
                "the receipt number: someone may have used your email address.",
            ]
        )
    )
    return message
