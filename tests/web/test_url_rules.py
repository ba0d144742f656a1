"""Every route builds the same URL through the lazily compiled builders as through werkzeug's own
(``intake.url_rules``), with and without extra query arguments, and each builder compiles once."""

from __future__ import annotations

import re

from flask import Flask
from werkzeug.routing import Map, Rule

from intake.url_rules import LazyBuildRule


def sample_values(rule: Rule) -> dict[str, object]:
    values: dict[str, object] = {}
    for name in rule.arguments:
        converter = type(rule._converters[name]).__name__
        values[name] = 7 if "Id" in converter or "Integer" in converter else "2026-00837"
        if converter == "PathConverter":
            values[name] = "a/b.css"
    return values


def test_every_route_builds_the_url_werkzeug_builds(app: Flask) -> None:
    rules = list(app.url_map.iter_rules())
    assert len(rules) > 50
    assert all(isinstance(rule, LazyBuildRule) for rule in rules)
    plain = Map(converters=app.url_map.converters)
    for rule in rules:
        twin = Rule(rule.rule, endpoint=rule.endpoint, defaults=rule.defaults)
        plain.add(twin)
        values = sample_values(rule)
        assert rule.build(values) == twin.build(values), rule.rule
        extra = {**values, "page": 2, "q": "a b"}
        built = rule.build(extra, append_unknown=True)
        assert built == twin.build(extra, append_unknown=True), rule.rule
        assert built is not None and re.search(r"page=2", built[1])


def test_a_builder_is_compiled_on_first_use_and_kept(app: Flask) -> None:
    rule = next(r for r in app.url_map.iter_rules() if r.arguments and r.endpoint != "static")
    closure = rule._build.__closure__
    assert closure is not None
    (kept,) = [c.cell_contents for c in closure if isinstance(c.cell_contents, list)]
    assert kept == []
    values = sample_values(rule)
    first = rule.build(values, append_unknown=False)
    assert len(kept) == 1
    compiled = kept[0]
    assert rule.build(values, append_unknown=False) == first
    assert kept == [compiled]
