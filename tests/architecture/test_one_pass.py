"""CI's PostgreSQL pass leaves out the tests marked ``one_pass`` (``.ci/run``): those that ask
for neither ``database_url`` nor ``pg_engine`` (``tests/conftest.py``). That is sound only if
nothing else reads the pass's database. These checks read the code to hold it so:

- in ``tests/conftest.py`` the pass's database (``PG_URL``) is read by those two fixtures alone,
  and by ``needs_postgres()`` as a server to make throwaway databases on (``PG_SERVER_URL``:
  the pass's database on PostgreSQL, ``INTAKE_TEST_POSTGRES_URL`` on SQLite; CI sets both);
- no other test module or helper reads ``PG_URL``, ``PG_SERVER_URL`` or
  ``INTAKE_TEST_DATABASE_URL``, nor asks for those fixtures by name at run time
  (``request.getfixturevalue``), but the one test that reads ``PG_URL`` to skip itself there;
- the package never reads the tests' variables (an app a test builds for itself cannot find the
  pass's database on its own);
- the pure text engine's tests (``tests/unit/text``, the bulk of the ``one_pass`` tests) import
  neither Flask nor the database layer.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import ROOT as REPO

TESTS = REPO / "tests"
CONFTEST = TESTS / "conftest.py"
PASS_FIXTURES = {"database_url", "pg_engine"}
PASS_NAMES = {"PG_URL", "PG_SERVER_URL", "_per_worker_database"}
PASS_VARIABLE = "INTAKE_TEST_DATABASE_URL"
# Reads ``PG_URL`` only to skip itself on the PostgreSQL pass (it serves its own SQLite).
MAY_READ_PG_URL = {TESTS / "serving" / "test_slow_clients.py"}
# ``request.getfixturevalue`` with a name made at run time: a corpus generator's module.
MAY_ASK_BY_NAME = {TESTS / "corpus_shapes.py"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _names_read(node: ast.AST) -> set[str]:
    found = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    found |= {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    for n in ast.walk(node):
        if isinstance(n, ast.ImportFrom):
            found |= {alias.name for alias in n.names}
        if isinstance(n, ast.Constant) and n.value == PASS_VARIABLE:
            found.add(PASS_VARIABLE)
    return found


def test_in_conftest_only_the_two_fixtures_and_needs_postgres_read_the_pass_database() -> None:
    readers = {
        node.name
        for node in _tree(CONFTEST).body
        if isinstance(node, ast.FunctionDef) and {"PG_URL", "PG_SERVER_URL"} & _names_read(node)
    }
    assert readers == PASS_FIXTURES | {"needs_postgres"}


def test_no_other_test_reads_the_pass_database() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if path in {CONFTEST, Path(__file__)}:
            continue
        tree = _tree(path)
        read = _names_read(tree) & (PASS_NAMES | {PASS_VARIABLE})
        if path in MAY_READ_PG_URL:
            read -= {"PG_URL"}
        if read:
            offenders.append(f"{path.relative_to(REPO)} reads {sorted(read)}")
        for call in ast.walk(tree):
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "getfixturevalue"
            ):
                continue
            (argument,) = call.args
            if isinstance(argument, ast.Constant):
                asks_for_the_pass = argument.value in PASS_FIXTURES
            else:
                asks_for_the_pass = path not in MAY_ASK_BY_NAME
            if asks_for_the_pass:
                offenders.append(f"{path.relative_to(REPO)}:{call.lineno} asks for a fixture")
    assert offenders == []


def test_the_package_never_reads_the_tests_variables() -> None:
    readers = [
        str(path.relative_to(REPO))
        for path in sorted((REPO / "intake").rglob("*.py"))
        if "INTAKE_TEST_" in path.read_text(encoding="utf-8")
    ]
    assert readers == []


FORBIDDEN = ("flask", "sqlalchemy", "alembic", "psycopg", "redis", "werkzeug")
# Names read from elsewhere in ``intake``, not followed: constants, never a session or an app.
CONSTANTS = {"intake.services.review.MARGIN_SPAM"}


def _module_file(name: str) -> Path | None:
    """The file of a module of this repository (``intake``, ``tests``, ``benchmarks``), if any."""
    base = REPO.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_the_text_engine_tests_import_neither_flask_nor_the_database_layer() -> None:
    """What ``tests/unit/text`` imports, followed through this repository's modules: the text
    engine (``intake.text``) and helpers, never Flask, SQLAlchemy, a driver, Redis or another
    part of ``intake`` (the ``intake`` package's own ``__init__``, which builds the app, is not
    followed: importing ``intake.text`` runs it, but no text function reaches the app)."""
    seen: set[Path] = set()
    pending = sorted((TESTS / "unit" / "text").glob("*.py"))
    offenders = []
    while pending:
        path = pending.pop()
        if path in seen:
            continue
        seen.add(path)
        names = _imports(path)
        for name in names - CONSTANTS - {c.rpartition(".")[0] for c in CONSTANTS & names}:
            top = name.split(".")[0]
            where = path.relative_to(REPO)
            outside_the_engine = name != "intake" and not name.startswith("intake.text")
            if top in FORBIDDEN or (top == "intake" and outside_the_engine):
                offenders.append(f"{where} imports {name}")
            elif top in {"intake", "tests", "benchmarks"} and name not in {"intake", "tests"}:
                module = _module_file(name)
                if module is not None:
                    pending.append(module)
    assert len(seen) > 100, "the text engine and its tests were followed"
    assert offenders == []
