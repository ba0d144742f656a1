"""Recording the SQL statements every engine sends, to check what a request or a write path reads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event


@contextmanager
def statements(verb: str = "") -> Iterator[list[str]]:
    """Every statement any engine sends meanwhile (group commits use their own connection), or
    only those that begin with ``verb`` ("SELECT")."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(verb):
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)
