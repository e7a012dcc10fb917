"""allauth behaviour for Minga: members land back where they were, in their own language."""

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from home.client import client_address
from home.urls import rebase_url

from .login_protection import current_lock, lock_message

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def preferred_language(user) -> str | None:
    profile = getattr(user, "profile", None)
    language = getattr(profile, "preferred_language", None)
    return language if language in LANGUAGE_CODES else None


def url_in_language(url: str, language: str) -> str:
    """The same path under the language's prefix (/ becomes /fr/)."""
    if url in ("", "/"):
        return f"/{language}/"
    return translate_url(url, language)


class AccountAdapter(DefaultAccountAdapter):
    # allauth calls these two only when no explicit `next` came with the request, so an
    # explicit `next` always wins and keeps its own language.
    def get_login_redirect_url(self, request) -> str:
        return self._in_preferred_language(request, super().get_login_redirect_url(request))

    def get_signup_redirect_url(self, request) -> str:
        return self._in_preferred_language(request, super().get_signup_redirect_url(request))

    def _in_preferred_language(self, request, url: str) -> str:
        language = preferred_language(request.user)
        if not language:
            return url
        translation.activate(language)
        request.LANGUAGE_CODE = language
        return url_in_language(url, language)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Links in allauth's mails (activate_url, password_reset_url…) use the site's address."""
        links = {
            key: rebase_url(value)
            for key, value in context.items()
            if key.endswith("_url") and isinstance(value, str) and value
        }
        super().send_mail(template_prefix, email, {**context, **links})

    def get_client_ip(self, request) -> str:
        """allauth's rate limits see the same address as ours, through MINGA_TRUSTED_PROXIES."""
        return client_address(request) or "0.0.0.0"

    def pre_authenticate(self, request, **credentials) -> None:
        """Minga's login protection (login_protection.py) says why a login is refused."""
        lock = current_lock(request, credentials)
        if lock:
            request.login_lock = lock
            raise forms.ValidationError(lock_message(lock), code="locked")
        super().pre_authenticate(request, **credentials)

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        language = preferred_language(user)
        if language:
            # Unprefixed addresses (/, links in old e-mails) open in the member's language too.
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response
