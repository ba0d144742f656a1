"""A model as a response schema reads it, with the few values only the edge knows.

The schemas dump models by their attributes; an item's ``accepting_comments`` (the clock's
verdict) and a new token's secret (shown once) are not attributes, so the view hands the
schema the model ``With`` them instead of writing the whole response out by hand.
"""

from __future__ import annotations

from typing import Any


class With:
    """``obj`` with ``extra`` attributes laid over it; every other attribute is ``obj``'s."""

    def __init__(self, obj: object, **extra: Any) -> None:
        self._obj = obj
        self.__dict__.update(extra)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._obj, name)
