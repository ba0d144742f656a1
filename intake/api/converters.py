"""Path converters: what a URL segment may hold is decided once, for every route that takes it.

A segment that no record could be named by (a NUL byte, an Arabic-Indic digit, a 20-digit id) does
not match the route, so it is a 404 problem before any view, service or database driver sees it;
a driver handed such a value crashes (PostgreSQL refuses NUL in text, a 64-bit column overflows).
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_smorest import Api
from werkzeug.routing import BaseConverter, IntegerConverter, Map

from schemas.agenda_items import ITEM_ID_PATTERN
from schemas.common import MAX_ID


class IdConverter(IntegerConverter):
    """``<int:...>`` for ids: ASCII digits only, at most a 64-bit id, else a 404.

    Werkzeug's converter takes any length of Unicode digits (``\\d``: an Arabic-Indic one is comment
    1), and a number too large for the id column overflows the driver; the bound also shows up in
    the spec as the parameter's ``maximum``.
    """

    regex = "[0-9]+"

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


class ItemIdConverter(BaseConverter):
    """``<item_id:...>``: an agenda item id as the API creates them (``ITEM_ID_PATTERN``)."""

    regex = ITEM_ID_PATTERN.removeprefix("^").removesuffix("$")


def item_id_parameter(_converter: BaseConverter) -> dict[str, Any]:
    return {"type": "string", "pattern": ITEM_ID_PATTERN, "minLength": 1, "maxLength": 64}


def install(app: Flask) -> None:
    """Before any blueprint is registered: rules bind their converters when they are added."""
    app.url_map.converters["int"] = IdConverter
    app.url_map.converters["item_id"] = ItemIdConverter


def document(api: Api) -> None:
    api.register_converter(ItemIdConverter, item_id_parameter)
