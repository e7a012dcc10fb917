"""Import benchmark: peak memory and rows per second of `manage.py import_practices`.

    .venv/bin/python benchmarks/imports.py [--megabytes 50] [--seconds 120] [--rows 300]

Generates (once, cached in --workdir) a CSV of --megabytes in the interchange format from
`practices.generator.random_record`, and a SQLite database with the page tree a new site
starts with (`migrate` + `setup_site`). Then, each on a fresh copy of that database:

- the large file: `/usr/bin/time -v manage.py import_practices FILE --dry-run`, stopped (SIGTERM)
  after --seconds if it has not finished: its peak resident memory (GNU time's "Maximum
  resident set size") and how many rows it had saved by then (from its progress bar);
- a small file of the first --rows rows, imported to the end (published): rows per second,
  and the processor time per row (user + system, from GNU time), which a busy machine changes
  less than the wall time.

Prints a Markdown table. Run it from the repository root on a quiet machine if you can.
"""

import argparse
import csv
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def generate(path: Path, megabytes: float, seed: int = 10) -> int:
    """Write a CSV of about `megabytes` MB; returns its number of rows."""
    import django  # the generator needs Django's apps: set up in this process only when used

    django.setup()
    from practices.generator import random_record
    from practices.interchange import COLUMNS

    rng = random.Random(seed)
    target = megabytes * 1024 * 1024
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        while stream.tell() < target:
            record = random_record(rng)
            writer.writerow(
                [
                    "; ".join(map(str, value)) if isinstance(value, list) else value or ""
                    for value in (record[column] for column in COLUMNS)
                ]
            )
            rows += 1
    return rows


def head(source: Path, target: Path, rows: int) -> None:
    with source.open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        with target.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            for n, row in enumerate(reader):
                if n > rows:
                    break
                writer.writerow(row)


def _manage(database: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    env = _env(database)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs
    )


def _env(database: Path) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "minga.settings.dev",
        "CELERY_BROKER_URL": "",
        "ELASTICSEARCH_URL": "",
        "DEBUG": "False",
    }


def measure(database: Path, file: Path, seconds: float, *options: str) -> dict:
    """Run the import under GNU time; stop it after `seconds`."""
    command = ["/usr/bin/time", "-v", sys.executable, "manage.py", "import_practices", str(file)]
    started = time.monotonic()
    process = subprocess.Popen(
        [*command, *options],
        cwd=ROOT,
        env=_env(database),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _out, err = process.communicate(timeout=seconds)
        finished = True
    except subprocess.TimeoutExpired:
        # GNU time ignores SIGINT, and so does its child: stop the child with SIGTERM; time
        # still reports its figures.
        subprocess.run(["pkill", "-TERM", "-P", str(process.pid)], check=False)
        _out, err = process.communicate()
        finished = False
    elapsed = time.monotonic() - started
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", err))
    bars = re.findall(r"(\d+)/(\d+) \[", err)
    done = int(bars[-1][0]) if bars else 0
    total = int(bars[-1][1]) if bars else 0
    summary = re.search(r"(\d+) imported, (\d+) updated", _out or "")
    if finished and summary:
        done = int(summary.group(1)) + int(summary.group(2))
    return {
        "peak_mb": int(peak.group(1)) / 1024 if peak else float("nan"),
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "rows": done,
        "total": total,
        "finished": finished,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=120, help="at most, for the large file")
    parser.add_argument("--rows", type=int, default=300, help="rows of the small file")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/minga-bench-imports"))
    parser.add_argument("--label", default="", help="a name for this run in the table")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minga.settings.dev")
    large = args.workdir / f"practices-{args.megabytes:g}mb.csv"
    if not large.exists():
        rows = generate(large, args.megabytes)
        print(f"generated {large} ({rows} rows)", file=sys.stderr)
    small = args.workdir / f"practices-{args.rows}.csv"
    head(large, small, args.rows)
    template = args.workdir / "empty-site.sqlite3"
    if not template.exists():
        _manage(template, "migrate", "--no-input", "-v0")
        _manage(template, "setup_site", stdout=subprocess.DEVNULL)
    results = {}
    for name, file, seconds, options in (
        ("large", large, args.seconds, ("--dry-run",)),
        ("small", small, 3600, ("--publish",)),
    ):
        database = args.workdir / f"run-{name}.sqlite3"
        shutil.copy(template, database)
        results[name] = measure(database, file, seconds, *options)
        database.unlink()
    size = large.stat().st_size / 1024 / 1024
    big, few = results["large"], results["small"]
    read = "whole file" if big["finished"] else f"stopped after {big['seconds']:.0f} s"
    print(
        "| run | file | peak RSS (MB) | rows saved | rows/s (small file, to the end) "
        "| CPU s per row (small file) |\n"
        "|---|---|---|---|---|---|\n"
        f"| {args.label or 'this tree'} | {size:.0f} MB CSV, dry run, {read} "
        f"| {big['peak_mb']:.0f} | {big['rows']} of {big['total'] or '?'} "
        f"| {few['rows'] / few['seconds']:.1f} ({few['rows']} rows in {few['seconds']:.0f} s) "
        f"| {few['cpu_seconds'] / max(few['rows'], 1):.2f} |"
    )


if __name__ == "__main__":
    main()
