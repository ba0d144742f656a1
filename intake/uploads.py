"""Comments with files: ``multipart/form-data`` on the comments endpoint.

The contract: the same ``POST /api/v1/agenda-items/{item_id}/comments`` takes either a JSON body
or a multipart form whose ``comment`` part is that same JSON document and whose ``attachments``
parts (at most three) are the files. Only endpoints listed in :data:`MULTIPART_ENDPOINTS` take a
form; for them the request size limit is ``INTAKE_MAX_REQUEST_BYTES`` plus three times
``INTAKE_MAX_ATTACHMENT_BYTES`` (checked on the declared length, before anything is read), and
each file is then held to ``INTAKE_MAX_ATTACHMENT_BYTES`` on its own.
"""

from __future__ import annotations

import hashlib
from typing import Any

from flask import Request, request
from webargs import core
from webargs.flaskparser import FlaskParser, is_json_request
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge

from intake.attachments.uploads import (
    FIELD,
    MAX_ATTACHMENTS,
    ReceivedAttachment,
    Upload,
    reader_for,
    require_text,
)
from intake.wiring import settings
from schemas.comments import CommentCreateSchema, CommentWithFilesSchema

MULTIPART = "multipart/form-data"
COMMENT_PART = "comment"
FORM_MEMORY_FLOOR = 500_000
MULTIPART_ENDPOINTS = frozenset({"comments.ItemCommentCollection", "public.submit_comment"})


class DecodedOnceParser(FlaskParser):
    """Reads a view's JSON arguments from the document Flask already decoded (and cached) for
    the API's body check (``_refuse_unreadable_json``) and the rate limiter's cost, instead of
    decoding the body a second time; a body Flask could not decode (or the document ``null``)
    goes to webargs, which names the error as before."""

    def _raw_load_json(self, req: Request) -> Any:
        return self._decoded_once(req)

    def _decoded_once(self, req: Request) -> Any:
        if is_json_request(req):
            document = req.get_json(silent=True)
            if document is not None:
                return document
        return super()._raw_load_json(req)


class CommentPartParser(DecodedOnceParser):
    """Reads a view's JSON arguments from the ``comment`` part when the body is a form, where a
    comment may leave its body empty for an attached letter (see :func:`with_attachments`)."""

    def _get_schema(self, argmap: Any, req: Request) -> Any:
        schema = super()._get_schema(argmap, req)
        if type(schema) is CommentCreateSchema and sends_files(req):
            return CommentWithFilesSchema(unknown=schema.unknown)
        return schema

    def _raw_load_json(self, req: Request) -> Any:
        if req.mimetype != MULTIPART:
            return self._decoded_once(req)
        part = req.form.get(COMMENT_PART)
        if part is None:
            return core.missing
        try:
            return core.parse_json(part.encode("utf-8"))
        except RecursionError:
            raise BadRequest("The comment part is nested too deeply.") from None


def sends_files(req: Request) -> bool:
    """A form with at least one named file part: its body may then be empty (checked again once
    the files are read); without one, the body is required as in a JSON post."""
    return req.mimetype == MULTIPART and any(f.filename for f in req.files.getlist(FIELD))


def comment_schema() -> CommentCreateSchema:
    """The schema for this request's comment: :class:`CommentWithFilesSchema` when files came."""
    return CommentWithFilesSchema() if sends_files(request) else CommentCreateSchema()


def widen_for_files() -> None:
    """Before any hook reads the body: a form with files may be larger (see above)."""
    takes_multipart()


def takes_multipart() -> bool:
    """This request is a form sent to an endpoint that takes files; widen its size limits."""
    if request.mimetype != MULTIPART or request.endpoint not in MULTIPART_ENDPOINTS:
        return False
    config = settings()
    request.max_content_length = config.max_multipart_request_bytes
    # Werkzeug's limit on a form's text parts is also checked per chunk read (64 KiB), so it
    # never goes below its own default; the JSON part is then held to the body limits.
    request.max_form_memory_size = max(config.max_request_bytes, FORM_MEMORY_FLOOR)
    if (request.content_length or 0) > config.max_multipart_request_bytes:
        raise RequestEntityTooLarge()
    return True


def received_attachments() -> list[ReceivedAttachment]:
    """The request's files, checked and read (422 on a refused file); none for a JSON body."""
    if request.mimetype != MULTIPART:
        return []
    uploads = [Upload(f.filename, f.read()) for f in request.files.getlist(FIELD)]
    # A browser sends an empty, nameless part for a file input left empty: that is no file.
    uploads = [u for u in uploads if u.filename or u.data]
    return reader_for(settings()).receive(uploads)


def form_digest() -> bytes:
    """What a form says, independent of its boundary: for ``Idempotency-Key`` replays."""
    digest = hashlib.sha256()
    # A part may come without a name (Werkzeug files it under None): it sorts as "".
    for name, value in sorted((n or "", v) for n, v in request.form.items(multi=True)):
        digest.update(f"{len(name)}:{name}={len(value)}:{value}\n".encode())
    for name, upload in sorted(request.files.items(multi=True), key=lambda pair: pair[0] or ""):
        content = upload.read()
        upload.seek(0)
        digest.update(f"{name}:{upload.filename}:".encode() + hashlib.sha256(content).digest())
    return digest.digest()


def with_attachments(data: dict[str, Any]) -> dict[str, Any]:
    """The comment with its files, read; 422 on ``body`` when it is empty and no file's text
    could be read (a form's body may be empty only for a readable letter)."""
    attachments = received_attachments()
    require_text(data["body"], attachments)
    return {**data, "attachments": attachments} if attachments else data


REQUEST_BODY_DOC: dict[str, Any] = {
    "content": {
        MULTIPART: {
            "schema": {
                "type": "object",
                "required": [COMMENT_PART],
                "properties": {
                    COMMENT_PART: {
                        "allOf": [
                            CommentWithFilesSchema
                        ],  # apispec registers it as CommentWithFiles
                        "description": (
                            "The comment, as the JSON body would carry it; its body may be "
                            "empty or absent when an attached file's text can be read."
                        ),
                    },
                    FIELD: {
                        "type": "array",
                        "maxItems": MAX_ATTACHMENTS,
                        "items": {"type": "string", "format": "binary"},
                        "description": (
                            "Up to three files: PDF, Word (DOCX) or plain UTF-8 text, each at "
                            "most INTAKE_MAX_ATTACHMENT_BYTES (10 MB by default). The type is "
                            "read from the bytes; the file name is kept for staff only."
                        ),
                    },
                },
            },
            "encoding": {COMMENT_PART: {"contentType": "application/json"}},
        }
    }
}
