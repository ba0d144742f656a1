"""A comment's files on the staff dashboard: the download behind each link on a comment's page.

Registered on the ``staff`` blueprint, so its sign-in check (a live staff session) guards it
like every other dashboard page; the response is the one the API sends too
(``intake/downloads.py``).
"""

from __future__ import annotations

from flask import Response

from intake.attachments.store import attachment_file
from intake.db import get_session
from intake.downloads import attachment_download as file_download
from intake.web.staff import bp


@bp.get("/comments/<int:comment_id>/attachments/<int:position>")
def attachment_download(comment_id: int, position: int) -> Response:
    """One of a comment's files, for the signed-in clerk."""
    return file_download(attachment_file(get_session(), comment_id, position))
