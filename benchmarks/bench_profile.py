"""Where a page's time goes: cProfile of in-process requests, as benchmarks/pages.py inspects.

    .venv/bin/python benchmarks/bench_profile.py sqlite:////tmp/bench-keep-10000/pages-10000.sqlite3 \
        /en/good-practices/ [--times 10] [--sort cumulative] [--limit 40]

The database is one benchmarks/pages.py built (--keep). The page cache middleware is off and
the fragment caches on (local memory, primed by a first request): the "uncached" row. Prints
the CPU time per request (median) and the profile of --times requests.
"""

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.pages import _django  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("database")
    parser.add_argument("url")
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--sql", action="store_true", help="print each query and its time")
    args = parser.parse_args()
    _django(args.database)
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.MINGA_PAGE_CACHE = True
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.endswith("PageCacheMiddleware")]
    client = Client()
    client.get(args.url)
    cpus = []
    for _ in range(args.times):
        cpu = time.process_time()
        client.get(args.url)
        cpus.append((time.process_time() - cpu) * 1000)
    print(f"CPU ms per request: median {statistics.median(cpus):.1f}, min {min(cpus):.1f}")
    if args.sql:
        with CaptureQueriesContext(connection) as queries:
            client.get(args.url)
        for query in queries:
            print(f"{float(query['time']) * 1000:7.1f} ms  {query['sql'][:300]}")
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.times):
        client.get(args.url)
    profile.disable()
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.limit)


if __name__ == "__main__":
    main()
