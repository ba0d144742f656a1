"""Rate limits with Flask-Limiter: per client address, per token, per agenda item.

Every way to post a comment (``POST .../comments``, ``POST .../comments/batch`` and the public
form's ``POST /items/{id}/comment``) carries the same three shared limits, so a client has one
allowance however it posts, and an item one allowance however comments reach it.

Counters live in Redis when ``INTAKE_REDIS_URL`` is set, so every worker on every machine shares
them; in memory otherwise (one process, development). Client addresses are hashed before they
become keys, so Redis never holds them in the clear. A limited request gets a 429 problem with
``Retry-After`` and the ``RateLimit-*`` headers.

When Redis stops answering, Flask-Limiter's in-memory fallback takes over with the same limits,
counted by each process alone, and logs a warning ("Rate limit storage unreachable - falling back
to in-memory storage"); it checks Redis again now and then and goes back to it once it answers.
Comments keep coming in; ``/readyz`` reports Redis as down meanwhile (:func:`redis_reachable`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask, current_app, request
from flask_limiter import HeaderNames, Limiter
from limits.storage import Storage, storage_from_string
from werkzeug.middleware.proxy_fix import ProxyFix

from intake.auth import current_principal
from intake.config import Settings
from intake.privacy import current_address_key

HEADER_NAMES = {
    HeaderNames.LIMIT: "RateLimit-Limit",
    HeaderNames.REMAINING: "RateLimit-Remaining",
    HeaderNames.RESET: "RateLimit-Reset",
    HeaderNames.RETRY_AFTER: "Retry-After",
}


REDIS_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 2}
"""A dead Redis costs a request at most a couple of seconds before the fallback takes over."""


def _settings() -> Settings:
    value: Settings = current_app.config["INTAKE"]
    return value


def client_key() -> str:
    """The caller's address (after trusted proxies), as a pseudonymous key."""
    return current_address_key()


def token_key() -> str:
    return f"token:{current_principal().name}"


def item_key() -> str:
    return f"item:{(request.view_args or {}).get('item_id', '')}"


def _has_token() -> bool:
    return current_principal().role is not None


def _anonymous() -> bool:
    return not _has_token()


def public_limit() -> str:
    return _settings().rate_limit_public


def token_limit() -> str:
    """A token's own limit when it has one, the configured default otherwise."""
    return current_principal().rate_limit or _settings().rate_limit_token


def item_limit() -> str:
    return _settings().rate_limit_item


def request_cost() -> int:
    """A batch costs one hit per entry, so batches cannot multiply a token's allowance."""
    payload = request.get_json(silent=True)
    if isinstance(payload, dict) and isinstance(payload.get("comments"), list):
        return max(1, len(payload["comments"]))
    return 1


STRATEGY = "sliding-window-counter"
"""Two counters per bucket (this window and the last, the last weighted by how much of it still
overlaps), so a bucket's state and every check are constant in size however many posts it has
counted. The moving window kept one timestamp per hit: an item's 60,000/minute bucket grew to a
list of 60,000 entries (~0.9 MB in Redis) read by binary search on every response's headers
during a campaign burst (docs/benchmarks.md, session 8)."""

limiter = Limiter(
    key_func=client_key,
    headers_enabled=True,
    header_name_mapping=HEADER_NAMES,
    strategy=STRATEGY,
    retry_after="delta-seconds",
    in_memory_fallback_enabled=True,
)


def _shared_post_limit(
    limit: Callable[[], str],
    scope: str,
    key_func: Callable[[], str],
    exempt_when: Callable[[], bool] | None = None,
) -> Callable[..., Any]:
    """A limit on POSTs, shared by every route it decorates: the scope alone names the bucket
    (not the route), so the API's single POST, its batch POST and the HTML form draw on one
    allowance per address, per token and per item; a batch costs its size."""
    return limiter.shared_limit(
        limit,
        scope=scope,
        key_func=key_func,
        methods=["POST"],
        exempt_when=exempt_when,
        cost=request_cost,
    )


limit_public_posts = _shared_post_limit(public_limit, "public", client_key, _has_token)
limit_token_posts = _shared_post_limit(token_limit, "token", token_key, _anonymous)
limit_item_posts = _shared_post_limit(item_limit, "item", item_key)
POST_LIMITS: list[Callable[..., Any]] = [limit_public_posts, limit_token_posts, limit_item_posts]


def init_app(app: Flask, settings: Settings) -> None:
    if settings.trusted_proxies:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.trusted_proxies, x_proto=settings.trusted_proxies
        )
    app.config.update(
        RATELIMIT_ENABLED=settings.rate_limit_enabled,
        RATELIMIT_STORAGE_URI=settings.redis_url or "memory://",
        RATELIMIT_STORAGE_OPTIONS=REDIS_OPTIONS if settings.redis_url else {},
        RATELIMIT_KEY_PREFIX="intake",
        RATELIMIT_SWALLOW_ERRORS=False,
    )
    limiter.init_app(app)
    # One Limiter serves every app built in this process (tests build many); a fallback taken
    # for an earlier app's dead Redis must not carry over to this app's storage.
    limiter._storage_dead = False
    app.extensions["intake.redis_storage"] = (
        storage_from_string(settings.redis_url, **REDIS_OPTIONS) if settings.redis_url else None
    )


def redis_reachable(app: Flask) -> bool | None:
    """Whether the configured Redis answers a PING; None when no Redis is configured."""
    storage: Storage | None = app.extensions.get("intake.redis_storage")
    return None if storage is None else bool(storage.check())
