"""Shared by the browser benchmarks: build the site into a temporary folder, serve it, start Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def build_site(target: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)], cwd=ROOT,
                   check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - started


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def served_site() -> Iterator[tuple[str, Path, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        seconds = build_site(site)
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}", site, seconds
        finally:
            httpd.shutdown()


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def count_bytes(page: Any) -> dict[str, int]:
    """Bytes of every response body and headers the page (and its workers) receive, by kind."""
    totals: dict[str, int] = {}

    def done(request: Any) -> None:
        sizes = request.sizes()
        kind = request.url.rsplit(".", 1)[-1].split("?")[0] if "." in request.url.rsplit("/", 1)[-1] else "html"
        totals[kind] = totals.get(kind, 0) + sizes["responseBodySize"] + sizes["responseHeadersSize"]

    page.on("requestfinished", done)
    return totals
