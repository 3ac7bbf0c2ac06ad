"""Look and reach: the dark palette passes axe with every form of the sandbox open, the sticky status line and the
theme's "back to top" never cover what the reader works on, a form that opens is in view whole, a skip link goes
to the sandbox, "Select all" is said once, and on a phone no term falls apart and the lifecycle diagram fits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_engine.scenarios import EXAMINER, TEACHER
from guide_site import texts
from tests.browser import driver
from tests.browser.conftest import PhonePage, Watch
from tests.browser.driver import choose_role, do_step, open_sandbox, row_for, screen, settle
from tests.browser.test_sandbox import SIZES, people_and_modules, url
from tests.browser.test_site import axe_findings, pages

# Whether `element` (a locator's element) is wholly on screen and clear of the sticky header and status line.
CLEAR = """(e) => {
  const r = e.getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect();
  const status = document.querySelector('.ladok-statusbar');
  const s = status ? status.getBoundingClientRect() : null;
  const stuck = s && !status.contains(e) && e.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_PRECEDING;
  const under = stuck && r.top < s.bottom - 0.5 && r.bottom > s.top + 0.5;
  return {top: Math.round(r.top), bottom: Math.round(r.bottom), header: Math.round(header.bottom),
          status: s ? Math.round(s.bottom) : null, under: Boolean(under),
          inView: r.height > 0 && r.top >= header.bottom - 0.5 && r.bottom <= innerHeight + 0.5};
}"""


def clear(target: Any, where: str) -> None:
    seen = target.evaluate(CLEAR)
    assert seen["inView"] and not seen["under"], f"{where}: {seen}"


@contextmanager
def written_exam(browser: Any, server: str, lang: str, size: str, scheme: str = "light") -> Iterator[Any]:
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        page.goto(url(server, lang, "written_exam"))
        open_sandbox(page)
        yield page
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


def steps_done(page: Any, lang: str, count: int) -> None:
    names, modules = people_and_modules("written_exam")
    for step in all_scenarios()["written_exam"].steps[:count]:
        do_step(page, step, lang, names, modules)


def press_at_the_bottom(button: Any) -> None:
    """Click a button the reader has scrolled to the bottom edge of the screen, so what it opens starts below."""
    button.evaluate("e => e.scrollIntoView({block: 'end'})")
    button.click()


def open_mark_ready(page: Any, lang: str) -> Any:
    """As the teacher, press Mark as ready on Alva's draft (by mouse, which scrolls only to the button pressed)."""
    choose_role(page, TEACHER)
    row = row_for(page, "Alva Exempel", "Skriftlig tentamen" if lang == "sv" else "Written exam")
    actions = row.locator("xpath=following-sibling::tr[1]")
    press_at_the_bottom(actions.get_by_role("button", name=texts.label("ui.mark_ready", lang), exact=True))
    settle(page)
    return page.locator(".ladok-markready").get_by_role("button", name=texts.label("action.mark_ready", lang))


def open_confirm(page: Any, lang: str) -> Any:
    """As the examiner on the certify screen: tick the one result, press Certify; the confirming step opens."""
    choose_role(page, EXAMINER)
    screen(page, texts.label("action.certify", lang))
    page.locator(".ladok-view tbody input[type=checkbox]").first.check()
    settle(page)
    press_at_the_bottom(page.locator(".ladok-view").get_by_role("button", name=texts.label("action.certify", lang),
                                                                exact=True))
    settle(page)
    return page.locator(".ladok-confirm").get_by_role("button", name=texts.label("ui.certify_results", lang))


# --- the dark palette ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", list(SIZES))
def test_in_the_dark_every_form_of_the_sandbox_passes_axe(browser: Any, server: str, size: str) -> None:
    """Once per scenario: a refusal beside a row, the mark-as-ready form and the confirming certify step."""
    with written_exam(browser, server, "en", size, scheme="dark") as page:
        assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == "slate"
        steps_done(page, "en", 2)  # a draft, and a refusal beside it
        assert page.locator(".ladok-view .ladok-outcome-refused").count() == 1
        findings = [f"refusal: {f}" for f in axe_findings(page)]
        open_mark_ready(page, "en")
        findings += [f"mark as ready: {f}" for f in axe_findings(page)]
        page.locator(".ladok-markready").get_by_role("button", name="Mark as ready and notify").click()
        settle(page)
        open_confirm(page, "en")
        findings += [f"certify: {f}" for f in axe_findings(page)]
        assert findings == []


# --- nothing covers what the reader works on -----------------------------------------------------------------------


@pytest.mark.parametrize("size", list(SIZES))
def test_the_status_line_never_covers_a_control_or_an_outcome(browser: Any, server: str, size: str) -> None:
    with written_exam(browser, server, "sv", size) as page:
        steps_done(page, "sv", 2)
        clear(page.locator(".ladok-view .ladok-outcome"), "the refusal beside the row")
        for n in range(30):  # back up through the rows and the screens by keyboard, as a reader would
            page.keyboard.press("Shift+Tab")
            focused = page.locator(":focus")
            if not page.evaluate("() => document.activeElement.closest('.ladok-box') !== null"):
                break
            clear(focused, f"Shift+Tab {n + 1}: {focused.evaluate('e => e.outerHTML.slice(0, 80)')}")
        for n in range(30):
            page.keyboard.press("Tab")
            focused = page.locator(":focus")
            if page.evaluate("() => document.activeElement.closest('.ladok-view') === null && "
                             "document.activeElement.closest('.ladok-box') === null"):
                break
            clear(focused, f"Tab {n + 1}: {focused.evaluate('e => e.outerHTML.slice(0, 80)')}")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_form_that_opens_shows_its_send_button_at_a_laptops_size(browser: Any, server: str, lang: str) -> None:
    with written_exam(browser, server, lang, "laptop") as page:
        steps_done(page, lang, 2)
        send = open_mark_ready(page, lang)
        clear(send, "Mark as ready and notify")
        send.click()
        settle(page)
        clear(page.locator(".ladok-view .ladok-outcome"), "the outcome of marking as ready")
        confirm = open_confirm(page, lang)
        clear(confirm, "Certify results")


def test_the_themes_back_to_top_button_never_sits_over_the_sandbox(browser: Any, server: str) -> None:
    with written_exam(browser, server, "en", "laptop") as page:
        page.mouse.wheel(0, 1500)  # down past the sandbox's top, then a little up: Material shows its button
        page.wait_for_timeout(300)
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(500)
        over = page.evaluate("""() => {
          const top = document.querySelector('.md-top');
          if (!top || !top.getClientRects().length || top.hidden) return null;
          const t = top.getBoundingClientRect(), b = document.querySelector('.ladok-box').getBoundingClientRect();
          return t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom ? t.top : null;
        }""")
        assert over is None, f"Material's back-to-top button at y={over} lies over the sandbox"


# --- keyboard and the certify screen -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_skip_link_goes_straight_to_the_sandbox(context: Any, watch: Watch, server: str, lang: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(url(server, lang, "inspera"))
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.inner_text() == texts.label("ui.skip_to_sandbox", lang)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.classList.contains('ladok-open')"), "on the open button"
    assert page.locator(".ladok-open").evaluate("e => e.getBoundingClientRect().bottom <= innerHeight")
    page.keyboard.press("Enter")
    page.wait_for_selector(".ladok-sandbox .ladok-toolbar", timeout=90_000)
    settle(page)
    assert watch.errors == []
    page.goto(url(server, lang, "inspera").replace("/inspera/", "/"))  # the practice index: no sandbox, no link
    assert page.locator(".md-skip").count() >= 1 and page.locator("a.md-skip[href='#ladok-sandbox']").count() == 0


TABS_TO_OPEN = """() => document.activeElement && document.activeElement.classList.contains('ladok-open')"""


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_few_tabs_reach_the_button_that_opens_the_sandbox(context: Any, server: str, lang: str) -> None:
    """From the top of a practice page, pressing Tab and following the link that offers the sandbox (Enter): the
    button "Öppna övningsmiljön" is focused after one Tab (it took 34 before). The count without the link is printed."""
    page = context.new_page()
    page.goto(url(server, lang, "written_exam"))
    page.wait_for_selector(".ladok-open:not([hidden])")
    skip = texts.label("ui.skip_to_sandbox", lang)
    tabs = 0
    while not page.evaluate(TABS_TO_OPEN) and tabs < 60:
        page.keyboard.press("Tab")
        tabs += 1
        if page.evaluate("() => document.activeElement.textContent.trim()") == skip:
            page.keyboard.press("Enter")
    page.goto(url(server, lang, "written_exam"))
    page.wait_for_selector(".ladok-open:not([hidden])")
    without = 0
    while not page.evaluate(TABS_TO_OPEN) and without < 80:
        page.keyboard.press("Tab")
        without += 1
    print(f"Tabs to the open button: {tabs} with the skip link, {without} without")
    assert tabs == 1, tabs


def test_a_guided_step_takes_fewer_tabs(browser: Any, server: str) -> None:
    """The written exam by keyboard alone: the Tabs and Shift+Tabs each step needs (39 at most before this round;
    the driver counts them, arrow keys inside a toolbar not included)."""
    presses: list[int] = []
    names, modules = people_and_modules("written_exam")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(url(server, "en", "written_exam"))
        open_sandbox(page, keyboard=True)
        for step in all_scenarios()["written_exam"].steps:
            driver.TAB_PRESSES[0] = 0
            do_step(page, step, "en", names, modules, keyboard=True)
            presses.append(driver.TAB_PRESSES[0])
    finally:
        context.close()
    print("Tabs per step:", presses)
    assert max(presses) <= 25, presses


SAID = """(words) => {
  const view = document.querySelector('.ladok-view');
  const text = view.innerText.split(words).length - 1;
  const drawn = [...view.querySelectorAll('[data-label]')].filter((e) => e.getClientRects().length
    && getComputedStyle(e, '::before').content === `"${words}"`).length;
  return text + drawn;
}"""


@pytest.mark.parametrize("size", list(SIZES))
def test_select_all_is_said_once_on_the_certify_screen(browser: Any, server: str, size: str) -> None:
    with written_exam(browser, server, "en", size) as page:
        steps_done(page, "en", 3)  # one result marked as ready
        choose_role(page, EXAMINER)
        screen(page, texts.label("action.certify", "en"))
        assert page.locator(".ladok-view tbody input[type=checkbox]").count() == 1  # the one result marked as ready
        assert page.evaluate(SAID, "Select all") == 1
        page.get_by_label("Select all").check()
        settle(page)
        assert page.locator(".ladok-view tbody input[type=checkbox]").first.is_checked()


# --- phones --------------------------------------------------------------------------------------------------------

# Every "(" whose next visible character, or ")" whose previous one, is on another line of a stacked card.
LONE = (Path(__file__).parent / "lone_parenthesis.js").read_text(encoding="utf-8")


def test_on_a_phone_no_stacked_card_shows_a_lone_parenthesis(phone_in_the_dark: dict[str, PhonePage],
                                                              site_dir: Path) -> None:
    """Every page on a phone (seen once for the phone tests, conftest.py), its stacked cards read character by
    character."""
    assert list(phone_in_the_dark) == pages(site_dir), "every page was seen"
    checked = sum(seen.lone["parentheses"] for seen in phone_in_the_dark.values())
    problems = [f"{path}: {cell}" for path, seen in phone_in_the_dark.items() for cell in seen.lone["lone"]]
    assert checked > 100, "the pages' stacked cards have terms with their other-language names"
    assert problems == [], "\n".join(problems)


FITS = """() => {
  const figure = document.querySelector('figure.ladok-lifecycle');
  const shown = [...figure.querySelectorAll('svg')].filter((s) => s.getClientRects().length);
  const labels = shown.flatMap((s) => [...s.querySelectorAll('text')]).map((t) => t.getBoundingClientRect().height);
  return {shown: shown.length, width: figure.clientWidth, scroll: figure.scrollWidth,
          page: document.documentElement.scrollWidth, smallest: Math.min(...labels), labels: labels.length,
          svg: shown.length ? Math.round(shown[0].getBoundingClientRect().width) : 0};
}"""


@pytest.mark.parametrize("size", [(390, 844), (1280, 800)])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_lifecycle_diagram_fits_the_column_with_labels_of_12_px(browser: Any, server: str, lang: str,
                                                                   size: tuple[int, int]) -> None:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    try:
        page = context.new_page()
        page.goto(f"{server}{'/en' if lang == 'en' else ''}/reference/lifecycle/")
        seen = page.evaluate(FITS)
    finally:
        context.close()
    assert seen["shown"] == 1, seen
    assert seen["scroll"] <= seen["width"] and seen["svg"] <= seen["width"], f"no sideways scroll: {seen}"
    assert seen["page"] <= size[0], seen
    assert seen["labels"] > 10 and seen["smallest"] >= 12, seen


# --- the navigation at a laptop's width ---------------------------------------------------------------------------

# Every navigation label the reader can see (inside the sidebar's scrolled area) that the navigation's title, with the
# shadow Material draws around it, lies over.
UNDER_THE_TITLE = """() => {
  const title = document.querySelector('.md-sidebar--primary .md-nav--primary > .md-nav__title');
  const wrap = document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap').getBoundingClientRect();
  const t = title.getBoundingClientRect();
  const spread = parseFloat(getComputedStyle(title).boxShadow.split(' ').slice(-1)[0]) || 0;
  const shown = (r) => r.height > 0 && r.bottom > wrap.top + 0.5 && r.top < wrap.bottom - 0.5;
  if (!title.getClientRects().length || !shown(t)) return [];
  return [...document.querySelectorAll('.md-sidebar--primary .md-nav__link')]
    .filter((e) => !title.contains(e) && e.getClientRects().length)
    .map((e) => [e, e.getBoundingClientRect()])
    .filter(([, r]) => shown(r) && r.top < t.bottom + spread - 0.5 && r.bottom > t.top - spread + 0.5)
    .map(([e, r]) => `${e.textContent.trim()} at ${Math.round(r.top)} under the title at ${Math.round(t.top)}`);
}"""


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_navigations_title_never_lies_over_a_section_label(browser: Any, server: str, lang: str) -> None:
    """At 1280 x 800, with the page scrolled and with the navigation scrolled (a practice page deep in the list)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(url(server, lang, "partial_credits"))
        page.wait_for_load_state("networkidle")
        seen = {"at the top": page.evaluate(UNDER_THE_TITLE)}
        page.mouse.move(640, 500)
        page.mouse.wheel(0, 900)  # the page
        page.wait_for_timeout(400)
        seen["the page scrolled"] = page.evaluate(UNDER_THE_TITLE)
        page.mouse.move(150, 500)
        for step in (40, 80, 120):  # the navigation, a little at a time
            page.mouse.wheel(0, 40)
            page.wait_for_timeout(250)
            seen[f"the navigation scrolled {step} px"] = page.evaluate(UNDER_THE_TITLE)
        scrolled = page.evaluate("() => document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap').scrollTop")
    finally:
        context.close()
    assert scrolled > 0, "the navigation is longer than the screen and scrolls"
    assert {where: labels for where, labels in seen.items() if labels} == {}
