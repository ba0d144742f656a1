"""Fields that let a response schema dump the models and service results themselves.

The API's responses are the schemas in this package dumping the objects the services return
(a ``Comment``, a ``CampaignDetail``), as flask-smorest's own examples do; nothing rewrites an
object into a dict by hand first. Most fields read an attribute of the same name (or another one,
through ``attribute=``); these few cover the shapes a plain attribute cannot give, and each is
still a Nested, List or String to apispec, so the generated OpenAPI document is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from marshmallow import Schema, fields, missing


class Itself(fields.Nested):
    """The object being dumped, dumped again by another schema, or null when ``present(obj)``
    is false: a comment's ``label`` is columns of the comment's own row."""

    def __init__(self, nested: Any, *, present: Callable[[Any], bool], **kwargs: Any) -> None:
        super().__init__(nested, **kwargs)
        self.present = present

    def get_value(self, obj: Any, attr: str, accessor: Any = None, default: Any = missing) -> Any:
        return obj if self.present(obj) else None


class OrElse(fields.String):
    """A string attribute that reads ``otherwise`` where it is null."""

    def __init__(self, otherwise: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.otherwise = otherwise

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        return super()._serialize(self.otherwise if value is None else value, attr, obj, **kwargs)


class Template(fields.String):
    """A string made from the object's attributes by a ``str.format`` template (``{0.id}``):
    a link built from ids, so the schema needs no request to write it. With ``present``, null
    where ``present(obj)`` is false (an unpublished record has no link)."""

    def __init__(
        self, template: str, *, present: Callable[[Any], bool] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.template = template
        self.present = present

    def get_value(self, obj: Any, attr: str, accessor: Any = None, default: Any = missing) -> Any:
        if self.present is not None and not self.present(obj):
            return None
        return self.template.format(obj)


class Withheld(fields.Nested):
    """A nested object dumped without the ``withheld`` fields unless ``shown(parent)``: a
    sender's name in the public record only where the city publishes names.

    Two schemas, one documented: the nested schema as declared (what OpenAPI shows, the fields
    optional), and the same schema excluding the withheld fields, built once on first use.
    """

    def __init__(
        self,
        nested: Any,
        *,
        withheld: tuple[str, ...],
        shown: Callable[[Any], bool],
        **kwargs: Any,
    ) -> None:
        super().__init__(nested, **kwargs)
        self.withheld = withheld
        self.shown = shown
        self._without: Schema | None = None

    def _serialize(self, nested_obj: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if nested_obj is None:
            return None
        schema = self.schema if self.shown(obj) else self._withholding()
        return schema.dump(nested_obj, many=self.many)

    def _withholding(self) -> Schema:
        if self._without is None:
            self._without = type(self.schema)(exclude=self.withheld)
        return self._without


class Entries(fields.List):  # type: ignore[type-arg]
    """A mapping attribute dumped as a list of objects, sorted by key: ``{"A": 3}`` with
    ``names=("item_id", "size")`` is ``[{"item_id": "A", "size": 3}]``; a tuple value fills the
    names after the key in order."""

    def __init__(self, inner: fields.Field[Any], *, names: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(inner, **kwargs)
        self.names = names

    def get_value(self, obj: Any, attr: str, accessor: Any = None, default: Any = missing) -> Any:
        mapping: Mapping[Any, Any] = fields.Field.get_value(
            self,  # type: ignore[arg-type]
            obj,
            attr,
            accessor,
            default,
        )
        key, *rest = self.names
        return [
            {key: k, **dict(zip(rest, v if isinstance(v, tuple) else (v,), strict=True))}
            for k, v in sorted(mapping.items())
        ]


class Ids(fields.List):  # type: ignore[type-arg]
    """A list attribute of objects dumped as their ids (a report's matched comments)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(fields.Integer(), **kwargs)

    def get_value(self, obj: Any, attr: str, accessor: Any = None, default: Any = missing) -> Any:
        items: list[Any] = fields.Field.get_value(self, obj, attr, accessor, default)
        return [item.id for item in items]
