"""The exercises on the other routes into Ladok in headless Chromium, as every guided exercise is played: at a
laptop's and a phone's size in both languages, and by the keyboard alone, with the outcome in view and focus on it
after every action, and nothing wider than the screen. The learning platform's gradebook and the registration screen
are driven by `driver_routes`; the rest of each exercise by the sandbox's own driver."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_site import texts
from guide_site.pages.markers import SCENARIO_PAGES
from tests.browser.conftest import Watch
from tests.browser.driver import open_sandbox, step_number
from tests.browser.driver_routes import do_route_step
from tests.browser.test_sandbox import SIZES, check_in_view, people_and_modules

ROUTES = ("lms_draft", "lms_ready", "lms_skipped", "registration")


def url(server: str, lang: str, key: str) -> str:
    return f"{server}{'/en' if lang == 'en' else ''}/practise/{SCENARIO_PAGES[key]}/"


@contextmanager
def exercise(browser: Any, server: str, key: str, lang: str, size: str, keyboard: bool) -> Iterator[Any]:
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        page.goto(url(server, lang, key))
        open_sandbox(page, keyboard=keyboard)
        yield page
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", ROUTES)
def test_each_route_exercise_keeps_its_outcome_in_view(browser: Any, server: str, key: str, lang: str,
                                                       size: str) -> None:
    with exercise(browser, server, key, lang, size, keyboard=False) as page:
        names, modules = people_and_modules(key)
        for number, step in enumerate(all_scenarios()[key].steps, 1):
            assert step_number(page) == number
            do_route_step(page, step, lang, names, modules)
            check_in_view(page, f"{key} step {number} ({size}, {lang})")
            refused = page.locator(".ladok-view .ladok-outcome-refused").count() > 0
            assert refused == (step.expect != "ok"), f"step {number} shows the outcome it expects"
        assert step_number(page) is None
        assert page.locator(".ladok-done").inner_text() == texts.label("ui.scenario_done", lang)


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", ROUTES)
def test_each_route_exercise_by_keyboard_alone(browser: Any, server: str, key: str, lang: str, size: str) -> None:
    with exercise(browser, server, key, lang, size, keyboard=True) as page:
        names, modules = people_and_modules(key)
        for number, step in enumerate(all_scenarios()[key].steps, 1):
            assert step_number(page) == number
            do_route_step(page, step, lang, names, modules, keyboard=True)
            check_in_view(page, f"{key} step {number} by keyboard ({size}, {lang})")
        assert step_number(page) is None
