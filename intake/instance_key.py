"""The secret key every worker and restart shares when ``INTAKE_SECRET_KEY`` is not set.

The key signs receipt links, staff session cookies and CSRF tokens, and keys the pseudonymous
client-address digests. A key made per process would break all of these as soon as gunicorn runs
two workers (a receipt signed by one worker is "no such receipt" at the other), so the default is
one random key, made on first start and kept in the instance folder, readable by its owner only.

Rotation: set ``INTAKE_SECRET_KEY`` (it always wins), or stop the service, delete the file and
start again. Either way open receipt links stop resolving, staff are signed out and rate-limit
counters start afresh (docs/operations.md).
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

KEY_FILE = "secret_key"
KEY_BYTES = 48

log = logging.getLogger(__name__)


class InstanceKeyError(RuntimeError):
    """The key file exists but cannot be used (empty, unreadable)."""


def instance_secret_key(instance_path: str | Path) -> str:
    """The instance folder's key, made atomically on first use so racing workers agree on one."""
    path = Path(instance_path) / KEY_FILE
    if not path.exists():
        _create(path)
    return _read(path)


def _create(path: Path) -> None:
    """Write a fresh key beside ``path`` and link it into place; whoever links first wins."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(f".{KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(KEY_BYTES) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(scratch, path)
            log.info("made a new secret key in the instance folder")
        except FileExistsError:
            pass
    finally:
        scratch.unlink(missing_ok=True)


def _read(path: Path) -> str:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("the instance secret key file is readable by others; making it owner-only")
        path.chmod(0o600)
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise InstanceKeyError(
            f"{path} holds no usable key: delete it to make a new one, or set INTAKE_SECRET_KEY"
        )
    return key
