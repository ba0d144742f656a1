"""The gunicorn worker ``intake serve`` runs: :class:`IntakeWorker`.

It is gunicorn's threaded worker with two changes: a request reaches a thread only once all of it
has arrived (below), and gunicorn's own refusals are ``application/problem+json`` like the app's
(:func:`as_problem`).

gunicorn's ``gthread`` worker hands a connection to a thread as soon as its first byte arrives and
the thread then reads the headers and the body with blocking reads. A client that sends a header
line every few seconds (slowloris) holds that thread for as long as it likes; 16 such clients held
every thread of ``intake serve`` (2 workers x 8 threads) and nothing else was answered.

:class:`BufferingThreadWorker` reads requests in the worker's event loop instead, without a thread:
non-blocking reads into a buffer until the head (``\\r\\n\\r\\n``) and the whole body (by
``Content-Length``, or to the last chunk) are in, then the thread gets the buffered bytes and parses
them with gunicorn's own parser, so everything after the read (limits, errors, ``Expect``,
keep-alive, the access log) is gunicorn's. A slow client costs a socket and a buffer, never a
thread, and is cut off when its head takes longer than ``HEAD_SECONDS`` or its body longer than
``BODY_SECONDS``. A head larger than gunicorn's own limits, or a body larger than the app's
``MAX_CONTENT_LENGTH``, is handed over as it is, so gunicorn or the app refuses it (431/400, 413).

This leans on gunicorn's ``ThreadWorker`` internals (``TConn``, its parser's unreader, the poller),
so ``pyproject.toml`` pins gunicorn to the 27 series this was written and tested against
(``tests/serving/test_slow_clients.py`` proves it on every run).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import selectors
import socket
import subprocess
import sys
import threading
import time
from functools import partial
from typing import Any

from gunicorn.workers.gthread import TConn, ThreadWorker

HEAD_SECONDS = 10.0
"""How long a client may take to send a request's head (the request line and headers)."""
BODY_SECONDS = 60.0
"""How long it may then take to send the body (1 MB at 17 KB/s)."""
READ_BYTES = 65_536
MAX_CHUNK_LINE = 4096
DEFAULT_MAX_BODY = 1_000_000
CRLF = b"\r\n"
HEAD_END = b"\r\n\r\n"
CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


class Incoming:
    """What has arrived of one request, and by when the rest must.

    Every check resumes where the last one stopped (``searched``, ``chunk_at``), so a request sent
    a byte at a time costs linear work, not a rescan of everything buffered per byte.
    """

    def __init__(self, deadline: float) -> None:
        self.data = bytearray()
        self.deadline = deadline
        self.head_end = -1
        self.length: int | None = 0
        self.chunk_at = 0
        """Where the next chunk-size line starts (chunked bodies)."""
        self.in_trailers = False
        self.searched = 0
        """How far the pending search for a terminator has looked."""

    def complete(self, max_head: int, max_body: int) -> bool:
        """The request is all here, or so large or malformed that gunicorn or the app will refuse
        it anyway."""
        if self.head_end < 0:
            end = self._find(HEAD_END, 0)
            if end < 0:
                return len(self.data) > max_head
            self.head_end = end + len(HEAD_END)
            self.length = body_length(bytes(self.data[: self.head_end]))
            self.chunk_at = self.head_end
        received = len(self.data) - self.head_end
        if self.length is not None:
            return self.length > max_body or received >= self.length
        return received > max_body or self._last_chunk_arrived()

    def _last_chunk_arrived(self) -> bool:
        """The zero-size chunk and the blank line after any trailers are in."""
        while not self.in_trailers:
            line_end = self._find(CRLF, self.chunk_at)
            if line_end < 0:
                return len(self.data) - self.chunk_at > MAX_CHUNK_LINE
            size_text = bytes(self.data[self.chunk_at : line_end]).split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                return True  # malformed: gunicorn's parser refuses it
            if size == 0:
                self.in_trailers = True
                self.chunk_at = line_end
                break
            following = line_end + len(CRLF) + size + len(CRLF)
            if following > len(self.data):
                return False
            self.chunk_at = following
        return self._find(HEAD_END, self.chunk_at) >= 0

    def _find(self, needle: bytes, start: int) -> int:
        begin = max(start, self.searched - len(needle) + 1)
        found = self.data.find(needle, begin)
        self.searched = len(self.data) if found < 0 else 0
        return found


def header_values(head: bytes, name: bytes) -> list[bytes]:
    prefix = name.lower() + b":"
    return [
        line[len(prefix) :].strip()
        for line in head.split(CRLF)[1:]
        if line.lower().startswith(prefix)
    ]


def body_length(head: bytes) -> int | None:
    """The body's length in bytes (0 without a ``Content-Length``), None when it is chunked."""
    encodings = b",".join(header_values(head, b"transfer-encoding")).lower()
    if b"chunked" in encodings:
        return None
    lengths = header_values(head, b"content-length")
    if len(lengths) == 1 and lengths[0].isdigit():
        return int(lengths[0])
    return 0  # none, or malformed: gunicorn's parser decides


def without_expect_continue(head: bytes) -> tuple[bytes, bool]:
    """The head without ``Expect: 100-continue``, and whether it had one (we answer it here)."""
    lines = head.split(CRLF)
    kept = [line for line in lines if line.lower().replace(b" ", b"") != b"expect:100-continue"]
    return CRLF.join(kept), len(kept) != len(lines)


class BufferingThreadWorker(ThreadWorker):
    """``gthread`` whose threads only ever see complete requests (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.incoming: dict[Any, Incoming] = {}

    # -- where gunicorn would hand a connection to a thread, read it here first --------------

    def accept(self, listener: Any) -> None:
        if self.cfg.is_ssl:  # TLS is read by the thread; terminate TLS at the proxy instead
            super().accept(listener)
            return
        try:
            client_sock, client_addr = listener.accept()
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        conn = TConn(self.cfg, client_sock, client_addr, listener.getsockname())
        self._read_request(conn)

    def on_client_socket_readable(self, conn: Any, client: Any) -> None:
        """A kept-alive connection's next request: read it here too."""
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        if self.cfg.is_ssl:
            self.enqueue_req(conn)
            return
        self._read_request(conn)

    def _read_request(self, conn: Any) -> None:
        conn.sock.setblocking(False)
        self.incoming[conn] = Incoming(time.monotonic() + HEAD_SECONDS)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_readable, conn))

    def _on_readable(self, conn: Any, _sock: Any) -> None:
        incoming = self.incoming[conn]
        try:
            data = conn.sock.recv(READ_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client went away
            self._drop(conn)
            return
        incoming.data += data
        had_head = incoming.head_end >= 0
        if incoming.complete(self._max_head(), self._max_body()):
            self._hand_over(conn, incoming)
        elif not had_head and incoming.head_end >= 0:
            self._head_arrived(conn, incoming)

    def _head_arrived(self, conn: Any, incoming: Incoming) -> None:
        """The head is in, the body is not: give it ``BODY_SECONDS``, and say 100 Continue if
        asked (gunicorn would only say it once a thread reads the body)."""
        incoming.deadline = time.monotonic() + BODY_SECONDS
        head, expects = without_expect_continue(bytes(incoming.data[: incoming.head_end - 2]))
        if expects:
            incoming.data[: incoming.head_end - 2] = head
            incoming.head_end = len(head) + 2
            try:
                conn.sock.send(CONTINUE)
            except OSError:
                self._drop(conn)

    def _hand_over(self, conn: Any, incoming: Incoming) -> None:
        """Give the thread the connection with everything read so far already in its parser."""
        self.poller.unregister(conn.sock)
        del self.incoming[conn]
        conn.data_ready = True
        conn.buffered_request = bytes(incoming.data)
        self.enqueue_req(conn)

    def handle(self, conn: Any) -> Any:
        buffered = getattr(conn, "buffered_request", None)
        if buffered is not None:
            conn.buffered_request = None
            conn.sock.setblocking(True)
            conn.init()
            conn.parser.unreader.unread(buffered)
        return super().handle(conn)

    # -- limits and deadlines ----------------------------------------------------------------

    def _max_head(self) -> int:
        cfg = self.cfg
        return int(cfg.limit_request_line + cfg.limit_request_fields * cfg.limit_request_field_size)

    def _max_body(self) -> int:
        config = getattr(self.wsgi, "config", {})
        return int(config.get("MAX_CONTENT_LENGTH") or DEFAULT_MAX_BODY)

    def murder_pending(self) -> None:
        """gunicorn's own sweep, then drop every request that is taking too long to arrive."""
        super().murder_pending()
        now = time.monotonic()
        for conn in [c for c, incoming in self.incoming.items() if incoming.deadline <= now]:
            self._drop(conn)

    def _drop(self, conn: Any) -> None:
        if self.incoming.pop(conn, None) is not None:
            with contextlib.suppress(KeyError, ValueError, OSError):
                self.poller.unregister(conn.sock)
        self.nr_conns -= 1
        conn.close()


# gunicorn answers a request it cannot parse (a request line over ``limit_request_line``: 414; too
# many or too large header fields: 431; not HTTP: 400) itself, before the app sees it, with a small
# HTML page. A client of this API parses one error shape, so the worker rewrites that page into a
# problem with the same status, and a fixed detail per status (gunicorn's message quotes the
# client's input).

PROBLEM_MIMETYPE = "application/problem+json"
DETAILS = {
    400: "The request is not valid HTTP.",
    403: "The request was refused.",
    414: "The request line (method, path and query) is too long.",
    417: "The Expect header is not supported.",
    431: "There are too many header fields, or one is too large.",
    500: "Something went wrong on our side. Nothing was stored.",
    501: "The transfer coding is not supported.",
}
SLUGS = {400: "bad-request", 414: "uri-too-long", 431: "request-header-fields-too-large"}


def as_problem(raw: bytes) -> bytes:
    """gunicorn's HTML error response rewritten as a problem; anything else unchanged."""
    head, _, _ = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 3 or not parts[1].isdigit() or "Content-Type: text/html" not in lines:
        return raw
    status, reason = int(parts[1]), parts[2]
    body = {
        "type": f"/problems/{SLUGS.get(status, 'about-blank')}",
        "title": reason,
        "status": status,
        "detail": DETAILS.get(status, reason),
    }
    encoded = json.dumps(body).encode()
    return (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
        f"Content-Type: {PROBLEM_MIMETYPE}\r\nContent-Length: {len(encoded)}\r\n"
        "X-Content-Type-Options: nosniff\r\n\r\n"
    ).encode("latin-1") + encoded


class _ProblemSocket:
    """The client socket as gunicorn's error writer sees it: what it sends becomes a problem."""

    def __init__(self, client: socket.socket) -> None:
        self._client = client

    def sendall(self, data: bytes) -> None:
        self._client.sendall(as_problem(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


class PrivateLog:
    """gunicorn's logger, minus the client's address and request text it would write.

    gunicorn logs a refused request as ``Invalid request from ip=<address>: <error>`` (the error
    quotes the request line, query string and all) and a failed one with its URI. Both would put
    personal data in the log (docs/operations.md, "Logs"): the refusal is logged by
    :meth:`IntakeWorker.handle_error` by class alone, and a URI loses its query string.
    """

    def __init__(self, log: Any) -> None:
        self._log = log

    def warning(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(msg, str) and msg.startswith("Invalid request from ip="):
            return
        self._log.warning(msg, *args, **kwargs)

    def exception(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self._log.exception(msg, *(_path_only(arg) for arg in args), **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._log, name)


def _path_only(value: Any) -> Any:
    return value.split("?", 1)[0] if isinstance(value, str) else value


class IntakeWorker(BufferingThreadWorker):
    """Requests read whole before a thread sees them; gunicorn's own error pages as problems;
    no client address or request text in its log."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.log = PrivateLog(self.log)  # type: ignore[has-type]

    def handle_error(self, req: Any, client: socket.socket, addr: Any, exc: Exception) -> None:
        self.log.warning("refused a request gunicorn could not parse: %s", type(exc).__name__)
        super().handle_error(req, _ProblemSocket(client), addr, exc)


class LabellerProcess:
    """``intake label --follow`` beside gunicorn's workers, as gunicorn's server hooks run it.

    Started when gunicorn is ready, started again whenever it exits (a crash loses nothing: the
    batch it was labelling rolls back and waits for the next one), and stopped with gunicorn.
    It is a process, not a thread of a worker, so labelling has an interpreter of its own instead
    of waiting for the GIL behind the request threads (issue 16: as a worker thread it fell a
    minute behind a burst).
    """

    RESTART_SECONDS = 1.0
    WORKER_NICENESS = 5
    """How much lower the web workers' CPU priority is than the labeller's. Under a burst that
    fills the CPU the labeller keeps pace and the POSTs slow a little, which slows the campaign
    tools' sending, rather than the queue growing for as long as the burst lasts."""

    def __init__(self) -> None:
        self._stopping = threading.Event()
        self._process: subprocess.Popen[bytes] | None = None

    def hooks(self) -> dict[str, Any]:
        return {"when_ready": self.start, "on_exit": self.stop, "post_fork": self.yield_cpu}

    def yield_cpu(self, _server: Any, _worker: Any) -> None:
        """In each web worker, just forked: give the labeller the CPU first."""
        os.nice(self.WORKER_NICENESS)

    def start(self, _server: Any = None) -> None:
        threading.Thread(
            target=self._keep_running, name="intake-labeller-watch", daemon=True
        ).start()

    def _keep_running(self) -> None:
        command = [
            sys.executable,
            "-m",
            "intake.cli",
            "label",
            "--follow",
            "--parent",
            str(os.getpid()),
        ]
        while not self._stopping.is_set():
            self._process = subprocess.Popen(command)  # noqa: S603 - our own command
            code = self._process.wait()
            if not self._stopping.is_set():
                logging.getLogger("intake.serving").warning(
                    "the labeller exited (%s); starting it again", code
                )
                self._stopping.wait(self.RESTART_SECONDS)

    def stop(self, _server: Any = None) -> None:
        self._stopping.set()
        process = self._process
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
