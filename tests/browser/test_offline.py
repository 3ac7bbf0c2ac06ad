"""After a first visit the guide works offline: the service worker keeps the pages, the runtime and the engine;
a page never opened before says, in the reader's language, that it is not available offline."""

from __future__ import annotations

import http.server
import json
import re
import shutil
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from guide_engine import all_scenarios
from tests.browser.conftest import ROOT, Watch
from tests.browser.driver import do_step, open_sandbox, step_number, wait_ready
from tests.browser.test_sandbox import people_and_modules
from tests.browser.test_tools import open_tool, result
from tests.test_build import build, project_copy

CONTROLLED = "() => navigator.serviceWorker.controller !== null"


# Whether this build's cache holds each file whose address ends so.
HOLDS = """async (ends) => {
  const name = (await caches.keys()).find((k) => k.startsWith('ladok-guiden-'));
  const urls = name ? (await (await caches.open(name)).keys()).map((r) => r.url) : [];
  return ends.every((end) => urls.some((u) => u.endsWith(end)));
}"""


def until(page: Any, script: str, arg: Any, seconds: float = 60) -> None:
    """Until the async `script` gives true. Playwright's wait_for_function does not wait for a promise: it takes
    the promise itself for true, so such a wait returned at once."""
    ends = time.monotonic() + seconds
    while not page.evaluate(script, arg):
        assert time.monotonic() < ends, f"not true within {seconds} s: {script} ({arg})"
        page.wait_for_timeout(100)


def test_the_sandbox_the_calculator_and_visited_pages_work_offline(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(f"{server}/practise/written-exam/")
        page.wait_for_function(CONTROLLED, timeout=30_000)
        open_sandbox(page)
        names, modules = people_and_modules("written_exam")
        steps = all_scenarios()["written_exam"].steps
        do_step(page, steps[0], "sv", names, modules)
        open_tool(page, server, "/teacher/deadlines/", keyboard=False)
        page.fill("#deadline-exam", "2026-03-27")
        page.keyboard.press("Enter")
        assert "2026-04-21" in result(page)

        context.set_offline(True)
        page.goto(f"{server}/practise/written-exam/")  # reload: the saved work reopens the sandbox by itself
        wait_ready(page)
        assert step_number(page) == 2
        do_step(page, steps[1], "sv", names, modules)
        assert step_number(page) == 3

        open_tool(page, server, "/teacher/deadlines/", keyboard=False)
        page.fill("#deadline-exam", "2026-06-05")
        page.keyboard.press("Enter")
        assert "Sista dag för resultat" in result(page)

        for path, lang, words in (("/en/reference/glossary/", "en", "You are not connected to the network"),
                                  ("/reference/glossary/", "sv", "Du är inte ansluten till nätet")):
            page.goto(server + path)
            assert page.evaluate("() => document.documentElement.lang") == lang
            assert words in page.locator("h1").inner_text()
    finally:
        context.close()


def test_with_the_cache_storage_full_the_sandbox_still_starts_and_nothing_is_kept(browser: Any, server: str) -> None:
    """A copy the service worker cannot store (the origin's storage full: Cache.put rejects with
    QuotaExceededError) costs the reader only the offline copy. The WebAssembly, answered at once and stored
    afterwards, still reaches the page (when the answer waited for the copy, the download failed with it and the
    sandbox never opened), and so does a runtime script, which is stored before it is answered: it is answered
    from its download."""
    context = browser.new_context()
    try:
        watch = Watch(server)
        page = context.new_page()
        watch.attach(page)
        page.goto(f"{server}/practise/written-exam/")
        page.wait_for_function(CONTROLLED, timeout=30_000)
        worker = context.service_workers[0]
        worker.evaluate("""() => {
          self.refused = [];
          Cache.prototype.put = function (request) {
            self.refused.push(String(request.url || request));
            return Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
          };
        }""")
        open_sandbox(page)
        refused = worker.evaluate("""() => new Promise((resolve) => {
          const wait = () => self.refused.some((u) => u.endsWith('.wasm')) ? resolve(self.refused) : setTimeout(wait, 50);
          wait();
        })""")
    finally:
        context.close()
    assert watch.errors == []
    assert any(url.endswith("/pyodide.asm.wasm") for url in refused)  # it was refused, and the sandbox opened
    assert any(url.endswith("/pyodide.asm.mjs") for url in refused)  # a script's copy too, and the sandbox opened


def test_on_the_first_visit_the_runtime_scripts_run_from_the_stored_copy_and_the_webassembly_streams(
        browser: Any, server: str) -> None:
    """Chromium keeps a script's compiled code beside the stored copy it ran, so the service worker answers Pyodide's
    two scripts from its cache already on the first visit (the second start then runs them compiled), while the
    WebAssembly goes to the page as it arrives, so that it compiles while it downloads."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{server}/practise/written-exam/")
        page.wait_for_function(CONTROLLED, timeout=30_000)
        worker = context.service_workers[0]
        worker.evaluate("""() => {
          self.answered = [];
          const stored = new WeakSet();
          const match = Cache.prototype.match;
          Cache.prototype.match = async function (...args) {
            const response = await match.apply(this, args);
            if (response) stored.add(response);
            return response;
          };
          const respondWith = FetchEvent.prototype.respondWith;
          FetchEvent.prototype.respondWith = function (answer) {
            const url = this.request.url;
            return respondWith.call(this, Promise.resolve(answer).then((response) => {
              self.answered.push([url.split('/').pop(), stored.has(response)]);
              return response;
            }));
          };
        }""")
        open_sandbox(page)
        answered = worker.evaluate("() => self.answered")
    finally:
        context.close()
    stored = {name: [kept for file, kept in answered if file == name]
              for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")}
    assert stored == {"pyodide.mjs": [True], "pyodide.asm.mjs": [True], "pyodide.asm.wasm": [False]}, answered
    # the site's own scripts, a few KB each, go to the page at once (their copies stored afterwards)
    assert [kept for file, kept in answered if re.fullmatch(r"engine\.\w+\.js", file)] == [False], answered


# --- a new build on a host that caches, as static hosts do ---------------------------------------------------------


class _Host(http.server.SimpleHTTPRequestHandler):
    """A static host as GitHub Pages is one: every answer may be cached for ten minutes, and an address that leads
    nowhere gets the site's 404 page (the English one under /en/). `site` is the build it serves now."""

    site: ClassVar[dict[str, Path]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(self.site["now"]), **kwargs)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self.site["now"] / ("en/404.html" if self.path.startswith("/en/") else "404.html")
        if code != 404 or not page.exists():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


MARKER = " (build B)"


# Build B's protocol between the page and the engine's worker: a request is "ask", not "call". A page of one build
# with the other's worker would never get an answer.
PROTOCOL = {"docs/assets/engine.js": ('{ type: "call", id', '{ type: "ask", id'),
            "docs/assets/worker.js": ('message.type === "call"', 'message.type === "ask"')}


@pytest.fixture(scope="module")
def build_b(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built again with an engine that says one thing differently, and scripts that speak another
    protocol: a new build of the same guide."""
    project = project_copy(tmp_path_factory.mktemp("b") / "p")
    for name in ("guide_engine", "guide_site"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    for path, (old, new) in PROTOCOL.items():
        script = project / path
        text = script.read_text(encoding="utf-8")
        assert text.count(old) == 1, path
        script.write_text(text.replace(old, new), encoding="utf-8")
    catalog_py = project / "guide_engine" / "catalog.py"
    text = catalog_py.read_text(encoding="utf-8")
    assert "{target} marked as ready, graded by" in text
    catalog_py.write_text(text.replace("{target} marked as ready, graded by", "{target} marked as ready" + MARKER
                                       + ", graded by"), encoding="utf-8")
    site = project.parent / "site"
    run = build(project, site)
    assert run.returncode == 0, run.stderr[-3000:]
    engines = [json.loads((s / "assets/runtime.json").read_text())["start"]["engine"] for s in (site, site_dir)]
    assert engines[0] != engines[1], "build B has an engine of its own"
    return site


@pytest.fixture
def host(site_dir: Path) -> Iterator[tuple[str, dict[str, Path]]]:
    served = {"now": site_dir}
    handler = type("Host", (_Host,), {"site": served})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", served
    httpd.shutdown()


class _Revalidating(_Host):
    """A host whose answers must be asked again each time (`no-cache`), counting what it is asked for."""

    asked: ClassVar[list[str]] = []

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        http.server.SimpleHTTPRequestHandler.end_headers(self)

    def send_head(self) -> Any:
        self.asked.append(self.path)
        return super().send_head()


def test_the_runtime_is_downloaded_once_and_kept_from_that_download(browser: Any, site_dir: Path) -> None:
    """The service worker stores its copy of the WebAssembly from the very download the page reads, and the page's
    "keep" after the start waits for that copy instead of fetching it again: the host, even one that says
    `no-cache` (where any second fetch would show, if only as a 304), is asked for it once."""
    handler = type("Revalidating", (_Revalidating,), {"site": {"now": site_dir}, "asked": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{origin}/practise/written-exam/")
        page.wait_for_function(CONTROLLED, timeout=30_000)
        open_sandbox(page)
        until(page, HOLDS, ["/pyodide.asm.wasm", "/pyodide.asm.mjs"])
    finally:
        context.close()
        httpd.shutdown()
    assert [path for path in handler.asked if path.endswith(".wasm")] == [next(
        path for path in handler.asked if path.endswith(".wasm"))], handler.asked


def only_cache(page: Any, site: Path) -> None:
    """Wait until the service worker of `site`'s build has taken over and dropped the old build's cache."""
    version = re.search(r'const BUILT = \{.*"version": "(\w+)"', (site / "sw.js").read_text(encoding="utf-8"))
    assert version
    until(page, """async (name) => {
      const site = (await caches.keys()).filter((k) => k.startsWith('ladok-guiden-'));  // not the kept start's
      return site.length === 1 && site[0] === name;
    }""", f"ladok-guiden-{version.group(1)}")


def test_a_new_build_on_a_caching_host_runs_the_new_engine_and_keeps_visited_pages(
        browser: Any, site_dir: Path, build_b: Path, host: tuple[str, dict[str, Path]]) -> None:
    origin, served = host
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    watch = Watch(origin)
    try:
        page = context.new_page()
        watch.attach(page)
        visited = ("/reference/glossary/", "/en/teacher/report/")
        for path in visited:
            page.goto(origin + path)
            page.wait_for_function(CONTROLLED, timeout=30_000)
        page.goto(f"{origin}/en/practise/written-exam/")
        open_sandbox(page)
        names, modules = people_and_modules("written_exam")
        steps = all_scenarios()["written_exam"].steps
        for step in steps[:2]:
            do_step(page, step, "en", names, modules)

        served["now"] = build_b  # a new build is published; the host's caching headers stay
        page.reload()
        wait_ready(page)
        assert step_number(page) == 3
        do_step(page, steps[2], "en", names, modules)
        assert MARKER in page.locator(".ladok-view .ladok-outcome").inner_text(), "the answer is the new engine's"

        only_cache(page, build_b)
        # A page left while the theme's search worker still loads cancels those loads (ERR_ABORTED): not a fault.
        assert [e for e in watch.errors if "ERR_ABORTED" not in e] == []
        # Offline, that worker may miss files of its own: what follows is not watched.
        context.set_offline(True)
        for path in visited:  # visited under the old build, opened offline after the update
            page.goto(origin + path)
            assert "not connected" not in page.locator("h1").inner_text()
            assert "inte ansluten" not in page.locator("h1").inner_text()
        page.goto(f"{origin}/en/practise/written-exam/")
        wait_ready(page)
        assert step_number(page) == 4
    finally:
        context.close()


def test_every_script_the_site_names_is_there_under_its_content_name(site_dir: Path) -> None:
    """The built site as scripts.py leaves it: each page's script tags and each script's references name a script of
    assets/ by its content name, and that file is there (a name built from pieces would not have been rewritten)."""
    assets = {p.name for p in (site_dir / "assets").glob("*.js")}
    assert assets and all(re.fullmatch(r"[\w-]+\.[0-9a-f]{12}\.js", name) for name in assets)
    named: set[str] = set()
    tag = r"""src=["'][^"']*\bassets/([\w.-]+\.js)["']"""
    for page in site_dir.rglob("*.html"):
        named |= set(re.findall(tag, page.read_text(encoding="utf-8")))
    for package in (site_dir / "downloads").glob("*.zip"):  # a SCORM package's launch page names its launcher, by
        with zipfile.ZipFile(package) as opened:  # its plain name: the package holds its own copies of the scripts
            plain = {n for page in opened.namelist() if page.endswith(".html")
                     for n in re.findall(tag, opened.read(page).decode("utf-8"))}
        named |= {name for name in assets if f"{name.split('.')[0]}.js" in plain}
    for script in assets:
        text = (site_dir / "assets" / script).read_text(encoding="utf-8")
        named |= {name for name in re.findall(r"""["'`](?:[\w./-]*/)?([\w.-]+\.js)["'`]""", text) if name != "sw.js"}
    assert named == assets  # each named, by a page (guide.js, a SCORM package's launcher) or another script, and nothing named is missing


class Builds:
    """What each build's pages may load: its own scripts (content-named, scripts.py) and its own engine."""

    def __init__(self, **sites: Path) -> None:
        self.scripts = {name: {p.name for p in (site / "assets").glob("*.js")} for name, site in sites.items()}
        self.engine = {name: json.loads((site / "assets/runtime.json").read_text())["start"]["engine"]
                       for name, site in sites.items()}

    def of_page(self, page: Any) -> str:
        """The build a page is of: the one whose guide.js its HTML names (guide.js's name covers every script)."""
        src = page.evaluate("() => document.querySelector('script[src*=\"/assets/guide.\"]').src")
        builds = [name for name, scripts in self.scripts.items() if src.rsplit("/", 1)[1] in scripts]
        assert len(builds) == 1, f"{src} is of {builds}: a script's name must change with all it loads"
        return builds[0]

    def check(self, page: Any, requests: list[str]) -> str:
        """The page's build; every script it (and its workers) loaded, and the engine it started, are that build's."""
        build = self.of_page(page)
        scripts = {u.rsplit("/", 1)[1] for u in requests if re.search(r"/assets/[\w.-]+\.js$", u)}
        assert scripts and scripts <= self.scripts[build], (build, sorted(scripts - self.scripts[build]))
        assert {u.split("/engine/")[1] for u in requests if "/engine/" in u} <= {self.engine[build].split("/")[1]}
        return build


OPENED = ".ladok-sandbox .ladok-view > *, .ladok-sandbox .ladok-failed, .ladok-sandbox .ladok-error"


@pytest.mark.parametrize("service_workers", ["allow", "block"])
def test_two_builds_on_a_caching_host_never_mix_a_page_with_the_other_s_scripts(
        browser: Any, site_dir: Path, build_b: Path, host: tuple[str, dict[str, Path]], service_workers: str) -> None:
    """Build A is served with `max-age=600`, then build B (other scripts, another protocol between the page and the
    worker, another engine) replaces it. A reloaded page, a tab opened before the update and a tab opened after it
    each run one build's page, scripts and engine, or refuse to start (OtherBuild; a script gone), never a mix."""
    origin, served = host
    builds = Builds(A=site_dir, B=build_b)
    assert builds.scripts["A"] != builds.scripts["B"] and builds.engine["A"] != builds.engine["B"]
    names, modules = people_and_modules("written_exam")
    steps = all_scenarios()["written_exam"].steps
    context = browser.new_context(service_workers=service_workers)
    seen: dict[Any, list[str]] = {}

    def tab(path: str) -> Any:
        page = context.new_page()
        seen[page] = []
        page.on("request", lambda r: seen[page].append(r.url))
        page.goto(origin + path)
        if service_workers == "allow":
            page.wait_for_function(CONTROLLED, timeout=30_000)
        return page

    try:
        first = tab("/en/practise/written-exam/")
        open_sandbox(first)
        do_step(first, steps[0], "en", names, modules)
        assert builds.check(first, seen[first]) == "A"
        before = tab("/en/practise/inspera/")  # opened before the update, its sandbox not yet started

        served["now"] = build_b
        seen[first].clear()
        first.reload()  # the saved work reopens the sandbox by itself
        wait_ready(first)
        assert builds.check(first, seen[first]) == "B"
        do_step(first, steps[1], "en", names, modules)  # B's protocol: answered
        assert step_number(first) == 3

        before.locator(".ladok-sandbox .ladok-open").click()
        before.wait_for_selector(OPENED, timeout=90_000)
        assert builds.check(before, seen[before]) == "A"
        assert before.locator(".ladok-sandbox .ladok-view").count() == 0, "A's page refuses B's runtime"

        after = tab("/en/practise/written-exam/")  # a tab opened after the update
        after.wait_for_selector(OPENED, timeout=90_000)
        builds.check(after, seen[after])
        assert after.locator(".ladok-sandbox .ladok-view > *").count(), "B's page starts (or A's, from the cache)"
    finally:
        context.close()


CSP = "() => document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')?.content || ''"


@pytest.mark.parametrize(("path", "lang", "heading"), [("/no/such/page/", "sv", "Sidan finns inte"),
                                                       ("/en/no/such/page/", "en", "Page not found")])
def test_the_404_page_is_in_the_address_language_with_the_site_look_and_its_policy(
        browser: Any, host: tuple[str, dict[str, Path]], path: str, lang: str, heading: str) -> None:
    origin, _ = host
    context = browser.new_context(service_workers="block")
    watch = Watch(origin)
    violations: list[str] = []
    try:
        page = context.new_page()
        watch.attach(page)
        page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
        answer = page.goto(origin + path)
        assert answer is not None and answer.status == 404
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => document.documentElement.lang") == lang
        assert page.locator("article h1").inner_text() == heading
        assert page.locator(".md-header").count() == 1, "the site's header and look"
        assert "script-src 'self'" in page.evaluate(CSP)
        assert violations == []
        page_itself = [f"404: {origin}{path}", "console: Failed to load resource: the server responded with a status "
                       "of 404 (Not Found)"]
        assert sorted(watch.errors) == sorted(page_itself), "nothing else is missing, the icon neither"
    finally:
        context.close()


@pytest.mark.parametrize(("path", "lang"), [("/offline.html", "sv"), ("/en/offline.html", "en")])
def test_the_offline_pages_carry_the_policy_and_ask_for_nothing_more(
        browser: Any, host: tuple[str, dict[str, Path]], path: str, lang: str) -> None:
    origin, _ = host
    context = browser.new_context(service_workers="block")
    watch = Watch(origin)
    try:
        page = context.new_page()
        watch.attach(page)
        page.goto(origin + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => document.documentElement.lang") == lang
        assert "default-src 'self'" in page.evaluate(CSP)
        assert watch.errors == [] and watch.requests == [origin + path]
    finally:
        context.close()
