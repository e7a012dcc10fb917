"""Browser tests: Playwright driving Debian's Chromium, with axe-core on every visited page."""

import json
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

# An assertion on what a page shows waits for it as long as an action would (Playwright's 30 s):
# after a form is sent, the answer may take seconds on a busy machine.
expect.set_options(timeout=30_000)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("MINGA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
AXE_PATH = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(
        reason=f"no Chromium installed at {CHROMIUM} (apt-get install chromium)"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # axe-core is injected as an inline script, which the site's Content-Security-Policy forbids.
    viewport = {"width": 1280, "height": 900}
    return {**browser_context_args, "locale": "en-GB", "viewport": viewport, "bypass_csp": True}


def check_accessibility(page) -> None:
    """Fail on any serious or critical WCAG 2 A/AA violation axe-core finds on the page."""
    assert AXE_PATH.exists(), f"axe-core is missing at {AXE_PATH}: run `npm ci` (make test does)"
    # A click that navigates returns before the next document exists; check the page it leads to.
    page.wait_for_load_state("load")
    page.add_script_tag(path=str(AXE_PATH))
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
    )
    serious = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"Accessibility violations on {page.url}:\n{json.dumps(serious, indent=2)}"


@pytest.fixture
def axe():
    return check_accessibility
