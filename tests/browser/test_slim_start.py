"""The sandbox's start in Chromium: the slimmed standard library and no lockfile; a module it lacks that the engine
imports still imports (Pyodide's own standard library, fetched then); and with the slim archive and the engine's
bytecode gone, Pyodide's own standard library and the engine's wheel. (A module lacking during Pyodide's own
bootstrap, before Python can call the page, makes the slim start fail: the worker then takes the second path.)"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Watch
from tests.browser.driver import open_sandbox
from tests.browser.test_kept_start import KEEPING

pytestmark = pytest.mark.browser
PAGE = "/en/practise/written-exam/"


def opened(browser: Any, server: str, routes: dict[str, Any], keeping: bool = True) -> tuple[Watch, Any]:
    """`keeping`: whether the worker keeps this start for the next (test_kept_start.py): not when the full standard
    library was fetched (a memory snapshot does not hold the file system) or the wheel was loaded."""
    context = browser.new_context(service_workers="block")  # every request goes by the routes below
    for pattern, handler in routes.items():
        context.route(pattern, handler)
    watch = Watch(server)
    page = context.new_page()
    watch.attach(page)
    page.goto(server + PAGE)
    open_sandbox(page)
    assert page.evaluate(KEEPING) is keeping
    return watch, context


def fetched(watch: Watch, ending: str) -> int:
    return sum(1 for url in watch.requests if url.split("?")[0].endswith(ending))


def test_the_sandbox_starts_on_the_slim_standard_library_without_the_lockfile(browser: Any, server: str) -> None:
    watch, context = opened(browser, server, {})
    context.close()
    assert watch.errors == []
    assert [u for u in watch.requests if "/python_stdlib_slim-" in u]
    assert fetched(watch, "/pyodide-lock.json") == 0
    assert fetched(watch, "/pyodide.asm.mjs") == 1, "loaded early (data-pyodide) and found again by loadPyodide"
    assert fetched(watch, "/python_stdlib.zip") == 0, "start-up imported a module outside the slim set"
    assert [u for u in watch.requests if "/engine/guide_engine-" in u] and fetched(watch, ".whl") == 0


def test_a_module_the_slim_archive_lacks_comes_from_pyodides_own_once(browser: Any, server: str,
                                                                     site_dir: Path) -> None:
    slim = next((site_dir / "pyodide").glob("*/python_stdlib_slim-*.zip"))
    lacking = io.BytesIO()
    with zipfile.ZipFile(slim) as source, zipfile.ZipFile(lacking, "w") as target:
        for info in source.infolist():
            if info.filename != "datetime.pyc":  # the engine imports it, Pyodide's own start does not
                target.writestr(info, source.read(info))
    watch, context = opened(browser, server, {
        "**/python_stdlib_slim-*.zip": lambda route: route.fulfill(body=lacking.getvalue(),
                                                                   content_type="application/zip"),
    }, keeping=False)
    context.close()
    assert watch.errors == []
    assert fetched(watch, "/python_stdlib.zip") == 1
    assert fetched(watch, ".whl") == 0, "the engine's bytecode still loaded"


def test_without_the_slim_archive_and_the_bytecode_pyodides_own_and_the_wheel(browser: Any, server: str) -> None:
    def gone(route: Any) -> None:
        route.fulfill(status=404, body="gone")

    watch, context = opened(browser, server, {"**/python_stdlib_slim-*.zip": gone, "**/engine/*.zip": gone},
                            keeping=False)
    context.close()
    assert fetched(watch, "/python_stdlib.zip") == 1 and fetched(watch, ".whl") == 1
    expected = ("/python_stdlib_slim-", "/engine/", "while installing the standard library")  # Pyodide's own words
    assert [e for e in watch.errors if not any(part in e for part in expected)] == []


def test_without_the_engine_s_bytecode_the_wheel_installs_on_the_slim_standard_library(browser: Any,
                                                                                      server: str) -> None:
    """Installing a wheel needs shutil, tempfile and zipfile, which the slim start no longer imports
    (pyodide_compile.DEFERRED): they come from Pyodide's own standard library, fetched once, and the sandbox opens."""
    watch, context = opened(browser, server, {"**/engine/*.zip": lambda route: route.fulfill(status=404, body="")},
                            keeping=False)
    context.close()
    assert [u for u in watch.requests if "/python_stdlib_slim-" in u]
    assert fetched(watch, ".whl") == 1 and fetched(watch, "/python_stdlib.zip") == 1
    assert [e for e in watch.errors if "/engine/" not in e] == []


def test_with_a_lockfile_header_pyodide_refuses_it_starts_on_pyodide_s_own_lockfile(browser: Any, server: str) -> None:
    """The header runtime.json carries (so that no start fetches the lockfile) is checked by Pyodide as it starts;
    one it refuses (here its ABI version) makes the fast path fail, and the fallback fetches Pyodide's own."""

    def other_abi(route: Any) -> None:
        runtime = json.loads(route.fetch().text())
        runtime["start"]["lockfile"]["info"]["abi_version"] = "1999_0"
        route.fulfill(json=runtime)

    watch, context = opened(browser, server, {"**/assets/runtime.json": other_abi}, keeping=False)
    context.close()
    assert fetched(watch, "/pyodide-lock.json") == 1 and fetched(watch, "/python_stdlib.zip") == 1
    assert watch.errors == []


def test_the_webassembly_download_does_not_wait_for_runtime_json(browser: Any, server: str) -> None:
    """Opening starts the WebAssembly from the widget's data-pyodide at once; with runtime.json failing it has
    still begun, and the reader is told the start failed (the first click's wasted download is all it costs)."""
    context = browser.new_context(service_workers="block")
    context.route("**/assets/runtime.json", lambda route: route.abort())
    watch = Watch(server)
    page = context.new_page()
    watch.attach(page)
    page.goto(server + PAGE)
    folder = page.locator(".ladok-sandbox").get_attribute("data-pyodide")
    page.locator(".ladok-sandbox .ladok-open").click()
    page.wait_for_selector(".ladok-sandbox .ladok-failed button", timeout=30_000)
    context.close()
    assert folder and folder.startswith("pyodide/")
    assert [u for u in watch.requests if u.endswith(f"/{folder}pyodide.asm.wasm")], watch.requests
    assert [u for u in watch.requests if "/assets/worker." in u], "the worker starts beside runtime.json"


def test_a_page_of_another_build_than_runtime_json_does_not_start_on_it(browser: Any, server: str) -> None:
    """A page whose scripts are of one build meets the runtime.json of another (published since the page was
    loaded, or the page came from a cache): engine.js refuses it before the worker starts on it (OtherBuild), so
    the page never runs with another build's engine, and the reader is told the start failed."""

    def other(route: Any) -> None:
        runtime = json.loads(route.fetch().text())
        route.fulfill(json={**runtime, "build": "another-build"})

    context = browser.new_context(service_workers="block")
    context.route("**/assets/runtime.json", other)
    watch = Watch(server)
    console: list[str] = []
    page = context.new_page()
    watch.attach(page)
    page.on("console", lambda m: console.append(m.text))
    page.goto(server + PAGE)
    page.locator(".ladok-sandbox .ladok-open").click()
    page.wait_for_selector(".ladok-sandbox .ladok-failed button", timeout=30_000)
    context.close()
    assert [line for line in console if "OtherBuild" in line and "another-build" in line], console
    assert not [u for u in watch.requests if "/python_stdlib" in u or "/engine/" in u], "no start on it"
