"""URL rules whose URL builders are compiled on first use.

Werkzeug compiles two Python functions per rule as it is added (to build its URL with and without
extra query arguments), through ``ast`` and ``compile``: about nine tenths of ``create_app`` for
the app's seventy-odd rules. Most rules are never built into a URL by a given process (``url_for``
is used by a few pages and redirects), so each builder is compiled the first time it is called and
kept; matching, and the URLs built, are werkzeug's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask
from werkzeug.routing import Rule


class LazyBuildRule(Rule):
    """A werkzeug ``Rule`` that compiles each URL builder when it is first called."""

    def _compile_builder(self, append_unknown: bool = True) -> Callable[..., tuple[str, str]]:
        compiled: list[Callable[..., tuple[str, str]]] = []

        def build(rule: Rule, **values: Any) -> tuple[str, str]:
            if not compiled:
                compiled.append(Rule._compile_builder(rule, append_unknown).__get__(rule, None))
            return compiled[0](**values)

        return build


class IntakeFlask(Flask):
    """Flask with :class:`LazyBuildRule` for every route."""

    url_rule_class = LazyBuildRule
