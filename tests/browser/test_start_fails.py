"""A start that never hangs: each file the sandbox's start downloads, failing, ends the start with the message in the
reader's language, and *Try again* starts afresh, in a new worker, and the sandbox opens. And every fast path of the
WebAssembly has a fallback that starts: a Pyodide that instantiates its WebAssembly from the bytes instead of
streaming it, a page that cannot compile it, a worker without streaming at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from guide_site import texts
from tests.browser.conftest import ROOT, Watch
from tests.browser.driver import open_sandbox, wait_ready

pytestmark = pytest.mark.browser
PAGES = {"sv": "/practise/written-exam/", "en": "/en/practise/written-exam/"}

# Each file of the start, as the routes that make it fail: where the start has a fallback (the slimmed standard
# library, Pyodide's own; the engine's bytecode, its wheel), both fail.
FILES = {
    "runtime.json": ["**/assets/runtime.json"],
    "the worker's script": ["**/assets/worker.*.js"],
    "pyodide.mjs": ["**/pyodide.mjs"],
    "pyodide.asm.mjs": ["**/pyodide.asm.mjs"],
    "pyodide.asm.wasm": ["**/pyodide.asm.wasm"],
    "both standard libraries": ["**/python_stdlib_slim-*.zip", "**/python_stdlib.zip"],
    "the engine's bytecode and wheel": ["**/engine/*.zip", "**/*.whl"],
}
FAILED = ".ladok-sandbox .ladok-failed"


@pytest.mark.parametrize(("what", "lang"), [(what, "sv" if i % 2 else "en") for i, what in enumerate(FILES)])
def test_a_file_of_the_start_failing_ends_the_start_and_try_again_starts_afresh(browser: Any, server: str,
                                                                              what: str, lang: str) -> None:
    context = browser.new_context(service_workers="block")
    failing = [True]

    def fail(route: Any) -> None:
        if failing[0]:
            route.fulfill(status=503, body="unavailable")
        else:
            route.continue_()

    for pattern in FILES[what]:
        context.route(pattern, fail)
    watch = Watch(server)
    console: list[str] = []
    workers: list[str] = []
    page = context.new_page()
    watch.attach(page)
    page.on("console", lambda m: console.append(m.text))
    page.on("worker", lambda w: workers.append(w.url))
    try:
        page.goto(server + PAGES[lang])
        page.locator(".ladok-sandbox .ladok-open").click()
        page.wait_for_selector(f"{FAILED} button", timeout=60_000)
        message = page.locator(FAILED).inner_text()
        assert texts.label("ui.start_failed", lang) in message and texts.label("ui.retry", lang) in message
        assert page.locator(".ladok-sandbox .ladok-view").count() == 0
        assert not [line for line in console if "[object Object]" in line], console
        first = len(workers)

        failing[0] = False  # the connection is back
        page.locator(f"{FAILED} button").click()
        wait_ready(page)
        assert page.locator(FAILED).count() == 0
        assert len(workers) == first + 1, f"a new worker: {workers}"
    finally:
        context.close()
    if what == "both standard libraries":  # the console names the downloads that failed, not [object Object]
        told = [line for line in console if line.startswith("the engine did not start")]
        assert told and "503" in told[0] and "/python_stdlib.zip" in told[0] and "python_stdlib_slim-" in told[0]


RESTART = """async () => {
  const urls = performance.getEntriesByType('resource').map((e) => e.name);
  (await import(urls.find((url) => /\\/assets\\/engine\\.\\w+\\.js$/.test(url)))).restart();
}"""


def test_a_start_that_hangs_is_ended_by_restart_and_try_again_starts_afresh(browser: Any, server: str) -> None:
    """A download that never ends (a stalled connection) is not a failure the worker can see; engine.js's restart()
    (for the page's Try again after "taking longer than usual") ends that start, and the next starts a new worker."""
    context = browser.new_context(service_workers="block")
    held: list[Any] = []
    context.route("**/python_stdlib_slim-*.zip", lambda route: held.append(route) if not held else route.continue_())
    workers: list[str] = []
    try:
        page = context.new_page()
        page.on("worker", lambda w: workers.append(w.url))
        page.goto(server + PAGES["en"])
        page.locator(".ladok-sandbox .ladok-open").click()
        page.wait_for_function("() => performance.getEntriesByName('ladok:runtime-json').length > 0")
        page.wait_for_timeout(1000)
        assert held and page.locator(FAILED).count() == 0 and page.locator(".ladok-sandbox .ladok-view").count() == 0
        page.evaluate(RESTART)
        page.wait_for_selector(f"{FAILED} button", timeout=30_000)
        page.locator(f"{FAILED} button").click()
        wait_ready(page)
        assert len([url for url in workers if "/assets/worker." in url]) == 2
    finally:
        context.close()


# Pyodide 314 instantiates its WebAssembly as it downloads (instantiateStreaming); this is the same call on the
# downloaded bytes, as a Pyodide that does not stream would make it. If Pyodide's text changes, the test says so.
STREAMING = "n?l=await WebAssembly.instantiateStreaming(n,s):l=await WebAssembly.instantiate(await t,s)"
FROM_BYTES = "l=await WebAssembly.instantiate(n?new Uint8Array(await(await n).arrayBuffer()):await t,s)"
BARE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title></head><body><script>
window.bare = new Promise((resolve, reject) => {
  const worker = new Worker("bare-worker.js", { type: "module" });
  worker.onmessage = (event) => resolve(event.data);
  worker.onerror = (event) => reject(new Error(event.message));
});
</script></body></html>"""
BARE_WORKER = """import { loadPyodide } from "./PYODIDE/pyodide.mjs";
const pyodide = await loadPyodide();
postMessage(pyodide.runPython("6 * 7"));
"""


def from_bytes(route: Any) -> None:
    text = (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").read_text(encoding="utf-8")
    assert text.count(STREAMING) == 1, "Pyodide instantiates otherwise now: see guide_site/runtime/TOUCH_POINTS.md"
    route.fulfill(body=text.replace(STREAMING, FROM_BYTES), content_type="text/javascript")


def test_pyodide_instantiating_from_bytes_starts_bare_and_in_the_sandbox(browser: Any, server: str,
                                                                       site_dir: Path) -> None:
    """Bare Pyodide starts so; the sandbox too, on the module the page compiled (worker-wasm.js)."""
    pyodide = next((site_dir / "pyodide").iterdir()).relative_to(site_dir).as_posix()
    context = browser.new_context(service_workers="block")
    context.route("**/pyodide.mjs", from_bytes)
    context.route("**/bare.html", lambda route: route.fulfill(body=BARE, content_type="text/html"))
    context.route("**/bare-worker.js", lambda route: route.fulfill(
        body=BARE_WORKER.replace("./PYODIDE/", f"./{pyodide}/"), content_type="text/javascript"))
    watch = Watch(server)
    try:
        page = context.new_page()
        page.goto(f"{server}/bare.html")
        assert page.evaluate("() => window.bare") == 42, "bare Pyodide starts from the bytes"
        page = context.new_page()
        watch.attach(page)
        page.goto(server + PAGES["en"])
        open_sandbox(page)
    finally:
        context.close()
    assert watch.errors == []
    assert len([u for u in watch.requests if u.endswith("/pyodide.asm.wasm")]) == 1, "the page's download only"


NO_COMPILING = "delete WebAssembly.compileStreaming;"  # a page that cannot compile as it downloads
NO_STREAMING = "delete WebAssembly.instantiateStreaming;\n"  # a worker that cannot instantiate as it downloads


@pytest.mark.parametrize("without", ["the page's compiling", "any streaming"])
def test_without_streaming_the_worker_downloads_the_webassembly_itself_and_starts(browser: Any, server: str,
                                                                                 without: str) -> None:
    context = browser.new_context(service_workers="block")
    context.add_init_script(NO_COMPILING)
    if without == "any streaming":
        def no_streaming(route: Any) -> None:
            response = route.fetch()
            route.fulfill(response=response, body=NO_STREAMING + response.text())

        context.route("**/assets/worker-wasm.*.js", no_streaming)
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        page.goto(server + PAGES["sv"])
        assert page.evaluate("() => typeof WebAssembly.compileStreaming") == "undefined"
        open_sandbox(page)
        if without == "any streaming":  # the worker's own stand-in (worker-wasm.js), not the browser's
            engine = next(w for w in page.workers if "/assets/worker." in w.url)
            assert "instantiated(" in engine.evaluate("() => String(WebAssembly.instantiateStreaming)")
    finally:
        context.close()
    assert watch.errors == []
    assert len([u for u in watch.requests if u.endswith("/pyodide.asm.wasm")]) == 1, "the worker's download only"
