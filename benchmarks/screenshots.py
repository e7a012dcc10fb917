"""Screenshots of every page type at 375, 768 and 1 280 px, in English and Arabic.

    .venv/bin/python benchmarks/screenshots.py [--out /tmp/minga-shots] [--keep /tmp/minga-demo]

Builds the demo site (or reuses the one in --keep), serves it as in production and saves one
full-page PNG per page type, width and language: `<out>/<language>/<page>-<width>.png`.
Look at each one: a page is done when it looks finished.
"""

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from benchmarks.demo_server import demo_site, page_addresses  # noqa: E402
from tests.browser.conftest import CHROMIUM, FLAGS  # noqa: E402

WIDTHS = (375, 768, 1280)
LANGUAGES = ("en", "ar")


def load_lazy_images(page) -> None:
    """Scroll through the page so its lazy images load, then back to the top."""
    height = page.evaluate("document.documentElement.scrollHeight")
    for top in range(0, height, 800):
        page.evaluate(f"window.scrollTo(0, {top})")
        page.wait_for_timeout(50)
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_load_state("networkidle")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/minga-shots"))
    parser.add_argument("--keep", type=Path, help="directory for the demo database (reused)")
    parser.add_argument("--pages", nargs="*", help="only these page types")
    args = parser.parse_args()
    directory = args.keep or Path(tempfile.mkdtemp(prefix="minga-shots-"))
    with demo_site(directory) as base, sync_playwright() as playwright:
        pages = page_addresses(base)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        count = 0
        for language in LANGUAGES:
            (args.out / language).mkdir(parents=True, exist_ok=True)
            for width in WIDTHS:
                context = browser.new_context(viewport={"width": width, "height": 900})
                page = context.new_page()
                for name, address in pages.items():
                    if args.pages and name not in args.pages:
                        continue
                    page.goto(base + address.replace("/en/", f"/{language}/", 1))
                    page.wait_for_load_state("load")
                    load_lazy_images(page)
                    path = args.out / language / f"{name}-{width}.png"
                    page.screenshot(path=str(path), full_page=True)
                    count += 1
                context.close()
        browser.close()
    print(f"{count} screenshots in {args.out}")


if __name__ == "__main__":
    main()
