"""One decorator for a staff operation: the role check, its body, its answer and what it documents.

Every staff view stacked the same five decorators (``requires_staff``, ``blp.arguments``,
``blp.response``, ``blp.alt_response(404)``, ``blp.doc(security=STAFF)``); this applies them in
that order, so the check, the parsing and the OpenAPI document are exactly what the stack gave.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask_smorest import Blueprint

from intake.api.security import STAFF
from intake.auth import requires_staff

View = TypeVar("View", bound=Callable[..., Any])


def staff_operation(
    blp: Blueprint,
    schema: Any,
    *,
    status: int = 200,
    arguments: Any = None,
    missing: str | None = None,
    **argument_options: Any,
) -> Callable[[View], View]:
    """``arguments`` (a schema, with ``location`` etc. in ``argument_options``) is the body or
    query the view takes; ``missing`` describes its 404, if it has one."""

    def decorate(view: View) -> View:
        view = blp.doc(security=STAFF)(view)
        if missing is not None:
            view = blp.alt_response(404, description=missing)(view)
        view = blp.response(status, schema)(view)
        if arguments is not None:
            view = blp.arguments(arguments, **argument_options)(view)
        return requires_staff(view)

    return decorate
