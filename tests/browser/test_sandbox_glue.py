"""The sandbox's controller and what it reads from the engine: only what needs the engine asks the worker (a tick, an
opened form, another tab and typing ask nothing; an action, another module or page asks once), the fields take the
engine's limits, and an action that takes a result away looks unlike the main action beside it because the
engine says it does."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from guide_engine import describe
from guide_engine.scenarios import EXAMINER
from tests.browser.conftest import Watch
from tests.browser.driver import (
    SCREEN_LABELS,
    choose_role,
    click,
    label,
    module,
    open_sandbox,
    open_tool,
    play,
    result,
    row_for,
    screen,
    settle,
    url,
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
        assert asks(page, lambda: screen(page, SCREEN_LABELS["activities"]("en"))) == [], "another tab"
        assert asks(page, lambda: screen(page, SCREEN_LABELS["report"]("en"))) == []
        assert asks(page, lambda: module(page, "Assignment")) == ["view"], "another module's rows"
        module(page, "Written exam")
        save = actions.get_by_role("button", name=label("action.save_draft", "en"), exact=True)
        assert asks(page, lambda: save.click()) == ["act"], "an action: one request, its answer drawn"
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
