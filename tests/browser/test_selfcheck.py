"""The self-check page in headless Chromium: every question answered by the keyboard alone, the score per topic, a
retry of the ones missed, answers kept across a reload (and a note when storage is blocked), the role filter, each
sandbox task completed and recognised by the engine, axe, a phone in the dark, and the page read without JavaScript."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_engine.goals import start
from guide_engine.scenarios import BRUNO, EXAMINER, Step
from tests.browser.conftest import Watch
from tests.browser.driver import do_step, open_sandbox, press, screen, settle, tab_to
from tests.browser.test_site import AXE, axe_findings
from guide_site import texts

SIZES = {"laptop": (1280, 800), "phone": (390, 844)}
FOCUSED_CLASS = "() => document.activeElement.className"
# The page's own content wider than the screen (Material's language list overflows a phone without JavaScript on
# every page of the site; that is not this page's).
WIDE = """() => [...document.querySelectorAll('.md-content, .md-content *')]
  .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 0.5)
  .map((e) => `${e.tagName}.${e.className}`).slice(0, 5)"""


def url(server: str, lang: str) -> str:
    return f"{server}{'/en' if lang == 'en' else ''}/practise/check-yourself/"


@contextmanager
def opened(browser: Any, server: str, lang: str, size: tuple[int, int], **options: Any) -> Iterator[Any]:
    dark = size == SIZES["phone"]
    context = browser.new_context(viewport={"width": size[0], "height": size[1]},
                                  color_scheme="dark" if dark else "light", **options)
    watch = Watch(server)
    page = context.new_page()
    watch.attach(page)
    try:
        page.goto(url(server, lang))
        if options.get("java_script_enabled", True):
            page.wait_for_selector(".ladok-sc-controls")
        yield page
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


def answer_by_keyboard(page: Any, question: Any, choice: int) -> None:
    """Reach the question's choices with Tab, pick one with Space and the arrow keys, and press Answer with Enter."""
    radios = question.locator("input[type=radio]")
    tab_to(page, radios.first)
    page.keyboard.press("Space")
    for _ in range(choice):
        page.keyboard.press("ArrowDown")
    assert radios.nth(choice).is_checked()
    press(page, question.locator("button.md-button--primary"), keyboard=True)


def text(lang: str, key: str, **params: Any) -> str:
    found = texts.label(key, lang)
    for name, value in params.items():
        found = found.replace("{" + name + "}", str(value))
    return found


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_every_question_answered_by_keyboard_then_the_score_and_a_retry(browser: Any, server: str, lang: str,
                                                                       size: tuple[int, int]) -> None:
    with opened(browser, server, lang, size) as page:
        questions = page.locator(".ladok-question:not([hidden])")
        total = questions.count()
        assert total >= 20
        for i in range(total):
            question = questions.nth(i)
            marked = int(question.get_attribute("data-answer"))
            choice = (marked + 1) % question.locator("input[type=radio]").count() if i == 0 else marked
            answer_by_keyboard(page, question, choice)
            assert "ladok-explanation" in page.evaluate(FOCUSED_CLASS), "focus is on the explanation"
            said = page.locator(".ladok-sc-live").inner_text()
            assert said.startswith(text(lang, "selfcheck.ui.wrong" if i == 0 else "selfcheck.ui.right"))
            assert question.get_attribute("data-state") == ("wrong" if i == 0 else "right")
            if size == SIZES["phone"] and i % 10 == 0:
                assert page.evaluate(WIDE) == []
                assert page.evaluate("() => document.documentElement.scrollWidth <= innerWidth")
        scores = page.locator(".ladok-sc-topics li")
        right = sum(int(scores.nth(i).get_attribute("data-right")) for i in range(scores.count()))
        assert right == total - 1
        assert sum(int(scores.nth(i).get_attribute("data-total")) for i in range(scores.count())) == total
        press(page, page.get_by_role("button", name=text(lang, "selfcheck.ui.retry")), keyboard=True)
        first = questions.first
        assert first.get_attribute("data-state") is None
        assert page.evaluate("() => document.activeElement.type") == "radio"
        answer_by_keyboard(page, first, int(first.get_attribute("data-answer")))
        right = sum(int(scores.nth(i).get_attribute("data-right")) for i in range(scores.count()))
        assert right == total
        page.reload()
        page.wait_for_selector(".ladok-sc-controls")
        assert page.locator(".ladok-question[data-state=right]").count() == total, "answers are kept in the browser"
        assert page.get_by_text(text(lang, "selfcheck.ui.stored")).is_visible()


def test_a_role_shows_its_own_questions_and_the_summary_is_dated(browser: Any, server: str) -> None:
    with opened(browser, server, "en", SIZES["laptop"]) as page:
        everyone = page.locator(".ladok-question").count()
        page.get_by_label(texts.label("role.examiner", "en"), exact=True).check()
        shown = page.locator(".ladok-question:not([hidden])")
        assert 0 < shown.count() < everyone
        for i in range(shown.count()):
            assert "examiner" in shown.nth(i).get_attribute("data-roles").split()
        assert page.locator(".ladok-sc-live").inner_text() == text("en", "selfcheck.ui.shown", n=shown.count())
        with page.expect_download() as download:
            page.get_by_role("button", name=text("en", "selfcheck.ui.save")).click()
        today = page.evaluate("() => new Date().toISOString().slice(0, 10)")
        assert download.value.suggested_filename == f"check-yourself-{today}.txt"
        assert today in page.locator(".ladok-sc-summary h3").inner_text()


def test_blocked_storage_is_said_and_the_questions_still_work(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script("Storage.prototype.setItem = () => { throw new DOMException('blocked'); };")
    page = context.new_page()
    try:
        page.goto(url(server, "sv"))
        page.wait_for_selector(".ladok-sc-controls")
        assert page.get_by_text(text("sv", "selfcheck.ui.not_stored")).is_visible()
        question = page.locator(".ladok-question").first
        answer_by_keyboard(page, question, int(question.get_attribute("data-answer")))
        assert question.get_attribute("data-state") == "right"
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_without_javascript_the_questions_answers_and_links_read(browser: Any, server: str, lang: str) -> None:
    with opened(browser, server, lang, SIZES["phone"], java_script_enabled=False) as page:
        questions = page.locator(".ladok-question")
        assert questions.count() >= 20
        first = questions.first
        assert first.locator(".ladok-choices li").count() >= 2 and first.locator(".ladok-q-text").is_visible()
        summary = first.locator("summary")
        assert summary.inner_text().strip() == texts.label("selfcheck.show_answer", lang)
        summary.click()
        explanation = first.locator(".ladok-explanation")
        assert explanation.is_visible()
        assert texts.label("selfcheck.correct_answer", lang) in explanation.inner_text()
        assert "#" in explanation.locator("a").get_attribute("href")
        assert page.locator(".ladok-task").count() == 3
        assert page.evaluate(WIDE) == []


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_axe_finds_nothing_serious_on_the_page_answered_and_with_a_task_open(browser: Any, server: str,
                                                                            size: tuple[int, int]) -> None:
    assert AXE.exists()
    with opened(browser, server, "sv", size) as page:
        assert axe_findings(page) == []
        question = page.locator(".ladok-question").first
        answer_by_keyboard(page, question, int(question.get_attribute("data-answer")))
        only_task(page, "vg_written")
        open_sandbox(page)
        page.wait_for_selector(".ladok-goal ul")
        page.mouse.move(0, 0)  # the pointer left where the open button was would hover a role button (Material's)
        assert axe_findings(page) == []


# --- the sandbox tasks: done as a reader does them, recognised by the engine ---------------------------------------


def only_task(page: Any, key: str) -> None:
    """Keep the one task under test on the page, so that the sandbox driver meets one sandbox."""
    page.evaluate("k => document.querySelectorAll('.ladok-task').forEach((t) => t.dataset.task !== k && t.remove())",
                  key)


def names_and_modules(key: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    from guide_engine.views import _course

    state = start(key)
    targets = {t["code"]: (t["name"]["sv"], t["name"]["en"]) for t in _course(state)["targets"]}
    return {s.pnr: s.name for s in state.students}, targets  # the names the view gives the sandbox


def met(page: Any) -> bool:
    page.wait_for_selector(".ladok-goal ul")
    settle(page)
    return page.locator(".ladok-task").get_attribute("data-met") == "true"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_vg_task_is_recognised_and_a_refused_step_says_what_to_read(browser: Any, server: str, lang: str) -> None:
    with opened(browser, server, lang, SIZES["laptop"]) as page:
        only_task(page, "vg_written")
        open_sandbox(page)
        assert not met(page)
        names, modules = names_and_modules("vg_written")
        # the guided exercise's steps, without the points it also asks for: the task is about grade and date
        steps = [replace(s, params={k: v for k, v in s.params.items() if not k.startswith("points")})
                 for s in all_scenarios()["written_exam"].steps]
        for number, step in enumerate(steps):
            do_step(page, step, lang, names, modules)
            if step.expect != "ok":  # certifying before the result is marked as ready: Ladok says no
                read = page.locator(".ladok-goal-read a")
                assert read.get_attribute("href").endswith("reference/lifecycle/#overgangar")
            assert met(page) is (number == len(steps) - 1)
        assert page.locator(".ladok-goal-done").count() == 2
        assert page.locator(".ladok-goal").get_by_text(text(lang, "selfcheck.task.met")).is_visible()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_change_task_is_recognised_once_the_course_grade_is_certified_again(browser: Any, server: str,
                                                                               lang: str) -> None:
    with opened(browser, server, lang, SIZES["laptop"]) as page:
        only_task(page, "change_under_course")
        open_sandbox(page)
        names, modules = names_and_modules("change_under_course")
        steps = [s for s in all_scenarios()["change_grade"].steps if s.expect == "ok"]
        for step in steps[:-1]:
            do_step(page, step, lang, names, modules)
            assert not met(page)
        do_step(page, steps[-1], lang, names, modules)
        assert met(page)


@pytest.mark.parametrize(("lang", "size"), [("sv", SIZES["phone"]), ("en", SIZES["laptop"])])
def test_the_code_task_is_recognised_with_bruno_s_code_found_after_certifying(browser: Any, server: str, lang: str,
                                                                             size: tuple[int, int]) -> None:
    code = start("find_code").activities[0].code_for(BRUNO)
    assert code
    with opened(browser, server, lang, size) as page:
        only_task(page, "find_code")
        open_sandbox(page)
        names, modules = names_and_modules("find_code")
        do_step(page, Step(EXAMINER, "certify", {"student": BRUNO, "target": "TEN1"}, "", ""), lang, names, modules)
        screen(page, texts.label("ui.activities", lang))
        row = page.locator(".ladok-view tr", has_text=names[BRUNO])
        assert code in row.inner_text(), "the examiner finds the code beside the name on the activity session"
        assert not met(page)
        answer = page.locator(".ladok-goal-answer")
        answer.fill("INX-0000")
        press(page, page.get_by_role("button", name=text(lang, "selfcheck.task.check")), keyboard=True)
        assert not met(page)
        answer.fill(code)
        press(page, page.get_by_role("button", name=text(lang, "selfcheck.task.check")), keyboard=True)
        page.wait_for_selector(".ladok-task[data-met=true]")
