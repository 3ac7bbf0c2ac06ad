"""A linked tool opens from the page's <head> (widgets.js, which the build names there with the page's tools), not
after Material's scripts and guide.js: on a slow phone those take most of a second before the page's own script runs.
With Material's bundle held back, the answer of a link whose inputs the build answered is there all the same, once,
with its open button hidden, in both languages; a tool page opened without inputs asks for nothing of the tool's
until the reader shows the intent to use it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.browser.driver import SIZES
from tests.browser.test_first_answers import READY, RUNTIME, covered_link

pytestmark = pytest.mark.browser
BUNDLE = "**/assets/javascripts/bundle.*.min.js"  # Material's, on every page before guide.js


@contextmanager
def without_bundle(browser: Any) -> Iterator[tuple[Any, list[Any]]]:
    """A phone-sized page whose Material bundle is held back until the test lets it go (`held`), and whose runtime
    files never come (a slow phone's)."""
    width, height = SIZES["phone"]
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    held: list[Any] = []
    runtime: list[Any] = []
    context.route(BUNDLE, lambda route: held.append(route))
    for pattern in RUNTIME:
        context.route(pattern, lambda route: runtime.append(route))
    try:
        yield context.new_page(), held
    finally:
        for route in runtime:
            route.abort()
        context.close()


@pytest.mark.parametrize(("tool", "lang"), [("deadline", "sv"), ("diagnosis", "en")])
def test_a_linked_tool_answers_before_the_pages_other_scripts_have_run(
    browser: Any, server: str, site_dir: Path, tool: str, lang: str
) -> None:
    with without_bundle(browser) as (page, held):
        page.goto(server + covered_link(site_dir, tool, lang), wait_until="commit")
        page.wait_for_selector(".ladok-result > *", timeout=30_000)
        assert any("/javascripts/bundle." in route.request.url for route in held), "the bundle was held back"
        assert page.evaluate("() => typeof window.document$") == "undefined", "Material's bundle has not run"
        answer = page.locator(".ladok-result").inner_text().strip()
        assert answer, "an answer, not an empty box"
        # Then Material's bundle and guide.js run, as on any page: the tool stays as it opened, once, its open
        # button hidden, the answer the same.
        for route in held:
            route.continue_()
        page.wait_for_function("() => typeof window.document$ !== 'undefined' && document.readyState !== 'loading'")
        page.wait_for_timeout(300)  # guide.js's DOMContentLoaded work, and anything it would start, has run
        assert page.locator(".ladok-tool .ladok-box").count() == 1, "the tool opened once"
        assert page.locator(".ladok-tool .ladok-open").is_hidden()
        assert page.locator(".ladok-result").inner_text().strip() == answer


def test_a_tool_page_without_inputs_is_ready_early_and_asks_for_nothing_before_the_reader_does(
    browser: Any, server: str, site_dir: Path
) -> None:
    """The open button is there before Material's bundle has run; the tool's files are asked for at the reader's
    first sign of intent, not before; typed in by hand, an input the build answered is answered, the bundle still
    held back."""
    exam = covered_link(site_dir, "deadline", "sv").split("exam=")[1]
    with without_bundle(browser) as (page, held):
        asked: list[str] = []
        page.on("request", lambda request: asked.append(request.url))
        page.goto(server + "/teacher/deadlines/", wait_until="commit")
        button = page.locator(".ladok-tool .ladok-open")
        button.wait_for(state="visible", timeout=30_000)
        assert held and page.evaluate("() => typeof window.document$") == "undefined", "Material's bundle has not run"
        named = [url for url in asked if re.search(r"/assets/widgets\.[0-9a-f]{12}\.js$", url)]
        assert named, "the page names its tool's module (widgets.js) in its <head>"
        early = [url for url in asked if "runtime.json" in url or "/answers-" in url or "/assets/engine." in url]
        assert early == [], f"nothing of the tool's before the reader shows intent: {early}"
        assert page.locator(".ladok-tool .ladok-box").count() == 0
        button.hover()  # the intent: the runtime's files and the tool's answers are asked for now
        page.wait_for_function("() => performance.getEntriesByName('ladok:open').length > 0", timeout=30_000)
        assert any("runtime.json" in url for url in asked) and any("/answers-deadline-" in url for url in asked)
        button.click()
        page.fill("#deadline-exam", exam)
        page.press("#deadline-exam", "Enter")
        page.wait_for_selector(".ladok-result > *", timeout=30_000)
        assert page.locator(".ladok-result .ladok-answer").count() == 1, "the engine's answer, not a refusal"
        assert page.evaluate("() => typeof window.document$") == "undefined", "answered before the bundle ran"


@pytest.mark.parametrize(("tool", "lang"), [("deadline", "en"), ("credits", "sv")])
def test_the_answer_stays_where_it_is_when_the_engine_arrives(
    browser: Any, server: str, site_dir: Path, tool: str, lang: str
) -> None:
    """The start-up line sits under the form and its answer while the engine starts behind a first answer, so when
    it goes, nothing the reader is looking at moves."""
    width, height = SIZES["phone"]
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    held: list[Any] = []
    let_go = [False]

    def hold(route: Any) -> None:
        if let_go[0]:
            route.continue_()
        else:
            held.append(route)

    for pattern in RUNTIME:
        context.route(pattern, hold)
    where = "() => { const r = document.querySelector('.ladok-tool form').getBoundingClientRect(); return r.top + scrollY; }"
    try:
        page = context.new_page()
        page.goto(server + covered_link(site_dir, tool, lang))
        page.wait_for_selector(".ladok-result > *", timeout=30_000)
        assert page.locator(".ladok-tool .ladok-progress").is_visible(), "the engine is still starting"
        before = page.evaluate(where)
        let_go[0] = True
        while held:
            held.pop().continue_()
        page.wait_for_function(READY, timeout=120_000)
        assert page.locator(".ladok-tool .ladok-progress").count() == 0, "the start-up line has gone"
        assert abs(page.evaluate(where) - before) < 0.5, "the form and its answer did not move"
    finally:
        context.close()


# Posts a task as soon as the parser has read the tool's element whole (what widgets.js waits for): the task finds the
# answer drawn, or not yet. This script's observer is the page's first, so it is told before widgets.js's.
WHOLE_THEN_TASK = """(() => {
  new MutationObserver((_, observer) => {
    const tool = document.querySelector('.ladok-tool');
    if (!tool || !tool.nextSibling) return;
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.ladokNextTask = document.querySelector('.ladok-result > *') ? 'answered' : 'not yet';
    };
    channel.port2.postMessage(null);
  }).observe(document, { childList: true, subtree: true });
})();"""
MATERIAL_CSS = "**/assets/stylesheets/main.*.min.css"  # the parser waits for it at the script after it in <head>


@pytest.mark.parametrize(("tool", "lang"), [("deadline", "sv"), ("credits", "en")])
def test_a_linked_tool_answers_in_the_task_its_element_is_read_in(
    browser: Any, server: str, site_dir: Path, tool: str, lang: str
) -> None:
    """When a linked tool's modules and files have come before the parser reaches its element (they are asked for
    from the <head>), the answer is drawn in the task that reads the element, with no wait between: a wait lets the
    browser lay out and paint the page and run Material's bundle first, which on a slow phone is most of a second.
    Material's stylesheet is held back, and the parser with it, until the tool's files have come."""
    width, height = SIZES["phone"]
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    held: list[Any] = []
    context.route(MATERIAL_CSS, lambda route: held.append(route))
    for pattern in RUNTIME:
        context.route(pattern, lambda route: route.abort())  # the engine never comes: the answer is the build's
    files = ["/assets/runtime.json", f"/assets/answers-{tool}-", f"/assets/tool-{tool}."]
    came = f"() => {files}.every((f) => performance.getEntriesByType('resource').some((e) => e.name.includes(f)))"
    try:
        page = context.new_page()
        page.add_init_script(WHOLE_THEN_TASK)
        page.goto(server + covered_link(site_dir, tool, lang), wait_until="commit")
        page.wait_for_function(came, polling=50, timeout=30_000)  # by time: nothing renders while the sheet is held
        page.wait_for_timeout(300)  # the two files read
        assert held, "Material's stylesheet is held back"
        unread = page.evaluate("() => document.querySelector('.ladok-tool') === null")
        assert unread, "the parser has not reached the tool"
        while held:
            held.pop().continue_()
        page.wait_for_function("() => window.ladokNextTask !== undefined", timeout=30_000)
        assert page.evaluate("() => window.ladokNextTask") == "answered"
        assert page.locator(".ladok-result > .ladok-error").count() == 0, "the build's answer, not a refusal"
    finally:
        context.close()
