"""A teacher on an anonymous exam never meets a student's name in the sandbox, whatever they do there: every text of
the open sandbox (visible or not, the status line and log included, every label of every control) is read after
each action the teacher can take on the exam's rows, on the activity session and in Inspera. The one part left out
is the role switcher, the reader's own cast of people, which is not Ladok's screen."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_engine.scenarios import ALVA, TEACHER
from guide_site import texts
from tests.browser.driver import (
    SCREEN_LABELS,
    SIZES,
    choose_role,
    do_step,
    open_sandbox,
    people_and_modules,
    play,
    scenario_page,
    screen,
    seeded_codes,
    settle,
    url,
)

TEXTS = """() => {
  const box = document.querySelector('.ladok-box').cloneNode(true);
  box.querySelector('.ladok-roles').remove();
  const out = [box.textContent];
  for (const e of box.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'value', 'alt']) {
      if (e.getAttribute(a)) out.push(e.getAttribute(a));
    }
  }
  return out.join('\\n');
}"""


def names_seen(page: Any) -> list[str]:
    start = all_scenarios()["inspera"].start
    code_only = {pnr for _, pnr in start.activities[0].codes}
    text = page.evaluate(TEXTS)
    return [s.name for s in start.students if s.pnr in code_only and (s.name in text or s.pnr in text)]


def check(page: Any, where: str) -> None:
    settle(page)
    assert names_seen(page) == [], f"after {where}"


def row_buttons(page: Any, index: int) -> list[str]:
    actions = page.locator(".ladok-view tr.ladok-row").nth(index).locator("xpath=following-sibling::tr[1]")
    return [str(a) for a in actions.locator("button[data-action]").evaluate_all("bs => bs.map(b => b.dataset.action)")]


def press_on_row(page: Any, index: int, action: str) -> None:
    actions = page.locator(".ladok-view tr.ladok-row").nth(index).locator("xpath=following-sibling::tr[1]")
    button = actions.locator(f"button[data-action='{action}']")
    if not button.is_visible():
        actions.locator("summary").click()
    button.click()
    settle(page)
    form = page.locator(".ladok-markready")
    if form.count():
        check(page, f"opening the form of {action}")
        form.locator("button.md-button--primary").click()


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_teacher_on_an_anonymous_exam_never_sees_a_name(browser: Any, server: str, lang: str, size: str) -> None:
    names, modules = people_and_modules("inspera")
    with scenario_page(browser, server, "inspera", lang, size, keyboard=False) as page:
        transfer = all_scenarios()["inspera"].steps[0]
        choose_role(page, TEACHER)
        check(page, "switching to the teacher")
        do_step(page, replace(transfer, actor=TEACHER), lang, names, modules)
        check(page, "the teacher's transfer from Inspera")
        screen(page, SCREEN_LABELS["report"](lang))
        page.locator(".ladok-picker button").first.click()  # the written exam, where the teacher sees codes
        check(page, "opening the exam's report screen")
        rows = page.locator(".ladok-view tr.ladok-row").count()
        assert rows == 4
        done = 0
        for index in range(rows):
            for action in row_buttons(page, index):
                press_on_row(page, index, action)
                check(page, f"{action} on row {index + 1}")
                done += 1
        assert done >= 4 * 9, "every action of every row was tried"
        view = page.locator(".ladok-view")
        written = all_scenarios()["inspera"].start.activities[0].codes[0][0]
        view.locator("input[type=search]").fill(seeded_codes(page)[written])
        view.locator("form.ladok-search-rows button[type=submit]").click()
        check(page, "a search of the list by code")
        assert view.locator("tr.ladok-row").count() >= 1, "the code this exercise holds is found"
        screen(page, SCREEN_LABELS["activities"](lang))
        check(page, "opening the activity session")
        for key in ("ui.filter_ready", "ui.filter_certified", "ui.filter_all"):
            view.locator(".ladok-filter").get_by_role("button", name=texts.label(key, lang), exact=True).click()
            check(page, f"the filter {key}")
        view.get_by_role("button", name=texts.label("action.setup_activity", lang), exact=True).click()
        check(page, "trying to create an activity session")
        screen(page, SCREEN_LABELS["inspera"](lang))
        view.get_by_role("button", name=texts.label("action.transfer_from_inspera", lang), exact=True).click()
        check(page, "a second transfer")
        assert page.locator(".ladok-log li").count() > done, "every action was logged"


def test_after_a_change_of_role_a_teacher_who_sees_codes_starts_at_the_steps_row(page: Any, server: str) -> None:
    """The guided step tells a viewer who sees only codes the row's code in place of the student; the sandbox finds
    the step's row by it, so after switching to the teacher focus is on that row, as for a viewer who sees names."""
    written = next(code for code, pnr in all_scenarios()["inspera"].start.activities[0].codes if pnr == ALVA)
    page.goto(url(server, "en", "inspera"))
    open_sandbox(page)
    code = seeded_codes(page)[written]
    play(page, "inspera", "en", 2)  # transferred twice: the next step marks Alva's exam result as ready
    choose_role(page, TEACHER)
    focused = page.evaluate("() => document.activeElement.closest('tr.ladok-row')?.dataset.anchor ?? null")
    assert focused == f"row:TEN1|{code}"
    assert "Alva" not in page.locator(".ladok-view tr.ladok-row", has_text=code).inner_text()
