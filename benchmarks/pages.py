"""Page benchmark: every public page type against a minimal Django view, cold and warm cache.

    .venv/bin/python benchmarks/pages.py                       # 1 000 practices, SQLite
    .venv/bin/python benchmarks/pages.py --practices 10000 --keep /tmp/minga-pages
    .venv/bin/python benchmarks/pages.py --postgres postgres://postgres@/postgres

Builds a database (a temporary SQLite file, or a new PostgreSQL database created through the
--postgres URL): the demo home page, N generated practices with their partners, and two
discussions of 200 (50 threads) and 2 000 contributions (400 threads, one of 300 replies),
then the search index. Then, in-process with the page cache middleware off and the fragment
caches on (what a member gets): SQL queries, render time, HTML bytes and gzip bytes of each
page. Then it serves the site with gunicorn (production settings, 2 sync workers, a private
Redis as the cache) and, in rounds, runs `ab -c 16` against a minimal Django view (5 bytes,
every middleware) and each page, interleaved: the ratio of requests per second to the
minimal view's, with the page cache warm and with its middleware removed ("uncached", the
fragment caches still on); plus the single-request time (median of 15 sequential requests)
and the first request after a cache flush ("cold"), and the workers' RSS. Prints a table (Markdown) and the load average.

The in-process figures are the median of --times (20) requests, wall and CPU time (CPU time
is this process's own, so it holds on a busy machine), for visitors and, on the discussion
pages, for a logged-in member (what a member gets is always built: the uncached figure).
The demo discussions (discussions/demo.py) are loaded too: "demo discussion" is the largest.
`--inspect-only` stops there (no gunicorn, no ab): a quick before/after of a change.
"""

import argparse
import gzip
import json
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = "/bench-minimal/"
WORDS = (
    "peer learning south cooperation water farmers municipal budget schools health records "
    "exchange visit trained officers drought seed climate adaptation energy solar women youth "
    "data open platform regional partners lessons failure success scale community government"
).split()


# ---- phase 1: the data (a child process with the test settings) ----------------------------


def _django(database_url: str, settings_module: str = "minga.settings.test") -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.pop("ELASTICSEARCH_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _text(rng: random.Random, words: int) -> str:
    sentences = []
    while words > 0:
        n = min(words, rng.randint(8, 20))
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")
        words -= n
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def _discussion(index, title: str, slug: str, threads: int, replies: list[int], users, rng):
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sites.models import Site
    from django.utils import timezone

    from discussions.models import Contribution, DiscussionPage

    now = timezone.now()
    page = DiscussionPage(
        title=title,
        slug=slug,
        introduction="How do peers learn from each other?",
        opens_at=now - timedelta(days=10),
        closes_at=now + timedelta(days=20),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    content_type = ContentType.objects.get_for_model(DiscussionPage)
    site_id = Site.objects.get_current().pk
    when = now - timedelta(days=9)

    def post(parent_id: int, words: int) -> Contribution:
        nonlocal when
        when += timedelta(seconds=97)
        user = rng.choice(users)
        contribution = Contribution(
            discussion=page,
            content_type=content_type,
            object_pk=str(page.pk),
            site_id=site_id,
            user=user,
            user_name=user.username,
            user_email=user.email,
            comment=_text(rng, words),
            language="en",
            submit_date=when,
            is_public=True,
            parent_id=parent_id,
        )
        contribution.save()
        return contribution

    for n in range(threads):
        top = post(0, rng.choice((60, 120, 200, 400)))
        for _reply in range(replies[n] if n < len(replies) else 0):
            post(top.pk, rng.choice((30, 60, 120, 250)))
    return page


def build(database_url: str, practices: int, fast: bool = False, index: bool = True) -> dict:
    _django(database_url)
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from discussions.models import Contribution, DiscussionIndexPage
    from home.demo import get_home_page
    from home.models import NavigationSettings
    from practices.generator import generate_practices, generate_practices_fast
    from practices.models import GoodPracticePage, PartnerIndexPage, PartnerPage, PracticeIndexPage
    from search import signals as search_signals

    home = get_home_page()
    if Contribution.objects.exists():  # --keep: built already
        if _demo_discussion_url() is None:  # kept from before the demo row existed
            _demo_discussions()
        missing = practices - GoodPracticePage.objects.count()
        if fast and missing > 0:  # a kept database (a copy of a smaller one) topped up
            search_signals.disconnect()
            generate_practices_fast(missing, seed=practices)
            print(f"practices: {GoodPracticePage.objects.count()} (topped up)", file=sys.stderr)
        if index:
            _index_catalogue()
        return urls()
    search_signals.disconnect()  # indexed once at the end
    made = {}
    for model, title, slug in (
        (PracticeIndexPage, "Good practices", "good-practices"),
        (PartnerIndexPage, "Partners", "partners"),
        (DiscussionIndexPage, "E-discussions", "discussions"),
    ):
        made[model] = home.add_child(instance=model(title=title, slug=slug))
        made[model].save_revision().publish()
    navigation = NavigationSettings.for_site(home.get_site())
    navigation.discussions_page = made[DiscussionIndexPage]
    navigation.practices_page = made[PracticeIndexPage]
    navigation.partners_page = made[PartnerIndexPage]
    navigation.save()
    started = time.monotonic()
    if fast:
        generate_practices_fast(
            practices,
            seed=practices,
            progress=lambda done, total: print(
                f"practices: {done}/{total}, {time.monotonic() - started:.0f} s", file=sys.stderr
            ),
        )
    else:
        generate_practices(practices, seed=practices)
    print(
        f"practices: {GoodPracticePage.objects.count()} in {time.monotonic() - started:.0f} s"
        f"{' (fast path)' if fast else ''}",
        file=sys.stderr,
    )
    print(f"partners: {PartnerPage.objects.count()}", file=sys.stderr)
    rng = random.Random(7)
    users = [
        get_user_model().objects.create_user(f"member{n}", f"member{n}@example.org", "x")
        for n in range(60)
    ]
    index = made[DiscussionIndexPage]
    _discussion(
        index, "Two hundred", "d200", 50, [rng.randint(0, 6) for _ in range(50)], users, rng
    )
    others = [rng.randint(0, 6) for _ in range(399)]
    replies = [300] + [round(r * 1300 / sum(others)) for r in others]  # 1 600 replies in all
    _discussion(index, "Two thousand", "d2000", 400, replies, users, rng)
    _demo_discussions()
    print(f"contributions: {Contribution.objects.count()}", file=sys.stderr)
    if index:
        _index_catalogue()
    return urls()


def _demo_discussions() -> None:
    """The demo site's discussions (the "demo discussion" row): its members and contributions."""
    from discussions import demo

    demo.load()


def _demo_discussion_url():
    """The demo discussion with the most contributions, if the demo was loaded."""
    from django.db.models import Count

    from discussions.models import DiscussionPage

    demo = (
        DiscussionPage.objects.live()
        .exclude(slug__in=["d200", "d2000"])
        .annotate(n=Count("contributions"))
        .order_by("-n")
        .first()
    )
    return demo.url if demo is not None and demo.n else None


def _index_catalogue() -> None:
    """Practices and partners only: embedding 2 200 contributions too takes ~10 minutes here.

    In batches of 500 (the embedding model reuses the vector of a text it has seen, such as
    the generator's few dozen titles), resumed where a kept database stopped."""
    from practices.models import GoodPracticePage, PartnerPage
    from search.indexing import index_objects, source_key
    from search.models import SearchEntry

    started = time.monotonic()
    for model in (GoodPracticePage, PartnerPage):
        pks = list(model.objects.live().order_by("pk").values_list("pk", flat=True))
        if not pks:
            continue
        content_type_id = source_key(model.objects.get(pk=pks[0]))[0]
        done = set(
            SearchEntry.objects.filter(content_type_id=content_type_id).values_list(
                "object_id", flat=True
            )
        )
        todo = [pk for pk in pks if pk not in done]
        for start in range(0, len(todo), 500):
            index_objects(model.objects.filter(pk__in=todo[start : start + 500]).specific())
            print(
                f"indexed {model.__name__}: {start + len(todo[start : start + 500])}/{len(todo)}"
                f", {time.monotonic() - started:.0f} s",
                file=sys.stderr,
            )


def urls() -> dict:
    from discussions.models import Contribution, DiscussionIndexPage, DiscussionPage
    from home.demo import get_home_page
    from practices.models import GoodPracticePage, PartnerPage, PracticeIndexPage

    d200 = DiscussionPage.objects.get(slug="d200")
    d2000 = DiscussionPage.objects.get(slug="d2000")
    biggest = (
        Contribution.objects.filter(discussion=d2000, level=0).order_by("-nested_count").first()
    )
    partner = PartnerPage.objects.live().order_by("pk").first()
    return {
        "home": get_home_page().url,
        "discussion index": DiscussionIndexPage.objects.order_by("pk").first().url,
        "demo discussion": _demo_discussion_url(),
        "discussion, 200 contributions": d200.url,
        "discussion, 2 000 contributions": d2000.url,
        "thread page, 300 replies": f"{d2000.url}thread/{biggest.pk}/",
        "discussion feed": f"{d2000.url}feed/",
        "practice index": PracticeIndexPage.objects.get().url,
        "practice index, filtered": PracticeIndexPage.objects.get().url + "?theme=education",
        "practice page": GoodPracticePage.objects.live().order_by("pk")[10].url,
        "partner page": partner.url if partner else None,
        "search page": "/en/search/?q=water",
        "search API": "/api/search/?q=water",
    }


MEMBER_PAGES = ("demo discussion", "discussion, 200 contributions", "thread page, 300 replies")


def _timed(client, url: str, times: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `times` requests (CPU time: this process only, so
    it holds on a busy machine where wall time counts waiting for a core)."""
    walls, cpus = [], []
    for _round in range(times):
        started, cpu = time.perf_counter(), time.process_time()
        client.get(url)
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(walls), 1), round(statistics.median(cpus), 1)


def inspect(database_url: str, pages: dict, times: int = 20) -> dict:
    """SQL queries, HTML and gzip bytes and in-process render time (median of `times`, wall
    and CPU) of each page, built without the page cache, fragment caches on and primed; the
    discussion pages also for a logged-in member (their own follow, flag and reply links)."""
    _django(database_url)
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.MINGA_PAGE_CACHE = True  # fragments (local memory here)
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.endswith("PageCacheMiddleware")]
    member = Client()
    member.force_login(get_user_model().objects.get(username="member1"))
    result = {}
    for name, url in pages.items():
        if not url:
            continue
        for who, client in (("", Client()), ("member_", member)):
            if who and name not in MEMBER_PAGES:
                continue
            client.get(url)  # settings rows, compiled templates, fragments
            wall, cpu = _timed(client, url, times)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            body = response.content
            result.setdefault(name, {}).update(
                {
                    f"{who}status": response.status_code,
                    f"{who}sql": len(queries),
                    f"{who}render_ms": wall,
                    f"{who}cpu_ms": cpu,
                    f"{who}html_kb": round(len(body) / 1024, 1),
                    f"{who}gzip_kb": round(len(gzip.compress(body)) / 1024, 1),
                }
            )
    return result


def inspected_table(inspected: dict, engine: str) -> str:
    """The in-process figures alone (--inspect-only): anonymous, then member where measured."""
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    lines = [
        f"{engine}, in-process, page cache off, fragments on; load average {load} (2 cores)",
        "",
        "| page | render ms | CPU ms | SQL | HTML KB | gzip KB | member render ms "
        "| member CPU ms | member SQL | member HTML KB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, f in inspected.items():
        lines.append(
            f"| {name} | {f['render_ms']} | {f['cpu_ms']} | {f['sql']} | {f['html_kb']} "
            f"| {f['gzip_kb']} | {f.get('member_render_ms', '–')} | {f.get('member_cpu_ms', '–')} "
            f"| {f.get('member_sql', '–')} | {f.get('member_html_kb', '–')} |"
        )
    return "\n".join(lines)


# ---- phase 2: gunicorn -----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the server did not answer {url}")


class Server:
    def __init__(self, database_url: str, cache_url: str, page_cache: bool):
        self.port = _free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "benchmarks.bench_settings",
            "DATABASE_URL": database_url,
            "CACHE_URL": cache_url,
            "SECRET_KEY": secrets.token_urlsafe(60),
            "COMMENTS_XTD_SALT": secrets.token_urlsafe(32),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "False",
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
            "MINGA_BENCH_BUILD_PAGES": "" if page_cache else "1",
            "LOG_LEVEL": "ERROR",
            "MINGA_RATE_LIMIT_SEARCH": "1000000/s",  # one client hammers the search
        }
        env.pop("CELERY_BROKER_URL", None)
        env.pop("ELASTICSEARCH_URL", None)
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "minga.wsgi",
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        _wait(self.base + MINIMAL, self.process)

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)

    def worker_rss_mb(self) -> float:
        children = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        ).stdout.split()
        sizes = []
        for pid in children:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        return round(max(sizes), 1) if sizes else 0.0


def _ab(url: str, seconds: float, concurrency: int) -> float:
    output = subprocess.run(
        [
            "ab",
            "-q",
            "-t",
            str(seconds),
            "-n",
            "1000000",
            "-c",
            str(concurrency),
            "-H",
            "Accept-Encoding: gzip",
            url,
        ],
        capture_output=True,
        text=True,
    ).stdout
    for line in output.splitlines():
        if line.startswith("Requests per second:"):
            failed = [ln for ln in output.splitlines() if ln.startswith("Non-2xx responses")]
            if failed:
                print(f"  {url}: {failed[0]}", file=sys.stderr)
            return float(line.split()[3])
    return 0.0


def _single_ms(url: str, times: int = 15) -> float:
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
        urllib.request.urlopen(request, timeout=30).read()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def _flush(cache_url: str) -> None:
    port = cache_url.rsplit(":", 1)[1].split("/")[0]
    subprocess.run(["redis-cli", "-p", port, "flushall"], capture_output=True, check=True)


def serve(database_url: str, pages: dict, args) -> dict:
    redis_port = _free_port()
    redis = subprocess.Popen(
        ["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    cache_url = f"redis://127.0.0.1:{redis_port}/0"
    results = {name: {} for name, url in pages.items() if url}
    try:
        time.sleep(0.5)
        for mode, page_cache in (("warm", True), ("uncached", False)):
            server = Server(database_url, cache_url, page_cache)
            try:
                _measure(server, mode, pages, results, args, cache_url)
                results.setdefault("_rss", {})[mode] = server.worker_rss_mb()
            finally:
                server.stop()
    finally:
        redis.terminate()
        redis.wait(timeout=10)
    return results


def _measure(server: Server, mode: str, pages: dict, results: dict, args, cache_url) -> None:
    if mode == "warm":
        _flush(cache_url)
        for name, url in pages.items():
            if url:  # the first request after a flush: the page cache and fragments cold
                results[name]["cold_ms"] = _single_ms(server.base + url, times=1)
    _single_ms(server.base + MINIMAL, times=3)
    results.setdefault("_minimal_ms", {})[mode] = _single_ms(server.base + MINIMAL)
    for name, url in pages.items():
        if url:
            _single_ms(server.base + url, times=3)  # both workers warm
            results[name][f"{mode}_ms"] = _single_ms(server.base + url)
    results.setdefault("_load", {})[mode] = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    ratios: dict[str, list[float]] = {name: [] for name in results if not name.startswith("_")}
    for round_number in range(args.rounds):
        print(f"{mode}: round {round_number + 1}/{args.rounds}", file=sys.stderr)
        for name, url in pages.items():
            if not url:
                continue
            minimal = _ab(server.base + MINIMAL, args.seconds, args.concurrency)
            page = _ab(server.base + url, args.seconds, args.concurrency)
            ratios[name].append(page / minimal if minimal else 0.0)
            results[name].setdefault(f"{mode}_rps", []).append(page)
            results.setdefault("_minimal_rps", []).append(minimal)
    for name, values in ratios.items():
        if values:  # --rounds 0: single-request times only
            results[name][f"{mode}_ratio"] = round(statistics.median(values), 3)


# ---- the table -------------------------------------------------------------------------------


def table(inspected: dict, served: dict, practices: int, engine: str) -> str:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    rates = served.get("_minimal_rps")
    minimal = f"{statistics.median(rates):.0f} req/s" if rates else "– (--rounds 0)"
    lines = [
        f"{engine}, {practices} practices; load average {load} (2 cores); minimal view "
        f"{minimal}; worker RSS {served['_rss'].get('warm')} MB (cache on), "
        f"{served['_rss'].get('uncached')} MB (cache off); minimal view single request "
        f"{served.get('_minimal_ms', {}).get('warm')} ms (cache on), "
        f"{served.get('_minimal_ms', {}).get('uncached')} ms (cache off); load average after the "
        f"single requests {served.get('_load', {}).get('warm')} (cache on), "
        f"{served.get('_load', {}).get('uncached')} (cache off)",
        "",
        "| page | warm ratio | uncached ratio | warm ms | cold ms | uncached ms | render ms "
        "| SQL | HTML KB | gzip KB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, facts in inspected.items():
        timing = served.get(name, {})
        lines.append(
            f"| {name} | {timing.get('warm_ratio', '–')} | {timing.get('uncached_ratio', '–')} "
            f"| {timing.get('warm_ms', '–')} | {timing.get('cold_ms', '–')} "
            f"| {timing.get('uncached_ms', '–')} | {facts['render_ms']} | {facts['sql']} "
            f"| {facts['html_kb']} "
            f"| {facts['gzip_kb']} |"
        )
    return "\n".join(lines)


def _child(*args: str) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, *args], cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def _postgres_database(admin_url: str, name: str, action: str) -> str:
    base, _slash, _db = admin_url.rpartition("/")
    sql = f'CREATE DATABASE "{name}"' if action == "create" else f'DROP DATABASE IF EXISTS "{name}"'
    done = subprocess.run(["psql", admin_url, "-c", sql], capture_output=True, text=True)
    if done.returncode and "already exists" not in done.stderr:  # --keep reuses a database
        raise SystemExit(done.stderr)
    return f"{base}/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--practices", type=int, default=1000)
    parser.add_argument(
        "--fast",
        action="store_true",
        help="generate practices without the importer (no revisions; ~10 ms each, not ~250)",
    )
    parser.add_argument("--postgres", help="an admin URL; a new database is created and dropped")
    parser.add_argument(
        "--keep",
        help="a directory keeping (or reusing) the SQLite database; with --postgres, the "
        "database bench_pages_N is kept (and reused) instead of dropped",
    )
    parser.add_argument(
        "--no-index",
        action="store_true",
        help="leave the search index for a later run (--keep): the practice index does not "
        "read it; practice pages (related list) and search do",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=4)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--inspect-only",
        action="store_true",
        help="in-process figures only (anonymous and member), no gunicorn",
    )
    parser.add_argument(
        "--only", nargs="+", help="measure only the pages whose name contains one of these words"
    )
    parser.add_argument("--times", type=int, default=20, help="requests per in-process median")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "build":
        print(json.dumps(build(args.database, args.practices, args.fast, not args.no_index)))
        return
    if args.phase == "inspect":
        pages = json.loads(sys.stdin.read() or "{}")
        print(json.dumps(inspect(args.database, pages, args.times)))
        return
    if not shutil.which("ab") and not args.inspect_only:
        raise SystemExit("ab (apache2-utils) is needed: apt-get install apache2-utils")
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="minga-pages-"))
    workdir.mkdir(parents=True, exist_ok=True)
    name = f"bench_pages_{args.practices}"
    if args.postgres:
        if not args.keep:
            _postgres_database(args.postgres, name, "drop")
        database_url = _postgres_database(args.postgres, name, "create")
    else:
        database_url = f"sqlite:///{workdir / f'pages-{args.practices}.sqlite3'}"
    try:
        started = time.monotonic()
        pages = _child(
            "--phase",
            "build",
            "--database",
            database_url,
            "--practices",
            str(args.practices),
            *(["--fast"] if args.fast else []),
            *(["--no-index"] if args.no_index else []),
        )
        print(f"built in {time.monotonic() - started:.0f} s", file=sys.stderr)
        if args.only:
            pages = {k: v for k, v in pages.items() if any(word in k for word in args.only)}
        inspected = json.loads(
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--phase",
                    "inspect",
                    "--database",
                    database_url,
                    "--times",
                    str(args.times),
                ],
                cwd=ROOT,
                check=True,
                input=json.dumps(pages),
                stdout=subprocess.PIPE,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        engine = "PostgreSQL" if args.postgres else "SQLite"
        if args.inspect_only:
            print(inspected_table(inspected, engine))
            return
        served = serve(database_url, pages, args)
        print(table(inspected, served, args.practices, engine))
        print()
        print(inspected_table(inspected, engine))
    finally:
        if args.postgres and not args.keep:
            _postgres_database(args.postgres, name, "drop")
        elif not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
