"""One rule says what a campaign member added: ``intake.text.addition.CampaignWords``.

A form letter's ``personal_text`` (staff pages, exports), the public record's "member's own
additions" and a staff relabel show the same thing; if one of them measured a member against the
template its own way (without the campaign's phrasings, say), the public record would show a spun
copy's campaign sentences as that member's words while staff see none. So the template's raw
``personal_text`` is called from one module, and everything else asks ``CampaignWords``.
"""

from __future__ import annotations

import ast

from tests.paths import ROOT

PACKAGE = ROOT / "intake"
THE_RULE = PACKAGE / "text" / "addition.py"
RAW = ("intake.text.template", "personal_text")


def raw_callers() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.module != RAW[0]:
                continue
            if any(a.name == RAW[1] for a in node.names) and path != THE_RULE:
                found.append(str(path.relative_to(ROOT)))
    return found


def test_only_the_addition_rule_measures_a_member_against_the_template() -> None:
    assert raw_callers() == []


def test_every_place_that_shows_a_members_addition_asks_the_rule() -> None:
    for module in ("labelling/campaigns.py", "services/record.py", "services/labels.py"):
        source = (PACKAGE / module).read_text(encoding="utf-8")
        assert "CampaignWords" in source, module
