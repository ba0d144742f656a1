"""A comment's files, for staff only: never public, never in logs."""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from intake.api.security import STAFF
from intake.attachments.store import attachment_file
from intake.auth import require_staff
from intake.db import get_session
from intake.downloads import attachment_download

blp = Blueprint(
    "attachments", __name__, url_prefix="/api/v1", description="Comment attachments (staff)"
)
FILE_RESPONSE = {
    "200": {
        "description": "The file as it was sent, served with the type detected from its bytes",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@blp.route("/comments/<int:comment_id>/attachments/<int:position>")
class AttachmentFile(MethodView):
    @blp.response(200, content_type="application/octet-stream")
    @blp.alt_response(404, description="No such comment or attachment")
    @blp.doc(security=STAFF, responses=FILE_RESPONSE)
    def get(self, comment_id: int, position: int) -> Response:
        """Download one of a comment's files (staff), as a download, never shown inline."""
        require_staff()
        return attachment_download(attachment_file(get_session(), comment_id, position))
