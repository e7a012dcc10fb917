"""Production: refuses to start without real secrets; passes `manage.py check --deploy`."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSECURE_DEFAULT_COMMENTS_SALT, INSECURE_DEFAULT_SECRET_KEY, env

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY or SECRET_KEY == INSECURE_DEFAULT_SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production."
    )
if SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured("SECRET_KEY must not be an insecure development key.")

# No silent SQLite file next to the code: the database is always named.
if not env("DATABASE_URL", default=""):
    raise ImproperlyConfigured(
        "DATABASE_URL must name the database in production, e.g. postgres://user@host:5432/minga"
    )

# django-comments-xtd signs its data with it: the public development value would let anyone
# forge those signatures.
_salt = env("COMMENTS_XTD_SALT", default="")
if len(_salt) < 16 or _salt == INSECURE_DEFAULT_COMMENTS_SALT:
    raise ImproperlyConfigured(
        "COMMENTS_XTD_SALT must be set to a random value of at least 16 characters in production."
    )
COMMENTS_XTD_SALT = _salt.encode()

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the host names this site answers to.")

# Every link in e-mails, feeds and the API starts with it (home/urls.py): no development default.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="")
_address = urlsplit(WAGTAILADMIN_BASE_URL)
if _address.scheme not in {"http", "https"} or not _address.hostname or _address.path.strip("/"):
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be the site's public address, e.g. https://minga.example.org"
    )

STORAGES = {
    **STORAGES,  # noqa: F405 (media and private files: base.py, from the environment)
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
SEARCH_EMBEDDING_ISOLATED = env.bool("SEARCH_EMBEDDING_ISOLATED", default=True)
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="smtp://localhost:25")
vars().update(EMAIL_CONFIG)
