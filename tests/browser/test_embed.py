"""Every embed page in a frame on another site, as a learning platform shows it: the frame code is the one the
guide's own page offers (copied from its box), pasted into a page served from http://localhost on a second port, so
the guide (http://127.0.0.1) is a third party there. Each widget is used by keyboard in a narrow frame (320 px) and
by mouse in a wide one (1280 px), in one language each; the frame never scrolls sideways, axe finds nothing inside
it, and "Open in the full guide" opens the full guide with the same answer or state."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_site.embed.catalog import Embed, embeds
from tests.browser.conftest import Watch, _Quiet
from tests.browser.driver import WORK_SEEN, lang_of, press_open, step_number, target_titles, wait_ready
from tests.browser.driver_routes import do_route_step
from tests.browser.test_site import axe_findings

NARROW, WIDE = 320, 1280
# Where each embed's widget is on the full guide (inside a language's folder).
FULL = {"deadline": "teacher/deadlines/", "credits": "student/credits/", "diagnosis": "student/where-is-my-result/",
        "selfcheck": "practise/check-yourself/"}
SIDEWAYS = "() => document.documentElement.scrollWidth <= innerWidth"


class InFrame:
    """A frame driven as driver.py drives a page: the frame's locators and scripts, the page's keyboard."""

    def __init__(self, page: Any, frame: Any) -> None:
        self.page, self.frame, self.keyboard = page, frame, page.keyboard

    def __getattr__(self, name: str) -> Any:
        return getattr(self.frame, name)


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A second site: pages that frame the guide, served from http://localhost:PORT."""
    folder = tmp_path_factory.mktemp("host")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://localhost:{httpd.server_address[1]}", folder
    httpd.shutdown()


@dataclass
class Framed:
    page: Any  # the host's page
    frame: InFrame
    watch: Watch
    context: Any


def full_path(embed: Embed, lang: str) -> str:
    prefix = "" if lang == "sv" else "en/"
    page = FULL.get(embed.name) or f"practise/{embed.slug}/"
    return f"/{prefix}{page}"


@contextmanager
def framed(browser: Any, server: str, host: tuple[str, Path], embed: Embed, lang: str, width: int,
           query: str = "", before: Callable[[Any], None] | None = None) -> Iterator[Framed]:
    """The embed in a frame of `width` on the host's page, with the frame code taken from the guide's own page
    (where `before` may first do something as a reader of the full guide)."""
    context = browser.new_context(viewport={"width": width + 120, "height": 900})
    context.add_init_script(WORK_SEEN)  # the frame cannot save: the driver reads the work it tells (driver.py)
    watch = Watch(server)
    try:
        guide = context.new_page()
        guide.goto(server + full_path(embed, lang))
        guide.locator(".ladok-embed-code-copy:not([hidden])").wait_for(state="attached")  # the code is made final
        code = guide.locator("textarea.ladok-embed-code-text").input_value()
        if before:
            before(guide)
        guide.close()
        assert f'src="{server}/{embed.path(lang)}"' in code, "the code names the embed page where it is served"
        if query:
            code = code.replace(f'{embed.path(lang)}"', f'{embed.path(lang)}{query}"')
        page_name = f"{embed.slug}-{lang}-{width}.html"
        (host[1] / page_name).write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course</title>'
            f'<link rel="icon" href="data:,"></head><body><h1>A course page</h1>'
            f'<div style="width: {width}px">{code}</div></body></html>', encoding="utf-8")
        page = context.new_page()
        watch.attach(page)
        context.on("page", watch.attach)  # the full guide, opened from the frame
        page.goto(f"{host[0]}/{page_name}")
        frame = loaded_frame(page, f"/{embed.path(lang)}")
        assert frame.evaluate("() => document.documentElement.lang") == lang
        yield Framed(page, InFrame(page, frame), watch, context)
        assert watch.errors == []
        allowed = (server + "/", f"{host[0]}/{page_name}", "data:", "blob:")
        others = [u for u in watch.requests if not u.startswith(allowed)]
        assert others == [], "nothing but the guide's host (and the host page itself)"
    finally:
        context.close()


def loaded_frame(page: Any, address: str) -> Any:
    """The page's frame once it has loaded `address` (the code asks for a lazy frame: it loads once in view)."""
    handle = page.locator("iframe").element_handle()
    for _ in range(300):
        frame = handle.content_frame()
        if frame is not None and address in frame.url:
            frame.wait_for_load_state()
            return frame
        page.wait_for_timeout(100)
    raise AssertionError(f"the frame never loaded {address}")


def open_widget(frame: InFrame, keyboard: bool) -> None:
    press_open(frame, frame.locator(".ladok-open").first, keyboard)


def follow(framed: Framed, keyboard: bool) -> Any:
    """Follow "Open in the full guide" from the frame; the full guide's page, loaded."""
    link = framed.frame.locator("a.ladok-embed-full")
    with framed.context.expect_page() as opened:
        if keyboard:
            link.focus()
            framed.page.keyboard.press("Enter")
        else:
            link.click()
    full = opened.value
    full.wait_for_load_state()
    return full


def checked(framed: Framed) -> None:
    assert framed.frame.evaluate(SIDEWAYS), "nothing in the frame scrolls sideways"
    assert axe_findings(framed.frame) == []


def answer(page: Any) -> str:
    page.wait_for_selector(".ladok-result .ladok-answer", timeout=90_000)
    text: str = page.locator(".ladok-result").inner_text()
    return text


def embed_named(name: str) -> Embed:
    return next(e for e in embeds() if e.name == name)


# --- the tools ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "width", "keyboard"), [("sv", NARROW, True), ("en", WIDE, False)])
def test_the_deadline_calculator_in_a_frame(browser: Any, server: str, host: tuple[str, Path], lang: str,
                                            width: int, keyboard: bool) -> None:
    with framed(browser, server, host, embed_named("deadline"), lang, width) as f:
        open_widget(f.frame, keyboard)
        exam = f.frame.locator("#deadline-exam")
        exam.wait_for(timeout=90_000)
        if keyboard:
            f.page.keyboard.type("2026-03-27")
            f.page.keyboard.press("Tab")
            f.page.keyboard.type("2026-04-20")
            f.page.keyboard.press("Enter")
        else:
            exam.fill("2026-03-27")
            f.frame.locator("#deadline-retake").fill("2026-04-20")
            f.frame.get_by_role("button", name="Calculate").click()
        shown = answer(f.frame)
        assert ("torsdag 2026-04-02" if lang == "sv" else "Thursday 2026-04-02") in shown
        checked(f)
        full = follow(f, keyboard)
        assert "exam=2026-03-27" in full.url and "retake=2026-04-20" in full.url
        assert answer(full) == shown, "the full guide opens with the same answer"


@pytest.mark.parametrize(("lang", "width", "keyboard"), [("en", NARROW, True), ("sv", WIDE, False)])
def test_the_credit_timeline_in_a_frame(browser: Any, server: str, host: tuple[str, Path], lang: str, width: int,
                                        keyboard: bool) -> None:
    with framed(browser, server, host, embed_named("credits"), lang, width) as f:
        open_widget(f.frame, keyboard)
        first = f.frame.locator("[data-moment='1']")
        first.wait_for(timeout=90_000)
        for moment, day in (("1", "2026-03-20"), ("2", "2026-03-27")):
            field = f.frame.locator(f"[data-moment='{moment}']")
            if keyboard:
                field.focus()
                f.page.keyboard.type(day)
            else:
                field.fill(day)
        required, by = f.frame.locator("#credits-required"), f.frame.locator("#credits-by")
        if keyboard:
            required.focus()
            f.page.keyboard.type("5")
            f.page.keyboard.press("Tab")
            f.page.keyboard.type("2026-06-15")
            f.page.keyboard.press("Enter")
        else:
            required.fill("5")
            by.fill("2026-06-15")
            f.frame.get_by_role("button", name="Visa tidslinjen").click()
        shown = answer(f.frame)
        assert "2026-03-27" in shown
        checked(f)
        full = follow(f, keyboard)
        assert "done=1:2026-03-20,2:2026-03-27" in full.url
        assert answer(full) == shown


DIAGNOSIS = {"shows": "nothing", "registered": "yes", "on_time": "yes", "rest": "yes", "graded": "no"}


@pytest.mark.parametrize(("lang", "width", "keyboard"), [("sv", NARROW, True), ("en", WIDE, False)])
def test_where_is_my_result_in_a_frame(browser: Any, server: str, host: tuple[str, Path], lang: str, width: int,
                                       keyboard: bool) -> None:
    with framed(browser, server, host, embed_named("diagnosis"), lang, width) as f:
        open_widget(f.frame, keyboard)
        part = f.frame.locator("#diagnosis-part")
        part.wait_for(timeout=90_000)
        if keyboard:
            for _ in range(3):
                f.page.keyboard.press("ArrowDown")  # the first part's third assignment
            f.frame.locator("#diagnosis-exam").focus()
            f.page.keyboard.type("2026-03-27")
            for question, value in DIAGNOSIS.items():
                f.frame.locator(f"#diagnosis-{question}-{value}").focus()
                f.page.keyboard.press("Space")
            f.frame.locator("form.ladok-form button[type=submit]").focus()
            f.page.keyboard.press("Enter")
        else:
            part.select_option("3")
            f.frame.locator("#diagnosis-exam").fill("2026-03-27")
            for question, value in DIAGNOSIS.items():
                f.frame.locator(f"#diagnosis-{question}-{value}").check()
            f.frame.locator("form.ladok-form button[type=submit]").click()
        shown = answer(f.frame)
        checked(f)
        full = follow(f, keyboard)
        assert "part=3" in full.url and "exam=2026-03-27" in full.url
        assert answer(full).split("\n")[:4] == shown.split("\n")[:4], "the same answer, title, why and dates"


# --- the guided exercises -------------------------------------------------------------------------------------------


def acting(page: Any) -> str | None:
    found: str | None = page.locator(".ladok-roles button[aria-pressed=true]").get_attribute("data-person")
    return found


def by_keyboard() -> set[str]:
    """The exercises done by keyboard in a frame: for each screen that the exercises' first two steps use, the first
    exercise that uses it, so that every such screen is used by keyboard in a frame; the others go by mouse."""
    chosen: set[str] = set()
    screens: set[str] = set()
    for key, scenario in all_scenarios().items():
        used = {str(getattr(step.screen_of(), "value", step.screen_of())) for step in scenario.steps[:2]}
        if used - screens:
            chosen.add(key)
            screens |= used
    return chosen


# Every exercise once in the narrow frame (the one where something scrolls sideways first), by keyboard in Swedish
# or by mouse in English (`by_keyboard`); the wide frame once, by mouse in English. (Each exercise in both frames
# and both ways was twice the time and met no screen, frame or way of working that these runs do not.)
EXERCISES_IN_FRAMES = [
    *((key, NARROW, key in by_keyboard()) for key in all_scenarios()),
    ("written_exam", WIDE, False),
]


@pytest.mark.parametrize(("key", "width", "keyboard"), EXERCISES_IN_FRAMES)
def test_each_guided_exercise_in_a_frame(browser: Any, server: str, host: tuple[str, Path], key: str, width: int,
                                         keyboard: bool) -> None:
    lang = "sv" if keyboard else "en"
    embed = next(e for e in embeds() if e.name == key)
    with framed(browser, server, host, embed, lang, width) as f:
        open_widget(f.frame, keyboard)
        wait_ready(f.frame)
        steps = all_scenarios()[key].steps
        start = all_scenarios()[key].start
        names = {s.pnr: s.name for s in start.students}
        for step in steps[:2]:
            do_route_step(f.frame, step, lang_of(f.frame), names, target_titles(key), keyboard=keyboard)
        after = 3 if len(steps) > 2 else None
        assert step_number(f.frame) == after
        checked(f)
        actor = acting(f.frame)
        full = follow(f, keyboard)
        wait_ready(full)
        full.wait_for_selector(".ladok-notice")
        assert "#sandbox=" not in full.url, "the sandbox took the link out of the address as it read it"
        assert step_number(full) == after and acting(full) == actor, "the full guide opens at the same state and step"
        assert f.frame.locator(".ladok-linkrow").is_hidden(), \
            "the link is made from the work the sandbox told (ladok:work), not by pressing its Copy link"


# --- the self-check ---------------------------------------------------------------------------------------------------


def answer_fourth(page: Any) -> None:
    """On the full guide, the reader's own answer to the fourth question, kept there before the embed is used."""
    page.wait_for_selector(".ladok-sc-controls")
    question = page.locator(".ladok-question").nth(3)
    question.locator("input[type=radio]").nth(int(question.get_attribute("data-answer"))).check()
    question.locator("button.md-button--primary").click()


@pytest.mark.parametrize(("lang", "width", "keyboard"), [("sv", NARROW, True), ("en", WIDE, False)])
def test_the_self_check_in_a_frame(browser: Any, server: str, host: tuple[str, Path], lang: str, width: int,
                                   keyboard: bool) -> None:
    """The answers from the frame are added to those the full guide keeps: its own fourth answer stays."""
    with framed(browser, server, host, embed_named("selfcheck"), lang, width, before=answer_fourth) as f:
        f.frame.wait_for_selector(".ladok-sc-controls")
        questions = f.frame.locator(".ladok-question")
        states = []
        for i in range(3):
            question = questions.nth(i)
            marked = int(question.get_attribute("data-answer"))
            choice = marked if i else (marked + 1) % question.locator("input[type=radio]").count()
            radio = question.locator("input[type=radio]").nth(choice)
            if keyboard:
                radio.focus()
                f.page.keyboard.press("Space")
                question.locator("button.md-button--primary").focus()
                f.page.keyboard.press("Enter")
            else:
                radio.check()
                question.locator("button.md-button--primary").click()
            states.append(question.get_attribute("data-state"))
        assert states == ["wrong", "right", "right"]
        checked(f)
        full = follow(f, keyboard)
        full.wait_for_selector(".ladok-sc-controls")
        assert "#answers=" not in full.url
        shown = full.locator(".ladok-question")
        assert [shown.nth(i).get_attribute("data-state") for i in range(5)] == [*states, "right", None]
        assert full.locator(".ladok-sc-note").first.is_visible()


def test_the_box_copies_the_frame_code_with_the_address_the_guide_is_served_from(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    try:
        page = context.new_page()
        page.goto(f"{server}/en/student/credits/")
        page.locator(".ladok-embed-code summary").click()
        page.get_by_role("button", name="Copy the code").click()
        page.get_by_text("The code is copied.").wait_for()
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert copied.startswith(f'<iframe src="{server}/en/embed/credits/" title="Your timeline for the credits – ')
        assert axe_findings(page) == []
    finally:
        context.close()


def test_the_embed_follows_the_reader_s_dark_setting(browser: Any, server: str, host: tuple[str, Path]) -> None:
    context = browser.new_context(viewport={"width": 500, "height": 800}, color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(f"{server}/en/embed/deadline/")
        assert page.evaluate("() => document.body.dataset.mdColorScheme") == "slate"
        assert axe_findings(page) == []
    finally:
        context.close()

