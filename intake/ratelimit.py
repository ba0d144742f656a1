"""Rate limits with Flask-Limiter: per client address, per token, per agenda item.

Every way to post a comment (``POST .../comments``, ``POST .../comments/batch`` and the public
form's ``POST /items/{id}/comment``) carries the same three shared limits, so a client has one
allowance however it posts, and an item one allowance however comments reach it.

Counters live in Redis when ``INTAKE_REDIS_URL`` is set, so every worker on every machine shares
them; in memory otherwise (one process, development). In Redis a POST costs one script for all
the limits it carries and none for its ``RateLimit-*`` headers (:class:`BatchingLimiter`,
:class:`HitWindowRedisStorage`). Client addresses are hashed before they become keys, so Redis
never holds them in the clear. A limited request gets a 429 problem with ``Retry-After`` and the
``RateLimit-*`` headers.

When Redis stops answering, Flask-Limiter's in-memory fallback takes over with the same limits,
counted by each process alone, and logs a warning ("Rate limit storage unreachable - falling back
to in-memory storage"); it checks Redis again now and then and goes back to it once it answers.
Comments keep coming in; ``/readyz`` reports Redis as down meanwhile (:func:`redis_reachable`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app, has_request_context, request
from flask_limiter import HeaderNames, Limiter
from limits.storage import RedisStorage, Storage, storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter
from werkzeug.middleware.proxy_fix import ProxyFix

from intake.auth import current_principal
from intake.config import Settings
from intake.privacy import current_address_key

if TYPE_CHECKING:
    from flask_limiter._limits import RuntimeLimit

log = logging.getLogger("intake.ratelimit")

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

SCHEME_PREFIX = "intake+"
_WINDOWS = "intake.ratelimit.windows"

# limits' acquire_sliding_window.lua followed by its sliding_window.lua, for each of the request's
# hits in turn (KEYS: previous and current window key of each; ARGV: limit, expiry and amount of
# each), stopping after the first hit refused, as Flask-Limiter stops at a request's first breach:
# the hit, then the window as the read would find it right after. Same keys, same arguments, the
# same decisions; only the answer is longer ({acquired, previous count, previous TTL, current
# count, current TTL} per hit made, TTLs in milliseconds).
ACQUIRE_AND_READ_SLIDING_WINDOWS = """
local function shift_if_expired(previous_key, current_key, expiry)
    local ttl = tonumber(redis.call('pttl', current_key))
    if ttl > 0 and ttl < expiry then
        redis.call('rename', current_key, previous_key)
        redis.call('set', current_key, 0, 'PX', ttl + expiry)
    end
end

local answers = {}
for hit = 1, #KEYS / 2 do
    local previous_key, current_key = KEYS[2 * hit - 1], KEYS[2 * hit]
    local limit = tonumber(ARGV[3 * hit - 2])
    local expiry = tonumber(ARGV[3 * hit - 1]) * 1000
    local amount = tonumber(ARGV[3 * hit])
    local acquired = 0

    if amount <= limit then
        shift_if_expired(previous_key, current_key, expiry)
        local previous_count = tonumber(redis.call('get', previous_key)) or 0
        local previous_ttl = tonumber(redis.call('pttl', previous_key)) or 0
        local current_count = tonumber(redis.call('get', current_key)) or 0
        local current_ttl = tonumber(redis.call('pttl', current_key)) or 0
        if previous_ttl <= 0 then
            previous_ttl = 0
        end
        if current_ttl <= 0 then
            current_ttl = 0
        end
        local weighted_count = math.floor(previous_count * previous_ttl / expiry) + current_count
        if (weighted_count + amount) <= limit then
            acquired = 1
            if redis.call('exists', current_key) == 1 then
                redis.call('incrby', current_key, amount)
            else
                redis.call('set', current_key, amount, 'PX', expiry * 2)
            end
        end
    end

    shift_if_expired(previous_key, current_key, expiry)
    answers[#answers + 1] = acquired
    answers[#answers + 1] = redis.call('get', previous_key)
    answers[#answers + 1] = redis.call('pttl', previous_key)
    answers[#answers + 1] = redis.call('get', current_key)
    answers[#answers + 1] = redis.call('pttl', current_key)
    if acquired == 0 then
        break
    end
end
return answers
"""

Hit = tuple[str, int, int, int]
"""One sliding-window hit as limits' strategy makes it: key, limit, expiry (s), amount."""

_PLAN = "intake.ratelimit.plan"


@dataclass
class _Plan:
    """The hits Flask-Limiter is about to make for a request, in its order
    (:class:`BatchingLimiter`), and, once the first was asked for, the answers to all of them."""

    hits: list[Hit]
    answers: list[bool] | None = None
    taken: int = 0


class HitWindowRedisStorage(RedisStorage):
    """limits' Redis storage, whose sliding-window hit also returns the window it leaves, and
    which makes all of a request's hits in one script.

    Flask-Limiter hits each limit of a request in turn, a Redis round trip each, then reads the
    header's limit once more for the ``RateLimit-*`` headers. This storage

    * makes, when Flask-Limiter asks for a request's first hit, every hit of the request
      (:class:`BatchingLimiter` lists them beforehand) in one script that stops at the first
      refusal as Flask-Limiter does, and answers the later hits from it: one round trip per
      POST whatever the number of limits it carries;
    * keeps, for the request, the window each hit left, and answers the header's read from it
      (its TTLs aged by the time since), so the headers cost no round trip. The read goes to
      Redis as before when the key was not hit in this request, or when a window would have
      turned over since the hit (a TTL crossed a boundary: Redis would shift it).

    Registered under ``intake+redis://`` (and ``intake+rediss://``, ``intake+redis+unix://``):
    the URL after the prefix is the Redis URL. Under concurrency the headers describe the bucket
    as this request's own hit left it, not after hits other requests made meanwhile, and a
    request's hits are made together, with no other request's in between.
    """

    STORAGE_SCHEME = [f"{SCHEME_PREFIX}{scheme}" for scheme in ("redis", "rediss", "redis+unix")]

    def __init__(self, uri: str, **options: Any) -> None:
        super().__init__(uri.removeprefix(SCHEME_PREFIX), **options)

    def initialize_storage(self, uri: str) -> None:
        super().initialize_storage(uri)
        self.lua_acquire_and_read = self.get_connection().register_script(
            ACQUIRE_AND_READ_SLIDING_WINDOWS.encode()
        )

    def acquire_sliding_window_entry(
        self, key: str, limit: int, expiry: int, amount: int = 1
    ) -> bool:
        hit = (key, limit, expiry, amount)
        plan: _Plan | None = request.environ.get(_PLAN) if has_request_context() else None
        if plan is None or plan.taken >= len(plan.hits):
            return self._acquire([hit])[0]
        if plan.hits[plan.taken] != hit:
            if plan.answers is not None:
                # Not reached while BatchingLimiter lists what Flask-Limiter hits; if it were,
                # the planned hits not asked for are counted once more than they should be.
                log.error("rate limit hit %s was not the one planned; counting it alone", key)
            plan.taken = len(plan.hits)
            return self._acquire([hit])[0]
        if plan.answers is None:
            plan.answers = self._acquire(plan.hits)
        answers, plan.taken = plan.answers, plan.taken + 1
        if plan.taken <= len(answers):
            return answers[plan.taken - 1]
        # The script stopped at an earlier refusal, after which Flask-Limiter hits nothing more.
        return self._acquire([hit])[0]

    def _acquire(self, hits: list[Hit]) -> list[bool]:
        """Make ``hits`` in order, up to the first refused; whether each made was acquired."""
        keys: list[str] = []
        arguments: list[int] = []
        for key, limit, expiry, amount in hits:
            keys += [
                self.prefixed_key(self._previous_window_key(key)),
                self.prefixed_key(self._current_window_key(key)),
            ]
            arguments += [limit, expiry, amount]
        answer = self.lua_acquire_and_read(keys, arguments)
        made = [answer[k : k + 5] for k in range(0, len(answer), 5)]
        if has_request_context():
            windows = request.environ.setdefault(_WINDOWS, {})
            now = time.monotonic()
            for (key, *_rest), (_acquired, *window) in zip(hits, made, strict=False):
                windows[key] = (now, window)
        return [bool(acquired) for acquired, *_window in made]

    def get_sliding_window(self, key: str, expiry: int) -> tuple[int, float, int, float]:
        remembered = request.environ.get(_WINDOWS, {}).get(key) if has_request_context() else None
        if remembered is not None:
            hit_at, window = remembered
            aged = _aged(hit_at, window, expiry)
            if aged is not None:
                return aged
        return super().get_sliding_window(key, expiry)


class BatchingLimiter(Limiter):
    """Flask-Limiter's ``Limiter``, which lists a request's hits before it makes them, so that
    :class:`HitWindowRedisStorage` can make them in one Redis round trip.

    The list is Flask-Limiter's own evaluation of the limits it was handed (``__evaluate_limits``
    in Flask-Limiter 4.1, the release pyproject.toml admits: the limits sorted, the exempt ones
    skipped, each limit's key, scope, key prefix, expiry and cost), made from the same
    ``RuntimeLimit`` objects, just before it. Where that evaluation does more than hit limits in
    order and stop at the first breach (conditional deductions, meta limits, not failing on the
    first breach, another strategy or storage), nothing is listed and every hit goes to Redis
    alone, as before.
    """

    def _Limiter__evaluate_limits(  # noqa: N802 - overrides Flask-Limiter's private method
        self, endpoint: str, limits: list[RuntimeLimit]
    ) -> None:
        environ = request.environ
        plan = self._plan(endpoint, limits)
        if plan is not None:
            environ[_PLAN] = plan
        try:
            super()._Limiter__evaluate_limits(endpoint, limits)  # type: ignore[misc]
        finally:
            environ.pop(_PLAN, None)

    def _plan(self, endpoint: str, limits: list[RuntimeLimit]) -> _Plan | None:
        if len(limits) < 2:
            return None
        # ``self.limiter`` without its assertion: an app whose limits are off has no strategy.
        dead = self._storage_dead and self._in_memory_fallback_enabled
        strategy = self._fallback_limiter if dead else self._limiter
        if not (
            self._fail_on_first_breach
            and not self._meta_limits
            and isinstance(strategy, SlidingWindowCounterRateLimiter)
            and isinstance(strategy.storage, HitWindowRedisStorage)
        ):
            return None
        hits: list[Hit] = []
        for lim in sorted(limits, key=lambda x: x.limit):
            if lim.is_exempt or lim.method_exempt:
                continue
            if lim.deduct_when or lim.meta_limits:
                return None
            args = [lim.key_func(), lim.scope_for(endpoint, request.method)]
            if not all(args):
                continue
            if self._key_prefix:
                args = [self._key_prefix, *args]
            item = lim.limit
            hits.append((item.key_for(*args), item.amount, item.get_expiry(), lim.deduction_amount))
        return _Plan(hits) if len(hits) > 1 else None


def _aged(hit_at: float, window: list[Any], expiry: int) -> tuple[int, float, int, float] | None:
    """The window a hit returned, as Redis would report it now; None when a TTL crossed a
    boundary since (the previous window expired, or the current one would be shifted)."""
    elapsed_ms = (time.monotonic() - hit_at) * 1000
    previous_count, previous_ttl, current_count, current_ttl = window
    previous_ttl, current_ttl = int(previous_ttl), int(current_ttl)
    expiry_ms = expiry * 1000
    if previous_ttl > 0 and previous_ttl - elapsed_ms <= 0:
        return None
    if current_ttl >= expiry_ms and current_ttl - elapsed_ms < expiry_ms:
        return None
    return (
        int(previous_count or 0),
        max(0.0, previous_ttl - elapsed_ms) / 1000 if previous_ttl > 0 else 0.0,
        int(current_count or 0),
        max(0.0, current_ttl - elapsed_ms) / 1000 if current_ttl > 0 else 0.0,
    )


limiter = BatchingLimiter(
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
        RATELIMIT_STORAGE_URI=SCHEME_PREFIX + settings.redis_url
        if settings.redis_url
        else "memory://",
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
