"""The real ``intake serve`` (gunicorn, several workers) in a throwaway instance folder.

Some failures only exist across processes: a key that differs per worker, a slow client holding a
worker's threads. These tests start the console script exactly as the README does, on a free
loopback port, with the SQLite database and the secret key in a fresh instance folder.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

INTAKE = str(Path(sys.executable).with_name("intake"))
START_TIMEOUT = 60.0


@dataclass(frozen=True)
class Served:
    url: str
    env: dict[str, str]
    log: Path

    def cli(self, *args: str) -> str:
        """Run ``intake ARGS`` against the same instance; its standard output."""
        done = subprocess.run(
            [INTAKE, *args], env=self.env, capture_output=True, text=True, check=True, timeout=120
        )
        return done.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _environment(instance: Path, extra: Mapping[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(
        INTAKE_INSTANCE_PATH=str(instance),
        INTAKE_RATE_LIMIT_ENABLED="false",
        INTAKE_ENV="development",
        **extra,
    )
    return env


def _wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"intake serve exited:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"intake serve did not start:\n{log.read_text()[-3000:]}")


@contextmanager
def intake_serve(
    instance: Path, *args: str, env: Mapping[str, str] | None = None
) -> Iterator[Served]:
    """``intake serve ARGS`` until the block ends; SIGTERM, then SIGKILL if it lingers."""
    port = free_port()
    environment = _environment(instance, env or {})
    log = instance / "serve.log"
    instance.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        server = subprocess.Popen(
            [INTAKE, "serve", "--port", str(port), *args],
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, server, log)
        yield Served(url, environment, log)
    finally:
        stop(server)


def stop(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM ``intake serve`` (started in a session of its own), then SIGKILL its whole
    process group if it lingers past 30 s."""
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(10)
