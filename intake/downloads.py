"""Downloads both edges send: the item's comments (CSV, JSON Lines), its printable report and a
comment's files. The API (``intake/api``) and the staff dashboard (``intake/web``) check the
caller their own way, then answer with the same response built here.

The report is rendered by Jinja2 with autoescaping, so a comment holding markup shows as text, and
is sent with a Content-Security-Policy that allows nothing but its own nonce-tagged stylesheet. A
file is always a download, never shown inline.
"""

from __future__ import annotations

import io
import secrets
from typing import Any

from flask import Response, render_template, send_file

from intake.models import Attachment
from intake.services.export import ItemReport
from intake.services.summary import KIND_KEYS, POSITION_KEYS
from intake.wiring import export_service, item_service, report_service

BAR_WIDTH = 300


def security_headers(nonce: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": (
            f"default-src 'none'; style-src 'nonce-{nonce}'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'"
        ),
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def bars(counts: dict[str, int], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """Rows of a horizontal bar chart, scaled to the largest count (drawn as SVG, no script)."""
    largest = max((counts[k] for k in keys), default=0) or 1
    return [
        {
            "label": k.replace("_", " "),
            "count": counts[k],
            "width": BAR_WIDTH * counts[k] // largest,
        }
        for k in keys
    ]


def report_page(report: ItemReport, nonce: str) -> str:
    summary = report.summary
    return render_template(
        "report.html",
        report=report,
        summary=summary,
        nonce=nonce,
        position_bars=bars(summary.by_position, POSITION_KEYS),
        kind_bars=bars(summary.by_kind, KIND_KEYS),
        bar_width=BAR_WIDTH,
    )


def download(item_id: str, fmt: str) -> Response:
    """Every comment of the item, streamed as ``csv`` or ``jsonl`` (the caller checked the
    caller's role); shared by the API and the dashboard's packet buttons."""
    item = item_service().get(item_id)
    if fmt == "csv":
        chunks = export_service().csv_chunks(item.id)
        mimetype = "text/csv"
    else:
        chunks = export_service().jsonl_chunks(item.id)
        mimetype = "application/jsonl"
    return Response(
        chunks,
        mimetype=mimetype,
        headers={
            "Content-Disposition": f'attachment; filename="{item.id}-comments.{fmt}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
        },
    )


def report_response(item_id: str, *, names: bool) -> Response:
    """The printable report with its own nonce-based policy (API and dashboard)."""
    report = report_service().report(item_id, names=names)
    nonce = secrets.token_urlsafe(16)
    return Response(
        report_page(report, nonce), mimetype="text/html", headers=security_headers(nonce)
    )


def attachment_download(attachment: Attachment) -> Response:
    """The file as sent: always a download, never cached, never run or shown by a browser."""
    response = send_file(
        io.BytesIO(attachment.content),
        mimetype=attachment.media_type,
        as_attachment=True,
        download_name=attachment.filename,
        max_age=0,
    )
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["ETag"] = f'"{attachment.sha256}"'
    return response
