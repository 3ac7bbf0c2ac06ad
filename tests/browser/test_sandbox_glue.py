"""The sandbox's controller and what it reads from the engine: only what needs the engine asks the worker (a tick, an
opened form and typing ask nothing; an action, a search, another module or page asks once, and another tab once
after a change, for the screen shown only), the fields take the engine's limits, and an action that takes a result
away looks unlike the main action beside it because the engine says it does."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from guide_engine import all_scenarios, describe, handle
from guide_engine.scenarios import ALVA, EXAMINER, FREJ, TEACHER
from guide_engine.stateio import to_json
from tests.browser.conftest import Watch
from tests.browser.driver import (
    KEY,
    SCREEN_LABELS,
    choose_role,
    click,
    do_step,
    label,
    module,
    open_sandbox,
    open_tool,
    people_and_modules,
    play,
    result,
    row_for,
    saved,
    screen,
    settle,
    step_number,
    url,
    wait_ready,
)

# Every request the page sends to the engine's worker, by its op, counted where the page posts it.
COUNT = """(() => {
  const Native = window.Worker;
  window.ladokRequests = [];
  window.Worker = class extends Native {
    postMessage(message, ...rest) {
      if (message && message.type === "call") window.ladokRequests.push(JSON.parse(message.request));
      return super.postMessage(message, ...rest);
    }
  };
})();"""
LIMITS = describe()["limits"]


@contextmanager
def counted(browser: Any, server: str, runtime: Callable[[dict[str, Any]], None] | None = None) -> Iterator[Any]:
    """A watched page whose requests to the worker are counted; `runtime` may change runtime.json as served."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    context.add_init_script(COUNT)
    if runtime is not None:

        def serve(route: Any) -> None:
            response = route.fetch()
            changed = response.json()
            runtime(changed)
            route.fulfill(response=response, body=json.dumps(changed))

        context.route("**/assets/runtime.json", serve)
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        yield page
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


def asked(page: Any) -> list[str]:
    """The ops of every request so far."""
    return [str(op) for op in page.evaluate("() => window.ladokRequests.map((r) => r.op)")]


def asks(page: Any, do: Callable[[], None]) -> list[str]:
    """The requests that doing something sent to the worker, once the sandbox has drawn its answer."""
    before = len(asked(page))
    do()
    settle(page)
    return asked(page)[before:]


def test_only_what_needs_the_engine_asks_it(browser: Any, server: str) -> None:
    with counted(browser, server) as page:
        page.goto(url(server, "en", "written_exam"))
        open_sandbox(page)
        play(page, "written_exam", "en", 1)  # Alva's draft on the written exam
        row = row_for(page, "Alva Exempel", "Written exam")
        actions = row.locator("xpath=following-sibling::tr[1]")
        mark = actions.get_by_role("button", name=label("ui.mark_ready", "en"), exact=True)
        assert asks(page, lambda: mark.click()) == [], "opening a form"
        form = page.locator(".ladok-markready")
        assert asks(page, lambda: form.locator("select").first.select_option(EXAMINER)) == [], "choosing in it"
        assert asks(page, lambda: form.get_by_role("button", name=label("ui.cancel", "en")).click()) == []
        assert form.count() == 0
        assert asks(page, lambda: row.locator("select").select_option("G")) == [], "choosing a grade"
        assert asks(page, lambda: screen(page, SCREEN_LABELS["activities"]("en"))) == ["view"], "another tab's rows"
        assert asks(page, lambda: screen(page, SCREEN_LABELS["report"]("en"))) == [], "and back: both are held"
        assert asks(page, lambda: screen(page, SCREEN_LABELS["activities"]("en"))) == []
        assert asks(page, lambda: screen(page, SCREEN_LABELS["search"]("en"))) == [], "a screen of no rows"
        assert asks(page, lambda: screen(page, SCREEN_LABELS["report"]("en"))) == []
        assert asks(page, lambda: module(page, "Assignment")) == ["view"], "another module's rows"
        module(page, "Written exam")
        save = actions.get_by_role("button", name=label("action.save_draft", "en"), exact=True)
        assert asks(page, lambda: save.click()) == ["act"], "an action: one request, its answer drawn"
        sent = page.evaluate("() => window.ladokRequests.at(-1)")
        assert (sent["calendar"], sent["settings"]) == ("kept", "kept"), "the worker holds them from its start"
        assert len(json.dumps(sent)) < 5000, "the state and what changed, no calendar"
        views = [r for r in page.evaluate("() => window.ladokRequests") if r["op"] in ("view", "act")]
        shown = [r["options"].get("screen") for r in views[-4:]]  # activities; two modules and the action
        assert shown == ["activities", "report", "report", "report"], "each asked for the screen shown only"
        screen(page, SCREEN_LABELS["search"]("en"))
        assert asks(page, lambda: search_for(page, ALVA)) == ["search"], "a search: one request, its answer drawn"
        assert page.locator(".ladok-view .ladok-outcome").count() == 1
        screen(page, SCREEN_LABELS["report"]("en"))
        play(page, "written_exam", "en", 3, start=2)  # Alva's result marked as ready
        assert asks(page, lambda: choose_role(page, EXAMINER)) == ["view"], "another role"
        assert asks(page, lambda: screen(page, SCREEN_LABELS["certify"]("en"))) == []
        view = page.locator(".ladok-view")
        tick = view.get_by_label(label("ui.select_row", "en", name="Alva Exempel", target="Written exam"), exact=True)
        assert asks(page, lambda: tick.check()) == [], "a tick"
        assert asks(page, lambda: tick.uncheck()) == []
        assert asks(page, lambda: view.get_by_label(label("ui.select_all", "en")).check()) == [], "select all"
        assert tick.is_checked()
        certify = view.get_by_role("button", name=label("action.certify", "en"), exact=True)
        assert asks(page, lambda: certify.click()) == [], "the confirming step"
        confirm = view.get_by_role("button", name=label("ui.confirm_button.certify", "en"), exact=True)
        assert confirm.is_visible()
        assert asks(page, lambda: confirm.click()) == ["act"]
        assert page.locator(".ladok-view .ladok-outcome-done").count() == 1


def search_for(page: Any, pnr: str) -> None:
    view = page.locator(".ladok-view")
    view.locator("form input").fill(pnr)
    view.locator("form button[type=submit]").click()


def test_the_fields_take_the_engines_limits(browser: Any, server: str) -> None:
    """With the limits runtime.json carries changed, the sandbox's fields take the changed ones."""

    def smaller(runtime: dict[str, Any]) -> None:
        runtime["rules"]["limits"].update(comment_chars=7, points_chars=3)

    for change, comment, points in ((None, LIMITS["comment_chars"], LIMITS["points_chars"]), (smaller, 7, 3)):
        with counted(browser, server, change) as page:
            page.goto(url(server, "sv", "written_exam"))
            open_sandbox(page)
            play(page, "written_exam", "sv", 1)
            row = row_for(page, "Alva Exempel", "Skriftlig tentamen")
            field = row.get_by_label(f"{label('ui.points', 'sv')}, Alva Exempel, Skriftlig tentamen")
            assert field.get_attribute("maxlength") == str(points)
            note = row.locator("xpath=following-sibling::tr[1]").get_by_label(
                f"{label('ui.comment', 'sv')}, Alva Exempel, Skriftlig tentamen")
            assert note.get_attribute("maxlength") == str(comment)


def test_the_credit_timeline_takes_a_new_part_and_the_parts_codes_from_the_engine(browser: Any, server: str) -> None:
    def changed(runtime: dict[str, Any]) -> None:
        runtime["rules"]["limits"].update(new_part_hp=4, own_part_codes=[f"X{n}" for n in range(1, 13)])

    for change, hp, code in ((None, str(LIMITS["new_part_hp"]), LIMITS["own_part_codes"][0]), (changed, "4", "X1")):
        with counted(browser, server, change) as page:
            open_tool(page, server, "/en/student/credits/", keyboard=False)
            page.get_by_role("button", name=label("tool.add_part", "en")).click()
            assert page.get_by_label(f"{label('tool.part_hp', 'en')} 4").input_value() == hp
            page.get_by_label(f"{label('tool.already_visible', 'en')} 1").check()
            page.fill("#credits-required", "2")
            page.fill("#credits-by", "2026-06-01")
            page.get_by_role("button", name=label("tool.show", "en")).click()
            result(page)
            sent = page.evaluate("() => window.ladokRequests.filter((r) => r.op === 'instalments').at(-1)")
            assert sent["certified"] == [code]


STYLE = """(b) => { const s = getComputedStyle(b); return [s.color, s.backgroundColor, s.borderTopColor]; }"""


def drafted_row(page: Any, server: str) -> Any:
    page.goto(url(server, "sv", "written_exam"))
    open_sandbox(page)
    play(page, "written_exam", "sv", 1)
    return row_for(page, "Alva Exempel", "Skriftlig tentamen").locator("xpath=following-sibling::tr[1]")


def test_deleting_a_draft_looks_unlike_saving_it(browser: Any, server: str) -> None:
    """Delete draft (it moves the result to removed, as the engine's limits say) is drawn apart from Save, the main
    action beside it; told by runtime.json that no action is destructive, the sandbox draws them alike."""
    with counted(browser, server) as page:
        actions = drafted_row(page, server)
        save = actions.get_by_role("button", name=label("action.save_draft", "sv"), exact=True)
        delete = actions.get_by_role("button", name=label("action.delete_draft", "sv"), exact=True)
        assert delete.is_visible(), "offered on the row beside Save"
        assert "ladok-destructive" in str(delete.get_attribute("class"))
        assert "md-button--primary" not in str(delete.get_attribute("class"))
        looks = save.evaluate(STYLE), delete.evaluate(STYLE)
        assert looks[0] != looks[1], looks
        assert looks[1][0] == "rgb(179, 38, 30)" and looks[1][2] == "rgb(179, 38, 30)", "red text and outline"
        delete.focus()  # filled red when focused, once the theme's transition is over
        delete.evaluate("(b) => Promise.all(b.getAnimations().map((a) => a.finished))")
        assert delete.evaluate(STYLE)[1] == "rgb(179, 38, 30)"
        click(page, delete)
        assert page.locator(".ladok-view .ladok-outcome-done").count() == 1
    with counted(browser, server, lambda runtime: runtime["rules"]["limits"].update(destructive=[])) as page:
        actions = drafted_row(page, server)
        delete = actions.get_by_role("button", name=label("action.delete_draft", "sv"), exact=True)
        assert "ladok-destructive" not in str(delete.get_attribute("class"))


def test_certifying_a_removal_is_drawn_as_taking_the_result_away(browser: Any, server: str) -> None:
    with counted(browser, server) as page:
        page.goto(url(server, "en", "change_grade"))
        open_sandbox(page)
        play(page, "change_grade", "en", 3)  # the exam result prepared for removal
        choose_role(page, EXAMINER)
        screen(page, SCREEN_LABELS["certify"]("en"))
        view = page.locator(".ladok-view")
        click(page, view.get_by_label(label("ui.select_row", "en", name="Alva Exempel", target="Written exam"),
                                      exact=True))
        click(page, view.get_by_role("button", name=label("action.certify", "en"), exact=True))
        confirm = view.get_by_role("button", name=label("ui.confirm_button.certify_removal", "en"), exact=True)
        assert "ladok-destructive" in str(confirm.get_attribute("class"))


# --- what the glue sends: the seed, the row's own subject --------------------------------------------------------


def test_each_new_exercise_draws_its_own_codes_and_a_link_carries_them(browser: Any, server: str) -> None:
    """A fresh start sends a random seed with the scenario request; the engine draws the exercise's anonymisation
    codes from it and keeps it in the state, so the saved work holds it, Start over draws new codes, the guided
    step names the codes shown, and a shared link opens with the codes it was made with."""
    written = sorted(code for code, _ in all_scenarios()["inspera"].start.activities[0].codes)
    key = "ladok-guiden:sandbox:inspera"
    shown = "() => [...document.querySelectorAll('select[data-code]')].map((s) => s.dataset.code).sort()"
    with counted(browser, server) as page:
        page.goto(url(server, "en", "inspera"))
        open_sandbox(page)  # the exercise opens on Inspera's screen, one grade per code
        seeds = page.evaluate("() => window.ladokRequests.filter((r) => r.op === 'scenario').map((r) => r.seed)")
        assert len(seeds) == 1 and re.fullmatch(r"[0-9a-f]{32}", seeds[0]), seeds
        state = saved(page, key)["state"]
        assert state["seed"] == seeds[0], "the saved work keeps the exercise's seed"
        first = sorted(code for code, _ in state["activities"][0]["codes"])
        assert page.evaluate(shown) == first and first != written, "the codes are this exercise's own"
        now = {pnr: code for code, pnr in state["activities"][0]["codes"]}
        named = [now[pnr] for _, pnr in all_scenarios()["inspera"].start.activities[0].codes[:2]]
        assert all(code in page.locator(".ladok-step").inner_text() for code in named), "the step names them"
        click(page, page.get_by_role("button", name=label("ui.reset", "en"), exact=True))
        again = sorted(code for code, _ in saved(page, key)["state"]["activities"][0]["codes"])
        assert page.evaluate(shown) == again and again != first, "Start over draws new codes"
        click(page, page.get_by_role("button", name=label("ui.copy_link", "en"), exact=True))
        link = page.locator(".ladok-link").input_value()
    with counted(browser, server) as remote:  # another machine, nothing saved: the link's codes
        remote.goto(link)
        wait_ready(remote)
        assert remote.evaluate(shown) == again


def certified_then_ready_again() -> dict[str, Any]:
    """Saved work of the written exam, as the examiner: Alva's certified U on the exam and, beside it, a G marked as
    ready after a re-take, both on one student and module, as the engine made them."""
    scenario = all_scenarios()["written_exam"]
    state, day = to_json(scenario.start), scenario.today.isoformat()
    on = {"student": ALVA, "target": "TEN1"}
    ready = {**on, "graded_by": TEACHER, "notify": EXAMINER}
    for actor, action, params in ((TEACHER, "save_draft", {**on, "grade": "U", "exam_date": "2026-01-15"}),
                                  (TEACHER, "mark_ready", ready), (EXAMINER, "certify", on),
                                  (TEACHER, "save_draft", {**on, "grade": "G", "exam_date": "2026-01-20"}),
                                  (TEACHER, "mark_ready", ready)):
        answer = json.loads(handle(json.dumps({"op": "act", "state": state, "actor": actor, "action": action,
                                               "params": params, "today": day})))
        assert answer["ok"], answer
        state = answer["state"]
    return {"v": 1, "scenario": "written_exam", "actor": EXAMINER, "state": state, "log": []}


def test_an_action_on_a_row_is_on_that_rows_result(browser: Any, server: str) -> None:
    """Remove on the certified row removes the certified result, not the result marked as ready beside it: the
    action goes with the subject the view gave the row, the one its buttons were decided with."""
    work = certified_then_ready_again()
    with counted(browser, server) as page:
        page.goto(url(server, "en", "written_exam"))
        page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [KEY, json.dumps(work)])
        page.reload()
        wait_ready(page)
        row_for(page, "Alva Exempel", "Written exam")
        certified = page.locator(".ladok-view tr.ladok-row", has_text="Alva Exempel").filter(
            has_text=label("state.certified", "en"))
        remove = certified.locator("xpath=following-sibling::tr[1]").get_by_role(
            "button", name=label("action.remove", "en"), exact=True)
        click(page, remove)
        sent = page.evaluate("() => window.ladokRequests.filter((r) => r.op === 'act').at(-1)")
        certified_id = next(r["id"] for r in work["state"]["results"] if r["status"] == "certified")
        assert sent["params"]["result"] == certified_id and "student" not in sent["params"]
        after = {r["id"]: r["status"] for r in saved(page)["state"]["results"]}
        assert after == {certified_id: "removed", certified_id + 1: "ready"}


def test_a_row_nothing_can_be_done_on_says_why_and_the_step_stays_playable(browser: Any, server: str) -> None:
    """A student registered on another course: the row says why, in the engine's words, before anything is tried;
    the guided step that wants that refusal is still taken from More functions, and says the same."""
    names, modules = people_and_modules("missing_student")
    steps = all_scenarios()["missing_student"].steps
    with counted(browser, server) as page:
        page.goto(url(server, "en", "missing_student"))
        open_sandbox(page)
        frej = next(i for i, step in enumerate(steps) if step.expect == "registered_on_other_course")
        play(page, "missing_student", "en", frej)  # Frej found by the search
        row = row_for(page, names[FREJ], modules["INL1"][1])
        actions = row.locator("xpath=following-sibling::tr[1]")
        why = actions.locator(".ladok-why-not")
        assert why.inner_text().startswith(f"{names[FREJ]} is registered on INX100")
        assert actions.locator("summary").get_attribute("aria-describedby") == why.get_attribute("id")
        assert actions.locator("td > .ladok-buttons > button").count() == 0, "no action offered on the row"
        do_step(page, steps[frej], "en", names, modules)  # through More functions
        assert page.locator(".ladok-view .ladok-outcome-refused").inner_text().endswith(why.inner_text())
        assert step_number(page) == frej + 2, "the guide has gone on to the step after it"


# The class of every element the page builds (or changes the class of), from now on.
BUILT = """() => {
  window.ladokBuilt = [];
  const set = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (name === "class") window.ladokBuilt.push(String(value));
    return set.call(this, name, value);
  };
}"""

# Every change to the elements of the sandbox's parts named, from now on.
WATCH = """(selectors) => {
  window.ladokTouched = [];
  for (const selector of selectors) {
    new MutationObserver(() => window.ladokTouched.push(selector)).observe(document.querySelector(selector),
      { subtree: true, childList: true, attributes: true, characterData: true });
  }
}"""


def test_an_action_redraws_what_it_changed_and_each_log_stays_its_own(browser: Any, server: str) -> None:
    """A save changes its row, the status line and the log, and nothing else is drawn again: the roles, the tabs,
    the heading and the notices are left untouched, the course, the module picker and heading and the search box
    not even built again, and the log's earlier entries stay the elements they were, only the new one built.
    Opening a form then (on another row, then on this one) builds the form alone, and the outcome stays the
    element it was. Each person's log, its entries drawn once and kept, still says what that person was told after
    changes of role."""
    with counted(browser, server) as page:
        page.goto(url(server, "en", "written_exam"))
        open_sandbox(page)
        play(page, "written_exam", "en", 1)
        log = page.locator(".ladok-log li")
        page.evaluate("() => { document.querySelector('.ladok-log li').ladokFirst = true; }")
        page.evaluate(WATCH, [".ladok-roles", ".ladok-tabs", ".ladok-viewing", ".ladok-notice-list"])
        page.evaluate(BUILT)
        before = log.all_text_contents()
        row = row_for(page, "Alva Exempel", "Written exam")
        row.locator("select").select_option("U" if row.locator("select").input_value() != "U" else "G")
        click(page, row.locator("xpath=following-sibling::tr[1]").get_by_role(
            "button", name=label("action.save_draft", "en"), exact=True))
        assert page.locator(".ladok-view .ladok-outcome-done").count() == 1
        assert page.evaluate("() => window.ladokTouched") == []
        built = page.evaluate("() => window.ladokBuilt")
        assert "ladok-row" in built, "the row saved is built anew"
        assert {"ladok-course", "ladok-picker", "ladok-module", "ladok-inline ladok-search-rows"}.isdisjoint(built)
        assert len([c for c in built if c.startswith("ladok-log-")]) == 1, "the new entry of the log alone"
        assert page.evaluate("() => document.querySelector('.ladok-log li').ladokFirst") is True
        teacher = log.all_text_contents()
        assert teacher[: len(before)] == before and len(teacher) == len(before) + 1
        page.evaluate("() => { document.querySelector('.ladok-view .ladok-outcome').ladokSame = true; }")
        other = page.locator(".ladok-view tr.ladok-row").filter(has_not_text="Alva Exempel").first
        others = other.locator("xpath=following-sibling::tr[1]")
        others.locator("summary").click()  # More functions: its Mark as ready, on a row drawn before the save
        for buttons in (others, row.locator("xpath=following-sibling::tr[1]")):
            page.evaluate(BUILT)
            click(page, buttons.get_by_role("button", name=label("ui.mark_ready", "en"), exact=True))
            built = page.evaluate("() => window.ladokBuilt")
            assert "ladok-markready" in built, "the form opens"
            assert not {"ladok-row", "ladok-row-actions"} & set(built), "no row nor its buttons built again"
            assert page.evaluate("() => document.querySelector('.ladok-view .ladok-outcome').ladokSame") is True
        choose_role(page, EXAMINER)
        examiner = log.all_text_contents()
        assert not set(examiner) & set(teacher), "the examiner is told none of what the teacher was"
        choose_role(page, TEACHER)
        again = log.all_text_contents()
        assert again[: len(teacher)] == teacher and len(again) == len(teacher) + 1, "the teacher's log as it was"
