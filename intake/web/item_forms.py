"""Agenda item forms on the dashboard: the browser's fields to the API's schemas and back.

Times are typed in the city's zone (``<input type="datetime-local">`` has no offset) and sent to
``AgendaItemCreateSchema`` / ``AgendaItemUpdateSchema`` with that zone's offset, so a form is
refused exactly when the same body sent to the API would be, with the same messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from marshmallow import Schema, ValidationError

from intake.errors import flatten_errors
from intake.web.forms import FormState, field_errors

TIME_FIELDS = ("meeting_at", "comments_open_at", "comments_close_at")
CREATE_FIELDS = {name: name for name in ("id", "title", "body_name", *TIME_FIELDS)}
EDIT_FIELDS = {name: name for name in ("title", "body_name", *TIME_FIELDS)}
LOCAL_INPUT = "%Y-%m-%dT%H:%M"


def local_input(moment: datetime | None, zone: ZoneInfo) -> str:
    """A stored time as a ``datetime-local`` field shows it, in the city's zone."""
    return moment.astimezone(zone).strftime(LOCAL_INPUT) if moment else ""


def with_offset(value: str, zone: ZoneInfo) -> str:
    """``2026-12-01T17:00`` typed in the city's zone as ISO 8601 with its offset; anything that
    is not such a time is passed on as typed, for the schema to refuse in its own words."""
    try:
        naive = datetime.fromisoformat(value)
    except ValueError:
        return value
    if naive.tzinfo is not None:
        return value
    return naive.replace(tzinfo=zone).isoformat()


def item_data(
    form: Mapping[str, str], names: Mapping[str, str], zone: ZoneInfo, *, clear: bool
) -> tuple[dict[str, str], dict[str, Any]]:
    """The values as typed, and the body for the schema (``clear``: an empty optional field is
    ``null``, which clears it, as in a PATCH)."""
    values = {name: form.get(name, "").strip() for name in names}
    data: dict[str, Any] = {}
    for name, value in values.items():
        if value == "":
            if name in ("id", "title"):
                data[name] = value
            elif clear:
                data[name] = None
            continue
        data[name] = with_offset(value, zone) if name in TIME_FIELDS else value
    return values, data


def validate_item(
    schema: Schema,
    form: Mapping[str, str],
    names: Mapping[str, str],
    zone: ZoneInfo,
    *,
    clear: bool,
) -> tuple[FormState, dict[str, Any]]:
    values, data = item_data(form, names, zone, clear=clear)
    state = FormState(values=values)
    try:
        loaded: dict[str, Any] = schema.load(data)
    except ValidationError as exc:
        state.errors = field_errors(flatten_errors(exc.messages), names)
        return state, {}
    return state, loaded
