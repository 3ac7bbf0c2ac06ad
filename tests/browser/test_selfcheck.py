"""The self-check page in headless Chromium: every question answered by the keyboard alone, the score per topic, a
retry of the ones missed, answers kept across a reload (and a note when storage is blocked), the role filter, what
Ladok does with a scene's choice, questions that come back on a later day (the page's clock moved), saved answers
that cannot break the page (an answer out of range, a role named like an object's own property, a full storage), the
sandbox tasks checked by what they leave behind, axe, a phone in the dark, and the page read without JavaScript."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_engine.goals import start
from guide_engine.scenarios import BRUNO, EXAMINER, Step
from tests.browser.conftest import Watch
from tests.browser.driver import do_step, lang_of, open_sandbox, press, screen, seeded_codes, settle
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


# The key that moves focus towards an element (Shift+Tab when focus is past it), or "" once it has focus.
TOWARDS = """(e) => e === document.activeElement ? ''
  : e.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING ? 'Shift+Tab' : 'Tab'"""


def reach(page: Any, target: Any, limit: int = 250) -> None:
    """Move focus to `target` with Tab or Shift+Tab, as driver.tab_to does (a question holds no toolbar), asking the
    page one question per key instead of two: a self-check is hundreds of keys."""
    element = target.element_handle()
    for _ in range(limit):
        key = element.evaluate(TOWARDS)
        if not key:
            return
        page.keyboard.press(key)
    raise AssertionError(f"could not reach {target} with the keyboard")


def answer_by_keyboard(page: Any, question: Any, choice: int) -> None:
    """Reach the question's choices with Tab, pick one with Space and the arrow keys, and press Answer with Enter."""
    radios = question.locator("input[type=radio]")
    reach(page, radios.first)
    page.keyboard.press("Space")
    for _ in range(choice):
        page.keyboard.press("ArrowDown")
    assert radios.nth(choice).is_checked()
    reach(page, question.locator("button.md-button--primary"))
    page.keyboard.press("Enter")


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
            focused = page.evaluate(FOCUSED_CLASS)
            assert "ladok-explanation" in focused or "ladok-sc-consequence" in focused, "focus is on the outcome"
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
        assert page.locator(".ladok-task").count() >= 8
        assert page.evaluate(WIDE) == []


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_axe_finds_nothing_serious_on_the_page_answered_and_with_a_task_open(browser: Any, server: str,
                                                                            size: tuple[int, int]) -> None:
    assert AXE.exists()
    with opened(browser, server, "sv", size) as page:
        assert axe_findings(page) == []
        question = page.locator(".ladok-question").first
        answer_by_keyboard(page, question, int(question.get_attribute("data-answer")))
        scene = page.locator(".ladok-question[data-key='blank-paper']")
        answer_by_keyboard(page, scene, (int(scene.get_attribute("data-answer")) + 1) % 3)
        assert scene.locator(".ladok-sc-consequence").is_visible()
        only_task(page, "vg_written")
        open_sandbox(page)
        check(page)
        page.mouse.move(0, 0)  # the pointer left where the open button was would hover a role button (Material's)
        assert axe_findings(page) == []



# --- what Ladok does with a scene's choice -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_scene_shows_what_ladok_does_with_the_readers_own_choice(browser: Any, server: str, lang: str) -> None:
    from guide_site import selfcheck
    from guide_site.calendar_table import swedish_calendar
    from guide_site.config import Local
    from guide_site.pages.context import Context
    from guide_engine import Settings

    found = selfcheck.questions(Context(lang, Settings(), swedish_calendar(2025, 2028), 2026, Local(), ""))
    blank = next(q for q in found if q.key == "nothing-handed-in")
    with opened(browser, server, lang, SIZES["laptop"]) as page:
        question = page.locator(".ladok-question[data-key='nothing-handed-in']")
        wrong = next(i for i, said in enumerate(blank.consequences) if said and i != blank.answer)
        answer_by_keyboard(page, question, wrong)
        said = question.locator(".ladok-sc-consequence")
        assert said.is_visible() and blank.consequences[wrong] in said.inner_text()
        assert "ladok-sc-consequence" in page.evaluate(FOCUSED_CLASS)
        assert blank.consequences[wrong] in page.locator(".ladok-sc-live").inner_text()
        assert question.locator(".ladok-consequences li.ladok-chosen").get_attribute("data-choice") == str(wrong)


# --- questions that come back on a later day ------------------------------------------------------------------------

KEY = "ladok-guiden:selfcheck:{lang}"


def keys_in_order(page: Any) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('.ladok-question')].map((q) => q.dataset.key)")


def test_questions_answered_wrongly_come_back_first_on_a_later_day(browser: Any, server: str) -> None:
    """Answered on one day, three wrongly and two rightly; the page opened again the next day (its clock moved) puts
    the three first, empty, saying why; a week later the two right ones come back as a review, while the three not
    yet answered again still wait first. A phone in the dark, axe on the page with them back."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    context.clock.set_fixed_time(dt.datetime(2026, 3, 2, 10, 0))
    watch = Watch(server)
    page = context.new_page()
    watch.attach(page)
    try:
        page.goto(url(server, "sv"))
        page.wait_for_selector(".ladok-sc-controls")
        keys = keys_in_order(page)
        wrong, right = [keys[30], keys[4], keys[17]], [keys[0], keys[9]]
        for key in [*wrong, *right]:
            question = page.locator(f".ladok-question[data-key='{key}']")
            marked = int(question.get_attribute("data-answer"))
            answer_by_keyboard(page, question, (marked + 1) % 2 if key in wrong else marked)
        schedule = page.locator(".ladok-sc-schedule").inner_text()
        assert text("sv", "selfcheck.ui.next_back", date="2026-03-03", n=3) in schedule

        context.clock.set_fixed_time(dt.datetime(2026, 3, 3, 9, 0))
        page.reload()
        page.wait_for_selector(".ladok-sc-controls")
        first = keys_in_order(page)[:3]
        assert sorted(first) == sorted(wrong), "the questions answered wrongly stand first"
        for key in first:
            question = page.locator(f".ladok-question[data-key='{key}']")
            assert question.get_attribute("data-state") is None and question.get_attribute("data-back") == "wrong"
            assert question.locator("xpath=ancestor::section[contains(@class, 'ladok-sc-back')]").count() == 1
            assert text("sv", "selfcheck.ui.back_wrong", date="2026-03-02") in question.locator("legend").inner_text()
        assert page.get_by_text(text("sv", "selfcheck.ui.back_intro", n=3)).is_visible()
        for key in right:
            assert page.locator(f".ladok-question[data-key='{key}']").get_attribute("data-state") == "right"
        assert page.evaluate(WIDE) == []
        assert axe_findings(page) == []

        context.clock.set_fixed_time(dt.datetime(2026, 3, 10, 9, 0))
        page.reload()
        page.wait_for_selector(".ladok-sc-controls")
        order = keys_in_order(page)
        assert sorted(order[:3]) == sorted(wrong) and sorted(order[3:5]) == sorted(right)
        assert {page.locator(f".ladok-question[data-key='{k}']").get_attribute("data-back") for k in right} == {"right"}
        assert watch.errors == []
    finally:
        context.close()


# --- saved answers that cannot break the page ------------------------------------------------------------------------


def open_with_saved(browser: Any, server: str, saved: Any, lang: str = "en") -> tuple[Any, Any, Watch]:
    """The page opened once, the saved record put in storage as a careless or hostile browser left it, and opened
    again."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    watch = Watch(server)
    page = context.new_page()
    watch.attach(page)
    page.goto(url(server, lang))
    page.wait_for_selector(".ladok-sc-controls")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)",
                  [KEY.format(lang=lang), saved if isinstance(saved, str) else json.dumps(saved)])
    page.reload()
    page.wait_for_selector(".ladok-sc-controls")
    return context, page, watch


def day_of(page: Any) -> str:
    """The page's own today, as its clock has it."""
    return str(page.evaluate("() => { const d = new Date(); return new Date(d - d.getTimezoneOffset() * 60000)"
                             ".toISOString().slice(0, 10); }"))


def marked_of(page: Any, key: str) -> int:
    return int(page.locator(f".ladok-question[data-key='{key}']").get_attribute("data-answer"))


@pytest.mark.parametrize("form", ["current", "first"])
def test_an_answer_out_of_range_is_set_aside_and_print_still_works(browser: Any, server: str, form: str) -> None:
    context, page, watch = open_with_saved(browser, server, "{}")
    try:
        keys = keys_in_order(page)
        bad, good = keys[0], keys[1]
        saved = ({"v": 2, "role": "all", "answers": {bad: {"c": 9, "d": day_of(page), "n": 0},
                                                      good: {"c": marked_of(page, good), "d": day_of(page), "n": 1}}}
                 if form == "current" else {"v": 1, "role": "all", "answers": {bad: 9, good: marked_of(page, good)}})
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY.format(lang="en"), json.dumps(saved)])
        page.reload()
        page.wait_for_selector(".ladok-sc-controls")
        assert page.get_by_text(text("en", "selfcheck.ui.bad_answers", n=1)).is_visible()
        assert page.locator(f".ladok-question[data-key='{good}']").get_attribute("data-state") == "right"
        assert page.locator(f".ladok-question[data-key='{bad}']").get_attribute("data-state") is None
        page.evaluate("() => { window.print = () => { window.printed = true; }; }")
        page.get_by_role("button", name=text("en", "selfcheck.ui.print")).click()
        assert page.evaluate("() => window.printed === true")
        summary = page.locator(".ladok-sc-summary")
        assert summary.is_visible() and "1 right of" in summary.inner_text()
        aside = page.evaluate("k => localStorage.getItem(k + ':set-aside')", KEY.format(lang="en"))
        assert bad in aside and "9" in aside, "what could not be used is kept aside"
        assert watch.errors == []
    finally:
        context.close()


@pytest.mark.parametrize("role", ["toString", "__proto__", "constructor", "hasOwnProperty"])
def test_a_saved_role_named_like_an_objects_property_hides_nothing(browser: Any, server: str, role: str) -> None:
    context, page, watch = open_with_saved(browser, server, "{}")
    try:
        keys = keys_in_order(page)
        saved = {"v": 2, "role": role, "answers": {keys[2]: {"c": marked_of(page, keys[2]), "d": day_of(page), "n": 1}}}
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY.format(lang="en"), json.dumps(saved)])
        page.reload()
        page.wait_for_selector(".ladok-sc-controls")
        assert page.locator(".ladok-question:not([hidden])").count() == len(keys), "every question is shown"
        assert page.get_by_text(text("en", "selfcheck.ui.bad_role")).is_visible()
        assert page.locator("input[name=ladok-sc-role][value=all]").is_checked()
        assert page.locator(f".ladok-question[data-key='{keys[2]}']").get_attribute("data-state") == "right"
        assert watch.errors == []
    finally:
        context.close()


FILL = """() => {
  const block = "x".repeat(1 << 20);
  for (let size = block.length, i = 0; size >= 1; size = Math.floor(size / 2)) {
    try { for (;;) localStorage.setItem(`fill-${i++}`, block.slice(0, size)); } catch (e) { /* full at this size */ }
  }
  try { localStorage.setItem("one-more", "x"); return false; } catch (e) { return e.name; }
}"""


def test_a_full_storage_before_opening_shows_the_saved_answers_and_says_it_is_full(browser: Any,
                                                                                   server: str) -> None:
    context, page, watch = open_with_saved(browser, server, "{}")
    try:
        keys = keys_in_order(page)
        saved = {"v": 2, "role": "all", "answers": {keys[3]: {"c": marked_of(page, keys[3]), "d": day_of(page), "n": 1}}}
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY.format(lang="en"), json.dumps(saved)])
        assert page.evaluate(FILL) == "QuotaExceededError"
        page.reload()
        page.wait_for_selector(".ladok-sc-controls")
        assert page.locator(f".ladok-question[data-key='{keys[3]}']").get_attribute("data-state") == "right"
        stored = page.locator(".ladok-sc-stored")
        assert stored.inner_text() == text("en", "selfcheck.ui.full")
        assert page.get_by_text(text("en", "selfcheck.ui.not_stored")).count() == 0, "the browser is not blamed"
        question = page.locator(f".ladok-question[data-key='{keys[5]}']")
        answer_by_keyboard(page, question, marked_of(page, keys[5]))
        assert question.get_attribute("data-state") == "right", "answering still works, on the page"
        assert stored.inner_text() == text("en", "selfcheck.ui.full")
        assert watch.errors == []
    finally:
        context.close()


# --- the sandbox tasks: done as a reader does them, checked by what they leave behind -------------------------------


def only_task(page: Any, key: str) -> None:
    """Keep the one task under test on the page, so that the sandbox driver meets one sandbox."""
    page.evaluate("k => document.querySelectorAll('.ladok-task').forEach((t) => t.dataset.task !== k && t.remove())",
                  key)


def names_and_modules(key: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    from guide_engine.views import _course

    state = start(key)
    targets = {t["code"]: (t["name"]["sv"], t["name"]["en"]) for t in _course(state)["targets"]}
    return {s.pnr: s.name for s in state.students}, targets  # the names the view gives the sandbox


def check(page: Any, keyboard: bool = False) -> bool:
    """Press Check and read what the engine said: whether the goal is met (the panel shows and takes focus)."""
    settle(page)
    lang = lang_of(page)
    press(page, page.locator(".ladok-goal-form").get_by_role("button", name=text(lang, "selfcheck.task.check")),
          keyboard)
    page.wait_for_selector(".ladok-goal:not([hidden]) ul")
    settle(page)
    assert "ladok-goal" in page.evaluate(FOCUSED_CLASS), "focus is on what the check found"
    return page.locator(".ladok-task").get_attribute("data-met") == "true"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_vg_task_is_checked_and_a_refused_step_says_what_to_read(browser: Any, server: str, lang: str) -> None:
    with opened(browser, server, lang, SIZES["laptop"]) as page:
        only_task(page, "vg_written")
        open_sandbox(page)
        assert not check(page)
        names, modules = names_and_modules("vg_written")
        # the guided exercise's steps, without the points it also asks for: the task is about grade and date
        steps = [replace(s, params={k: v for k, v in s.params.items() if not k.startswith("points")})
                 for s in all_scenarios()["written_exam"].steps]
        for number, step in enumerate(steps):
            do_step(page, step, lang, names, modules)
            assert page.locator(".ladok-goal").is_hidden(), "a change to the sandbox takes the last check away"
            if step.expect != "ok":  # certifying before the result is marked as ready: Ladok says no
                read = page.locator(".ladok-goal-read a")
                assert read.get_attribute("href").endswith("reference/lifecycle/#overgangar")
            assert check(page, keyboard=number % 2 == 1) is (number == len(steps) - 1)
        assert page.locator(".ladok-goal-done").count() == 2
        assert page.locator(".ladok-goal").get_by_text(text(lang, "selfcheck.task.met")).is_visible()


@pytest.mark.parametrize(("lang", "size"), [("sv", SIZES["laptop"]), ("en", SIZES["phone"])])
def test_a_task_left_undone_is_named_with_what_stands_and_where_to_read_and_starts_over(
        browser: Any, server: str, lang: str, size: tuple[int, int]) -> None:
    """Blank paper and nothing handed in: a U for the student who handed in nothing is named, with what stands and a
    link; deleting it meets the goal; the sandbox's Start over brings the task back to its start."""
    from guide_engine.scenarios import BRUNO, CORA, EXAM_DAY, TEACHER

    with opened(browser, server, lang, size) as page:
        only_task(page, "blank_and_nothing")
        open_sandbox(page)
        names, modules = names_and_modules("blank_and_nothing")
        report = [Step(TEACHER, "save_draft", {"student": pnr, "target": "TEN1", "grade": "U", "exam_date": EXAM_DAY},
                       "", "") for pnr in (BRUNO, CORA)]
        ready = Step(TEACHER, "mark_ready", {"student": BRUNO, "target": "TEN1", "graded_by": TEACHER,
                                             "notify": "e-ebba"}, "", "")
        for step in [*report, ready]:
            do_step(page, step, lang, names, modules)
        assert not check(page, keyboard=True)
        open_part = page.locator(".ladok-goal-open")
        assert open_part.count() == 1 and names[CORA] in open_part.inner_text()
        now = texts.message("goal.now", {"grade": "U", "state": "state.draft", "date": EXAM_DAY}, lang)
        assert now[:1].upper() + now[1:] in open_part.inner_text()
        assert open_part.locator("a").get_attribute("href").endswith("teacher/report/#steg-2-fyll-i")
        assert page.evaluate(WIDE) == []
        do_step(page, Step(TEACHER, "delete_draft", {"student": CORA, "target": "TEN1"}, "", ""), lang, names,
                modules)
        assert check(page)
        press(page, page.locator(".ladok-sandbox").get_by_role("button", name=texts.label("ui.reset", lang),
                                                              exact=True), keyboard=False)
        settle(page)
        assert page.locator(".ladok-goal").is_hidden()
        assert not check(page)
        assert names[BRUNO] in page.locator(".ladok-goal-open").inner_text()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_change_task_is_met_once_the_course_grade_is_certified_again(browser: Any, server: str,
                                                                         lang: str) -> None:
    with opened(browser, server, lang, SIZES["laptop"]) as page:
        only_task(page, "change_under_course")
        open_sandbox(page)
        names, modules = names_and_modules("change_under_course")
        steps = [s for s in all_scenarios()["change_grade"].steps if s.expect == "ok"]
        for step in steps[:-1]:
            do_step(page, step, lang, names, modules)
        assert not check(page)
        assert page.locator(".ladok-goal-open").count() == 1
        do_step(page, steps[-1], lang, names, modules)
        assert check(page)


@pytest.mark.parametrize(("lang", "size"), [("sv", SIZES["phone"]), ("en", SIZES["laptop"])])
def test_the_code_task_is_met_with_bruno_s_code_found_after_certifying(browser: Any, server: str, lang: str,
                                                                      size: tuple[int, int]) -> None:
    written = start("find_code").activities[0].code_for(BRUNO)
    assert written
    with opened(browser, server, lang, size) as page:
        only_task(page, "find_code")
        open_sandbox(page)
        code = seeded_codes(page)[written]  # drawn from the page's own seed
        names, modules = names_and_modules("find_code")
        do_step(page, Step(EXAMINER, "certify", {"student": BRUNO, "target": "TEN1"}, "", ""), lang, names, modules)
        screen(page, texts.label("ui.activities", lang))
        row = page.locator(".ladok-view tr", has_text=names[BRUNO])
        assert code in row.inner_text(), "the examiner finds the code beside the name on the activity session"
        answer = page.locator(".ladok-goal-answer")
        answer.fill("INX-0000")
        assert not check(page, keyboard=True)
        wrong = texts.message("goal.now_wrong_code", {"code": "INX-0000"}, lang)
        assert wrong[:1].upper() + wrong[1:] in page.locator(".ladok-goal-open").inner_text()
        answer.fill(code)
        assert check(page, keyboard=True)
