"""Each worker's copy of the newest spam model learned from staff decisions.

Workers are stateless and the model lives in the database (``spam_models``), so each worker
keeps the newest version it loaded and, at most every ``check_seconds``, asks the database for
the newest version's number and training time (one row by the unique version index); only a
new one is read and parsed. While the database holds no model (staff never trained one), the
starter model shipped in the package (:mod:`intake.text.spam.starter`) is used, read the first
time it is needed, unless ``starter`` is off (``INTAKE_SPAM_STARTER_MODEL=false``). A batch
takes the model once, at its start, so every comment in it is scored by the same model whether
it came alone or in a batch.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from intake.services.spam_models import SpamModelService
from intake.text.spam import LearnedModel
from intake.text.spam.starter import starter_model

log = logging.getLogger("intake.labelling")


class LearnedModels:
    """The newest stored model, re-checked at most every ``check_seconds``; thread-safe."""

    def __init__(
        self,
        check_seconds: float,
        monotonic: Callable[[], float] = time.monotonic,
        starter: bool = True,
    ) -> None:
        self.check_seconds = check_seconds
        self.starter = starter
        self.monotonic = monotonic
        self._lock = threading.Lock()
        self._version: tuple[int, datetime] | None = None
        self._model: LearnedModel | None = None
        self._checked_at: float | None = None

    def current(self, session: Session) -> LearnedModel | None:
        """The model to score with now: the newest trained one, else the starter model (None
        while none was trained and the starter is off)."""
        now = self.monotonic()
        with self._lock:
            fresh = self._checked_at is not None and now - self._checked_at < self.check_seconds
            if fresh:
                return self._model
            first = self._checked_at is None
        service = SpamModelService(session)
        # Without autoflush: a batch's new comments must not be written before their labels.
        with session.no_autoflush:
            version = service.newest()
            loaded = (
                _load(service, version[0] if version else None, self.starter)
                if version != self._version or first
                else self._model
            )
        with self._lock:
            if version != self._version or first:
                self._model = loaded
                self._version = version
                if version is not None:
                    log.info("spam model version %s in use", version[0])
            self._checked_at = now
            return self._model

    @property
    def version(self) -> int | None:
        return self._version[0] if self._version is not None else None


def _load(service: SpamModelService, version: int | None, starter: bool) -> LearnedModel | None:
    """A stored model, the starter model when none is stored, or None: a row that cannot be read
    never stops comments being labelled."""
    if version is None:
        return starter_model() if starter else None
    try:
        return service.load(version)
    except (ValueError, KeyError, TypeError):
        log.error("spam model version %s cannot be read; labelling without it", version)
        return None
