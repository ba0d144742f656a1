"""Domain errors carry no HTTP; the edge's one mapping gives every one of them a problem type."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import intake
from intake.errors import CommentWindowClosed, DomainError, InvalidInput, NotFound
from intake.problem_types import BY_SLUG
from intake.problems import DOMAIN_PROBLEMS, domain_problem_type

HTTP_WORDS = ("status", "slug", "title")
DOMAIN_PACKAGES = ("services", "labelling", "backlog", "text")
EDGES = ("backlog/command.py",)  # ``intake import`` runs against an app, as intake/cli.py does


def all_domain_errors() -> set[type[DomainError]]:
    """Every DomainError subclass anywhere in intake (each module imported, migrations apart)."""
    for module in pkgutil.walk_packages(intake.__path__, "intake."):
        if not module.name.startswith("intake.migrations"):
            importlib.import_module(module.name)
    found: set[type[DomainError]] = set()
    pending: list[type[DomainError]] = [DomainError]
    while pending:
        cls = pending.pop()
        found.add(cls)
        pending.extend(cls.__subclasses__())
    return found


def test_every_domain_error_is_mapped_by_name() -> None:
    unmapped = {cls.__qualname__ for cls in all_domain_errors() if cls not in DOMAIN_PROBLEMS}
    assert unmapped == set()


def test_every_mapping_names_a_documented_problem_type() -> None:
    assert {slug for slug in DOMAIN_PROBLEMS.values() if slug not in BY_SLUG} == set()


@pytest.mark.parametrize("cls", sorted(all_domain_errors(), key=str))
def test_domain_errors_carry_no_http(cls: type[DomainError]) -> None:
    assert [word for word in HTTP_WORDS if word in vars(cls)] == []


def test_a_subclass_takes_its_own_type_before_its_parents() -> None:
    closed = CommentWindowClosed("closed", None, None)
    assert domain_problem_type(closed).slug == "comment-window-closed"
    assert domain_problem_type(NotFound("gone")).status == 404
    assert domain_problem_type(InvalidInput({"body": ["long"]})).status == 422


def test_the_domain_never_imports_the_edge() -> None:
    root = Path(intake.__file__).parent
    offenders = []
    for package in DOMAIN_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if str(path.relative_to(root)) in EDGES:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else []
                )
                if any(
                    n.split(".")[:2] in (["intake", "problems"], ["intake", "api"]) for n in names
                ):
                    offenders.append(str(path.relative_to(root)))
                if any(n.split(".")[0] in ("flask", "werkzeug") for n in names):
                    offenders.append(str(path.relative_to(root)))
    assert offenders == []
