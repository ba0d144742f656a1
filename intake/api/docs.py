"""``/openapi.yaml`` and interactive docs at ``/docs``, served from installed packages (no CDN)."""

from __future__ import annotations

import swagger_ui_bundle
import yaml
from flask import Blueprint, Flask, Response, abort, send_from_directory
from flask_smorest import Api

SWAGGER_FILES = ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js")
DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>intake API</title>
<link rel="stylesheet" href="/docs/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script src="/docs/static/swagger-ui-standalone-preset.js"></script>
<script src="/docs/init.js"></script></body></html>
"""
DOCS_INIT = """window.ui = SwaggerUIBundle({url: "/openapi.yaml", dom_id: "#swagger-ui",
  presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout"});
"""


def render_openapi_yaml(api: Api) -> str:
    """The spec as YAML; the same function writes the committed ``openapi.yaml``."""
    return yaml.safe_dump(api.spec.to_dict(), sort_keys=False, allow_unicode=True)


def init_app(app: Flask, api: Api) -> None:
    bp = Blueprint("docs", __name__)

    @bp.get("/openapi.yaml")
    def openapi_yaml() -> Response:
        return Response(render_openapi_yaml(api), mimetype="application/yaml")

    @bp.get("/docs")
    def docs_page() -> Response:
        return Response(DOCS_PAGE, mimetype="text/html")

    @bp.get("/docs/init.js")
    def docs_init() -> Response:
        return Response(DOCS_INIT, mimetype="text/javascript")

    @bp.get("/docs/static/<path:filename>")
    def docs_static(filename: str) -> Response:
        if filename not in SWAGGER_FILES:
            abort(404)
        return send_from_directory(swagger_ui_bundle.swagger_ui_path, filename)

    app.register_blueprint(bp)
