"""The reader's own work, round 2, in headless Chromium: two tabs of one exercise, a storage filled to its quota
before and after opening, and the saved work and links of every published state format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from guide_engine import all_scenarios, handle
from guide_engine.scenarios import TEACHER
from guide_engine.stateio import STATE_FORMAT
from guide_site import texts
from tests.browser.conftest import Watch
from tests.browser.driver import (
    KEY,
    first_step_done,
    fresh_state,
    link_for,
    own_state,
    play,
    saved,
    settle,
    status_line,
    step_number,
    url,
    wait_ready,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "work"
FORMATS = ("format-1", "format-2", "format-3")  # every state format the guide has published
KEY_KEPT = "ui.kept_newer"  # the notice that offers work kept aside from a newer version
# Fill the origin's storage to the last character, as a reader's other sites might.
FILL = """() => {
  let size = 1 << 20, i = 0;
  while (size >= 1) {
    try { localStorage.setItem(`filler:${i}`, 'x'.repeat(size)); i += 1; } catch (e) { size = Math.floor(size / 2); }
  }
  return i;
}"""
EMPTY = "() => Object.keys(localStorage).filter((k) => k.startsWith('filler:')).forEach((k) => " \
    "localStorage.removeItem(k))"


def act(page: Any, number: int, lang: str = "en") -> None:
    """The written exam's guided step `number` (1-based)."""
    play(page, "written_exam", lang, number, start=number - 1)


def roles_shown(page: Any) -> list[str]:
    texts: list[str] = page.locator(".ladok-roles button").all_inner_texts()
    return texts


# --- every published format --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_saved_work_of_every_published_format_opens_as_the_engine_reads_it(page: Any, server: str, fmt: str) -> None:
    fixture = (FIXTURES / f"{fmt}-saved-written_exam.json").read_text(encoding="utf-8")
    page.goto(url(server, "en", "written_exam"))
    page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [KEY, fixture])
    page.reload()
    wait_ready(page)  # saved work opens the sandbox by itself
    assert page.locator(".ladok-notice-error").count() == 0
    assert step_number(page) == 2
    if fmt == "format-1":
        assert "Study administrator – Iris Inspera" in roles_shown(page), "format 1's Inspera planner, as upgraded"
    act(page, 2)
    assert step_number(page) == 3
    state = saved(page)["state"]
    assert state["format"] == STATE_FORMAT and all(r != "inspera_planner" for p in state["people"] for r in p["roles"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_link_of_every_published_format_opens_as_the_engine_reads_it(page: Any, server: str, fmt: str) -> None:
    fragment = (FIXTURES / f"{fmt}-link-inspera.txt").read_text(encoding="utf-8").strip()
    page.goto(url(server, "en", "inspera") + fragment)
    wait_ready(page)
    assert page.locator(".ladok-notice").first.inner_text().startswith(texts.label("ui.link_loaded", "en"))
    assert page.locator(".ladok-notice-error").count() == 0
    assert step_number(page) == 2
    if fmt == "format-1":
        assert "Study administrator – Iris Inspera" in roles_shown(page)


def test_saved_work_of_a_newer_version_gets_the_newer_message_and_is_kept(page: Any, server: str) -> None:
    newer = json.dumps({"v": 2, "scenario": "written_exam", "work": {"actor": TEACHER}})
    page.goto(url(server, "en", "written_exam"))
    page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [KEY, newer])
    page.reload()
    wait_ready(page)
    assert page.locator(".ladok-notice-error").inner_text() == texts.label("ui.newer_saved", "en")
    assert page.evaluate(f"() => localStorage.getItem('{KEY}:newer')") == newer
    assert step_number(page) == 1


def test_a_version_that_is_not_a_whole_number_is_damaged_not_newer(page: Any, server: str) -> None:
    """Saved work or a link whose envelope version is 1.5 was written by no version of the guide: the saved work is
    kept aside as damaged (not offered back as a newer version's), and the link gets the damaged link's message."""
    half = {"v": 1.5, "scenario": "written_exam", "actor": TEACHER, "state": fresh_state(), "log": []}
    page.goto(url(server, "en", "written_exam"))
    page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [KEY, json.dumps(half)])
    page.reload()
    wait_ready(page)
    assert page.locator(".ladok-notice-error").inner_text() == texts.label("ui.bad_saved", "en")
    assert json.loads(page.evaluate("(key) => localStorage.getItem(key)", f"{KEY}:damaged")) == half
    assert page.evaluate("(key) => localStorage.getItem(key)", f"{KEY}:newer") is None
    mine = own_state(page)
    page.goto(f"{server}/en/")  # the link opens as a new visit: only what it brings is said
    page.goto(link_for(half, server))
    wait_ready(page)
    assert page.locator(".ladok-notice-error").all_inner_texts() == [texts.label("ui.bad_link", "en")]
    assert step_number(page) == 1 and own_state(page) == mine


def work_after(steps: int) -> dict[str, Any]:
    """Saved own work after the written exam's first `steps` guided steps, as the engine made it."""
    scenario = all_scenarios()["written_exam"]
    state = fresh_state()
    for step in scenario.steps[:steps]:
        answer = json.loads(handle(json.dumps({"op": "act", "state": state, "actor": step.actor, "action": step.action,
                                               "params": step.params, "today": scenario.today.isoformat()})))
        state = answer["state"]
    return {"scenario": "written_exam", "actor": TEACHER, "state": state, "log": [], "id": f"after-{steps}"}


def test_work_of_a_later_format_is_never_overwritten_and_comes_back_when_a_page_reads_it(browser: Any,
                                                                                          server: str) -> None:
    """A later format's save (here the envelope's next version) stays the saved work while this page opens and
    reopens, with a copy kept aside; once the reader works here, theirs is saved and the copy stays; a page that
    reads that format (this one with the next envelope version, served as a newer build would be) offers the copy
    back, and taking it makes it the saved work again, with the work it replaced kept aside in its turn."""
    context = browser.new_context(service_workers="block")  # every script goes by the route below
    newer_build = [False]

    def scripts(route: Any) -> None:
        response = route.fetch()
        body = response.text()
        if newer_build[0]:
            assert "export const FORMAT = 1;" in body
            body = body.replace("export const FORMAT = 1;", "export const FORMAT = 2;")
        route.fulfill(response=response, body=body)

    context.route("**/assets/sandbox-store*.js", scripts)
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        later = json.dumps({**work_after(2), "v": 2})  # two steps done, in a format this build does not read
        page.goto(url(server, "en", "written_exam"))
        page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [KEY, later])
        for _ in range(2):  # opening, and again after the reload the notice advises: never written over
            page.reload()
            wait_ready(page)
            assert page.locator(".ladok-notice-error").inner_text() == texts.label("ui.newer_saved", "en")
            assert step_number(page) == 1
            assert page.evaluate("(key) => localStorage.getItem(key)", KEY) == later
            assert page.evaluate("(key) => localStorage.getItem(key)", f"{KEY}:newer") == later
        act(page, 1)  # the reader works here: their work is saved, the later one stays kept aside
        assert saved(page)["v"] == 1 and saved(page)["state"]["step"] == 1
        assert page.evaluate("(key) => localStorage.getItem(key)", f"{KEY}:newer") == later
        page.reload()
        wait_ready(page)
        assert page.locator(f".ladok-notice[data-key='{KEY_KEPT}']").count() == 0, "this build cannot read it"
        newer_build[0] = True
        page.reload()
        wait_ready(page)
        assert step_number(page) == 2, "the newer build reads this build's work"
        offer = page.locator(f".ladok-notice[data-key='{KEY_KEPT}']")
        assert offer.inner_text().startswith(texts.label(KEY_KEPT, "en"))
        offer.get_by_role("button", name=texts.label("ui.kept_newer_open", "en")).click()
        settle(page)
        assert step_number(page) == 3, "the work kept aside is shown"
        assert texts.label("ui.kept_newer_opened", "en") in status_line(page)
        assert offer.count() == 0
        assert saved(page)["v"] == 2 and saved(page)["state"]["step"] == 2, "and saved again, by the newer build"
        assert saved(page, f"{KEY}:before-newer")["state"]["step"] == 1, "the work it replaced is kept aside"
        assert page.evaluate("(key) => localStorage.getItem(key)", f"{KEY}:newer") is None
        page.reload()
        wait_ready(page)
        assert step_number(page) == 3 and page.locator(".ladok-notice").count() == 0
        assert watch.errors == []
    finally:
        context.close()


# --- two tabs ------------------------------------------------------------------------------------------------------


def test_two_tabs_of_one_exercise_each_take_in_the_others_work(context: Any, server: str) -> None:
    watch = Watch(server)
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        watch.attach(tab)
    first_step_done(first, server, "en")  # step 1 done in the first tab
    second.goto(url(server, "en", "written_exam"))
    wait_ready(second)
    assert step_number(second) == 2
    act(second, 2)  # the second tab marks as ready; the first takes that in
    first.wait_for_function("() => document.querySelector('.ladok-step strong')?.textContent.includes(' 3 ')")
    settle(first)
    assert texts.label("ui.other_tab_taken", "en") in first.locator(".ladok-statusbar").inner_text()
    act(first, 3)  # and the first tab's next step reaches the second
    second.wait_for_function("() => document.querySelector('.ladok-step strong')?.textContent.includes(' 4 ')")
    assert saved(first)["state"]["step"] == 3, "both tabs' edits are in the saved work"
    assert watch.errors == []


@pytest.mark.parametrize("choice", ["ui.other_tab_keep", "ui.other_tab_take"])
def test_work_saved_past_this_tabs_own_is_not_overwritten_the_reader_chooses(context: Any, server: str,
                                                                             choice: str) -> None:
    watch = Watch(server)
    tab, other = context.new_page(), context.new_page()
    for page in (tab, other):
        watch.attach(page)
    first_step_done(tab, server, "en")
    act(tab, 2)
    mine = saved(tab)
    # Another tab, which never saw this tab's work, saves the exercise from the start.
    theirs = {**mine, "state": fresh_state(), "id": "elsewhere", "after": None}
    other.goto(f"{server}/en/")
    other.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [KEY, json.dumps(theirs)])
    question = tab.locator(".ladok-other-tab")
    question.wait_for()
    assert question.inner_text().startswith(texts.label("ui.other_tab_past", "en"))
    assert step_number(tab) == 3, "this tab's work is still shown"
    act(tab, 3)  # acting while the question is open saves nothing over the other tab's work
    assert saved(tab)["id"] == "elsewhere"
    assert texts.label("ui.not_saved.waiting", "en") in tab.locator(".ladok-view .ladok-outcome").inner_text()
    tab.get_by_role("button", name=texts.label(choice, "en")).click()
    settle(tab)
    assert tab.locator(".ladok-other-tab").is_hidden()
    if choice == "ui.other_tab_keep":
        assert step_number(tab) == 4 and saved(tab)["state"]["step"] == 3
        assert json.loads(tab.evaluate(f"() => localStorage.getItem('{KEY}:other-tab')"))["id"] == "elsewhere"
        act(tab, 4)
        assert saved(tab)["state"]["step"] == 4
    else:
        assert step_number(tab) == 1
        assert json.loads(tab.evaluate(f"() => localStorage.getItem('{KEY}:this-tab')"))["state"]["step"] == 3
        act(tab, 1)
        assert saved(tab)["state"]["step"] == 1
    assert watch.errors == []


# --- a full storage ------------------------------------------------------------------------------------------------


def test_with_storage_full_before_opening_the_saved_work_opens_and_the_sandbox_says_why(page: Any,
                                                                                        server: str) -> None:
    first_step_done(page, server, "sv")
    mine = own_state(page)
    assert page.evaluate(FILL) > 0
    page.reload()
    wait_ready(page)
    assert step_number(page) == 2, "reading needs no room: the saved work is shown"
    warning = page.locator(".ladok-unsaved-notice")
    assert warning.inner_text() == texts.label("ui.storage_full", "sv")
    assert texts.label("ui.storage_blocked", "sv") not in page.locator(".ladok-notices").inner_text()
    act(page, 2, "sv")
    outcome = page.locator(".ladok-view .ladok-outcome").inner_text()
    assert outcome.endswith(texts.label("ui.not_saved.full", "sv")), "“Klart” never reads as saved"
    assert own_state(page) == mine and warning.is_visible()
    page.evaluate(EMPTY)  # room again: the next action saves, and the notice goes
    act(page, 3, "sv")
    assert own_state(page)["step"] == 3 and warning.is_hidden()
    assert texts.label("ui.not_saved.full", "sv") not in page.locator(".ladok-view .ladok-outcome").inner_text()


def test_when_storage_fills_while_working_the_sandbox_says_so_at_once(page: Any, server: str) -> None:
    first_step_done(page, server, "en")
    assert page.locator(".ladok-unsaved-notice").is_hidden()
    mine = own_state(page)
    page.evaluate(FILL)
    act(page, 2)
    warning = page.locator(".ladok-unsaved-notice")
    assert warning.is_visible() and warning.get_attribute("role") == "alert"
    assert warning.inner_text() == texts.label("ui.storage_full", "en")
    assert texts.label("ui.not_saved.full", "en") in page.locator(".ladok-statusbar").inner_text()
    assert own_state(page) == mine
    act(page, 3)
    assert warning.is_visible(), "it keeps saying so while it lasts"
    page.evaluate(EMPTY)
