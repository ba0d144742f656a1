"""Settings read from the environment: a whole number out of its range is refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.config import BOUNDS, ConfigError, load_settings


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("INTAKE_WORKER_THREADS", "0", "INTAKE_WORKER_THREADS must be between 1 and 64"),
        ("INTAKE_SMTP_PORT", "65536", "INTAKE_SMTP_PORT must be between 1 and 65535"),
        ("INTAKE_TRUSTED_PROXIES", "-1", "INTAKE_TRUSTED_PROXIES must not be negative"),
        ("INTAKE_MAX_REQUEST_BYTES", "1023", "INTAKE_MAX_REQUEST_BYTES must be at least 1024"),
        (
            "INTAKE_MAX_ATTACHMENT_BYTES",
            "100000001",
            "INTAKE_MAX_ATTACHMENT_BYTES must be between 1024 and 100000000",
        ),
    ],
)
def test_a_whole_number_out_of_its_range_is_refused_by_name(
    tmp_path: Path, variable: str, value: str, message: str
) -> None:
    environ = {"INTAKE_SECRET_KEY": "s" * 32, variable: value}
    with pytest.raises(ConfigError) as refused:
        load_settings(tmp_path, environ=environ)
    assert str(refused.value) == message


def test_every_bound_is_of_a_whole_number_setting_and_its_default_is_within_it(
    tmp_path: Path,
) -> None:
    settings = load_settings(tmp_path, environ={"INTAKE_SECRET_KEY": "s" * 32})
    for name, (low, high) in BOUNDS.items():
        value = getattr(settings, name)
        assert isinstance(value, int) and low <= value <= (high or value), name


@pytest.mark.parametrize("value", ["-0.5", "31", "nan", "soon"])
def test_the_label_lag_bound_is_seconds_between_0_and_30(tmp_path: Path, value: str) -> None:
    environ = {"INTAKE_SECRET_KEY": "s" * 32, "INTAKE_LABEL_LAG_BOUND": value}
    with pytest.raises(ConfigError, match="INTAKE_LABEL_LAG_BOUND must be"):
        load_settings(tmp_path, environ=environ)
    environ["INTAKE_LABEL_LAG_BOUND"] = "0.25"
    assert load_settings(tmp_path, environ=environ).label_lag_bound == 0.25
    assert load_settings(tmp_path, environ={"INTAKE_SECRET_KEY": "s" * 32}).label_lag_bound == 1


def test_the_spam_encoder_is_on_unless_turned_off(tmp_path: Path) -> None:
    """Session 23: the sentence encoder is on by default (INTAKE_SPAM_ENCODER=false turns it
    off); session 22 had it off until its engine's overflow was proved closed."""
    assert load_settings(tmp_path, environ={}).spam_encoder is True
    assert load_settings(tmp_path, environ={"INTAKE_SPAM_ENCODER": "false"}).spam_encoder is False
