"""Drive the sandbox as a reader would: choose a role, pick Ladok's screen and module, fill in a row, press Ladok's
buttons. With `keyboard=True` every control is reached with Tab (or Shift+Tab) and used with keys alone. And what
the browser tests share around it: the practice pages, a page of a given size with a sandbox open, the reader's
saved work and links, and the tools."""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from guide_engine import all_scenarios
from guide_engine.actions import ACTIONS
from guide_engine.scenarios import Step
from guide_site import texts
from tests.browser.conftest import Watch

# The practice page of each guided scenario, the sizes every sandbox test runs at, the written exam's saved work.
PAGES = {
    "written_exam": "written-exam",
    "inspera": "inspera",
    "change_grade": "change-grade",
    "missing_student": "missing-student",
    "partial_credits": "partial-credits",
}
SIZES = {"laptop": (1280, 800), "phone": (390, 844)}
KEY = "ladok-guiden:sandbox:written_exam"


def url(server: str, lang: str, key: str) -> str:
    return f"{server}{'/en' if lang == 'en' else ''}/practise/{PAGES[key]}/"


def label(key: str, lang: str, **params: Any) -> str:
    """A text as the page shows it, its {placeholders} filled in."""
    return texts.label(key, lang).format(**params)


@contextmanager
def sized_page(browser: Any, server: str, size: str) -> Iterator[Any]:
    """A page of a new context at a laptop's or a phone's size; on leaving, no error may have happened on it."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        try:
            yield page
        except Exception:
            print("what the page wrote to the console:", *watch.said[-40:], sep="\n  ")
            raise
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


@contextmanager
def scenario_page(browser: Any, server: str, key: str, lang: str, size: str, keyboard: bool) -> Iterator[Any]:
    """A page of the given size with the scenario's sandbox opened; on leaving, no error may have happened."""
    with sized_page(browser, server, size) as page:
        page.goto(url(server, lang, key))
        open_sandbox(page, keyboard=keyboard)
        yield page


def people_and_modules(key: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    start = all_scenarios()[key].start
    names = {s.pnr: s.name for s in start.students}
    return names, target_titles(key)


def play(page: Any, key: str, lang: str, upto: int, start: int = 0) -> None:
    """The scenario's guided steps from `start` up to `upto`, as a reader does them."""
    names, modules = people_and_modules(key)
    for step in all_scenarios()[key].steps[start:upto]:
        do_step(page, step, lang, names, modules)


def first_step_done(page: Any, server: str, lang: str) -> None:
    page.goto(url(server, lang, "written_exam"))
    open_sandbox(page)
    play(page, "written_exam", lang, 1)


def link_for(payload: Any, server: str, lang: str = "en") -> str:
    packed = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packed.compress(json.dumps(payload).encode()) + packed.flush()
    return url(server, lang, "written_exam") + "#sandbox=" + base64.urlsafe_b64encode(data).decode().rstrip("=")


def saved(page: Any, key: str = KEY) -> Any:
    """The saved own work under `key` (the written exam's by default), as stored."""
    return page.evaluate("(key) => JSON.parse(localStorage.getItem(key))", key)


def own_state(page: Any) -> Any:
    return saved(page)["state"]


# A page whose storage is refused (a frame on another site, with the browser's third-party storage blocked) saves
# nothing: its work is then read as the sandbox tells the page around it (ladok:work), caught by WORK_SEEN, an init
# script of the context the frame is opened in.
WORK_SEEN = "document.addEventListener('ladok:work', (event) => { window.__ladokWork = event.detail; });"
SAVED_OR_TOLD = """(key) => {
  try { return JSON.parse(localStorage.getItem(key)); } catch (error) { return window.__ladokWork ?? null; }
}"""


def seeded_codes(page: Any) -> dict[str, str]:
    """The anonymisation codes of the open sandbox's exercise as its steps and tests are written (drawn without a
    seed) -> the codes of the exercise the page started (drawn from the page's own seed), by session and student,
    read from its saved work, or from what it last told the page around it where it cannot save."""
    from guide_engine import goals

    widget = page.locator(".ladok-sandbox").first
    scenario, task = widget.get_attribute("data-scenario"), widget.get_attribute("data-task")
    key = f"ladok-guiden:sandbox:{scenario}" + (f":task:{task}" if task else "")
    work = page.evaluate(SAVED_OR_TOLD, key)
    written = goals.start(task) if task else all_scenarios()[str(scenario)].start
    state = work["state"] if work else {}
    now = {a["id"]: {pnr: code for code, pnr in a["codes"]} for a in state.get("activities", [])}
    return {code: now.get(a.id, {}).get(pnr, code) for a in written.activities for code, pnr in a.codes}


def fresh_state(step: int = 0) -> dict[str, Any]:
    from guide_engine.stateio import to_json

    return {**to_json(all_scenarios()["written_exam"].start), "step": step}


def click(page: Any, target: Any) -> None:
    """Click, and wait until the sandbox has drawn what the click brought."""
    target.click()
    settle(page)


def status_line(page: Any) -> str:
    """What the sandbox's status line says."""
    return str(page.locator(".ladok-statusbar").inner_text())


def open_tool(page: Any, server: str, path: str, keyboard: bool) -> None:
    page.goto(server + path)
    press_open(page, page.locator(".ladok-tool .ladok-open"), keyboard)
    page.wait_for_selector(".ladok-tool form", timeout=90_000)


def result(page: Any) -> str:
    """A tool's answer, once there is one."""
    page.wait_for_selector(".ladok-result > *")
    text: str = page.locator(".ladok-result").inner_text()
    return text


def open_sandbox(page: Any, keyboard: bool = False) -> None:
    press_open(page, page.locator(".ladok-sandbox .ladok-open"), keyboard)
    wait_ready(page)


def press_open(page: Any, button: Any, keyboard: bool) -> None:
    """Open a widget with its open button: clicked, or focused and Enter pressed. The button is hidden until the
    page's scripts have made it work (guide.js, widgets.js); a click waits for it to be shown, but a focus does not,
    and focusing a hidden button does nothing, so Enter would open nothing. A keyboard user reaches it only once it is
    shown, and so does this."""
    if keyboard:
        button.wait_for(state="visible", timeout=90_000)
        button.focus()
        assert button.evaluate(FOCUSED), "the open button has the focus"
        page.keyboard.press("Enter")
    else:
        button.click()


# What a sandbox that did not open shows and knows: its text (how far its start came, or why it failed), the page's
# marks of the start, whether a service worker controls the page, and the files that came, with their times.
NOT_OPENED = """() => ({
  widget: [...document.querySelectorAll('.ladok-sandbox')].map((w) => w.innerText.slice(0, 600)),
  marks: performance.getEntriesByType('mark').map((e) => `${e.name} ${Math.round(e.startTime)}`),
  controlled: Boolean(navigator.serviceWorker && navigator.serviceWorker.controller),
  now: Math.round(performance.now()),
  files: performance.getEntriesByType('resource').map((e) =>
    `${e.name.split('/').pop()} ${Math.round(e.startTime)}+${Math.round(e.duration)} ${e.responseStatus}`),
})"""


def wait_ready(page: Any) -> None:
    try:
        page.wait_for_selector(".ladok-sandbox .ladok-toolbar", timeout=90_000)
    except Exception:
        print("the sandbox did not open:", json.dumps(page.evaluate(NOT_OPENED), indent=1, ensure_ascii=False))
        raise
    page.wait_for_selector(".ladok-sandbox .ladok-view > *", timeout=90_000)
    settle(page)


def settle(page: Any) -> None:
    """Wait until the sandbox has drawn the answer to what the reader just did."""
    page.wait_for_selector(".ladok-sandbox .ladok-box:not([aria-busy])")


def step_number(page: Any) -> int | None:
    """The guided step the sandbox shows (1-based), or None when the scenario is done."""
    if page.locator(".ladok-done").count():
        return None
    text = page.locator(".ladok-step strong").inner_text()
    return int(text.split()[1])


# --- pressing and filling, by mouse or by keyboard -----------------------------------------------------------------

FOCUSED = "e => e === document.activeElement"
BEFORE = "(e) => Boolean(e.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)"


TAB_PRESSES = [0]  # Tab and Shift+Tab pressed so far, for measuring what a step costs a keyboard user


def tab_to(page: Any, target: Any, limit: int = 250) -> None:
    """Move focus to `target` with Tab or Shift+Tab, as a keyboard user would; a button of a toolbar (one tab stop
    for the whole row of buttons) is reached by tabbing to the toolbar, then with the arrow keys."""
    toolbar = target.locator("xpath=ancestor::*[@role='toolbar'][1]")
    if toolbar.count() and target.get_attribute("tabindex") == "-1":
        tab_to(page, toolbar.locator("button[tabindex='0']"), limit)
        for _ in range(toolbar.locator("button").count()):
            if target.evaluate(FOCUSED):
                return
            page.keyboard.press("ArrowRight")
        raise AssertionError(f"could not reach {target} with the arrow keys")
    for _ in range(limit):
        if target.evaluate(FOCUSED):
            return
        page.keyboard.press("Shift+Tab" if target.evaluate(BEFORE) else "Tab")
        TAB_PRESSES[0] += 1
    raise AssertionError(f"could not reach {target} with the keyboard")


def press(page: Any, target: Any, keyboard: bool) -> None:
    if keyboard:
        tab_to(page, target)
        page.keyboard.press("Enter")
    else:
        target.click()


def fill(page: Any, target: Any, text: str, keyboard: bool) -> None:
    if keyboard:
        tab_to(page, target)
        page.keyboard.press("Control+A")
        page.keyboard.type(text)
    else:
        target.fill(text)


def choose(page: Any, select: Any, value: str, keyboard: bool) -> None:
    if keyboard:
        tab_to(page, select)
        page.keyboard.type(value)  # a select picks the option whose text starts with what is typed
        assert select.input_value() == value
    else:
        select.select_option(value)


def tick(page: Any, box: Any, keyboard: bool) -> None:
    if keyboard:
        tab_to(page, box)
        page.keyboard.press("Space")
    else:
        box.check()


# --- the sandbox's parts -------------------------------------------------------------------------------------------


def choose_role(page: Any, actor: str, keyboard: bool = False) -> None:
    button = page.locator(f".ladok-roles button[data-person='{actor}']")
    if button.get_attribute("aria-pressed") != "true":
        press(page, button, keyboard)
        page.wait_for_selector(f".ladok-roles button[data-person='{actor}'][aria-pressed=true]")
        settle(page)


def screen(page: Any, label: str, keyboard: bool = False) -> None:
    tab = page.locator(".ladok-tabs button", has_text=label).first
    if tab.get_attribute("aria-pressed") != "true":
        press(page, tab, keyboard)
        page.wait_for_selector(".ladok-tabs button[aria-pressed=true]", state="attached")
        settle(page)


def module(page: Any, title: str, keyboard: bool = False) -> None:
    button = page.locator(".ladok-picker button", has_text=title).first
    if button.get_attribute("aria-pressed") != "true":
        press(page, button, keyboard)
        settle(page)


def row_for(page: Any, name_or_code: str, target_title: str, keyboard: bool = False) -> Any:
    """The result row of a student (or anonymisation code) on a module's report screen."""
    screen(page, SCREEN_LABELS["report"](lang_of(page)), keyboard)
    module(page, target_title, keyboard)
    return page.locator(".ladok-view tr.ladok-row", has_text=name_or_code).last


def lang_of(page: Any) -> str:
    return "en" if page.evaluate("() => document.documentElement.lang") == "en" else "sv"


PEOPLE_KINDS = {"grader", "examiner"}  # fields that name people: the action opens a form on the row

# The tab of each screen, as the sandbox labels it.
SCREEN_LABELS = {
    "report": lambda lang: texts.label("ui.report_results", lang),
    "certify": lambda lang: texts.label("action.certify", lang),
    "activities": lambda lang: texts.label("ui.activities", lang),
    "search": lambda lang: texts.label("ui.tab_search", lang),
    "inspera": lambda lang: texts.label("ui.tab_inspera", lang),
}


def target_titles(key: str) -> dict[str, tuple[str, str]]:
    """Each target's name in both languages, as the engine's view gives them to the sandbox."""
    from guide_engine.views import _course

    start = all_scenarios()[key].start
    return {t["code"]: (t["name"]["sv"], t["name"]["en"]) for t in _course(start)["targets"]}


def target_title(step: Step, lang: str, modules: dict[str, tuple[str, str]]) -> str:
    return modules[step.params.get("target", "")][0 if lang == "sv" else 1]


def step_screen(step: Step) -> str:
    """Where the step is done: the engine says (the step's own screen, else its action's declared screen)."""
    return step.screen_of()


def do_step(page: Any, step: Step, lang: str, names: dict[str, str], modules: dict[str, tuple[str, str]],
            keyboard: bool = False) -> None:
    choose_role(page, step.actor, keyboard)
    before = page.locator(".ladok-log li").count()
    where = step_screen(step)
    screen(page, SCREEN_LABELS[where](lang), keyboard)
    if where == "search":
        search(page, step.params["pnr"], keyboard)
    elif where == "inspera":
        transfer(page, step, lang, keyboard)
    elif where in ("certify", "activities"):
        certify(page, step, lang, names, modules, keyboard)
    else:
        on_a_row(page, step, lang, names, modules, keyboard)
    page.wait_for_function("n => document.querySelectorAll('.ladok-log li').length > n", arg=before)
    settle(page)


def search(page: Any, pnr: str, keyboard: bool) -> None:
    view = page.locator(".ladok-view")
    fill(page, view.locator("form input"), pnr, keyboard)
    press(page, view.locator("form button[type=submit]"), keyboard)


def transfer(page: Any, step: Step, lang: str, keyboard: bool) -> None:
    """Inspera's screen: the grades given in Inspera stand filled in; choose only one that differs, then transfer."""
    view = page.locator(".ladok-view")
    codes = seeded_codes(page)
    for written, grade in step.params["grades"].items():
        select = page.locator(f"select[data-code='{codes.get(written, written)}']")
        if select.input_value() != grade:
            choose(page, select, grade, keyboard)
    press(page, view.get_by_role("button", name=texts.label(f"action.{step.action}", lang)), keyboard)


def certify(page: Any, step: Step, lang: str, names: dict[str, str], modules: dict[str, tuple[str, str]],
            keyboard: bool) -> None:
    """The certify screen (or an activity session's): tick the result, Certify, then the confirming step named for
    what the row awaits. A result that does not wait there stands under the list with its own Certify button."""
    view = page.locator(".ladok-view")
    name = names[step.params["student"]]
    label = texts.label("ui.select_row", lang).format(name=name, target=target_title(step, lang, modules))
    box = view.get_by_label(label, exact=True)
    if not box.count():
        row = view.locator(".ladok-not-listed tr.ladok-row", has_text=name)
        press(page, row.get_by_role("button", name=texts.label("action.certify", lang), exact=True), keyboard)
        return
    tick(page, box, keyboard)
    settle(page)
    # The list's own Certify, not one of those on the drafts under the list (a transfer's drafts stand there).
    listed = view.locator("button:not(.ladok-not-listed button)")
    press(page, listed.and_(view.get_by_role("button", name=texts.label("action.certify", lang), exact=True)),
          keyboard)
    settle(page)
    confirm = texts.label(f"ui.confirm_button.{step.action}", lang)
    press(page, view.get_by_role("button", name=confirm, exact=True), keyboard)


def on_a_row(page: Any, step: Step, lang: str, names: dict[str, str], modules: dict[str, tuple[str, str]],
             keyboard: bool) -> None:
    row = row_for(page, names[step.params["student"]], target_title(step, lang, modules), keyboard)
    # A row shows inputs only for what the actions allowed there take; what it does not take stays plain text.
    if "grade" in step.params and row.locator("select").count():
        choose(page, row.locator("select"), step.params["grade"], keyboard)
    if "exam_date" in step.params and row.locator("input[type=text]").count():
        fill(page, row.locator("input[type=text]").first, step.params["exam_date"], keyboard)
    if "points" in step.params:
        fill(page, row.locator("input[type=text]").nth(1), step.params["points"], keyboard)
    if step.params.get("points_visible"):
        tick(page, row.locator("input[type=checkbox]"), keyboard)
    actions = row.locator("xpath=following-sibling::tr[1]")
    label = texts.label(f"action.{step.action}", lang)
    opens_form = any(p.kind in PEOPLE_KINDS for p in ACTIONS[step.action].params)
    opener = texts.label(f"ui.{step.action}", lang) if opens_form and texts.has_label(f"ui.{step.action}") else label
    button = actions.get_by_role("button", name=opener, exact=True)
    if not button.is_visible():
        press(page, actions.locator("summary"), keyboard)
    press(page, button, keyboard)
    if opens_form:
        settle(page)
        form = page.locator(".ladok-markready")
        for select, value in ((form.locator("select").first, step.params["graded_by"]),
                              (form.locator("select").nth(1), step.params["notify"])):
            if select.input_value() != value:
                assert not keyboard, "the form's defaults are the step's choices"
                select.select_option(value)
        press(page, form.get_by_role("button", name=label, exact=True), keyboard)
