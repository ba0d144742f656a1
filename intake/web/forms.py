"""Between HTML forms and the wire schemas: form fields in, field errors out.

The form is validated by the same schemas as the API (a comment that the API refuses, the form
refuses with the same message), so this module only translates: a form's flat fields to the
schema's nested shape, and the schema's dotted error paths (``submitter.email``) back to the
form fields they belong to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from marshmallow import Schema, ValidationError

from intake.errors import flatten_errors

FORM_LEVEL = "_form"
#: Fields kept exactly as typed (apart from line endings); the others are trimmed.
MULTILINE = frozenset({"body", "reason"})
#: Fields sent even when empty, so the schema says they are required.
REQUIRED = frozenset({"body", "name", "reason", "kind"})

#: Public comment form field -> path in CommentCreateSchema.
COMMENT_FIELDS = {
    "body": "body",
    "position": "position",
    "name": "submitter.name",
    "email": "submitter.email",
    "postal_code": "submitter.postal_code",
}
#: Staff label form field -> path in LabelChangeSchema (the same names).
LABEL_FIELDS = {name: name for name in ("kind", "campaign_id", "duplicate_of", "reason")}


@dataclass
class FormState:
    """What to show again: the values as typed and the errors by form field, in form order."""

    values: dict[str, str] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def form_values(form: Mapping[str, str], names: Mapping[str, str]) -> dict[str, str]:
    """The form's fields as typed; textarea line breaks arrive as CRLF and are kept as LF, so a
    comment's length is counted as the person sees it."""
    return {name: form.get(name, "").replace("\r\n", "\n") for name in names}


def nest(values: Mapping[str, str], names: Mapping[str, str]) -> dict[str, Any]:
    """Flat form fields to the schema's shape. An empty optional field is left out rather than
    sent as ``""`` (which an email or enum would refuse); single-line fields are trimmed."""
    data: dict[str, Any] = {}
    for name, path in names.items():
        value = values.get(name, "")
        if name not in MULTILINE:
            value = value.strip()
        if value == "" and name not in REQUIRED:
            continue
        target = data
        *parents, leaf = path.split(".")
        for parent in parents:
            target = target.setdefault(parent, {})
        target[leaf] = value
    return data


def field_errors(errors: Mapping[str, list[str]], names: Mapping[str, str]) -> dict[str, list[str]]:
    """Flat error paths to form fields, in form order; anything else is a form-level error."""
    by_path = {path: name for name, path in names.items()}
    mapped: dict[str, list[str]] = {}
    for path, messages in errors.items():
        mapped.setdefault(by_path.get(path, FORM_LEVEL), []).extend(messages)
    order = [*names, FORM_LEVEL]
    return {name: mapped[name] for name in order if name in mapped}


def validate(
    schema: Schema, form: Mapping[str, str], names: Mapping[str, str]
) -> tuple[FormState, dict[str, Any]]:
    """Load the form through ``schema``; the state to re-show and, when valid, the data."""
    state = FormState(values=form_values(form, names))
    try:
        data: dict[str, Any] = schema.load(nest(state.values, names))
    except ValidationError as exc:
        state.errors = field_errors(flatten_errors(exc.messages), names)
        return state, {}
    return state, data
