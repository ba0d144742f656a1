"""docs/spam.md's "Where things are" names every module of ``intake/text/spam/``: the package
has grown one module per reading of spam, and a maintainer finds a signal through that map."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def map_section() -> str:
    text = (ROOT / "docs" / "spam.md").read_text(encoding="utf-8")
    start = text.index("## Where things are\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def test_every_spam_module_is_on_the_map() -> None:
    named = set(re.findall(r"`(\w+)`", map_section()))
    modules = {p.stem for p in (ROOT / "intake" / "text" / "spam").glob("*.py")} - {"__init__"}
    assert modules - named == set(), "add these modules to docs/spam.md's 'Where things are'"


def test_the_map_names_no_module_that_is_gone() -> None:
    """Outside the parentheses that say what a module does, every name on the map is a module."""
    listed = re.sub(r"\([^()]*\)", "", map_section())
    rows = [line.split("|")[2] for line in listed.splitlines() if line.startswith("| ")]
    named = {name for row in rows[2:] for name in re.findall(r"`(\w+)`", row)}
    modules = {p.stem for p in (ROOT / "intake" / "text" / "spam").glob("*.py")}
    assert named - modules == set()
