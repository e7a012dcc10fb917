"""Load: anonymous readers and posting members together (issue 13's load target).

    .venv/bin/python benchmarks/load_pages.py --postgres postgres://postgres@127.0.0.1:5432/postgres
    .venv/bin/python benchmarks/load_pages.py --postgres URL --readers 200 --members 20 --seconds 60

Builds the same small database, services and members as benchmarks/load_faults.py (a new
PostgreSQL database, gunicorn with --workers sync workers and production settings, a Celery
worker with beat on a private redis-server broker; trusted members who log in through the real
form and post through the discussion's form) and runs one fault-free phase: --members members
read and post with --think seconds between posts, while --readers anonymous visitors request
the discussion, the discussion index and the home page in turn (the page cache in Redis
database --cache-db, flushed first).

Readers read: each waits a think time drawn uniformly from --read-think MIN MAX seconds
(default 1-3 s, like a locust user with `wait_time = between(1, 3)`) before each page,
the first wait included, so they do not all arrive at once. Readers that never pause
(`--read-think 0 0`, the old closed loop) measure the queue, not a page: p95 is then about
readers / throughput whatever one answer costs.

Gunicorn workers: 5 by default, gunicorn's documented (2 x cores) + 1 for this 2-core
machine: a sync worker waiting on PostgreSQL or Redis leaves its core to another.

The Celery worker runs at niceness --worker-nice (10): on a machine it shares with the web
processes, indexing, embeddings and notifications take the CPU the web leaves and catch up
after a burst (production can do the same: `nice -n 10 celery -A minga worker`, or `Nice=10`
in its systemd unit). --conn-max-age keeps database connections (DATABASE_URL's
`?conn_max_age=60&conn_health_checks=True`) instead of one a request or task.

Then it waits for the worker (outbox empty, every contribution indexed and its follower
notified, at most --settle seconds) and prints reads p50/p95/max, errors, and posts
acknowledged against contributions stored, with the load average. The reading client runs on
the same machine and takes its share of the cores. It also prints where the CPU went, from
the readers' start until the worker has settled: each process group's CPU seconds (gunicorn,
the Celery worker's main and pool processes and its embedding child, the run's PostgreSQL
backends, Redis, this client, everything else on the machine: other people's work on a
shared machine), each kind of request's CPU in its gunicorn worker (benchmarks/gunicorn_cpu.py)
and each task's in the pool process (benchmarks/celery_cpu.py).

--proxy SECONDS puts an nginx microcache in front (benchmarks/load_proxy.py; anonymous pages
say `s-maxage=SECONDS`, members bypass it): a row of its own, labelled, never a replacement
for the direct figures.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import load_faults, load_proxy  # noqa: E402
from benchmarks.cpu_split import CpuSplit, command_contains, in_group  # noqa: E402
from benchmarks.pages import _free_port, _postgres_database, _wait  # noqa: E402

HERE = Path(__file__).resolve().parent
PHASE = load_faults.PHASES[0]  # "normal": no fault


class Reader(threading.Thread):
    """An anonymous visitor (no cookies kept) who reads: a think time of `think` (min, max)
    seconds, uniform, before each page."""

    def __init__(self, base: str, urls: list[str], stop: threading.Event, offset: int, think):
        super().__init__(daemon=True)
        self.base, self.urls, self.stop_event, self.offset = base, urls, stop, offset
        self.think = think
        self.random = random.Random(offset)
        self.rows: list[tuple[object, float, str]] = []

    def run(self):
        number = self.offset
        while not self.stop_event.is_set():
            if self.think[1] > 0 and self.stop_event.wait(self.random.uniform(*self.think)):
                break
            url = self.urls[number % len(self.urls)]
            number += 1
            started = time.perf_counter()
            try:
                response = requests.get(self.base + url, timeout=30)
                status, cached = response.status_code, _answered_by(response.headers)
            except requests.RequestException:
                status, cached = "error", "-"
            self.rows.append((status, time.perf_counter() - started, cached))


def _answered_by(headers) -> str:
    """The proxy's cache when it answered (hit, revalidated with a 304), else the
    application's page cache (X-Page-Cache: hit, stale, miss)."""
    proxy = headers.get("X-Proxy-Cache", "").lower()
    if proxy in ("hit", "revalidated", "updating", "stale"):
        return f"proxy {proxy}"
    return headers.get("X-Page-Cache", "-")


def _ms(values: list[float], q: int) -> str:
    if len(values) < 2:
        return "–"
    return f"{statistics.quantiles(values, n=100, method='inclusive')[q - 1] * 1000:.0f}"


def run(database_url: str, args) -> str:
    load_faults.CACHE_URL = f"redis://127.0.0.1:6379/{args.cache_db}"
    subprocess.run(["redis-cli", "-n", str(args.cache_db), "flushdb"], check=False)
    info = load_faults._child(database_url, "build", members=args.members)
    broker = load_faults.Broker(persistent=True)
    env = load_faults._environment(database_url, broker, redelivery=30)
    if args.conn_max_age:  # persistent connections (django-environ reads the URL's options)
        env["DATABASE_URL"] += f"?conn_max_age={args.conn_max_age}&conn_health_checks=True"
    requests_log = Path(broker.directory) / "requests.tsv"  # removed with the broker
    tasks_log = Path(broker.directory) / "tasks.tsv"
    env["MINGA_REQUEST_CPU_LOG"], env["MINGA_TASK_CPU_LOG"] = str(requests_log), str(tasks_log)
    if args.proxy:  # the application lets shared caches keep anonymous pages this long
        env["MINGA_PAGE_CACHE_SHARED_SECONDS"] = str(args.proxy)
    port = _free_port()
    bin_dir = Path(sys.executable).parent
    web = load_faults._start(
        [str(bin_dir / "gunicorn"), "minga.wsgi", "-w", str(args.workers)]
        + ["-b", f"127.0.0.1:{port}", "-c", str(HERE / "gunicorn_cpu.py")]
        + ["--log-level", "warning", "--timeout", "60"],
        env,
        args.log,
    )
    worker = load_faults._start(
        ["nice", "-n", str(args.worker_nice), sys.executable, str(HERE / "celery_cpu.py")]
        + ["-A", "minga", "worker", "-B", "-c", "1"]
        + ["--loglevel=WARNING", "-s", str(Path(broker.directory) / "beat")]
        + ["-n", f"loadpages{port}@%h"],
        env,
        args.log,
    )
    base = f"http://127.0.0.1:{port}"
    proxy, nginx = None, None
    if args.proxy:
        proxy = load_proxy.Proxy(_free_port(), upstream=port)
        nginx = load_faults._start(proxy.command, env, args.log)
    markers = {PHASE: f"[load-{uuid.uuid4().hex[:6]}]"}
    recorder = load_faults.Recorder()
    stop = threading.Event()
    try:
        _wait(base + "/healthz/", web)
        if proxy is not None:
            base = f"http://127.0.0.1:{proxy.port}"
            _wait(base + "/healthz/", nginx)
        members = [
            load_faults.Member(base, name, info, recorder, stop, markers, args.think)
            for name in info["members"]
        ]
        for member in members:
            member.start()
            time.sleep(0.3)  # logins hash passwords: not all at once
        urls = [info["discussion"], info["discussion"].rsplit("/", 2)[0] + "/", "/en/"]
        readers = [Reader(base, urls, stop, n, args.read_think) for n in range(args.readers)]
        split = _cpu_split(web, worker, broker, database_url, nginx)
        split.start()
        for reader in readers:
            reader.start()
        started = time.monotonic()
        time.sleep(args.seconds)
        stop.set()
        elapsed = time.monotonic() - started
        for thread in [*members, *readers]:
            thread.join(timeout=40)
        failed = [f"{m.username}: {m.error}" for m in members if m.error]
        acknowledged = {PHASE: recorder.acknowledged[PHASE]}
        deadline = time.monotonic() + args.settle
        while True:
            counted = load_faults._child(
                database_url, "count", stdin=json.dumps([markers, acknowledged])
            )
            facts = counted[PHASE]
            if counted["outbox"] == 0 and facts["indexed"] == facts["rows"] == facts["notified"]:
                break
            if time.monotonic() > deadline:
                break
            time.sleep(5)
        split.finish()
        sampled = time.monotonic() - started
        served = _request_costs(requests_log.read_text(), urls)
        served += "\n\n" + _task_costs(tasks_log.read_text() if tasks_log.exists() else "")
    finally:
        stop.set()
        load_faults._stop(web)
        load_faults._stop(worker)
        if proxy is not None:
            load_faults._stop(nginx)
            proxy.remove()
        broker.stop()
        broker.remove()
    reads = [row for reader in readers for row in reader.rows]
    ok = [seconds for status, seconds, _cached in reads if status == 200]
    bad = [status for status, _seconds, _cached in reads if status != 200]
    answers = {}  # X-Page-Cache: hit, stale (previous copy during a rebuild), miss (built)
    for _status, seconds, cached in reads:
        answers.setdefault(cached, []).append(seconds)
    member_rows = recorder.rows[PHASE]
    member_reads = [s for kind, status, s in member_rows if kind == "read" and status == 200]
    posts = [s for kind, status, s in member_rows if kind == "post" and status != "error"]
    post_errors = [st for kind, st, _s in member_rows if st == "error" or int(st) >= 500]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    through = (
        f"THROUGH AN NGINX MICROCACHE (s-maxage {args.proxy} s, members bypass it), "
        if args.proxy
        else ""
    )
    lines = [
        f"{through}PostgreSQL (connections kept {args.conn_max_age} s) + Redis + Celery worker "
        f"(nice {args.worker_nice}), gunicorn {args.workers} sync workers, "
        f"{args.readers} anonymous readers (think time {args.read_think[0]:g}-"
        f"{args.read_think[1]:g} s, uniform) + {args.members} members posting ({args.think:g} s "
        f"between posts), {elapsed:.0f} s; load average {load} "
        f"(2 cores, client on the same machine){'; ' + '; '.join(failed) if failed else ''}",
        "",
        "| reads | reads/s | anonymous read p50/p95/p99/max ms | errors (non-200) "
        "| member read p50/p95 ms | posts acknowledged | stored | duplicates "
        "| acknowledged, not stored | post p50/p95 ms | post 5xx/errors | indexed | notified |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        f"| {len(reads)} | {len(reads) / elapsed:.0f} | {_ms(ok, 50)}/{_ms(ok, 95)}/"
        f"{_ms(ok, 99)}/{max(ok, default=0) * 1000:.0f} | {len(bad)} | {_ms(member_reads, 50)}/"
        f"{_ms(member_reads, 95)} | {len(set(recorder.acknowledged[PHASE]))} "
        f"| {facts['stored']} | {facts['duplicates']} | {facts['lost']} "
        f"| {_ms(posts, 50)}/{_ms(posts, 95)} | {len(post_errors)} | {facts['indexed']} "
        f"| {facts['notified']} |",
        "",
        "Anonymous answers by X-Page-Cache, or the proxy's cache (count, p50/p95 ms): "
        + "; ".join(
            f"{name} {len(values)} ({_ms(values, 50)}/{_ms(values, 95)})"
            for name, values in sorted(answers.items())
        ),
        "",
        split.report(sampled, len(set(recorder.acknowledged[PHASE]))),
        "",
        served,
    ]
    return "\n".join(lines)


def _request_costs(log: str, urls: list[str]) -> str:
    """Gunicorn's requests by kind (page, and how the page cache answered)."""
    names = dict(zip(urls, ("discussion", "discussion index", "home"), strict=True))
    rows: dict[str, list[tuple[float, float]]] = {}
    for line in log.splitlines():
        kind, method, path, cached, _status, cpu, wall = line.split("\t")
        page = "post" if method == "POST" else names.get(path, path.split("/")[2][:20] or path)
        name = f"{kind} {page}" + (f" ({cached})" if cached != "-" else "")
        rows.setdefault(name, []).append((float(cpu), float(wall)))
    return _cost_table("Requests served, by kind (CPU in the gunicorn worker)", "request", rows)


def _task_costs(log: str) -> str:
    rows: dict[str, list[tuple[float, float]]] = {}
    for line in log.splitlines():
        name, cpu, wall = line.split("\t")
        rows.setdefault(name, []).append((float(cpu), float(wall)))
    return _cost_table("Celery tasks (CPU in the pool process)", "task", rows)


def _cost_table(title: str, what: str, rows: dict[str, list[tuple[float, float]]]) -> str:
    """Count, CPU ms (p50, mean), CPU s in all, wall ms p50 (for requests: without the wait
    for a worker), the costliest first."""
    lines = [
        f"{title}:",
        "",
        f"| {what} | count | CPU ms p50 | CPU ms mean | CPU s in all | wall ms p50 |",
        "|---|---|---|---|---|---|",
    ]
    for name, values in sorted(rows.items(), key=lambda item: -sum(v[0] for v in item[1])):
        cpus, walls = [v[0] for v in values], [v[1] for v in values]
        lines.append(
            f"| {name} | {len(values)} | {statistics.median(cpus):.1f} "
            f"| {statistics.fmean(cpus):.1f} | {sum(cpus) / 1000:.1f} "
            f"| {statistics.median(walls):.0f} |"
        )
    return "\n".join(lines)


def _cpu_split(web, worker, broker, database_url: str, nginx=None) -> CpuSplit:
    """The run's processes by role, from the readers' start until the worker has settled."""
    database = database_url.rsplit("/", 1)[1]
    proxy = {"nginx (--proxy)": in_group(nginx.pid)} if nginx is not None else {}
    return CpuSplit(
        {
            **proxy,
            "gunicorn (master + workers)": in_group(web.pid),
            "embedding model (the worker's child process)": lambda pid, command, group: (
                group == worker.pid and "embeddings/child_process.py" in command
            ),
            "Celery main process (consumer, beat)": lambda pid, _command, _group: pid == worker.pid,
            "Celery pool process (the tasks)": in_group(worker.pid),
            "PostgreSQL backends of the run's database": command_contains("postgres:", database),
            "Redis cache (shared server)": command_contains("redis-server", ":6379"),
            "Redis broker (private)": command_contains("redis-server", f":{broker.port}"),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--postgres", required=True, help="an admin URL (a database is made)")
    parser.add_argument("--readers", type=int, default=200)
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=2, help="a member's seconds between posts")
    parser.add_argument(
        "--read-think",
        type=float,
        nargs=2,
        default=[1.0, 3.0],
        metavar=("MIN", "MAX"),
        help="a reader's seconds before each page, uniform (0 0: no pause, a closed loop)",
    )
    parser.add_argument(
        "--workers", type=int, default=5, help="gunicorn sync workers ((2 x cores) + 1)"
    )
    parser.add_argument(
        "--worker-nice",
        type=int,
        default=10,
        help="the Celery worker's niceness (0: the web's priority)",
    )
    parser.add_argument(
        "--conn-max-age",
        type=int,
        default=0,
        help="seconds the web and worker processes keep a database connection (0: per request)",
    )
    parser.add_argument(
        "--proxy",
        type=int,
        default=0,
        metavar="SECONDS",
        help="put an nginx microcache in front (anonymous pages kept SECONDS, s-maxage); "
        "its own row, never the direct figures",
    )
    parser.add_argument("--settle", type=float, default=180)
    parser.add_argument("--cache-db", type=int, default=4, help="Redis database for the cache")
    parser.add_argument("--log", type=Path, default=Path("/tmp/minga-load-pages.log"))
    args = parser.parse_args()
    if args.proxy and not load_proxy.available():
        raise SystemExit("--proxy needs nginx on the PATH (apt-get install -y nginx)")
    name = f"load_pages_{os.getpid()}"
    _postgres_database(args.postgres, name, "drop")
    database_url = _postgres_database(args.postgres, name, "create")
    try:
        print(run(database_url, args))
    finally:
        _postgres_database(args.postgres, name, "drop")


if __name__ == "__main__":
    main()
