"""What ``create_app`` builds once per process, and what it leaves until it is asked for.

An app per test (and one per served worker) must stay cheap: the URL rules' compiled builders are
shared between apps (``intake/routing.py``), and the OpenAPI document is built when first read
(``IntakeApi`` in ``intake/api/__init__.py``). Neither may change what an app does.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, url_for

from intake import create_app
from intake.api.docs import render_openapi_yaml


def _app(tmp_path: Path, name: str) -> Flask:
    return create_app({"database_url": f"sqlite:///{tmp_path}/{name}.sqlite3"})


def test_a_second_app_reuses_the_first_apps_compiled_url_builders(tmp_path: Path) -> None:
    first, second = _app(tmp_path, "first"), _app(tmp_path, "second")
    one = {rule.endpoint: rule for rule in first.url_map.iter_rules()}
    other = {rule.endpoint: rule for rule in second.url_map.iter_rules()}
    assert one.keys() == other.keys()
    comment = "comments.CommentResource"
    assert one[comment] is not other[comment]
    assert one[comment]._build.__func__ is other[comment]._build.__func__  # type: ignore[attr-defined]
    for app in (first, second):
        with app.test_request_context():
            assert url_for(comment, comment_id=7) == "/api/v1/comments/7"
            assert url_for(comment, comment_id=7, x="a b") == "/api/v1/comments/7?x=a+b"
            assert url_for("public.comment_form", item_id="2026-00837") == (
                "/items/2026-00837/comment"
            )


def test_the_spec_is_documented_when_first_read_and_reads_the_same_every_time(
    tmp_path: Path,
) -> None:
    app = _app(tmp_path, "spec")
    api = app.extensions["intake.api"]
    assert len(api._undocumented) == len(app.extensions["flask-smorest"]["blp_name_to_api"])
    document = render_openapi_yaml(api)
    assert api._undocumented == []
    assert "/api/v1/agenda-items/{item_id}/comments:" in document
    assert render_openapi_yaml(api) == document
    assert render_openapi_yaml(_app(tmp_path, "again").extensions["intake.api"]) == document


def test_a_second_app_renders_with_the_templates_the_first_compiled(tmp_path: Path) -> None:
    first, second = _app(tmp_path, "first"), _app(tmp_path, "second")
    name = "web/staff/sign_in.html"
    compiled = first.jinja_env.get_template(name)
    again = second.jinja_env.get_template(name)
    assert compiled is not again
    assert compiled.root_render_func.__code__ is again.root_render_func.__code__
    for app in (first, second):
        page = app.test_client().get("/staff/sign-in")
        assert page.status_code == 200 and "Sign in" in page.get_data(as_text=True)
