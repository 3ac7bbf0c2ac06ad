"""Drive the screens of the other routes into Ladok as a reader would: the learning platform's gradebook with its
Transfer to Ladok (choose a column, a Ladok module and a date, tick the points, press the button) and the
registration screen (press Registrera, Omregistrera or Fortsättningsregistrera on a student's row). By mouse or,
with `keyboard=True`, with Tab and keys alone. Any other step goes to the sandbox's own driver."""

from __future__ import annotations

from typing import Any

from guide_engine.scenarios import Step
from guide_site import texts
from tests.browser.driver import choose_role, do_step, fill, press, screen, settle, tab_to, tick

ROUTE_SCREENS = {
    "lms": lambda lang: texts.label("ui.tab_lms", lang),
    "registration": lambda lang: texts.label("ui.tab_registration", lang),
}


def do_route_step(page: Any, step: Step, lang: str, names: dict[str, str], modules: dict[str, tuple[str, str]],
                  keyboard: bool = False) -> None:
    """One guided step of any exercise: on the learning platform's and the registration screen by this driver, on
    the others by the sandbox's."""
    where = step.screen_of()
    if where not in ROUTE_SCREENS:
        do_step(page, step, lang, names, modules, keyboard)
        return
    choose_role(page, step.actor, keyboard)
    before = page.locator(".ladok-log li").count()
    screen(page, ROUTE_SCREENS[where](lang), keyboard)
    if where == "lms":
        transfer(page, step, lang, keyboard)
    else:
        register(page, step, lang, names, keyboard)
    page.wait_for_function("n => document.querySelectorAll('.ladok-log li').length > n", arg=before)
    settle(page)


def transfer(page: Any, step: Step, lang: str, keyboard: bool) -> None:
    """The gradebook's form: the column (its module follows, as the gradebook links them), the module, the date,
    the points box as the step says, then Transfer to Ladok."""
    form = page.locator(".ladok-view .ladok-lms-transfer")
    params = step.params
    column = form.locator("select[data-field='column']")
    if column.input_value() != params["column"]:
        pick(page, column, params["column"], keyboard)
        settle(page)
    target = form.locator("select[data-field='target']")
    if target.input_value() != params["target"]:
        pick(page, target, params["target"], keyboard)
    fill(page, form.locator("input[data-field='exam_date']"), params["exam_date"], keyboard)
    box = form.locator("input[data-field='points']")
    wanted = bool(params.get("points"))
    if wanted != box.is_checked():
        if keyboard:
            tick(page, box, keyboard)  # Space toggles it
        else:
            box.set_checked(wanted)
    press(page, form.get_by_role("button", name=texts.label(f"action.{step.action}", lang), exact=True), keyboard)


def pick(page: Any, select: Any, value: str, keyboard: bool) -> None:
    """A select by its option's value; by keyboard, typing the start of its text (Chromium picks the match)."""
    if not keyboard:
        select.select_option(value)
        return
    tab_to(page, select)
    page.keyboard.type(select.locator(f"option[value='{value}']").inner_text())
    assert select.input_value() == value


def register(page: Any, step: Step, lang: str, names: dict[str, str], keyboard: bool) -> None:
    """The student's row on the registration screen, and the registration the step asks for."""
    pnr = step.params["student"]
    row = page.locator(f".ladok-view tr.ladok-row[data-anchor='registration:{pnr}']")
    assert names[pnr] in row.inner_text()
    buttons = row.locator("xpath=following-sibling::tr[1]")
    press(page, buttons.get_by_role("button", name=texts.label(f"action.{step.action}", lang), exact=True), keyboard)

