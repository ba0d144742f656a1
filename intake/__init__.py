"""intake: public comment intake with form-letter and spam labelling at the door."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask_cors import CORS

from intake import api, db, ratelimit, request_body, security, web, wiring
from intake.config import Settings, load_settings
from intake.db import utcnow
from intake.routing import CachedBuilderRule

__all__ = ["create_app"]


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build a configured app. ``config`` overrides settings by field name (see intake.config)."""
    app = Flask(
        __name__,
        instance_path=_instance_path(),
        instance_relative_config=True,
    )
    app.url_rule_class = CachedBuilderRule
    os.makedirs(app.instance_path, exist_ok=True)
    settings = load_settings(app.instance_path, config)
    app.config.update(
        INTAKE=settings,
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        SECRET_KEY=settings.secret_key,
        JSON_SORT_KEYS=False,
    )
    app.json.sort_keys = False  # type: ignore[attr-defined]
    _configure_logging(settings)
    db.init_app(app, db.Database(settings.database_url, pool_size=settings.database_pool_size))
    app.extensions["intake.clock"] = utcnow
    wiring.init_app(app, settings)
    api.init_app(app)
    app.after_request(security.drop_stray_retry_after)  # before the limiter: runs after it
    ratelimit.init_app(app, settings)
    _configure_cors(app, settings)
    web.init_app(app, settings)
    security.init_app(app)
    request_body.init_app(app)
    return app


def _instance_path() -> str | None:
    """``INTAKE_INSTANCE_PATH``, or Flask's default (``instance/`` beside the package)."""
    configured = os.environ.get("INTAKE_INSTANCE_PATH", "").strip()
    return os.path.abspath(configured) if configured else None


def _configure_cors(app: Flask, settings: Settings) -> None:
    """Only the configured origins may call the API from a browser; none by default."""
    if settings.cors_origins:
        CORS(
            app,
            resources={r"/api/*": {"origins": list(settings.cors_origins)}},
            allow_headers=["Content-Type", "Authorization", "Idempotency-Key"],
            expose_headers=["Location", "Retry-After"],
            max_age=600,
        )


def _configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    logging.getLogger("intake").setLevel(settings.log_level)
