"""Every problem ``type`` intake answers with, in words a clerk understands: one table.

Each problem's ``type`` is ``/problems/<slug>``, and that address serves a short page made from
this table (:mod:`intake.web.problem_pages`); docs/problems.md is made from it too
(``python -m intake.problem_types > docs/problems.md``; a test fails when it is stale). Each type
has one title, and each status one generic type, so 422 reads the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProblemType:
    slug: str
    status: int
    title: str
    meaning: str
    what_to_do: str


PROBLEM_TYPES: tuple[ProblemType, ...] = (
    ProblemType(
        "bad-request",
        400,
        "The request could not be read",
        "The body is not valid JSON, or the request is malformed in some other way.",
        "Send a JSON object; check quotes, commas and brackets.",
    ),
    ProblemType(
        "unauthorized",
        401,
        "A valid token is needed",
        "No bearer token was sent, or the token is unknown or has been revoked.",
        "Send `Authorization: Bearer <token>` with a live token; an admin can make a new one.",
    ),
    ProblemType(
        "forbidden",
        403,
        "Not allowed",
        "The token is valid but its role may not do this (staff pages and exports need a staff "
        "or admin token; tokens are managed by admins).",
        "Ask an admin for a token with the right role.",
    ),
    ProblemType(
        "not-found",
        404,
        "Not found",
        "There is no agenda item, comment, campaign or page at this address.",
        "Check the id in the address.",
    ),
    ProblemType(
        "method-not-allowed",
        405,
        "Method not allowed",
        "This address does not take this HTTP method; the `Allow` header lists those it takes.",
        "Use one of the methods in `Allow`.",
    ),
    ProblemType(
        "conflict",
        409,
        "Conflicts with what is stored",
        "The request would duplicate or contradict a stored record (an agenda item id or token "
        "name already taken).",
        "Pick another id or name, or change the stored record instead.",
    ),
    ProblemType(
        "comment-window-closed",
        409,
        "The comment window is not open",
        "The agenda item is not taking comments now: its window has not opened yet or has "
        "closed. `window` gives `opens_at` and `closes_at`.",
        "Comment while the window is open; staff can extend or reopen it.",
    ),
    ProblemType(
        "request-too-large",
        413,
        "The request is too large",
        "The body is larger than `INTAKE_MAX_REQUEST_BYTES`; it was refused before it was read.",
        "Send less: fewer comments per batch, or a shorter comment.",
    ),
    ProblemType(
        "unsupported-media-type",
        415,
        "The body must be JSON",
        "The body was not sent as `application/json`.",
        "Send `Content-Type: application/json`.",
    ),
    ProblemType(
        "validation-error",
        422,
        "Some fields are not valid",
        "One or more fields are missing or invalid. `errors` maps each field's path "
        "(`submitter.email`; `_body` for the body as a whole) to what is wrong with it.",
        "Correct the fields named in `errors` and send again.",
    ),
    ProblemType(
        "idempotency-key-reused",
        422,
        "Idempotency key reused with a different request",
        "This `Idempotency-Key` was first used with a different request; a key replays only "
        "the request it was first sent with.",
        "Use a new key for a new request.",
    ),
    ProblemType(
        "import-file",
        422,
        "The file cannot be imported",
        "The backlog file as a whole cannot be read: an unknown format, no body column, or "
        "not UTF-8.",
        "Fix the file, or name its columns with `--map`.",
    ),
    ProblemType(
        "too-many-requests",
        429,
        "Too many requests",
        "A rate limit was reached (per address, per token or per agenda item). `Retry-After` "
        "says how many seconds to wait; the `RateLimit-*` headers give the limit.",
        "Wait for `Retry-After` seconds and send again.",
    ),
    ProblemType(
        "internal-error",
        500,
        "Something went wrong on our side",
        "An unexpected error. Nothing was stored, and no internal detail is shown.",
        "Try again later; if it persists, tell the city's intake administrator.",
    ),
    ProblemType(
        "service-unavailable",
        503,
        "Try again shortly",
        "The database is unreachable or the service is too busy to take the request in time. "
        "The detail says whether anything was stored; `Retry-After` says when to try again.",
        "Wait for `Retry-After` seconds and send again (with the same `Idempotency-Key`).",
    ),
)

BY_SLUG = {problem.slug: problem for problem in PROBLEM_TYPES}
GENERIC_SLUGS = {
    status: slug for slug, status in ((p.slug, p.status) for p in reversed(PROBLEM_TYPES))
}
"""The first type listed for each status is the one every other error with that status uses."""


def generic(status: int) -> ProblemType | None:
    """The type for a plain error with this status (``None`` for a status intake never uses)."""
    slug = GENERIC_SLUGS.get(status)
    return BY_SLUG[slug] if slug else None


def title_for(status: int, fallback: str) -> str:
    problem = generic(status)
    return problem.title if problem else fallback


def markdown() -> str:
    """docs/problems.md: every type, its status, title, meaning and what to do."""
    lines = [
        "# Problem types",
        "",
        "<!-- Generated by `python -m intake.problem_types > docs/problems.md`; edit",
        "     intake/problem_types.py instead. -->",
        "",
        "Every error intake returns is `application/problem+json` (RFC 9457). Its `type` is",
        "`/problems/<slug>` on the same server, and that address serves the explanation below.",
        "",
        "| status | type | title |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {p.status} | [`{p.slug}`](#{p.slug}) | {p.title} |" for p in PROBLEM_TYPES]
    for p in PROBLEM_TYPES:
        lines += ["", f"## {p.slug}", "", f"**{p.status} {p.title}.** {p.meaning}", ""]
        lines += [f"What to do: {p.what_to_do}"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(markdown(), end="")
