"""Project-wide fixtures: a real Celery worker when a broker is configured, a mailbox, pages."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _database_url_for(db_settings: dict) -> str:
    engine = db_settings["ENGINE"]
    if "postgresql" in engine:
        user = db_settings.get("USER") or "postgres"
        password = f":{db_settings['PASSWORD']}" if db_settings.get("PASSWORD") else ""
        host = db_settings.get("HOST") or "127.0.0.1"
        port = db_settings.get("PORT") or 5432
        return f"postgres://{user}{password}@{host}:{port}/{db_settings['NAME']}"
    return f"sqlite:///{db_settings['NAME']}"


@pytest.fixture(scope="session", autouse=True)
def celery_worker_process(django_db_setup, django_db_blocker):
    """With CELERY_BROKER_URL set, run a real worker against the test database for the session."""
    if not settings.CELERY_BROKER_URL:
        yield None
        return
    from minga.celery import app

    app.control.purge()
    env = {
        **os.environ,
        "DATABASE_URL": _database_url_for(settings.DATABASES["default"]),
        "DJANGO_SETTINGS_MODULE": "minga.settings.test",
    }
    log = open(ROOT / "celery-test-worker.log", "w")  # noqa: SIM115
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "minga",
            "worker",
            "--pool=solo",
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
    while not app.control.ping(timeout=1.0):
        if worker.poll() is not None or time.monotonic() > deadline:
            log.close()
            raise RuntimeError(
                "The Celery worker did not start; see celery-test-worker.log:\n"
                + (ROOT / "celery-test-worker.log").read_text()[-3000:]
            )
    yield worker
    worker.terminate()
    try:
        worker.wait(timeout=20)
    except subprocess.TimeoutExpired:
        worker.kill()
    log.close()


def wait_until(predicate, timeout: float = 30.0, interval: float = 0.2):
    """Return predicate()'s first truthy value; with a real worker, results arrive later."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


class Mailbox:
    """Sent e-mails, whether sent in-process (locmem) or by a Celery worker (file backend)."""

    def __init__(self, directory: Path | None):
        self.directory = directory

    def messages(self) -> list:
        from email import message_from_bytes, policy

        from django.core import mail

        if self.directory is None:
            return list(getattr(mail, "outbox", []))
        found = []
        for path in sorted(self.directory.glob("*.log")):
            for raw in path.read_bytes().split(b"-" * 79 + b"\n"):
                if raw.strip():
                    found.append(message_from_bytes(raw.strip() + b"\n", policy=policy.default))
        return found

    def wait_for(self, count: int = 1, timeout: float = 30.0) -> list:
        return (
            wait_until(lambda: len(self.messages()) >= count and self.messages(), timeout)
            or self.messages()
        )

    def clear(self) -> None:
        from django.core import mail

        if self.directory is None:
            mail.outbox = []
        else:
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
