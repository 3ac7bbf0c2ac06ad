"""Shared by the browser benchmarks: build the site into a temporary folder, serve it, start Debian's Chromium,
and throttle a page (and its workers) like a phone."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
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

from playwright.sync_api import Error as PlaywrightError

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


COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".xml", ".wasm"}
ENCODINGS_SEEN: set[str] = set()  # the Accept-Encoding headers the browser sent
SERVED: list[tuple[str, int]] = []  # every answer the encoding host sent: its path and the body's bytes on the wire


class _Encoding(_Quiet):
    """As a host with precompressed files served (nginx gzip_static + brotli_static, Caddy `precompressed br gzip`)
    and gzip on the fly for the rest: FILE.br or FILE.gz when the browser accepts it, else gzip of a text file.
    Python's own http.server sends no Content-Encoding at all. Like GitHub Pages it sends `Cache-Control:
    max-age=600` and an ETag, and answers a request that names the ETag it has with 304 Not Modified: a browser
    then keeps what it downloaded, and a service worker's `cache: "no-cache"` asks again for a few bytes."""

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepted = self.headers.get("Accept-Encoding", "")
        ENCODINGS_SEEN.add(accepted)
        if not path.is_file():
            return super().send_head()
        encoding, body = None, path.read_bytes()
        for name, suffix in (("br", ".br"), ("gzip", ".gz")):
            beside = path.with_name(path.name + suffix)
            if name in accepted and beside.is_file():
                encoding, body = name, beside.read_bytes()
                break
        else:
            if "gzip" in accepted and path.suffix in COMPRESSIBLE:
                encoding, body = "gzip", gzip.compress(body, 6, mtime=0)
        stat = path.stat()
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}-{encoding or "identity"}"'
        if etag in self.headers.get("If-None-Match", ""):
            SERVED.append((self.path, 0))
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            return None
        SERVED.append((self.path, len(body)))
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("ETag", etag)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@contextmanager
def served_site(encoded: bool = False) -> Iterator[tuple[str, Path, float]]:
    """The built site on 127.0.0.1; with `encoded`, compressed as a host that serves precompressed files would."""
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        seconds = build_site(site)
        with served_folder(site, encoded) as base:
            yield base, site, seconds


@contextmanager
def served_folder(site: Path, encoded: bool = False) -> Iterator[str]:
    """A folder on 127.0.0.1; with `encoded`, compressed as a host that serves precompressed files would."""
    handler = _Encoding if encoded else _Quiet
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
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


ATTACHED: list[str] = []  # the types of the targets the last throttled page's session attached to


def throttle(context: Any, page: Any, cpu: float, network: tuple[int, int, int] | None) -> None:
    """Chrome DevTools throttling: CPU `cpu` times slower, and the network as (down kbit/s, up kbit/s, latency ms).

    The CPU rate set on the page does not reach its dedicated workers (measured: bare Pyodide in a worker starts as
    fast at rate 4 as at 1), and a worker target refuses Emulation.setCPUThrottlingRate ("only supported for
    pages"). With the page's session auto-attached to its workers, paused on start and then resumed, the page's
    rate does slow them (measured: about 2x for bare Pyodide at rate 4, since compiling WebAssembly runs on
    background threads that are not throttled). So every worker is attached that way; the network conditions
    apply to a worker's requests by themselves."""
    cdp = context.new_cdp_session(page)
    conditions = None
    if network:
        down, up, latency = network
        conditions = {"offline": False, "latency": latency, "downloadThroughput": down * 1000 / 8,
                      "uploadThroughput": up * 1000 / 8}
    commands: list[tuple[str, dict[str, Any]]] = [("Emulation.setCPUThrottlingRate", {"rate": cpu})]
    if conditions:
        commands += [("Network.enable", {}), ("Network.emulateNetworkConditions", conditions)]
    ATTACHED.clear()

    def attached(event: dict[str, Any]) -> None:
        ATTACHED.append(event["targetInfo"]["type"])
        for number, (method, params) in enumerate([*commands, ("Runtime.runIfWaitingForDebugger", {})]):
            message = {"id": 1000 + number, "method": method, "params": params}
            try:
                cdp.send("Target.sendMessageToTarget", {"sessionId": event["sessionId"], "message": json.dumps(message)})
            except PlaywrightError:  # the worker ended (or the page left) before it could be throttled: nothing to slow
                return

    cdp.on("Target.attachedToTarget", attached)
    cdp.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": False})
    for method, params in commands:
        cdp.send(method, params)
