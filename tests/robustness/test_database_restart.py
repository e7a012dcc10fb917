"""Members post while a real PostgreSQL restarts (`pg_ctl restart -m fast`): no 500, every
acknowledged contribution is stored once, and after recovery the outbox drain leaves every
stored contribution indexed and notified (issue 10, finding 4).

PostgreSQL run only. The test starts a PRIVATE server (initdb/pg_ctl as the postgres user, on
a free port, in a temporary directory), migrates a database there, and runs the members in a
subprocess pointed at it (tests/robustness/database_restart_member.py); it restarts the server
while they post, and stops and removes it in a finalizer even on failure.

With CELERY_BROKER_URL set (CI's PostgreSQL run), the tasks run in a real Celery worker the
test starts on the private database, through a queue of their own (CELERY_TASK_DEFAULT_QUEUE),
so the session's worker never takes them; the worker meets the restart too and its tasks retry.
"""

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import wait_until

ROOT = Path(__file__).resolve().parents[2]
PG_BINARIES = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
RUNUSER = shutil.which("runuser")

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the PostgreSQL run restarts a private PostgreSQL"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivatePostgres:
    """A throwaway PostgreSQL cluster run as the postgres user."""

    def __init__(self, bindir: str, directory: Path):
        self.bindir, self.directory = bindir, directory
        self.data = directory / "data"
        self.port = _free_port()

    def run(self, program: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        command = [RUNUSER, "-u", "postgres", "--", os.path.join(self.bindir, program), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)

    def pg_ctl(self, action: str, *args: str) -> None:
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1"
        log = str(self.directory / "server.log")
        self.run("pg_ctl", action, "-D", str(self.data), "-l", log, "-o", options, "-w", *args)

    def start(self) -> None:
        shutil.chown(self.directory, user="postgres")
        self.run("initdb", "-A", "trust", "-U", "postgres", "-D", str(self.data))
        self.pg_ctl("start")
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "minga")

    def postmaster_pid(self) -> str:
        return (self.data / "postmaster.pid").read_text().split("\n", 1)[0]

    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/minga"

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            subprocess.run(
                [RUNUSER, "-u", "postgres", "--", os.path.join(self.bindir, "pg_ctl"), "stop"]
                + ["-D", str(self.data), "-m", "immediate", "-w"],
                capture_output=True,
                timeout=60,
            )


@pytest.fixture
def private_postgres(request):
    if os.geteuid() != 0:
        pytest.skip("starting a private PostgreSQL as the postgres user needs root (runuser)")
    if not PG_BINARIES or not RUNUSER:
        pytest.skip("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin or no runuser")
    directory = Path(tempfile.mkdtemp(prefix="minga-pg-"))
    server = PrivatePostgres(PG_BINARIES[-1], directory)

    def remove():
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)

    request.addfinalizer(remove)
    server.start()
    return server


def start_worker(env: dict, workdir: Path, name: str) -> subprocess.Popen:
    """A Celery worker on the private database; returns once it is ready."""
    log = workdir / "worker.log"
    with log.open("w") as output:
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "minga", "worker", "--pool=solo"]
            + ["--loglevel=INFO", "--without-gossip", "--without-mingle", "--without-heartbeat"]
            + ["-n", f"{name}@%h"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    ready = wait_until(lambda: worker.poll() is not None or " ready." in log.read_text(), 120)
    assert ready and worker.poll() is None, log.read_text()[-3000:]
    return worker


def stop(process: subprocess.Popen | None) -> None:
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_members_posting_through_a_database_restart_lose_and_double_nothing(private_postgres):
    server = private_postgres
    workdir = server.directory / "members"
    workdir.mkdir()
    env = {**os.environ, "DATABASE_URL": server.url(), "CELERY_BROKER_URL": ""}
    env["DJANGO_SETTINGS_MODULE"] = "minga.settings.test"
    if settings.CELERY_BROKER_URL:  # a real worker, on a queue of this test's own
        env["CELERY_BROKER_URL"] = settings.CELERY_BROKER_URL
        env["CELERY_TASK_DEFAULT_QUEUE"] = f"minga-database-restart-{server.port}"
        env["EMAIL_FILE_PATH"] = str(workdir / "mail")
    python = sys.executable
    migrate = [python, "manage.py", "migrate", "--no-input", "-v0"]
    migrated = subprocess.run(migrate, cwd=ROOT, env=env, timeout=300, capture_output=True)
    assert migrated.returncode == 0, migrated.stderr.decode()[-3000:]
    worker = None
    if settings.CELERY_BROKER_URL:
        worker = start_worker(env, workdir, f"restart{server.port}")

    script = str(Path(__file__).with_name("database_restart_member.py"))
    log = workdir / "members.log"
    with log.open("w") as output:
        members = subprocess.Popen(
            [python, script, str(workdir)], cwd=ROOT, env=env, stdout=output, stderr=output
        )
    try:
        # Restart once members have posted, so a post is in flight when connections drop.
        posted = workdir / "acknowledged"
        wait_until(lambda: posted.exists() or members.poll() is not None, timeout=120)
        assert posted.exists(), log.read_text()[-3000:]
        pid_before = server.postmaster_pid()
        restart_began = time.time()
        server.pg_ctl("restart", "-m", "fast")
        restart_ended = time.time()
        (workdir / "restarted").touch()
        assert server.postmaster_pid() != pid_before  # a real restart, not a reload
        members.wait(timeout=600)
    finally:
        if members.poll() is None:
            members.kill()
            members.wait()
        stop(worker)
    assert members.returncode == 0, log.read_text()[-3000:]
    result = json.loads((workdir / "result.json").read_text())
    assert result["worker"] == bool(settings.CELERY_BROKER_URL)  # a real worker in CI's PG run

    statuses = result["statuses"]
    seen = f"{len(statuses)} attempts, {statuses.count('503')} answered 503"
    assert "500" not in statuses, statuses
    assert set(statuses) <= {"302", "503", "OperationalError", "InterfaceError"}, statuses
    in_flight = [a for a in result["attempts"] if a[0] <= restart_ended and a[1] >= restart_began]
    assert in_flight, f"no post was under way while the database restarted ({seen})"

    acknowledged = result["acknowledged"]
    assert sorted(result["stored"]) == sorted(acknowledged), seen  # each once, no unacknowledged
    assert result["indexed"] == len(acknowledged), result["outbox_before_drain"]
    assert result["outbox_left"] == 0, result["outbox_before_drain"]
    for text in acknowledged:
        assert sum(text in body for body in result["mails"]) == 1, text
