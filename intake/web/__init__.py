"""The HTML side of intake: the public comment form and the staff dashboard.

Plain Flask blueprints (not in the OpenAPI spec) over the same services the API uses, rendered
server-side by autoescaping Jinja2 templates. Nothing is fetched from another origin at run time:
the stylesheet is installed with the package and the charts are SVG drawn on the server, so the
pages work without JavaScript and a strict Content-Security-Policy allows no script at all.
"""

from __future__ import annotations

from types import CodeType

from flask import Flask
from jinja2.bccache import Bucket, BytecodeCache

from intake.config import Settings
from intake.web import csrf, false_filing, pages, problem_pages, public, public_record, staff
from intake.web import staff_disputes as staff_disputes  # registers routes on the staff blueprint
from intake.web import staff_files as staff_files  # registers its route on the staff blueprint
from intake.web import staff_record as staff_record  # the record's staff pages, likewise

__all__ = ["init_app"]


class CompiledTemplates(BytecodeCache):
    """The templates compiled once per process, for every app built in it.

    Jinja compiles a template (lexing, parsing, generating and compiling Python) in each app's
    own environment; every intake app configures its environment alike, so the code compiled
    for one serves the next (the test suite builds an app per test). A template whose source
    changed has another checksum and is compiled again.
    """

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, CodeType]] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        checksum, code = self._code.get(bucket.key, ("", None))
        if code is not None and checksum == bucket.checksum:
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self._code[bucket.key] = (bucket.checksum, bucket.code)

    def __len__(self) -> int:
        return len(self._code)


COMPILED_TEMPLATES = CompiledTemplates()


def init_app(app: Flask, settings: Settings) -> None:
    """Register ``public`` and ``staff`` and the staff session cookie's flags.

    The cookie is HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it)
    and Secure everywhere except ``INTAKE_ENV=development``, where staff test over plain HTTP.
    """
    app.config.update(
        SESSION_COOKIE_NAME="intake_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SECURE=settings.environment != "development",
        SESSION_COOKIE_SAMESITE="Lax",
    )
    app.jinja_env.bytecode_cache = COMPILED_TEMPLATES
    app.jinja_env.globals["csrf_token"] = csrf.token
    app.jinja_env.filters["when"] = pages.when
    app.jinja_env.globals["time_zone"] = pages.zone_name
    app.jinja_env.filters["plural"] = pages.plural
    for blueprint in (public.bp, staff.bp, problem_pages.bp, false_filing.bp, public_record.bp):
        app.register_blueprint(blueprint)
