"""Labelling at intake: services over the session that apply the pure engine's decisions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from intake.config import Settings
from intake.labelling.learned_models import LearnedModels
from intake.labelling.service import LabellingService, record_scheme
from intake.text.fingerprint import DEFAULT_SCHEME, Fingerprinter

__all__ = ["LabellingService", "labeller_factory", "record_scheme"]


def labeller_factory(
    settings: Settings, clock: Callable[[], datetime], fingerprinter: Fingerprinter | None = None
) -> Callable[[Session], LabellingService]:
    """One fingerprinter (its permutations computed once) and one cache of the learned spam
    model shared by every request's labeller."""
    fingerprinter = fingerprinter or Fingerprinter(DEFAULT_SCHEME)
    models = LearnedModels(settings.spam_model_check_seconds, starter=settings.spam_starter_model)

    def make(session: Session) -> LabellingService:
        return LabellingService(session, fingerprinter, settings, clock, models)

    return make
