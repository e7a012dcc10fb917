"""One protection against password guessing for every login form (allauth, Wagtail, Django admin).

All three forms call django.contrib.auth.authenticate(), so the rule lives there: a backend
listed first refuses while a lock holds, and the `user_login_failed` / `user_logged_in` signals
count. Counts live in the shared cache (Redis when CACHE_URL is set), so every worker sees them.

Three counts, from the narrowest to the widest:
- account + address: after MINGA_LOGIN_PAIR_FAILURES failures, that address is locked out of
  that account for one minute, doubling with each further failure up to
  MINGA_LOGIN_PAIR_MAX_LOCK. The owner's other devices (other addresses) are not affected.
- address: more than MINGA_LOGIN_ADDRESS_FAILURES failures in an hour, whatever the account,
  lock the address for MINGA_LOGIN_ADDRESS_LOCK (stops one machine trying many accounts).
- account: more than MINGA_LOGIN_ACCOUNT_FAILURES failures in an hour, from any address, lock
  the account for MINGA_LOGIN_ACCOUNT_LOCK, except from addresses it logged in from before.
  The address limit is lower than this one, so one attacker alone can never lock a member
  out, and even a botnet cannot shut the owner out of a device they have used before.
"""

import hashlib
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth.backends import BaseBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.dispatch import receiver
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView

from home.client import client_address
from home.ratelimit import rate_limited
from home.text import clean_text

from .members import load_member, prime_permissions

HOUR = 3600
KNOWN_ADDRESS_DAYS = 90


@dataclass(frozen=True)
class Lock:
    kind: str  # "pair", "address" or "account"
    seconds: int


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def account_key(credentials: dict) -> str:
    """One key per account, whichever identifier (username or e-mail, any case) was typed."""
    typed = next(
        (credentials[name] for name in ("username", "email", "login") if credentials.get(name)),
        "",
    )
    typed = clean_text(typed, max_length=254, single_line=True).casefold()
    if not typed:
        return ""
    found = (
        get_user_model()
        .objects.filter(Q(username__iexact=typed) | Q(email__iexact=typed))
        .values_list("pk", flat=True)
        .first()
    )
    return f"user:{found}" if found else f"name:{_digest(typed)}"


def _remaining(key: str) -> int:
    until = cache.get(f"login-lock:{key}")
    return max(math.ceil(until - time.time()), 0) if until else 0


def _lock(key: str, seconds: int) -> None:
    cache.set(f"login-lock:{key}", time.time() + seconds, timeout=seconds)


def _count(key: str, window: int) -> int:
    cache_key = f"login-failures:{key}"
    cache.add(cache_key, 0, timeout=window)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired in between
        cache.set(cache_key, 1, timeout=window)
        return 1


def _known_key(account: str, address: str) -> str:
    return f"login-known:{account}:{_digest(address)}"


def current_lock(request, credentials: dict) -> Lock | None:
    """The lock that refuses this attempt, if any (nothing is counted here)."""
    account, address = account_key(credentials), client_address(request)
    checks = [("pair", f"pair:{account}:{address}"), ("address", f"address:{address}")]
    if account and not cache.get(_known_key(account, address)):
        checks.append(("account", f"account:{account}"))
    for kind, key in checks:
        seconds = _remaining(key)
        if seconds:
            return Lock(kind, seconds)
    return None


def record_failure(request, credentials: dict) -> None:
    account, address = account_key(credentials), client_address(request)
    pair = f"pair:{account}:{address}"
    failures = _count(pair, 24 * HOUR)
    threshold = settings.MINGA_LOGIN_PAIR_FAILURES
    if failures >= threshold:
        seconds = min(60 * 2 ** (failures - threshold), settings.MINGA_LOGIN_PAIR_MAX_LOCK)
        _lock(pair, seconds)
    if _count(f"address:{address}", HOUR) > settings.MINGA_LOGIN_ADDRESS_FAILURES:
        _lock(f"address:{address}", settings.MINGA_LOGIN_ADDRESS_LOCK)
    if account and _count(f"account:{account}", HOUR) > settings.MINGA_LOGIN_ACCOUNT_FAILURES:
        _lock(f"account:{account}", settings.MINGA_LOGIN_ACCOUNT_LOCK)


def record_success(request, user) -> None:
    account, address = f"user:{user.pk}", client_address(request)
    cache.delete_many(
        [f"login-failures:pair:{account}:{address}", f"login-lock:pair:{account}:{address}"]
    )
    cache.set(_known_key(account, address), True, timeout=KNOWN_ADDRESS_DAYS * 24 * HOUR)


def lock_message(lock: Lock) -> str:
    minutes = max(math.ceil(lock.seconds / 60), 1)
    wait = ngettext(
        "Try again in %(minutes)d minute, or reset your password.",
        "Try again in %(minutes)d minutes, or reset your password.",
        minutes,
    ) % {"minutes": minutes}
    if lock.kind == "account":
        reason = _(
            "This account is protected for a while after many failed log-in attempts from "
            "other places. A device you logged in with before still works."
        )
    else:
        reason = _("Too many failed log-in attempts from your connection.")
    return f"{reason} {wait}"


class LoginProtectionBackend(BaseBackend):
    """Listed first in AUTHENTICATION_BACKENDS: refuses every attempt while a lock holds."""

    def authenticate(self, request, **credentials):
        if request is None:
            return None
        lock = current_lock(request, credentials)
        if lock:
            request.login_lock = lock
            raise PermissionDenied  # stops authenticate() before any other backend
        return None

    def get_user(self, user_id):
        # Every member's session names this backend (see `logged_in`): it finds users like
        # Django's, with their profile and permissions in the same query.
        return load_member(user_id)

    def get_all_permissions(self, user_obj, obj=None):
        # Grants nothing itself; being asked first, it fills the cache ModelBackend answers from.
        if obj is None:
            prime_permissions(user_obj)
        return set()


FIRST_BACKEND = f"{LoginProtectionBackend.__module__}.{LoginProtectionBackend.__qualname__}"


@receiver(user_login_failed, dispatch_uid="login-protection-failure")
def login_failed(sender, credentials, request=None, **kwargs):
    if request is not None and not getattr(request, "login_lock", None):
        record_failure(request, credentials)


@receiver(user_logged_in, dispatch_uid="login-protection-success")
def logged_in(sender, request, user, **kwargs):
    if request is not None:
        record_success(request, user)
        # Whichever backend checked the password, the session loads the member through the
        # first one (one query per request instead of four; force_login() names it already).
        if hasattr(request, "session") and FIRST_BACKEND in settings.AUTHENTICATION_BACKENDS:
            request.session[BACKEND_SESSION_KEY] = FIRST_BACKEND


class LockMessageMixin:
    """Django's login forms: say that the login is locked rather than "wrong password"."""

    def get_invalid_login_error(self):
        lock = getattr(self.request, "login_lock", None)
        if lock:
            return ValidationError(lock_message(lock), code="locked")
        return super().get_invalid_login_error()


class ProtectedWagtailLoginForm(LockMessageMixin, WagtailLoginForm):
    pass


class ProtectedAdminLoginForm(LockMessageMixin, AdminAuthenticationForm):
    pass


# Wagtail's "Forgotten password?" in the admin sends e-mail like allauth's reset: limited too.
admin_password_reset = rate_limited("admin_password_reset")(WagtailPasswordResetView.as_view())
