"""Where is my result? The tool by keyboard and by mouse, at a laptop's and a phone's size, light and dark, in both
languages; a link with the inputs opens the answer, a bad input in a link or the form is said beside its field and in
a summary and loses nothing; without JavaScript the page gives the decision list.

The page's clock is set to Friday 2026-04-10 (or 04-22, the day after the last day for an exam on 03-27), so the
answers are those the engine tests count by hand."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import Watch
from tests.browser.driver import press_open
from tests.browser.test_site import axe_findings

PAGE = {"sv": "/student/where-is-my-result/", "en": "/en/student/where-is-my-result/"}
WITHIN, AFTER = "2026-04-10T10:00:00", "2026-04-22T10:00:00"
ANSWERS = "shows=nothing&registered=yes&on_time=yes&rest=yes&graded=no"


def start(page: Any, server: str, lang: str, query: str = "", day: str = WITHIN) -> None:
    page.clock.set_fixed_time(day)
    page.goto(server + PAGE[lang] + (f"?{query}" if query else ""))
    if query:
        page.wait_for_selector(".ladok-result > *", timeout=90_000)


def open_tool(page: Any, keyboard: bool) -> None:
    press_open(page, page.locator(".ladok-tool .ladok-open"), keyboard)
    page.wait_for_selector(".ladok-tool form", timeout=90_000)


def focused(page: Any) -> str:
    found: str = page.evaluate("() => document.activeElement.id || document.activeElement.className")
    return found


def answer_text(page: Any) -> str:
    page.wait_for_selector(".ladok-result .ladok-answer, .ladok-result [role=alert]")
    text: str = page.locator(".ladok-result").inner_text()
    return text


def test_by_keyboard_in_swedish_a_late_result_and_whom_to_ask(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    start(page, server, "sv", day=AFTER)
    open_tool(page, keyboard=True)
    assert focused(page) == "diagnosis-part", "focus on the first question"
    for _ in range(3):  # Välj en del, Moment 1, Moment 2, Moment 3
        page.keyboard.press("ArrowDown")
    assert page.locator("#diagnosis-part").input_value() == "3"
    page.keyboard.press("Tab")  # the course's parts, folded away
    page.keyboard.press("Tab")
    assert focused(page) == "diagnosis-exam"
    page.keyboard.type("2026-03-27")
    page.keyboard.press("Tab")  # the re-take, left empty
    for choice in ("nothing", "yes", "yes", "yes", "no"):  # one Tab into each group; Space or an arrow chooses
        page.keyboard.press("Tab")
        group = page.evaluate("() => document.activeElement.name")
        while page.evaluate("() => document.activeElement.value") != choice:
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")
        assert page.locator(f"input[name='{group}']:checked").get_attribute("value") == choice
    page.keyboard.press("Tab")
    page.keyboard.type("WEB010")
    page.keyboard.press("Enter")
    text = answer_text(page)
    assert text.startswith("Resultatet är sent.")
    assert "Resultatet skulle ha funnits i Ladok senast tisdag 2026-04-21." in text
    assert "Får du inget svar, fråga din institutions studieadministration." in text
    assert page.evaluate("() => document.activeElement.closest('.ladok-result') !== null"), "the answer has focus"
    message = page.locator("#diagnosis-message").input_value()
    assert message.startswith("Hej!\n\nJag blev klar med moment 3 i WEB010 den 2026-03-27.")
    query = parse_qs(urlsplit(page.url).query)
    assert query["part"] == ["3"] and query["exam"] == ["2026-03-27"] and query["graded"] == ["no"]
    assert axe_findings(page) == []
    assert watch.errors == [] and watch.foreign() == []


def test_by_mouse_on_a_phone_in_english_in_the_dark_with_a_message_to_copy(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        start(page, server, "en")
        open_tool(page, keyboard=False)
        page.select_option("#diagnosis-part", "1")
        page.fill("#diagnosis-exam", "2026-03-27")
        for question, choice in (("shows", "No result"), ("registered", "Not sure"), ("on_time", "Yes"),
                                 ("rest", "Yes"), ("graded", "Yes")):
            page.locator(f"#diagnosis-{question}").get_by_label(choice, exact=True).check()
        page.get_by_role("button", name="Show the answer").click()
        text = answer_text(page)
        assert text.startswith("The result is probably waiting to be certified.")
        assert "its status is “Draft” or “Marked as ready”" in text
        assert "CSN can see the credits from Wednesday 2026-04-01, and by Thursday 2026-04-23 at the latest." in text
        assert "Check in Ladok, too, that you are registered on the course this term." in text
        assert "together with assignment 2" in text
        page.get_by_role("button", name="Copy the message").click()
        page.locator(".ladok-result [role=status]").filter(has_text="The message is copied.").wait_for()
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert copied.startswith("Hello,\n\nI finished assignment 1 on 2026-03-27 and know my grade")
        page.locator(".ladok-result details summary").click()
        assert "Jag blev klar med moment 1" in page.locator(".ladok-result details textarea").input_value()
        wide = page.evaluate("""() => [...document.querySelectorAll('.ladok-box, .ladok-box *')]
          .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 0.5)
          .map((e) => e.tagName + '.' + e.className)""")
        assert wide == []
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        page.wait_for_timeout(400)  # the header's title fades in as the page scrolls: let it end before axe
        assert axe_findings(page) == []
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


def test_a_link_with_the_inputs_opens_the_answer_with_the_form_filled_in(context: Any, watch: Watch,
                                                                        server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    start(page, server, "en", f"part=project&exam=2026-03-27&retake=2026-04-20&{ANSWERS}&course=WEB010")
    text = answer_text(page)
    assert text.startswith("The result is late."), "the re-take's margin made the last day 2026-04-02"
    assert "The result should have been in Ladok by Thursday 2026-04-02." in text
    assert "This part is a module of its own, “Project”, with 2.5 credits." in text
    assert page.evaluate("() => document.activeElement.closest('.ladok-result') !== null"), "the answer has focus"
    assert page.locator("#diagnosis-part").input_value() == "project"
    assert page.locator("#diagnosis-retake").input_value() == "2026-04-20"
    assert page.locator("#diagnosis-graded input:checked").get_attribute("value") == "no"
    own = "parts=Labs:1.5:lab1,lab2;Exam:6:exam&part=exam&exam=2026-03-27&" + ANSWERS.replace("&rest=yes", "")
    start(page, server, "sv", own)
    text = answer_text(page)
    assert "Den här delen är en egen modul, ”Exam”, med 6 hp." in text
    assert page.locator("details.ladok-parts").get_attribute("open") is not None, "the course's own parts shown"
    assert page.get_by_label("Del 1").input_value() == "Labs"
    assert watch.errors == [] and watch.foreign() == []


@pytest.mark.parametrize(
    ("query", "field", "message", "kept"),
    [
        (f"part=3&exam=2026-02-30&{ANSWERS}", "exam", "2026-02-30 är inte ett datum.", "2026-02-30"),
        (f"part=3&exam=2026-04-11&{ANSWERS}", "exam", "Examinationsdatumet 2026-04-11 ligger efter i dag", "2026-04-11"),
        (f"part=3&exam=2026-03-27&retake=snart&{ANSWERS}", "retake", "snart är inte ett datum.", "snart"),
        (f"part=9&exam=2026-03-27&{ANSWERS}", "part", "Delen 9 finns inte i kursen.", None),
        (f"part=3&exam=2026-03-27&{ANSWERS.replace('registered=yes', 'registered=kanske')}", "registered",
         "kanske är inte ett av svaren på frågan ”Är du registrerad på kursen den här terminen?”", None),
        ("part=3&exam=2026-03-27&shows=nothing", "registered",
         "Frågan ”Är du registrerad på kursen den här terminen?” har inget svar.", None),
        (f"parts=Labb:tre:labb1&part=labb1&exam=2026-03-27&{ANSWERS}", "structure",
         "”Poäng (hp)” måste vara ett tal från 0,5 till 60, inte tre.", None),
    ],
)
def test_a_bad_input_in_a_link_is_said_beside_its_field_and_loses_nothing(context: Any, watch: Watch, server: str,
                                                                         query: str, field: str, message: str,
                                                                         kept: str | None) -> None:
    page = context.new_page()
    watch.attach(page)
    start(page, server, "sv", query)
    summary = page.locator(".ladok-result [role=alert]")
    assert message in summary.inner_text()
    assert page.evaluate("() => document.activeElement.closest('.ladok-result') !== null"), "the summary has focus"
    beside = page.locator(f"#diagnosis-{field}-error")
    assert message in beside.inner_text()
    assert page.locator(f"#diagnosis-{field}").get_attribute("aria-invalid") == "true"
    if kept is not None:
        assert page.locator(f"#diagnosis-{field}").input_value() == kept, "the reader's input is kept to correct"
    assert page.locator(".ladok-result .ladok-answer").count() == 0, "nothing was answered"
    summary.locator("a").first.click()
    assert page.evaluate("(id) => document.activeElement.closest('#' + id) !== null", f"diagnosis-{field}")
    assert watch.errors == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (f"part=3&part=4&exam=2026-03-27&{ANSWERS}", "The address gives part more than once"),
        (f"parts=labs-without-credits&part=1&exam=2026-03-27&{ANSWERS}",
         "In the address, parts=labs-without-credits is not parts written as name:hp:assignment,assignment"),
    ],
)
def test_an_address_that_cannot_be_read_is_named_before_anything_is_asked(context: Any, watch: Watch, server: str,
                                                                          query: str, message: str) -> None:
    page = context.new_page()
    watch.attach(page)
    start(page, server, "en", query)
    assert message in page.locator(".ladok-result [role=alert]").inner_text()
    assert page.locator(".ladok-result .ladok-answer").count() == 0
    assert page.locator("#diagnosis-exam").input_value() == "2026-03-27", "the rest of the address is kept"
    assert watch.errors == []


def test_a_mistake_in_the_form_is_corrected_in_place(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    start(page, server, "en", f"part=3&{ANSWERS}")
    assert "“The day of the exam or the hand-in” is missing." in page.locator("#diagnosis-exam-error").inner_text()
    page.fill("#diagnosis-exam", "2026-03-27")
    page.get_by_role("button", name="Show the answer").click()
    page.wait_for_selector(".ladok-result .ladok-answer")
    assert page.locator(".ladok-field-error").count() == 0 and page.locator("[aria-invalid]").count() == 0
    assert page.locator("#diagnosis-exam").get_attribute("aria-describedby") == "diagnosis-exam-hint"
    assert watch.errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", [(1280, 800), (390, 844)])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_answer_and_the_problems_pass_axe(browser: Any, server: str, lang: str, size: tuple[int, int],
                                              scheme: str) -> None:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, color_scheme=scheme)
    watch = Watch(server)
    try:
        page = context.new_page()
        watch.attach(page)
        for query in (f"part=1&exam=2026-03-27&{ANSWERS.replace('graded=no', 'graded=yes')}",
                      f"part=9&exam=x&{ANSWERS}"):
            start(page, server, lang, query, AFTER)
            page.wait_for_timeout(400)  # the header's title fades in as the page scrolls: let it end before axe
            assert axe_findings(page) == [], query
            if size[0] == 390:
                assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_without_javascript_the_page_gives_the_decision_list(browser: Any, server: str, lang: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server + PAGE[lang])
        items = page.locator("#listan ~ ol > li")
        assert items.count() == 8
        first, last = items.first.inner_text(), items.last.inner_text()
        if lang == "sv":
            assert first.startswith("Om Ladok visar ett resultat för delen: Resultatet är attesterat")
            assert last.startswith("Annars: Resultatet är troligen inte klart än")
            assert "Sista dagen för resultatet är 15 arbetsdagar efter examinationen" in last
        else:
            assert first.startswith("If Ladok shows a result for the part: The result is certified")
            assert "CSN can see a certified result 1–2 working days after certification." in last
        assert page.locator(".ladok-tool noscript").count() == 1
    finally:
        context.close()
