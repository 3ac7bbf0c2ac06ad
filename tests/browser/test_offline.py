"""After a first visit the guide works offline: the service worker keeps the pages, the runtime and the engine;
a page never opened before says, in the reader's language, that it is not available offline."""

from __future__ import annotations

from typing import Any

from guide_engine import all_scenarios
from tests.browser.driver import do_step, open_sandbox, step_number, wait_ready
from tests.browser.test_sandbox import people_and_modules
from tests.browser.test_tools import open_tool, result

CONTROLLED = "() => navigator.serviceWorker.controller !== null"


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
