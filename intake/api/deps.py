"""Build services for the current request from the app's settings and collaborators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import current_app

from intake.config import Settings
from intake.db import get_session
from intake.services.comments import CommentService, Labeller
from intake.services.items import AgendaItemService


def settings() -> Settings:
    value: Settings = current_app.config["INTAKE"]
    return value


def clock() -> Callable[[], datetime]:
    value: Callable[[], datetime] = current_app.extensions["intake.clock"]
    return value


def labeller_factory() -> Callable[..., Labeller] | None:
    factory: Callable[..., Labeller] | None = current_app.extensions.get("intake.labeller")
    return factory


def item_service() -> AgendaItemService:
    return AgendaItemService(get_session(), clock())


def comment_service() -> CommentService:
    session = get_session()
    factory = labeller_factory()
    return CommentService(
        session,
        max_body_chars=settings().max_body_chars,
        labeller=factory(session) if factory is not None else None,
        clock=clock(),
    )
