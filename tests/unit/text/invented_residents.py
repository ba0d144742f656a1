"""The invented residents' files read by the engine (sessions 23 and on): which of their
comments it labels spam, alone, with the starter model, and with the sentence encoder too."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest

from intake.text.spam import Behaviour, SpamSettings, encoder, score, wants_item_context
from intake.text.spam.starter import starter_model
from tests.unit.text.test_spam_invented_residents_21 import parse_rows

#: Session 29 (res29): the region whose numbers a file's residents dial at home
#: (:attr:`SpamSettings.phone_region`), for a file written for a deployment outside the United
#: States ("070-174 06 32" is a Swedish neighbour's number, not one written for abroad); the
#: files not named are read with the default settings.
DEPLOYMENT_REGIONS = {"invented_residents_29.txt": "SE"}


def settings_for(rows: Path) -> SpamSettings:
    """The settings of the deployment ``rows`` was written for."""
    region = DEPLOYMENT_REGIONS.get(rows.name)
    return SpamSettings(phone_region=region) if region else SpamSettings()


def spam_among(rows: Path, with_starter: bool, with_reader: bool) -> list[str]:
    """The bodies of ``rows`` (an ``invented_residents_*.txt`` file) labelled spam, each read
    with its item's context where the engine wants it, by the settings of its deployment."""
    settings = settings_for(rows)
    model = starter_model() if with_starter else None
    reader = encoder.reader() if with_reader else None
    flagged = []
    for context, body in parse_rows(rows):
        wanted = context if wants_item_context(body, settings) else None
        verdict = score(body, Behaviour(item_context=wanted), settings, model, reader=reader)
        if verdict.is_spam:
            flagged.append(body)
    return flagged


def unexpected_spam(
    rows: Path, known: tuple[str, ...], with_starter: bool, with_reader: bool
) -> list[str]:
    """The start of each comment of ``rows`` labelled spam that no entry of ``known`` (starts of
    comments still flagged, each for a reason its test file gives) begins."""
    flagged = spam_among(rows, with_starter, with_reader)
    return [body[:80] for body in flagged if not body.startswith(known)]


def known_no_longer_flagged(rows: Path, known: tuple[str, ...]) -> list[str]:
    """The entries of ``known`` the engine alone no longer labels spam: a mend cleared them, so
    the list must shrink."""
    flagged = spam_among(rows, False, False)
    return [k for k in known if not any(body.startswith(k) for body in flagged)]


class InventedResidentsFile:
    """The checks every file of invented residents makes, in one place: a test file subclasses
    it as ``Test...`` with its rows, the least number of them, and the starts of the comments
    still flagged (each for a reason the file gives), so every file reads its residents alike."""

    rows: ClassVar[Path]
    least: ClassVar[int]
    still_flagged: ClassVar[tuple[str, ...]] = ()
    still_flagged_with_starter: ClassVar[tuple[str, ...]] = ()
    still_flagged_with_encoder: ClassVar[tuple[str, ...]] = ()

    def test_the_file_holds_the_sessions_residents(self) -> None:
        assert len(parse_rows(self.rows)) >= self.least

    def test_the_encoder_is_installed(self) -> None:
        """The service asks the encoder by default: the test reads with it, never skipped."""
        assert encoder.reader() is not None

    @pytest.mark.parametrize(
        ("with_starter", "with_reader"), [(False, False), (True, False), (True, True)]
    )
    def test_invented_residents_stay_under_the_threshold(
        self, with_starter: bool, with_reader: bool
    ) -> None:
        known = (
            self.still_flagged
            + (self.still_flagged_with_starter if with_starter else ())
            + (self.still_flagged_with_encoder if with_reader else ())
        )
        assert unexpected_spam(self.rows, known, with_starter, with_reader) == []

    def test_the_known_ones_are_still_flagged(self) -> None:
        """So the list shrinks when a mend clears one of them."""
        assert known_no_longer_flagged(self.rows, self.still_flagged) == []
