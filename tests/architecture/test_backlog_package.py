"""The import is one package, and it reaches the comment service through one named function."""

from __future__ import annotations

import ast
from pathlib import Path

import intake

BACKLOG = Path(intake.__file__).parent / "backlog"


def calls_into_comment_service() -> list[str]:
    """``module:function`` for every call of a CommentService method from the backlog package."""
    found = []
    for path in sorted(BACKLOG.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("store_backlog", "submit_many", "submit_together")
                ):
                    found.append(f"{path.stem}:{function.name}")
    return found


def test_the_import_stores_through_one_function() -> None:
    assert calls_into_comment_service() == ["storing:store_through_write_path"]
