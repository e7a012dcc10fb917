"""Lighthouse scores (performance, accessibility, best practices, SEO) of every page type.

    .venv/bin/python benchmarks/lighthouse.py [--keep /tmp/minga-demo] [--mobile]

Needs npm and Chromium. Lighthouse 12.8.2 is installed on first use into
benchmarks/.lighthouse/ (not in package.json: one of its dependencies asks for the `latest`
release of two packages, which breaks `npm ci` each time they publish). Builds the demo site (or reuses
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
LIGHTHOUSE_VERSION = "12.8.2"
LIGHTHOUSE_DIR = ROOT / "benchmarks" / ".lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def audit(url: str, mobile: bool) -> dict:
    """Scores and the audits losing points; the report goes through a file, not a pipe."""
    with tempfile.TemporaryDirectory(prefix="minga-lighthouse-report-") as directory:
        report_path = Path(directory) / "report.json"
        command = [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            f"--output-path={report_path}",
            "--quiet",
            f"--chrome-flags={' '.join(FLAGS)}",
            f"--only-categories={','.join(CATEGORIES)}",
        ]
        if not mobile:
            command.append("--preset=desktop")
        env = {**os.environ, "CHROME_PATH": CHROMIUM}
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        try:
            report = json.loads(report_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            error = (result.stderr.strip().splitlines() or ["no report"])[-1]
            return {"scores": dict.fromkeys(CATEGORIES, "–"), "lost": [f"failed: {error}"]}
    scores = {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}
    lost = sorted(
        audit["id"]
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] and (audit := report["audits"][ref["id"]])["score"] not in (None, 1)
    )
    return {"scores": scores, "lost": lost}


def install_lighthouse() -> None:
    command = ["npm", "install", "--prefix", str(LIGHTHOUSE_DIR), "--no-audit", "--no-fund"]
    try:
        subprocess.run([*command, f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"error: could not install Lighthouse with npm: {error}") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="directory for the demo database (reused)")
    parser.add_argument("--mobile", action="store_true", help="mobile preset (default desktop)")
    parser.add_argument("--pages", nargs="*", help="only these page types")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        install_lighthouse()
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
