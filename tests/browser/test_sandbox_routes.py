"""The exercises on the other routes into Ladok in headless Chromium, as every guided exercise is played: with the
outcome in view and focus on it after every action, and nothing wider than the screen. Each exercise is played in
both languages at both sizes, by mouse and by the keyboard alone, in four runs that hold every pair of the three (a
language at each size, each way of playing in each language and at each size): the screens are drawn by the same
code at either size and in either language, so the other four of the full matrix would add minutes, not cases
(test_sandbox.py plays the Ladok exercises in the full matrix). The learning platform's gradebook and the
registration screen are driven by `driver_routes`; the rest of each exercise by the sandbox's own driver."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_engine.scenarios import TEACHER
from guide_site import texts
from guide_site.pages.markers import SCENARIO_PAGES
from tests.browser.conftest import Watch
from tests.browser.driver import choose_role, open_sandbox, saved, screen, settle, step_number
from tests.browser.driver_routes import ROUTE_SCREENS, do_route_step
from tests.browser.test_sandbox import SIZES, check_in_view, people_and_modules

ROUTES = ("lms_draft", "lms_ready", "lms_skipped", "registration")


def url(server: str, lang: str, key: str) -> str:
    return f"{server}{'/en' if lang == 'en' else ''}/practise/{SCENARIO_PAGES[key]}/"


@contextmanager
def exercise(browser: Any, server: str, key: str, lang: str, size: str, keyboard: bool,
             before: str = "") -> Iterator[Any]:
    """The exercise's sandbox opened on its page (after the script `before` ran on the page, if any)."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        page.goto(url(server, lang, key))
        if before:
            page.evaluate(before)
        open_sandbox(page, keyboard=keyboard)
        yield page
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


@pytest.mark.parametrize(("lang", "size"), [("en", "laptop"), ("sv", "phone")])
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


@pytest.mark.parametrize(("lang", "size"), [("sv", "laptop"), ("en", "phone")])
@pytest.mark.parametrize("key", ROUTES)
def test_each_route_exercise_by_keyboard_alone(browser: Any, server: str, key: str, lang: str, size: str) -> None:
    with exercise(browser, server, key, lang, size, keyboard=True) as page:
        names, modules = people_and_modules(key)
        for number, step in enumerate(all_scenarios()[key].steps, 1):
            assert step_number(page) == number
            do_route_step(page, step, lang, names, modules, keyboard=True)
            check_in_view(page, f"{key} step {number} by keyboard ({size}, {lang})")
        assert step_number(page) is None


def test_the_gradebook_s_module_follows_the_column_and_the_form_keeps_what_was_chosen(browser: Any,
                                                                                      server: str) -> None:
    """Another column brings the module it is linked to, as the gradebook links them; what the reader chose and typed
    stays in the form when they leave the tab and come back (it is kept in the sandbox's store, not in the page)."""
    with exercise(browser, server, "lms_draft", "en", "laptop", keyboard=False) as page:
        choose_role(page, TEACHER)
        screen(page, ROUTE_SCREENS["lms"]("en"))
        form = page.locator(".ladok-view .ladok-lms-transfer")
        column, target = form.locator("select[data-field='column']"), form.locator("select[data-field='target']")
        date, points = form.locator("input[data-field='exam_date']"), form.locator("input[data-field='points']")
        assert (column.input_value(), target.input_value()) == ("tenta", "TEN1"), "the first column and its module"
        column.select_option("inl")
        settle(page)
        assert target.input_value() == "INL1", "the assignment's column brings the assignment's module"
        column.select_option("poang")
        settle(page)
        assert target.input_value() == "TEN1"
        target.select_option("INL1")
        date.fill("2026-01-16")
        points.check()
        screen(page, texts.label("ui.report_results", "en"))
        screen(page, ROUTE_SCREENS["lms"]("en"))
        kept = (column.input_value(), target.input_value(), date.input_value(), points.is_checked())
        assert kept == ("poang", "INL1", "2026-01-16", True)


@pytest.mark.parametrize("registrar", ["study_admin", "student"])
def test_a_new_start_takes_who_registers_from_the_page(browser: Any, server: str, registrar: str) -> None:
    """The exercise starts with who registers as the page's department says (the widget's data-registration-by,
    from mkdocs.yml), so its refusals name them as the page does: the state the engine started holds it."""
    widget = f"() => {{ document.querySelector('.ladok-sandbox').dataset.registrationBy = '{registrar}'; }}"
    with exercise(browser, server, "registration", "en", "laptop", keyboard=False, before=widget) as page:
        key = "ladok-guiden:sandbox:registration"
        page.wait_for_function("(key) => localStorage.getItem(key) !== null", arg=key)
        assert saved(page, key)["state"]["routes"]["registration_by"] == registrar
