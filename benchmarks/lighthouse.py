"""Lighthouse scores (performance, accessibility, best practices, SEO) of every page type.

    .venv/bin/python benchmarks/lighthouse.py [--keep /tmp/minga-demo] [--mobile]

Needs `npm ci` (Lighthouse is in package.json) and Chromium. Builds the demo site (or reuses
the one in --keep), serves it as in production (gunicorn, production settings, page cache on)
and prints a Markdown table of the four category scores per page type, with the audits that
cost points. Lighthouse is fully offline here.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.demo_server import demo_site, page_addresses  # noqa: E402
from tests.browser.conftest import CHROMIUM, FLAGS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def audit(url: str, mobile: bool) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--quiet",
        f"--chrome-flags={' '.join(FLAGS)}",
        f"--only-categories={','.join(CATEGORIES)}",
    ]
    if not mobile:
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    report = json.loads(result.stdout)
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    lost = sorted(
        audit["id"]
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] and (audit := report["audits"][ref["id"]])["score"] not in (None, 1)
    )
    return {"scores": scores, "lost": lost}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="directory for the demo database (reused)")
    parser.add_argument("--mobile", action="store_true", help="mobile preset (default desktop)")
    parser.add_argument("--pages", nargs="*", help="only these page types")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("error: Lighthouse is missing: run `npm ci` (make install does)")
    directory = args.keep or Path(tempfile.mkdtemp(prefix="minga-lighthouse-"))
    rows = []
    with demo_site(directory) as base:
        for name, address in page_addresses(base).items():
            if args.pages and name not in args.pages:
                continue
            result = audit(base + address, args.mobile)
            rows.append((name, result))
            print(name, result["scores"], file=sys.stderr)
    header = "| page | " + " | ".join(CATEGORIES) + " | audits losing points |"
    print(header)
    print("|" + "---|" * (len(CATEGORIES) + 2))
    for name, result in rows:
        scores = " | ".join(str(result["scores"][category]) for category in CATEGORIES)
        print(f"| {name} | {scores} | {', '.join(result['lost']) or '–'} |")


if __name__ == "__main__":
    main()
