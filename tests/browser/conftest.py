"""The built site in headless Chromium (Debian's, driven by Playwright): build once, serve on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mkdocs build --strict` of the real docs: a warning, a broken link or anchor, or a parity problem fails it."""
    target = tmp_path_factory.mktemp("site")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
                         cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode == 0, run.stderr[-3000:]
    return target


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(site_dir))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed: run scripts/test.sh, which installs it")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watch:
    """Everything a page did that a reader should never meet."""

    origin: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)  # everything the page and its workers wrote to the console

    def attach(self, page: Any) -> None:
        page.on("console", lambda m: self.said.append(f"{m.type}: {m.text}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        # A request the page itself cancels (a reload or navigation while an icon loads: net::ERR_ABORTED) is not
        # one that failed the reader; every other failure is.
        page.on("requestfailed", lambda r: "ERR_ABORTED" not in str(r.failure)
                and self.errors.append(f"failed: {r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.errors.append(f"{r.status}: {r.url}"))
        page.on("request", lambda r: self.requests.append(r.url))

    def foreign(self) -> list[str]:
        return [u for u in self.requests if not (u.startswith(self.origin + "/") or u.startswith(("data:", "blob:")))]


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


@pytest.fixture
def watch(server: str) -> Watch:
    return Watch(server)


@pytest.fixture
def page(context: Any, watch: Watch) -> Iterator[Any]:
    """A page of the laptop-sized context, watched: on leaving, no error and no request off the site happened."""
    page = context.new_page()
    watch.attach(page)
    yield page
    assert watch.errors == [] and watch.foreign() == []


def each_page(context: Any, server: str, paths: list[str], together: int = 4) -> Iterator[tuple[str, Any, Watch]]:
    """Each path opened in a tab of its own in `context`, watched, once the network has been idle for half a second
    (Playwright's "networkidle"), in order; a tab is closed once the caller has checked it. A few tabs load at once:
    while the caller checks one, the next ones settle, instead of each tab's half second of quiet waited in turn."""
    for first in range(0, len(paths), together):
        tabs = []
        for path in paths[first:first + together]:
            page = context.new_page()
            watch = Watch(server)
            watch.attach(page)
            page.goto(server + path)
            tabs.append((path, page, watch))
        for path, page, watch in tabs:
            page.wait_for_load_state("networkidle")
            yield path, page, watch
            page.close()


@dataclass
class PhonePage:
    """What one page showed on a phone (390 x 844) with the system set to dark."""

    dark: bool
    sizes: dict[str, Any]
    axe: list[str]
    lone: dict[str, Any]


@pytest.fixture(scope="session")
def phone_in_the_dark(browser: Any, server: str, site_dir: Path) -> dict[str, PhonePage]:
    """Every page of the site opened once on a phone in the dark, and what the phone tests of test_site.py (width,
    palette, axe) and test_look.py (no lone parenthesis in a stacked card) read from it: one visit per page serves
    both (the dark palette changes colours only, never where a line breaks)."""
    from tests.browser.test_look import LONE
    from tests.browser.test_site import WIDTHS, axe_findings, pages

    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    seen: dict[str, PhonePage] = {}
    try:
        for path, page, _ in each_page(context, server, pages(site_dir)):
            dark = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == "slate"
            sizes = page.evaluate(WIDTHS)
            lone = page.evaluate(LONE)
            seen[path] = PhonePage(dark, sizes, axe_findings(page), lone)
    finally:
        context.close()
    return seen
