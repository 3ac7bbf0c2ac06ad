"""Drive the sandbox as a reader would: choose a role, fill in a row, press Ladok's buttons."""

from __future__ import annotations

from typing import Any

from guide_engine import catalog
from guide_engine.scenarios import Step


def open_sandbox(page: Any) -> None:
    page.click(".ladok-sandbox .ladok-open")
    wait_ready(page)


def wait_ready(page: Any) -> None:
    page.wait_for_selector(".ladok-sandbox .ladok-toolbar", timeout=90_000)
    page.wait_for_selector(".ladok-sandbox .ladok-view > *", timeout=90_000)


def step_number(page: Any) -> int | None:
    """The guided step the sandbox shows (1-based), or None when the scenario is done."""
    if page.locator(".ladok-done").count():
        return None
    text = page.locator(".ladok-step strong").inner_text()
    return int(text.split()[1])


def choose_role(page: Any, actor: str) -> None:
    select = page.locator(".ladok-toolbar select")
    if select.input_value() != actor:
        before = page.locator(".ladok-log li").count()
        select.select_option(actor)
        page.wait_for_function("n => document.querySelectorAll('.ladok-log li').length > n", arg=before)
        settle(page)


def row_for(page: Any, name_or_code: str, target_title: str) -> Any:
    """The result row of a student (or anonymisation code) in the table under a module's heading."""
    table = page.locator(f"xpath=//h4[starts-with(normalize-space(), '{target_title} (')]/following-sibling::div[1]")
    return table.locator("tr.ladok-row", has_text=name_or_code).last


def target_title(step: Step, lang: str, modules: dict[str, tuple[str, str]]) -> str:
    target = step.params.get("target", "")
    if target == "COURSE":
        return catalog.label("target.COURSE", lang)
    return modules[target][0 if lang == "sv" else 1]


def do_step(page: Any, step: Step, lang: str, names: dict[str, str], modules: dict[str, tuple[str, str]]) -> None:
    choose_role(page, step.actor)
    label = catalog.label(f"action.{step.action}", lang) if step.action != "search" else ""
    before = page.locator(".ladok-log li").count()
    if step.action == "search":
        page.fill(".ladok-view form input", step.params["pnr"])
        page.locator(".ladok-view form button[type=submit]").click()
    elif step.action == "transfer_from_inspera":
        for code, grade in step.params["grades"].items():
            page.select_option(f"select[data-code='{code}']", grade)
        page.get_by_role("button", name=label).click()
    else:
        title = target_title(step, lang, modules)
        row = row_for(page, names[step.params["student"]], title)
        if "grade" in step.params:
            row.locator("select").select_option(step.params["grade"])
        if "exam_date" in step.params:
            row.locator("input[type=text]").first.fill(step.params["exam_date"])
        if "points" in step.params:
            row.locator("input[type=text]").nth(1).fill(step.params["points"])
        if step.params.get("points_visible"):
            row.locator("input[type=checkbox]").check()
        actions = row.locator("xpath=following-sibling::tr[1]")
        opener = catalog.label("ui.mark_ready", lang) if step.action == "mark_ready" else label
        button = actions.get_by_role("button", name=opener, exact=True)
        if not button.count():
            actions.locator("summary").click()
        button.click()
        if step.action == "mark_ready":
            form = page.locator(".ladok-markready")
            form.locator("select").first.select_option(step.params["graded_by"])
            form.locator("select").nth(1).select_option(step.params["notify"])
            form.get_by_role("button", name=label).click()
    page.wait_for_function("n => document.querySelectorAll('.ladok-log li').length > n", arg=before)
    settle(page)


def settle(page: Any) -> None:
    """Wait until the sandbox has drawn the answer to what the reader just did."""
    page.wait_for_selector(".ladok-sandbox .ladok-box:not([aria-busy])")
