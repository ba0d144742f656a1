"""Probes, the OpenAPI document and the interactive docs."""

from __future__ import annotations

from pathlib import Path

import yaml
from flask import Flask
from flask.testing import FlaskClient

from intake import create_app
from intake.api.docs import render_openapi_yaml
from tests.paths import ROOT


def test_healthz(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_readyz_checks_the_database(client: FlaskClient) -> None:
    assert client.get("/readyz").json == {"status": "ok"}


def test_readyz_is_503_problem_when_the_database_is_unreachable(tmp_path: Path) -> None:
    app = create_app({"database_url": f"sqlite:///{tmp_path}/missing/dir/db.sqlite3"})
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"]
    assert "Traceback" not in response.get_data(as_text=True)


def test_committed_openapi_yaml_is_current(app: Flask) -> None:
    """Regenerate with: intake openapi --output openapi.yaml"""
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert committed == render_openapi_yaml(app.extensions["intake.api"]), (
        "openapi.yaml is stale: run `intake openapi --output openapi.yaml`"
    )


def test_openapi_yaml_is_served_and_documents_problems(client: FlaskClient) -> None:
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    spec = yaml.safe_load(response.get_data(as_text=True))
    assert "/api/v1/agenda-items/{item_id}/comments" in spec["paths"]
    assert "Problem" in spec["components"]["schemas"]


def test_docs_page_uses_only_local_assets(client: FlaskClient) -> None:
    page = client.get("/docs").get_data(as_text=True)
    assert "http://" not in page and "https://" not in page
    for asset in ("/docs/static/swagger-ui-bundle.js", "/docs/static/swagger-ui.css"):
        assert client.get(asset).status_code == 200
    assert client.get("/docs/static/index.html").status_code == 404
