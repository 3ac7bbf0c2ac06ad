"""The tools answer before Python has arrived: with the runtime's files held back (a slow phone) or failing, a link
with inputs the build answered (guide_site/runtime/answers.py) shows the engine's answer, at a laptop's and a
phone's size, in both languages; an input it did not answer waits, the box saying the engine is starting. Once the
engine is there, it draws the same answer, element for element, and the one already shown stays."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from guide_site import texts
from tests.browser.conftest import Watch
from tests.browser.driver import SIZES

pytestmark = pytest.mark.browser
RUNTIME = ["**/pyodide/**", "**/engine/*.zip", "**/wheels/**", "**/assets/worker.*.js"]
PAGES = {"deadline": "teacher/deadlines/", "credits": "student/credits/", "diagnosis": "student/where-is-my-result/"}
RESULT = ".ladok-result > *"
READY = "() => performance.getEntriesByName('ladok:engine-ready').length > 0"


def covered_link(site_dir: Path, tool: str, lang: str) -> str:
    """A page's address whose inputs the build's file for `tool` answers (its last key in `lang`)."""
    runtime = json.loads((site_dir / "assets/runtime.json").read_text(encoding="utf-8"))
    keys = json.loads((site_dir / runtime["answers"][tool]).read_text(encoding="utf-8"))["keys"]
    asked = [json.loads(key) for key in keys if json.loads(key)["lang"] == lang]
    prefix = "/en/" if lang == "en" else "/"
    if tool == "deadline":
        return f"{prefix}{PAGES[tool]}?exam={asked[len(asked) // 2]['exam']}"
    if tool == "credits":
        done = next(a["finished"] for a in asked if a["finished"])
        return f"{prefix}{PAGES[tool]}?done=" + ",".join(f"{m}:{d}" for m, d in done.items())
    example = next(a for a in asked if a["part"])
    answers = "&".join(f"{q}={a}" for q, a in example["answers"].items())
    return f"{prefix}{PAGES[tool]}?part={example['part']}&exam={example['exam']}&{answers}"


# The answer as drawn, less the marks Material's focus-visible polyfill puts on a focused element once its bundle has
# run: a linked tool may answer before it has (widgets.js), and the engine's second drawing after.
DRAWN = """() => {
  const copy = document.querySelector('.ladok-result').cloneNode(true);
  for (const e of copy.querySelectorAll('.focus-visible, [data-focus-visible-added]')) {
    e.classList.remove('focus-visible');
    if (!e.classList.length) e.removeAttribute('class');
    e.removeAttribute('data-focus-visible-added');
  }
  return copy.innerHTML;
}"""


def drawn(page: Any) -> str:
    return str(page.evaluate(DRAWN))


@contextmanager
def held_back(browser: Any, server: str, size: str, how: str) -> Iterator[Any]:
    """A page whose runtime files never come ("hang", a slow phone's) or fail ("abort")."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    held: list[Any] = []
    for pattern in RUNTIME:
        context.route(pattern, (lambda route: held.append(route)) if how == "hang" else (lambda route: route.abort()))
    try:
        yield context.new_page()
    finally:
        for route in held:  # let them end before the context does
            route.abort()
        context.close()


@pytest.mark.parametrize("size", ["laptop", "phone"])
@pytest.mark.parametrize(("tool", "lang"), [("deadline", "sv"), ("credits", "en"), ("diagnosis", "sv")])
def test_a_covered_link_is_answered_without_the_runtime(
    browser: Any, server: str, site_dir: Path, tool: str, lang: str, size: str
) -> None:
    with held_back(browser, server, size, "hang") as page:
        page.goto(server + covered_link(site_dir, tool, lang))
        page.wait_for_selector(RESULT, timeout=30_000)
        assert not page.evaluate(READY)
        assert page.locator(".ladok-result [role=alert]").count() == 0, page.locator(".ladok-result").inner_text()
        assert page.locator(".ladok-box .ladok-progress").is_visible(), "the engine is still said to be starting"


@pytest.mark.parametrize("size", ["laptop", "phone"])
def test_an_uncovered_input_waits_for_the_engine_and_a_failed_start_says_so(
    browser: Any, server: str, site_dir: Path, size: str
) -> None:
    """A date with a re-take is not among the build's answers: the last answer goes, the box says the engine is
    starting, and nothing answers while it is held back; failing, it is said where the answer would be."""
    link = covered_link(site_dir, "deadline", "en")
    with held_back(browser, server, size, "hang") as page:
        page.goto(server + link)
        page.wait_for_selector(RESULT, timeout=30_000)
        page.fill("#deadline-retake", "2045-06-01")
        page.locator(".ladok-tool form button[type=submit]").click()
        page.wait_for_timeout(1500)
        assert page.locator(RESULT).count() == 0
        assert page.evaluate("() => document.activeElement.classList.contains('ladok-status')")
        assert page.locator(".ladok-status").inner_text() in {
            texts.label(key, "en") for key in ("tool.starting", "tool.loading_runtime", "ui.loading_engine")
        }
    with held_back(browser, server, size, "abort") as page:
        page.goto(server + link)
        page.wait_for_selector(".ladok-box .ladok-error button", timeout=60_000)
        shown = page.locator(".ladok-result").inner_text()
        assert shown, "the answer shown before the start failed stays"
        page.fill("#deadline-retake", "2045-06-01")
        page.locator(".ladok-tool form button[type=submit]").click()
        page.wait_for_selector(".ladok-result [role=alert]")
        assert texts.label("tool.start_failed", "en") in page.locator(".ladok-result").inner_text()


@pytest.mark.parametrize(("tool", "lang"), [("deadline", "en"), ("credits", "sv"), ("diagnosis", "en")])
def test_the_engine_draws_the_answer_made_at_build_time_element_for_element(
    browser: Any, server: str, site_dir: Path, tool: str, lang: str
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        page.goto(server + covered_link(site_dir, tool, lang))
        page.wait_for_selector(RESULT, timeout=30_000)
        assert not page.evaluate(READY), "answered before the engine was ready"
        early = drawn(page)
        page.wait_for_function(READY, timeout=120_000)
        assert drawn(page) == early, "the answer shown stays as the engine arrives"
        page.evaluate("() => document.querySelector('.ladok-result').replaceChildren()")
        page.evaluate("() => document.querySelector('.ladok-tool form').requestSubmit()")
        page.wait_for_selector(RESULT)
        assert drawn(page) == early
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()
