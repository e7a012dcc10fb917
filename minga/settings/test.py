"""Fast, isolated settings for the test suite."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import env
from .storages import private_storage

# Files of one test run live in a directory of its own, so two suites can run side by side; in a
# parallel run each test process (pytest-xdist's gw0, gw1...) has one of its own inside the run's.
# Processes a test process starts (the Celery worker, isolated checks) inherit it through the
# environment; tests/conftest.py removes it when the process that made it ends.
_worker = os.environ.get("PYTEST_XDIST_WORKER")
_RUN_DIR_VARIABLE = f"MINGA_TEST_RUN_DIR_{_worker.upper()}" if _worker else "MINGA_TEST_RUN_DIR"
TEST_RUN_DIR = os.environ.get(_RUN_DIR_VARIABLE) or tempfile.mkdtemp(
    prefix="minga-test-", dir=os.environ.get("MINGA_TEST_RUN_DIR")
)
os.environ[_RUN_DIR_VARIABLE] = TEST_RUN_DIR

DEBUG = False
SECRET_KEY = "minga-test-only-secret-key-not-for-production-use-0123456789"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MINGA_PAGE_CACHE = False  # tests share one cache across databases; tests/performance enable it
MINGA_WARM_RENDITIONS = False  # a page a test reads makes its own; the demo needn't make all
# Embedding every posted passage would slow every test; the tests of it turn it on.
SYNTHESIS_EMBED_ON_POST = False
MEDIA_ROOT = env.path("MEDIA_ROOT", default=os.path.join(TEST_RUN_DIR, "media"))
PRIVATE_ROOT = env.path("PRIVATE_ROOT", default=os.path.join(TEST_RUN_DIR, "private"))
STORAGES = {  # the local file system, whatever the environment says (tests/scale: S3)
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": private_storage("", PRIVATE_ROOT, 60),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Rate limits have their own tests (tests/security); elsewhere a test posts faster than a person.
MINGA_RATE_LIMITS = dict.fromkeys(MINGA_RATE_LIMITS, "")  # noqa: F405

# With a real broker (CI's second run), the worker runs in another process: e-mail goes to
# files both processes can read, and tests that need a task's effect wait for it.
# In a parallel run each test process has a worker of its own, on a queue of its own, writing
# mail to a directory of its own (tests/conftest.py starts it).
if CELERY_BROKER_URL:  # noqa: F405
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.path.join(
        env("EMAIL_FILE_PATH", default=os.path.join(TEST_RUN_DIR, "mail")), _worker or ""
    )
    if _worker:
        CELERY_TASK_DEFAULT_QUEUE = f"{CELERY_TASK_DEFAULT_QUEUE}-{_worker}"  # noqa: F405
