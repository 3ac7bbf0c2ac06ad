"""The practice sandbox in headless Chromium: every guided scenario by clicking, in both languages, and the
reader's work kept across reloads, links and damage."""

from __future__ import annotations

from typing import Any

import pytest

from guide_engine import all_scenarios, catalog
from guide_engine.scenarios import ALVA, TEACHER
from tests.browser.conftest import Watch
from tests.browser.driver import choose_role, do_step, open_sandbox, row_for, step_number, wait_ready

PAGES = {"written_exam": "written-exam", "inspera": "inspera", "change_grade": "change-grade",
         "missing_student": "missing-student", "partial_credits": "partial-credits"}


def url(server: str, lang: str, key: str) -> str:
    return f"{server}{'/en' if lang == 'en' else ''}/practise/{PAGES[key]}/"


def people_and_modules(key: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    start = all_scenarios()[key].start
    names = {s.pnr: s.name for s in start.students}
    modules = {m.code: (m.name_sv, m.name_en) for m in start.course.modules}
    return names, modules


def first_step_done(context: Any, watch: Watch, server: str, lang: str) -> Any:
    """A page with the written-exam sandbox open and its first guided step taken."""
    page = context.new_page()
    watch.attach(page)
    page.goto(url(server, lang, "written_exam"))
    open_sandbox(page)
    names, modules = people_and_modules("written_exam")
    do_step(page, all_scenarios()["written_exam"].steps[0], lang, names, modules)
    return page


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", list(PAGES))
def test_every_guided_scenario_can_be_completed_by_clicking(context: Any, watch: Watch, server: str, key: str,
                                                           lang: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(url(server, lang, key))
    open_sandbox(page)
    names, modules = people_and_modules(key)
    steps = all_scenarios()[key].steps
    for number, step in enumerate(steps, 1):
        assert step_number(page) == number
        do_step(page, step, lang, names, modules)
        if step.expect != "ok":
            assert page.locator(".ladok-log li.ladok-log-refusal").count() >= 1
    assert step_number(page) is None
    assert page.locator(".ladok-done").inner_text() == catalog.label("ui.scenario_done", lang)
    if key == "written_exam":  # the student now sees the certified result and the visible points
        choose_role(page, ALVA)
        decided = page.evaluate("() => new Date().toLocaleDateString('sv-SE')")  # certified today, in the browser
        assert page.locator(".ladok-view tbody tr").all_inner_texts() == [
            f"{'Skriftlig tentamen' if lang == 'sv' else 'Written exam'}\tVG\t2026-01-15\t{decided}\t42"]
        credits = page.locator(".ladok-credits").inner_text()
        assert credits == ("Poäng i Ladok: 4,5 hp" if lang == "sv" else "Credits in Ladok: 4.5 credits")
    assert watch.errors == [] and watch.foreign() == []


def test_a_refused_action_says_why_and_what_to_do(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(url(server, "sv", "written_exam"))
    open_sandbox(page)
    choose_role(page, TEACHER)
    row = row_for(page, "Alva Exempel", "Skriftlig tentamen")
    row.locator("select").select_option("G")
    row.locator("input[type=text]").first.fill("2026-01-15")
    row.locator("xpath=following-sibling::tr[1]").get_by_role("button", name="Spara", exact=True).click()
    page.wait_for_selector("text=sparat som utkast")
    row = row_for(page, "Alva Exempel", "Skriftlig tentamen")
    row.locator("xpath=following-sibling::tr[1]").locator("summary").click()
    row.locator("xpath=following-sibling::tr[1]").get_by_role("button", name="Attestera", exact=True).click()
    refusal = page.locator(".ladok-log li.ladok-log-refusal").last
    refusal.wait_for()
    assert refusal.inner_text() == (
        "Går inte: Som lärare (resultatrapportör) kan du inte använda ”Attestera”. Det kan bara göras av: examinator."
    )
    row = row_for(page, "Alva Exempel", "Skriftlig tentamen")
    row.locator("input[type=text]").first.fill("2026-02-31")
    row.locator("xpath=following-sibling::tr[1]").get_by_role("button", name="Spara", exact=True).click()
    page.wait_for_selector("text=2026-02-31 är inte ett datum")
    assert watch.errors == []


def test_work_survives_a_reload_and_travels_by_link_to_the_other_language(browser: Any, context: Any, watch: Watch,
                                                                           server: str) -> None:
    page = first_step_done(context, watch, server, "sv")
    page.reload()
    wait_ready(page)  # a sandbox the reader was working in opens again by itself
    assert step_number(page) == 2
    assert "Utkast" in row_for(page, "Alva Exempel", "Skriftlig tentamen").inner_text()
    page.get_by_role("button", name="Kopiera länk till läget").click()
    page.wait_for_function("() => document.querySelector('.ladok-link').value.includes('#sandbox=')")
    link = page.locator(".ladok-link").input_value()
    assert link.startswith(url(server, "sv", "written_exam") + "#sandbox=")
    english = link.replace("/practise/", "/en/practise/")
    other = browser.new_context()  # another machine: nothing saved
    try:
        remote = other.new_page()
        remote_watch = Watch(server)
        remote_watch.attach(remote)
        remote.goto(english)
        wait_ready(remote)
        assert step_number(remote) == 2
        assert "Draft" in row_for(remote, "Alva Exempel", "Written exam").inner_text()
        assert "#sandbox=" not in remote.url
        assert remote_watch.errors == [] and remote_watch.foreign() == []
    finally:
        other.close()


def test_a_bad_link_or_damaged_save_is_refused_without_losing_work(context: Any, watch: Watch, server: str) -> None:
    page = first_step_done(context, watch, server, "en")
    stored = "() => JSON.parse(localStorage.getItem('ladok-guiden:sandbox:written_exam')).state"
    saved = page.evaluate(stored)
    page.goto(url(server, "en", "written_exam") + "#sandbox=bm90LWEtc3RhdGU")
    wait_ready(page)
    assert page.locator(".ladok-log-error").last.inner_text() == catalog.label("ui.bad_link", "en")
    assert step_number(page) == 2, "the reader's own work is still there"
    assert page.evaluate(stored) == saved
    page.evaluate("() => localStorage.setItem('ladok-guiden:sandbox:written_exam', '{\"v\": 1, \"state\": {broken')")
    page.goto(url(server, "en", "written_exam"))
    wait_ready(page)
    assert page.locator(".ladok-log-error").last.inner_text() == catalog.label("ui.bad_saved", "en")
    assert page.evaluate("() => localStorage.getItem('ladok-guiden:sandbox:written_exam:damaged')").startswith('{"v"')
    assert step_number(page) == 1
    assert watch.errors == []


def test_the_sandbox_works_with_the_keyboard_alone(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(url(server, "en", "written_exam"))
    page.locator(".ladok-sandbox .ladok-open").focus()
    page.keyboard.press("Enter")
    wait_ready(page)
    first_grade = row_for(page, "Alva Exempel", "Written exam").locator("select")
    first_grade.focus()
    page.keyboard.press("ArrowDown")  # – choose – → U
    page.keyboard.press("ArrowDown")  # U → G
    page.keyboard.press("Tab")
    page.keyboard.type("2026-01-15")
    for _ in range(3):  # points, visible, then the first button of the row: Save
        page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Save"
    page.keyboard.press("Enter")
    page.wait_for_selector("text=G on Written exam saved as a draft")
    assert page.evaluate("() => document.activeElement.textContent") == "Save", "focus stays where the reader was"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Mark as ready and notify opens its form, focused on the first choice
    page.wait_for_function("() => document.activeElement.id === 'written_exam-graded-by'")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=marked as ready, graded by")
    assert watch.errors == []
