"""Load under faults: logged-in members read and post while the broker and the database blink.

    .venv/bin/python benchmarks/load_faults.py --postgres postgres://postgres@127.0.0.1:5432/postgres

Builds a small database (a new PostgreSQL database created and dropped through the --postgres
URL; SQLite is accepted but cannot take concurrent posts): N trusted member accounts (no
pre-moderation, posting rate limits off for the run), one follower, one open discussion. Serves
the site with gunicorn (production settings, 2 sync workers) and runs a Celery worker with beat,
both using a private redis-server as the broker (a free loopback port) and database 11 of the
Redis on 127.0.0.1:6379 as the cache. Then N member threads (`requests` sessions that log in
through the allauth form with its CSRF token) read the discussion and post contributions through
its real form, for --seconds per phase:

- normal;
- broker down: the private redis-server is stopped (SIGTERM) for the whole phase, then started
  again; it keeps its queue in an append-only file (--volatile-broker: it loses it, and the
  outbox sends again what was handed over and not started within --redelivery seconds);
- database cut: every connection to the benchmark database is terminated
  (`pg_terminate_backend`, every 50 ms) for --outage seconds in the middle of the phase.

A member whose post answers 5xx or fails to connect sends the same text again (as a browser
would), up to three times. After a settle time (beat drains the outbox every minute) it counts,
per phase marker: posts acknowledged (302 to the contribution), contributions stored, duplicates,
acknowledged but not stored, search entries and follower notifications (task receipts), and
prints a Markdown table with p50/p95 latencies and the load average.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.pages import ROOT, _django, _free_port, _postgres_database, _wait  # noqa: E402

PASSWORD = "load-faults-" + "x" * 12
PHASES = ("normal", "broker down", "database cut")
CACHE_URL = "redis://127.0.0.1:6379/11"  # a db of its own on the shared Redis; never flushed


# ---- the data (a child process) ------------------------------------------------------------


def build(database_url: str, members: int) -> dict:
    _django(database_url)
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import PBKDF2PasswordHasher
    from django.core.management import call_command
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from datetime import timedelta

    from discussions.models import DiscussionIndexPage, DiscussionPage, Subscription
    from discussions.moderation.models import MemberStanding
    from home.demo import get_home_page
    from home.models import NavigationSettings

    home = get_home_page()
    index = home.add_child(instance=DiscussionIndexPage(title="E-discussions", slug="discussions"))
    index.save_revision().publish()
    navigation = NavigationSettings.for_site(home.get_site())
    navigation.discussions_page = index
    navigation.save()
    now = timezone.now()
    discussion = index.add_child(
        instance=DiscussionPage(
            title="Learning under load",
            slug="load",
            introduction="How do peers learn from each other when services blink?",
            opens_at=now - timedelta(days=1),
            closes_at=now + timedelta(days=1),
        )
    )
    discussion.save_revision().publish()
    # Production settings do not know the test settings' MD5 hasher: hash as production does.
    hashed = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    users = []
    for n in range(members + 1):
        name = f"loadmember{n}" if n < members else "loadfollower"
        user = get_user_model().objects.create(
            username=name, email=f"{name}@example.org", password=hashed
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        MemberStanding.objects.create(user=user, trusted=True)  # no pre-moderation
        users.append(user)
    Subscription.objects.create(user=users[-1], discussion=discussion)
    return {
        "discussion": discussion.url,
        "discussion_pk": discussion.pk,
        "members": [user.username for user in users[:-1]],
    }


def count(database_url: str, markers: dict, acknowledged: dict) -> dict:
    """Per phase: stored, duplicates, lost, indexed, notified; the outbox left."""
    _django(database_url)
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Count

    from discussions.models import Contribution
    from home.outbox import OutboxMessage, TaskReceipt
    from search.models import SearchEntry

    content_type = ContentType.objects.get_for_model(Contribution)
    result = {"outbox": OutboxMessage.objects.count()}
    for phase, marker in markers.items():
        stored = Contribution.objects.filter(comment__startswith=marker)
        texts = dict(
            stored.values_list("comment").annotate(n=Count("id")).values_list("comment", "n")
        )
        pks = list(stored.values_list("pk", flat=True))
        notified = sum(
            TaskReceipt.objects.filter(key__startswith=f"discussions:notified:{pk}:").exists()
            for pk in pks
        )
        result[phase] = {
            "stored": len(texts),
            "rows": len(pks),
            "duplicates": sum(n - 1 for n in texts.values()),
            "lost": len(set(acknowledged.get(phase, [])) - set(texts)),
            "unacknowledged": len(set(texts) - set(acknowledged.get(phase, []))),
            "indexed": SearchEntry.objects.filter(content_type=content_type, object_id__in=pks)
            .values("object_id")
            .distinct()
            .count(),
            "notified": notified,
        }
    return result


def _child(database_url: str, phase: str, stdin: str = "", **options) -> dict:
    command = [sys.executable, __file__, "--phase", phase, "--database", database_url]
    for key, value in options.items():
        command += [f"--{key}", str(value)]
    output = subprocess.run(
        command, cwd=ROOT, check=True, input=stdin, stdout=subprocess.PIPE, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# ---- the services ----------------------------------------------------------------------------


class Broker:
    """A private redis-server on a loopback port, stopped and started for the broker fault."""

    def __init__(self, persistent: bool):
        self.persistent = persistent
        self.directory = tempfile.mkdtemp(prefix="minga-load-broker-")
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--dir", self.directory, "--appendonly", "yes" if self.persistent else "no"],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(0.4)

    def stop(self):
        self.process.terminate()  # SIGTERM: with an append-only file, the queue is kept
        self.process.wait(timeout=10)

    def remove(self):
        shutil.rmtree(self.directory, ignore_errors=True)


def _environment(database_url: str, broker: Broker, redelivery: float) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.load_settings",
        "DATABASE_URL": database_url,
        "CACHE_URL": CACHE_URL,
        "CELERY_BROKER_URL": broker.url,
        "SECRET_KEY": "load-faults-" + secrets.token_urlsafe(50),
        "COMMENTS_XTD_SALT": secrets.token_urlsafe(32),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "False",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "EMAIL_URL": "dummymail://",
        "LOG_LEVEL": "ERROR",
        # Load users post faster than people: the posting limits are off for the run.
        "MINGA_RATE_LIMIT_POST": "",
        "MINGA_RATE_LIMIT_POST_NEW": "",
        # A task the broker took and lost is sent again from the outbox after this window
        # (15 min in production); the run waits at most --settle seconds for it.
        "MINGA_OUTBOX_REDELIVERY_SECONDS": str(int(redelivery)),
    }
    env.pop("ELASTICSEARCH_URL", None)
    env.pop("CELERY_RESULT_BACKEND", None)
    return env


def _start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    with log.open("a") as output:  # the worker's broker errors and the 503 lines, not the table
        return subprocess.Popen(
            command, cwd=ROOT, env=env, start_new_session=True, stdout=output, stderr=output
        )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


class ConnectionCutter(threading.Thread):
    """Terminate every other connection to the database for `seconds` (a restart, seen from
    the clients), as tests/robustness/test_fault_injection.py does."""

    def __init__(self, database_url: str, seconds: float):
        super().__init__(daemon=True)
        self.database_url, self.seconds, self.cut = database_url, seconds, 0

    def run(self):
        import psycopg

        with psycopg.connect(self.database_url, autocommit=True) as admin:
            deadline = time.monotonic() + self.seconds
            while time.monotonic() < deadline:
                rows = admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                ).fetchall()
                self.cut += len(rows)
                time.sleep(0.05)


# ---- the members -----------------------------------------------------------------------------

HIDDEN = re.compile(r"<input[^>]*>", re.I)
ACTION = re.compile(r'action="(/[^"]*/contributions/post/\d+/)"')
ATTRIBUTE = re.compile(r'(\w[\w-]*)="([^"]*)"')


def _inputs(html: str) -> dict:
    fields = {}
    for tag in HIDDEN.findall(html):
        attributes = dict(ATTRIBUTE.findall(tag))
        if attributes.get("type") == "hidden" and "name" in attributes:
            fields[attributes["name"]] = attributes.get("value", "")
    return fields


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.rows = defaultdict(list)  # phase -> (kind, status, seconds)
        self.acknowledged = defaultdict(list)
        self.attempted = defaultdict(set)
        self.phase = PHASES[0]
        self.refused = 0

    def add(self, phase: str, kind: str, status, seconds: float) -> None:
        with self.lock:
            self.rows[phase].append((kind, status, seconds))


class Member(threading.Thread):
    def __init__(self, base, username, info, recorder, stop: threading.Event, markers, think):
        super().__init__(daemon=True)
        self.base, self.username, self.info = base, username, info
        self.recorder, self.stop_event, self.markers, self.think = recorder, stop, markers, think
        self.session = requests.Session()
        self.posted = 0
        self.error = None

    def request(self, phase: str, kind: str, method: str, url: str, **kwargs):
        started = time.perf_counter()
        try:
            response = self.session.request(
                method, self.base + url, timeout=30, allow_redirects=False, **kwargs
            )
            status = response.status_code
        except requests.RequestException:
            response, status = None, "error"
        self.recorder.add(phase, kind, status, time.perf_counter() - started)
        return response

    def login(self) -> None:
        for _attempt in range(5):
            page = self.session.get(self.base + "/accounts/login/", timeout=60)
            data = {**_inputs(page.text), "login": self.username, "password": PASSWORD}
            answer = self.session.post(
                page.url,
                data=data,
                timeout=60,
                allow_redirects=False,
                headers={"Referer": page.url},
            )
            if answer.status_code == 302 and "login" not in answer.headers.get("Location", ""):
                return
            time.sleep(1)
        raise RuntimeError(f"{self.username} could not log in ({answer.status_code})")

    def run(self):
        try:
            self.login()
        except Exception as error:  # reported by main
            self.error = error
            return
        while not self.stop_event.is_set():
            phase = self.recorder.phase
            page = self.request(phase, "read", "GET", self.info["discussion"])
            if page is None or page.status_code != 200:
                time.sleep(self.think)
                continue
            fields = _inputs(page.text)
            action = ACTION.search(page.text)
            pk = self.info["discussion_pk"]
            self.posted += 1
            text = (
                f"{self.markers[phase]} {self.username} number {self.posted}: peer learning "
                "between municipal water boards worked when officers visited each other."
            )
            with self.recorder.lock:
                self.recorder.attempted[phase].add(text)
            for _attempt in range(6):  # a member sends again after an error page
                data = {**fields, "comment": text, "language": "", "reply_to": "0"}
                answer = self.request(
                    phase,
                    "post",
                    "POST",
                    action.group(1) if action else f"/en/contributions/post/{pk}/",
                    data=data,
                    headers={"Referer": self.base + self.info["discussion"]},
                )
                where = answer.headers.get("Location", "") if answer is not None else ""
                if answer is not None and answer.status_code == 302 and "#c" in where:
                    with self.recorder.lock:
                        self.recorder.acknowledged[phase].append(text)
                    break
                if answer is not None and answer.status_code < 500:
                    if self.recorder.refused < 3:
                        self.recorder.refused += 1
                        print(f"refused: {answer.status_code} {where}", file=sys.stderr)
                    break  # a form error or a redirect elsewhere: not sent again
                time.sleep(0.6)
            time.sleep(self.think)


# ---- the run ---------------------------------------------------------------------------------


def _percentile(values: list[float], q: int) -> str:
    if not values:
        return "–"
    if len(values) == 1:
        return f"{values[0] * 1000:.0f}"
    return f"{statistics.quantiles(values, n=100, method='inclusive')[q - 1] * 1000:.0f}"


def table(recorder, counted: dict, members: int, seconds: float, broker: str, extra: str) -> str:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    lines = [
        f"PostgreSQL, gunicorn 2 workers, Celery worker with beat, {members} members, "
        f"{seconds:.0f} s per phase, broker {broker}; {extra}; load average {load} (2 cores)",
        "",
        "| phase | requests | posts (sends) | acknowledged | stored | duplicates | acknowledged, "
        "not stored | stored, not acknowledged | indexed | notified | read p50/p95 ms "
        "| post p50/p95 ms | 5xx | 503 | connection errors |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for phase in PHASES:
        rows = recorder.rows[phase]
        reads = [s for kind, status, s in rows if kind == "read" and status == 200]
        posts = [s for kind, status, s in rows if kind == "post" and status != "error"]
        statuses = [status for _kind, status, _s in rows]
        facts = counted[phase]
        lines.append(
            f"| {phase} | {len(rows)} | {len(recorder.attempted[phase])} "
            f"({sum(kind == 'post' for kind, _st, _s in rows)}) "
            f"| {len(set(recorder.acknowledged[phase]))} | {facts['stored']} "
            f"| {facts['duplicates']} | {facts['lost']} | {facts['unacknowledged']} "
            f"| {facts['indexed']} "
            f"| {facts['notified']} | {_percentile(reads, 50)}/{_percentile(reads, 95)} "
            f"| {_percentile(posts, 50)}/{_percentile(posts, 95)} "
            f"| {sum(isinstance(s, int) and s >= 500 for s in statuses)} "
            f"| {statuses.count(503)} | {statuses.count('error')} |"
        )
    return "\n".join(lines)


def run(database_url: str, args) -> None:
    started = time.monotonic()
    info = _child(database_url, "build", members=args.members)
    print(f"built in {time.monotonic() - started:.0f} s", file=sys.stderr)
    broker = Broker(persistent=not args.volatile_broker)
    env = _environment(database_url, broker, args.redelivery)
    port = _free_port()
    bin_dir = Path(sys.executable).parent
    web = _start(
        [str(bin_dir / "gunicorn"), "minga.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"]
        + ["--log-level", "warning", "--timeout", "60"],
        env,
        args.log,
    )
    schedule = Path(broker.directory) / "celerybeat-schedule"  # removed with the directory
    worker = _start(
        [str(bin_dir / "celery"), "-A", "minga", "worker", "-B", "-c", "2"]
        + ["--loglevel=WARNING", "-s", str(schedule), "-n", f"loadfaults{port}@%h"],
        env,
        args.log,
    )
    base = f"http://127.0.0.1:{port}"
    run_id = uuid.uuid4().hex[:6]
    markers = {phase: f"[load-{run_id}-{phase.replace(' ', '-')}]" for phase in PHASES}
    recorder = Recorder()
    stop = threading.Event()
    extra = ""
    try:
        _wait(base + "/healthz/", web)
        members = [
            Member(base, name, info, recorder, stop, markers, args.think)
            for name in info["members"]
        ]
        for member in members:
            member.start()
            time.sleep(0.3)  # logins hash passwords: not all at once
        time.sleep(3)
        failed = [f"{m.username}: {m.error}" for m in members if m.error]
        if failed:
            raise SystemExit("\n".join(failed))
        for phase in PHASES:
            recorder.phase = phase
            print(f"phase: {phase}", file=sys.stderr)
            if phase == "broker down":
                broker.stop()
                time.sleep(args.seconds)
                broker.start()
            elif phase == "database cut":
                time.sleep((args.seconds - args.outage) / 2)
                cutter = ConnectionCutter(database_url, args.outage)
                cutter.start()
                cutter.join()
                time.sleep((args.seconds - args.outage) / 2)
                extra = f"{cutter.cut} connections cut in {args.outage:.1f} s"
            else:
                time.sleep(args.seconds)
        stop.set()
        for member in members:
            member.join(timeout=40)
        acknowledged = {phase: recorder.acknowledged[phase] for phase in PHASES}
        deadline = time.monotonic() + args.settle
        while True:  # the worker and beat catch up: no outbox row left, all indexed
            counted = _child(database_url, "count", stdin=json.dumps([markers, acknowledged]))
            done = counted["outbox"] == 0 and all(
                counted[p]["indexed"] == counted[p]["rows"] == counted[p]["notified"]
                for p in PHASES
            )
            if done or time.monotonic() > deadline:
                break
            time.sleep(5)
        settled = args.settle - max(deadline - time.monotonic(), 0)
        extra += f"; settled {settled:.0f} s, outbox left {counted['outbox']}"
        kind = "with an append-only file"
        if args.volatile_broker:
            kind = f"without persistence (outbox sends again after {args.redelivery:.0f} s)"
        print(table(recorder, counted, args.members, args.seconds, kind, extra))
    finally:
        stop.set()
        _stop(web)
        _stop(worker)
        broker.stop()
        broker.remove()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--postgres", help="an admin URL; a new database is created and dropped")
    parser.add_argument("--members", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20, help="per phase")
    parser.add_argument("--outage", type=float, default=3, help="seconds of connection cuts")
    parser.add_argument("--settle", type=float, default=150, help="at most, after the phases")
    parser.add_argument("--think", type=float, default=0.5, help="seconds between posts")
    parser.add_argument(
        "--redelivery",
        type=float,
        default=30,
        help="seconds before a task handed to the broker and not started is sent again",
    )
    parser.add_argument(
        "--log", type=Path, default=Path("/tmp/minga-load-faults.log"), help="servers' output"
    )
    parser.add_argument(
        "--volatile-broker",
        action="store_true",
        help="no append-only file: the tasks queued in Redis are lost when it stops",
    )
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "build":
        print(json.dumps(build(args.database, args.members)))
        return
    if args.phase == "count":
        markers, acknowledged = json.loads(sys.stdin.read())
        print(json.dumps(count(args.database, markers, acknowledged)))
        return
    if not args.postgres:
        raise SystemExit("--postgres URL is needed: SQLite cannot take concurrent posts")
    name = f"minga_load_faults_{os.getpid()}"
    _postgres_database(args.postgres, name, "drop")
    database_url = _postgres_database(args.postgres, name, "create")
    try:
        run(database_url, args)
    finally:
        _postgres_database(args.postgres, name, "drop")


if __name__ == "__main__":
    main()
