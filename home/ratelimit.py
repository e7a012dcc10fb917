"""Rate limits counted in the shared cache, and the 429 answer (page, or JSON under /api/).

A limit is written "count/period" with the period in s, m, h or d ("5/m", "30/h"); several are
joined by commas ("5/m,30/h": a burst limit and an hourly one). Limits live in
settings.MINGA_RATE_LIMITS (each overridable from the environment) under a name; views use the
`rate_limited` decorator or `check`. Counting uses `cache.add` then `cache.incr`, both atomic
in Redis and in the local-memory cache, so workers share one count when CACHE_URL points at
Redis.
"""

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .client import client_address

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


def parse_rates(text: str) -> list[Rate]:
    """ "5/m,30/h" -> [Rate(5, 60), Rate(30, 3600)]; an empty text means no limit."""
    rates = []
    for part in (text or "").split(","):
        if not part.strip():
            continue
        count, _sep, period = part.strip().partition("/")
        number = period[:-1] or "1"
        rates.append(Rate(int(count), int(number) * PERIODS[period[-1]]))
    return rates


class RateLimited(Exception):
    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


def consume(scope: str, key: str, rates: list[Rate]) -> int:
    """Count one hit; 0 if every limit allows it, else the seconds until it would be allowed.

    Each window opens at the first hit and lasts the rate's period (the cache entry's expiry),
    so a burst is never split across two windows.
    """
    now = time.time()
    wait = 0
    for rate in rates:
        cache_key = f"ratelimit:{scope}:{rate.count}/{rate.seconds}:{key}"
        cache.add(f"{cache_key}:start", now, timeout=rate.seconds)
        cache.add(cache_key, 0, timeout=rate.seconds)
        try:
            hits = cache.incr(cache_key)
        except ValueError:  # the window closed between add and incr
            cache.set(cache_key, 1, timeout=rate.seconds)
            hits = 1
        if hits > rate.count:
            started = cache.get(f"{cache_key}:start", now)
            wait = max(wait, math.ceil(started + rate.seconds - now))
    return wait


def limit_for(name: str) -> list[Rate]:
    return parse_rates(settings.MINGA_RATE_LIMITS.get(name, ""))


def account_is_new(user) -> bool:
    """Joined less than MINGA_NEW_MEMBER_DAYS ago (new accounts get lower limits)."""
    joined = getattr(user, "date_joined", None)
    age = timezone.now() - joined if joined else None
    return age is None or age < timedelta(days=settings.MINGA_NEW_MEMBER_DAYS)


def request_key(request: HttpRequest) -> str:
    """Members are counted per account, visitors per address."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_address(request)}"


def check(request: HttpRequest, name: str, key: str | None = None) -> None:
    """Raise RateLimited when the request goes over the limit called `name`."""
    wait = consume(name, key or request_key(request), limit_for(name))
    if wait:
        raise RateLimited(wait)


def rate_limited(name: str | Callable[[HttpRequest], str], methods=("POST",)):
    """Decorate a view: requests of `methods` over the limit get the 429 answer.

    `name` may be a function of the request, to choose a stricter limit for new members.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method in methods:
                chosen = name(request) if callable(name) else name
                try:
                    check(request, chosen)
                except RateLimited as limited:
                    return too_many_requests(request, retry_after=limited.retry_after)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _wait_text(seconds: int) -> str:
    minutes = max(math.ceil(seconds / 60), 1)
    return ngettext(
        "Please wait %(minutes)d minute and try again.",
        "Please wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


def too_many_requests(request: HttpRequest, exception=None, retry_after: int = 60) -> HttpResponse:
    """The 429 answer: JSON for the API, a page for people (also allauth's handler429)."""
    message = _("You are doing this too often.") + " " + _wait_text(retry_after)
    if request.path.startswith("/api/"):
        response = JsonResponse({"error": message}, status=429)
    else:
        context = {"message": message, "retry_after": retry_after}
        response = render(request, "errors/429.html", context, status=429)
    response["Retry-After"] = str(max(int(retry_after), 1))
    return response
