"""Project-wide fixtures: a real Celery worker when a broker is configured, a mailbox, pages."""

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from amqp.exceptions import ChannelError
from django.conf import settings
from django.utils import translation

from tests import embedding_cache
from tests.translation.server import worker_translation_environment

ROOT = Path(__file__).resolve().parent.parent


def _database_url_for(db_settings: dict) -> str:
    engine = db_settings["ENGINE"]
    if "postgresql" in engine:
        user = db_settings.get("USER") or "postgres"
        password = f":{db_settings['PASSWORD']}" if db_settings.get("PASSWORD") else ""
        host = db_settings.get("HOST") or "127.0.0.1"
        port = db_settings.get("PORT") or 5432
        return f"postgres://{user}{password}@{host}:{port}/{db_settings['NAME']}"
    return f"sqlite:///{db_settings['NAME']}"


def _worker_name() -> str:
    """This test process's Celery worker: one each, on the process's own queue (settings.test)."""
    return f"{settings.CELERY_TASK_DEFAULT_QUEUE}@{socket.gethostname()}"


@pytest.fixture(scope="session", autouse=True)
def celery_worker_process(django_db_setup, django_db_blocker):
    """With CELERY_BROKER_URL set, run a real worker against the test database for the session.

    In a parallel run each test process (its own test database) has its own worker, on its own
    queue, and asks only that worker whether it is idle.
    """
    if not settings.CELERY_BROKER_URL:
        yield None
        return
    from minga.celery import app

    app.control.purge()
    env = {
        **os.environ,
        "DATABASE_URL": _database_url_for(settings.DATABASES["default"]),
        "DJANGO_SETTINGS_MODULE": "minga.settings.test",
        # The worker reaches the translation tests' local LibreTranslate server.
        **worker_translation_environment(),
    }
    log_path = Path(settings.TEST_RUN_DIR) / "celery-test-worker.log"
    log = open(log_path, "w")  # noqa: SIM115
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.celery_worker",
            "-A",
            "minga",
            "worker",
            "--pool=solo",
            f"--queues={settings.CELERY_TASK_DEFAULT_QUEUE}",
            f"--hostname={_worker_name()}",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while not app.control.ping(destination=[_worker_name()], timeout=1.0):
        if worker.poll() is not None or time.monotonic() > deadline:
            log.close()
            raise RuntimeError(
                f"The Celery worker did not start; see {log_path}:\n" + log_path.read_text()[-3000:]
            )
    yield worker
    worker.terminate()
    try:
        worker.wait(timeout=20)
    except subprocess.TimeoutExpired:
        worker.kill()
    log.close()


def pytest_configure(config):
    """Vectors the model computed once in this checkout are read back (see the module)."""
    embedding_cache.install()


def pytest_unconfigure(config):
    """Remove this process's own directory of media, private files and mail at the end.

    In a parallel run, the run's directory (the main process's) holds the test processes' own,
    and goes last, once they have all ended.
    """
    if os.environ.get("MINGA_KEEP_TEST_FILES") != "1":
        shutil.rmtree(settings.TEST_RUN_DIR, ignore_errors=True)


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /fr/... leaves French active in the thread: every test starts in English."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit and login-failure counts (and cached pages) never leak from one test to the next."""
    from django.core.cache import cache

    cache.clear()
    yield


def wait_until(predicate, timeout: float = 30.0, interval: float = 0.2):
    """Return predicate()'s first truthy value; with a real worker, results arrive later."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


class SentMail:
    """A mail the worker wrote to a file, with the attributes of Django's EmailMessage."""

    def __init__(self, parsed):
        self.parsed = parsed
        self.subject = str(parsed["Subject"] or "")
        self.from_email = str(parsed["From"] or "")
        self.to = [address.strip() for address in str(parsed["To"] or "").split(",") if address]
        text = parsed.get_body(preferencelist=("plain",))
        self.body = text.get_content() if text is not None else ""
        html = parsed.get_body(preferencelist=("html",))
        self.alternatives = [(html.get_content(), "text/html")] if html is not None else []
        self.extra_headers = {key: str(value) for key, value in parsed.items()}

    def __getitem__(self, header):
        return self.parsed[header]

    def get_content(self) -> str:
        return self.body


class Mailbox:
    """Sent e-mails: those sent in the test's own process (Django's test environment keeps them
    in mail.outbox) and, with a real Celery worker, those the worker wrote to files."""

    def __init__(self, directory: Path | None):
        self.directory = directory

    def messages(self) -> list:
        from email import message_from_bytes, policy

        from django.core import mail

        found = list(getattr(mail, "outbox", []))
        if self.directory is None:
            return found
        for path in sorted(self.directory.glob("*.log")):
            for raw in path.read_bytes().split(b"-" * 79 + b"\n"):
                if raw.strip():
                    parsed = message_from_bytes(raw.strip() + b"\n", policy=policy.default)
                    found.append(SentMail(parsed))
        return found

    def wait_for(self, count: int = 1, timeout: float = 30.0) -> list:
        return (
            wait_until(lambda: len(self.messages()) >= count and self.messages(), timeout)
            or self.messages()
        )

    def clear(self) -> None:
        from django.core import mail

        mail.outbox = []
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory.mkdir(parents=True, exist_ok=True)


@pytest.fixture
def mailbox(settings) -> Mailbox:
    directory = getattr(settings, "EMAIL_FILE_PATH", None)
    box = Mailbox(Path(directory) if settings.CELERY_BROKER_URL and directory else None)
    box.clear()
    return box


@pytest.fixture
def site(db):
    """The default site with its home page (what the demo loader's first step builds)."""
    from home.demo import get_home_page

    home = get_home_page()
    return home.get_site()


@pytest.fixture(scope="session")
def migrated_rows(django_db_setup, django_db_blocker) -> str:
    """The rows data migrations made (locales, root page, taxonomies, groups), serialised once."""
    from django.db import connection

    with django_db_blocker.unblock():
        return connection.creation.serialize_db_to_string()


@pytest.fixture
def restore_migrated_rows(request, migrated_rows):
    """Put back what data migrations made after an earlier transactional test flushed it all.

    Django's serialized rollback would do this, but it loses track of its copy once
    Playwright's event loop has run in the test process.
    """
    request.getfixturevalue("transactional_db")
    from django.db import connection
    from wagtail.models import Locale

    if not Locale.objects.exists():
        _load_rows(connection, migrated_rows)
    yield
    # With a real worker, let the tasks a test queued finish before the database is flushed:
    # a flush while a task writes is a deadlock, and the next test would start on leftovers.
    if settings.CELERY_BROKER_URL:
        wait_until(worker_is_idle, timeout=60)


@pytest.fixture
def page_cache_on(settings):
    """The anonymous page cache on (the test settings turn it off), starting and ending empty."""
    from django.core.cache import cache

    settings.MINGA_PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def _demo_copy() -> dict:
    return {}


@pytest.fixture
def demo_site(request, transactional_db, _demo_copy):
    """The full demo content, as `manage.py load_demo` builds it (built once per test run)."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection

    from tests import database_snapshot

    request.getfixturevalue("restore_migrated_rows")
    if "rows" in _demo_copy:
        database_snapshot.restore(connection, _demo_copy["rows"])
        ContentType.objects.clear_cache()
        return True
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    if settings.CELERY_BROKER_URL:  # the worker's indexing and translations belong to the copy
        wait_until(worker_is_idle, timeout=120)
    _demo_copy["rows"] = database_snapshot.take(connection)
    _demo_copy["output"] = output.getvalue()
    return True


@pytest.fixture
def demo_load_output(demo_site, _demo_copy) -> str:
    """What the run's one `manage.py load_demo` (the one the demo site copy came from) printed."""
    return _demo_copy["output"]


# A task the worker holds for later than this (a moderators' notice waiting out its window,
# MINGA_MODERATOR_NOTICE_MINUTES) is no work of the test's to wait for.
LATER_SECONDS = 60


def worker_is_idle() -> bool:
    """No task running, reserved or soon due at the worker, and none waiting in the queue.

    A task scheduled for later is revoked: it belongs to the test's rows, which the next test
    replaces. Waiting for it made every test that held a contribution for moderation wait out
    its whole timeout on the PostgreSQL run.
    """

    from minga.celery import app

    # This process's worker only; `limit=1` returns on its reply instead of waiting out the timeout.
    inspector = app.control.inspect(destination=[_worker_name()], timeout=2.0, limit=1)
    for tasks in (inspector.active(), inspector.reserved()):
        if any((tasks or {}).values()):
            return False
    later = datetime.now(UTC) + timedelta(seconds=LATER_SECONDS)
    scheduled = [task for tasks in (inspector.scheduled() or {}).values() for task in tasks]
    if any(datetime.fromisoformat(task["eta"]) <= later for task in scheduled):
        return False
    if scheduled:
        app.control.revoke([task["request"]["id"] for task in scheduled])
    with app.connection_for_read() as connection:
        try:
            _name, waiting, _consumers = connection.default_channel.queue_declare(
                queue=app.conf.task_default_queue, passive=True
            )
        except ChannelError:  # Redis keeps no empty queue
            return True
    return waiting == 0


def _load_rows(connection, rows: str) -> None:
    """Load the rows serialised after migrating into a flushed database."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers
    from django.db import transaction

    # The flush re-created content types and permissions with new keys; use the saved ones.
    Permission.objects.all().delete()
    ContentType.objects.all().delete()
    ContentType.objects.clear_cache()
    # Content types go first: building a page object looks its content type up.
    rows = json.loads(rows)
    content_types = [row for row in rows if row["model"] == "contenttypes.contenttype"]
    others = [row for row in rows if row["model"] != "contenttypes.contenttype"]
    with transaction.atomic(), connection.constraint_checks_disabled():
        for chunk in (content_types, others):
            for obj in serializers.deserialize("python", chunk):
                obj.save()
    ContentType.objects.clear_cache()


@pytest.fixture
def async_unsafe_orm(monkeypatch):
    """Playwright's sync API runs an event loop in the test's thread; the ORM calls the test
    makes around it (and the flush after it) are still synchronous. Only browser tests need it."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    """Every transactional test starts from the migrated data, like the other tests do.

    Browser tests run last: Playwright's event loop stays up in the test process once started,
    and Django refuses synchronous ORM calls beside a running loop unless told otherwise, which
    only browser tests are.
    """
    items.sort(key=lambda item: "browser" in item.keywords)
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction"):
            item.fixturenames.insert(0, "restore_migrated_rows")
        if "browser" in item.keywords:  # set up first, so it outlives the database fixtures
            item.fixturenames.insert(0, "async_unsafe_orm")
