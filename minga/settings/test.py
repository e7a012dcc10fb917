"""Fast, isolated settings for the test suite."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "minga-test-only-secret-key-not-for-production-use-0123456789"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/minga-test-media")
PRIVATE_ROOT = env.path("PRIVATE_ROOT", default="/tmp/minga-test-private")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# With a real broker (CI's second run), the worker runs in another process: e-mail goes to
# files both processes can read, and tests that need a task's effect wait for it.
if CELERY_BROKER_URL:  # noqa: F405
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default="/tmp/minga-test-mail")
