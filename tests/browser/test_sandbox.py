"""The practice sandbox in headless Chromium: every guided scenario at a laptop's and a phone's size and by the
keyboard alone, in both languages, with the outcome in view and focus kept; and the reader's work never lost."""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_site import texts
from guide_engine.scenarios import ALVA, TEACHER
from tests.browser.conftest import Watch
from tests.browser.driver import (
    choose_role,
    do_step,
    module,
    open_sandbox,
    press,
    row_for,
    settle,
    step_number,
    target_titles,
    wait_ready,
)

PAGES = {"written_exam": "written-exam", "inspera": "inspera", "change_grade": "change-grade",
         "missing_student": "missing-student", "partial_credits": "partial-credits"}
SIZES = {"laptop": (1280, 800), "phone": (390, 844)}
KEY = "ladok-guiden:sandbox:written_exam"


def url(server: str, lang: str, key: str) -> str:
    return f"{server}{'/en' if lang == 'en' else ''}/practise/{PAGES[key]}/"


def people_and_modules(key: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    start = all_scenarios()[key].start
    names = {s.pnr: s.name for s in start.students}
    return names, target_titles(key)


IN_VIEW = """() => {
  const focus = document.activeElement;
  const box = (e) => e.getBoundingClientRect();
  const inside = (e) => { const r = box(e); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; };
  const outcome = document.querySelector('.ladok-view .ladok-outcome');
  const status = document.querySelector('.ladok-statusbar');
  const wide = [...document.querySelectorAll('.ladok-box, .ladok-box *')]
    .filter((e) => e.getClientRects().length && (box(e).right > innerWidth + 0.5 || box(e).left < -0.5))
    .map((e) => `${e.tagName}.${e.className} ${Math.round(box(e).left)}-${Math.round(box(e).right)}`);
  return {body: focus === document.body, focus: focus.className, outcome: Boolean(outcome) && inside(outcome),
          status: inside(status) && status.innerText.trim().length > 0, wide: wide.slice(0, 5)};
}"""


def check_in_view(page: Any, where: str) -> None:
    seen = page.evaluate(IN_VIEW)
    assert not seen["body"], f"{where}: focus fell to <body>"
    assert seen["outcome"] or seen["status"], f"{where}: the outcome is not in view"
    assert "ladok-outcome" in seen["focus"], f"{where}: focus is on {seen['focus']!r}, not the outcome"
    assert seen["wide"] == [], f"{where}: wider than the screen: {seen['wide']}"


@contextmanager
def scenario_page(browser: Any, server: str, key: str, lang: str, size: str, keyboard: bool) -> Iterator[Any]:
    """A page of the given size with the scenario's sandbox opened; on leaving, no error may have happened."""
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
@pytest.mark.parametrize("key", list(PAGES))
def test_every_guided_scenario_keeps_its_outcome_in_view(browser: Any, server: str, key: str, lang: str,
                                                         size: str) -> None:
    with scenario_page(browser, server, key, lang, size, keyboard=False) as page:
        assert page.evaluate("() => document.activeElement.tagName") == "H3", "opening focuses the sandbox"
        names, modules = people_and_modules(key)
        steps = all_scenarios()[key].steps
        for number, step in enumerate(steps, 1):
            assert step_number(page) == number
            do_step(page, step, lang, names, modules)
            check_in_view(page, f"{key} step {number} ({size}, {lang})")
            refused = page.locator(".ladok-view .ladok-outcome-refused").count() > 0
            assert refused == (step.expect != "ok"), f"step {number} shows the outcome it expects"
        assert step_number(page) is None
        assert page.locator(".ladok-done").inner_text() == texts.label("ui.scenario_done", lang)


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", list(PAGES))
def test_every_guided_scenario_by_keyboard_alone(browser: Any, server: str, key: str, lang: str, size: str) -> None:
    with scenario_page(browser, server, key, lang, size, keyboard=True) as page:
        names, modules = people_and_modules(key)
        for number, step in enumerate(all_scenarios()[key].steps, 1):
            assert step_number(page) == number
            do_step(page, step, lang, names, modules, keyboard=True)
            assert page.evaluate("() => document.activeElement !== document.body")
        assert step_number(page) is None


def test_the_student_sees_both_dates_and_the_credits(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(url(server, "sv", "written_exam"))
    open_sandbox(page)
    names, modules = people_and_modules("written_exam")
    for step in all_scenarios()["written_exam"].steps:
        do_step(page, step, "sv", names, modules)
    choose_role(page, ALVA)
    assert page.evaluate("() => document.activeElement.className") == "ladok-viewing", "focus lands on the view"
    decided = all_scenarios()["written_exam"].today.isoformat()  # the exercise's own day, as on the page
    assert page.locator(".ladok-view tbody tr").all_inner_texts() == [
        f"Skriftlig tentamen\tVG\t2026-01-15\t{decided}\t42"]
    assert page.locator(".ladok-credits").inner_text() == "Poäng i Ladok: 4,5 hp"
    assert watch.errors == []


def test_a_refused_action_says_why_beside_the_row_and_looks_different(context: Any, watch: Watch,
                                                                      server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(url(server, "sv", "written_exam"))
    open_sandbox(page)
    choose_role(page, TEACHER)
    row = row_for(page, "Alva Exempel", "Skriftlig tentamen")
    row.locator("select").select_option("G")
    row.locator("input[type=text]").first.fill("2026-02-31")
    row.locator("xpath=following-sibling::tr[1]").get_by_role("button", name="Spara", exact=True).click()
    settle(page)
    message = page.locator(".ladok-view .ladok-outcome-refused")
    assert message.inner_text().startswith("✖ Går inte: 2026-02-31 är inte ett datum.")
    assert page.evaluate("() => document.activeElement.classList.contains('ladok-outcome-refused')")
    assert "Går inte:" in page.locator(".ladok-statusbar").inner_text()
    assert watch.errors == []


# --- the reader's work is never lost -------------------------------------------------------------------------------


def first_step_done(page: Any, server: str, lang: str) -> None:
    page.goto(url(server, lang, "written_exam"))
    open_sandbox(page)
    names, modules = people_and_modules("written_exam")
    do_step(page, all_scenarios()["written_exam"].steps[0], lang, names, modules)


def link_for(payload: Any, server: str, lang: str = "en") -> str:
    packed = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packed.compress(json.dumps(payload).encode()) + packed.flush()
    return url(server, lang, "written_exam") + "#sandbox=" + base64.urlsafe_b64encode(data).decode().rstrip("=")


def own_state(page: Any) -> Any:
    return page.evaluate(f"() => JSON.parse(localStorage.getItem('{KEY}')).state")


def fresh_state(step: int = 0) -> dict[str, Any]:
    from guide_engine.stateio import to_json

    return {**to_json(all_scenarios()["written_exam"].start), "step": step}


def certified_by_a_teacher() -> dict[str, Any]:
    result = {"id": 1, "student": ALVA, "target": "TEN1", "grade": "G", "exam_date": "2026-01-15",
              "status": "certified", "decision_date": "2026-01-20", "certified_by": TEACHER, "graded_by": TEACHER,
              "notified": "e-ebba"}
    return {**fresh_state(), "results": [result], "next_id": 2}


def test_links_in_a_row_open_beside_own_work_and_back_returns_to_it(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    first_step_done(page, server, "en")
    mine = own_state(page)
    for n in range(3):  # three links in a row, each a visit; the saved own work never changes
        page.goto(link_for({"v": 1, "scenario": "written_exam", "actor": TEACHER, "state": fresh_state()}, server))
        wait_ready(page)
        assert "#sandbox=" not in page.url
        assert page.locator(".ladok-notice").first.inner_text().startswith(texts.label("ui.link_loaded", "en"))
        assert step_number(page) == 1, f"link {n + 1} shows its own state"
        assert own_state(page) == mine
    names, modules = people_and_modules("written_exam")
    do_step(page, all_scenarios()["written_exam"].steps[0], "en", names, modules)  # work done in the visit
    assert own_state(page) == mine, "what is done in a visit is not saved over own work"
    press(page, page.get_by_role("button", name=texts.label("ui.back_to_mine", "en")), keyboard=False)
    settle(page)
    assert step_number(page) == 2 and own_state(page) == mine
    page.reload()
    wait_ready(page)
    assert step_number(page) == 2
    assert watch.errors == []


def test_a_link_that_inflates_far_past_the_limit_is_refused_without_a_crash(context: Any, watch: Watch,
                                                                            server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    first_step_done(page, server, "en")
    mine = own_state(page)
    bomb = {"v": 1, "scenario": "written_exam", "actor": TEACHER, "pad": "0" * 50_000_000}  # 50 MB in ~50 KB
    page.goto(link_for(bomb, server))
    wait_ready(page)
    assert page.locator(".ladok-notice-error").inner_text() == texts.label("ui.link_too_large", "en")
    assert "#sandbox=" not in page.url, "the address no longer holds the link, so a reload cannot crash again"
    assert step_number(page) == 2 and own_state(page) == mine
    assert watch.errors == []


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"v": 1, "scenario": "written_exam", "actor": TEACHER, "state": {**fresh_state(), "step": 99}},
         "ui.link_refused"),
        ({"v": 1, "scenario": "written_exam", "actor": "nobody", "state": fresh_state()}, "ui.link_refused"),
        ({"v": 1, "scenario": "written_exam", "actor": TEACHER, "state": certified_by_a_teacher()},
         "ui.link_refused"),  # a state the engine could not make: the teacher cannot certify
        ({"v": 1, "scenario": "written_exam", "actor": TEACHER, "state": {**fresh_state(), "format": 7}},
         "ui.link_newer"),
        ({"v": 5, "scenario": "written_exam", "actor": TEACHER, "state": fresh_state()}, "ui.link_newer"),
        ({"v": 1, "scenario": "inspera", "actor": TEACHER, "state": fresh_state()}, "ui.link_other_exercise"),
        ("not a state", "ui.bad_link"),
    ],
)
def test_each_bad_link_has_its_own_message_and_keeps_own_work(context: Any, watch: Watch, server: str,
                                                               payload: Any, message: str) -> None:
    page = context.new_page()
    watch.attach(page)
    first_step_done(page, server, "en")
    mine = own_state(page)
    page.goto(link_for(payload, server))
    wait_ready(page)
    assert page.locator(".ladok-notice-error").inner_text() == texts.label(message, "en")
    assert step_number(page) == 2 and own_state(page) == mine
    assert watch.errors == []


def test_a_damaged_save_is_kept_aside_and_the_exercise_starts_again(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    first_step_done(page, server, "en")
    damaged = json.dumps({"v": 1, "scenario": "written_exam", "actor": TEACHER, "state": fresh_state(),
                          "log": "not a list"})
    page.evaluate("(raw) => localStorage.setItem('ladok-guiden:sandbox:written_exam', raw)", damaged)
    page.reload()
    wait_ready(page)
    assert page.locator(".ladok-notice-error").inner_text() == texts.label("ui.bad_saved", "en")
    assert page.evaluate(f"() => localStorage.getItem('{KEY}:damaged')") == damaged
    assert step_number(page) == 1
    assert watch.errors == []


def test_with_storage_blocked_the_sandbox_works_and_says_it_will_not_remember(browser: Any, server: str) -> None:
    context = browser.new_context()
    context.add_init_script("""Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });""")
    try:
        page = context.new_page()
        watch = Watch(server)
        watch.attach(page)
        first_step_done(page, server, "sv")
        assert page.locator(".ladok-notice").first.inner_text() == texts.label("ui.storage_blocked", "sv")
        assert step_number(page) == 2
        # The theme's own inline scripts read storage unguarded; the guide's scripts raise nothing.
        assert set(watch.errors) <= {"page error: The operation is insecure."}
    finally:
        context.close()


def test_work_travels_by_link_to_the_other_language(browser: Any, context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    first_step_done(page, server, "sv")
    page.get_by_role("button", name="Kopiera länk till läget").click()
    page.wait_for_function("() => document.querySelector('.ladok-link').value.includes('#sandbox=')")
    link = page.locator(".ladok-link").input_value()
    assert link.startswith(url(server, "sv", "written_exam") + "#sandbox=")
    other = browser.new_context()  # another machine: nothing saved
    try:
        remote = other.new_page()
        remote_watch = Watch(server)
        remote_watch.attach(remote)
        remote.goto(link.replace("/practise/", "/en/practise/"))
        wait_ready(remote)
        assert step_number(remote) == 2
        module(remote, "Written exam")
        assert "Draft" in row_for(remote, "Alva Exempel", "Written exam").inner_text()
        assert remote_watch.errors == [] and remote_watch.foreign() == []
    finally:
        other.close()


def test_a_sandbox_that_cannot_start_says_so_and_can_be_tried_again(browser: Any, server: str) -> None:
    context = browser.new_context(service_workers="block")  # every request goes by the routes below
    try:
        context.route("**/assets/runtime.json", lambda route: route.abort())
        page = context.new_page()
        page.goto(url(server, "en", "written_exam"))
        page.locator(".ladok-sandbox .ladok-open").click()
        failure = page.locator(".ladok-failed [role=alert]")
        failure.wait_for(timeout=60_000)
        assert failure.inner_text().startswith("The sandbox could not start.")
        assert page.evaluate("() => document.activeElement.textContent") == "Try again", "focus is on the way out"
        context.unroute("**/assets/runtime.json")
        page.get_by_role("button", name="Try again").click()
        wait_ready(page)
        assert step_number(page) == 1
    finally:
        context.close()
