"""The deadline calculator and the credit timeline, in both languages, by keyboard and by mouse, with clear
messages for impossible input."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import Watch
from tests.browser.test_site import axe_findings


def open_tool(page: Any, server: str, path: str, keyboard: bool) -> None:
    page.goto(server + path)
    button = page.locator(".ladok-tool .ladok-open")
    if keyboard:
        button.focus()
        page.keyboard.press("Enter")
    else:
        button.click()
    page.wait_for_selector(".ladok-tool form", timeout=90_000)


def result(page: Any) -> str:
    page.wait_for_selector(".ladok-result > *")
    text: str = page.locator(".ladok-result").inner_text()
    return text


def test_deadline_by_keyboard_in_swedish(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    open_tool(page, server, "/teacher/deadlines/", keyboard=True)
    assert page.evaluate("() => document.activeElement.id") == "deadline-exam"
    page.keyboard.type("2026-03-27")
    page.keyboard.press("Enter")
    text = result(page)
    assert "Sista dag för resultat: tisdag 2026-04-21." in text
    assert "Arbetsdagsregeln styr." in text
    assert "Långfredagen (fredag 2026-04-03), Annandag påsk (måndag 2026-04-06)" in text
    assert axe_findings(page) == []
    assert page.evaluate("() => document.activeElement.closest('.ladok-result') !== null"), "the answer has focus"
    page.keyboard.press("Shift+Tab")  # back from the answer: Calculate, then the re-take's field
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.id") == "deadline-retake"
    page.keyboard.type("2026-04-20")  # 14 days before is Easter Monday: back past Good Friday to Thursday
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.ladok-result').innerText.includes('Omtentamensregeln')")
    text = result(page)
    assert "Sista dag för resultat: torsdag 2026-04-02." in text
    assert "Långfredagen (fredag 2026-04-03), Annandag påsk (måndag 2026-04-06)" in text
    assert watch.errors == [] and watch.foreign() == []


@pytest.mark.parametrize(
    ("exam", "retake", "message"),
    [
        ("2026-02-30", "", "2026-02-30 is not a date. Write the date as YYYY-MM-DD"),
        ("next friday", "", "next friday is not a date."),
        ("2050-01-10", "", "2050-01-10 is outside the calendar this guide knows"),
        ("2026-05-20", "2026-05-10", "The re-take (2026-05-10) must come after the exam (2026-05-20)."),
    ],
)
def test_deadline_refuses_impossible_dates_in_english(context: Any, watch: Watch, server: str, exam: str, retake: str,
                                                      message: str) -> None:
    page = context.new_page()
    watch.attach(page)
    open_tool(page, server, "/en/teacher/deadlines/", keyboard=False)
    page.fill("#deadline-exam", exam)
    page.fill("#deadline-retake", retake)
    page.get_by_role("button", name="Calculate").click()
    alert = page.locator(".ladok-result [role=alert]")
    assert message in alert.inner_text()
    assert watch.errors == []


def test_credit_timeline_by_mouse_in_english(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    open_tool(page, server, "/en/student/credits/", keyboard=False)
    for moment, day in (("1", "2026-03-20"), ("2", "2026-03-27"), ("3", "2026-05-08"), ("4", "2026-05-15")):
        page.fill(f"[data-moment='{moment}']", day)
    page.get_by_label("Already visible in Ladok 1").check()
    page.fill("#credits-required", "5")
    page.fill("#credits-by", "2026-05-20")
    page.get_by_role("button", name="Show the timeline").click()
    text = result(page)
    assert "Module 1: moments 1–2 (2.5 credits), done Friday 2026-03-27" in text
    assert "CSN can see the credits: Wednesday 2026-04-01 to Thursday 2026-04-23" in text
    assert "Project: reported once all is done. Left: the project." in text
    assert "You may reach 5 credits by Wednesday 2026-05-20, but only if everything goes fast." in text
    page.fill("#credits-by", "2026-06-15")
    page.get_by_role("button", name="Show the timeline").click()
    page.wait_for_function("() => document.querySelector('.ladok-result').innerText.includes('even if every step')")
    assert axe_findings(page) == []
    assert watch.errors == [] and watch.foreign() == []


def test_credit_timeline_by_keyboard_in_swedish_with_its_own_structure(context: Any, watch: Watch,
                                                                       server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    open_tool(page, server, "/student/credits/", keyboard=True)
    hp = page.get_by_label("Poäng (hp) 1")
    hp.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("tre")
    page.get_by_role("button", name="Visa tidslinjen").focus()
    page.keyboard.press("Enter")
    assert "”Poäng (hp)” måste vara ett tal från 0,5 till 60, inte tre." in result(page)
    hp.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("3")
    page.get_by_label("Klart den: Moment 1").focus()
    page.keyboard.type("2026-06-05")
    page.keyboard.press("Tab")
    page.keyboard.type("2026-06-05")
    page.get_by_role("button", name="Visa tidslinjen").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.ladok-result').innerText.includes('Kursmoment 1–2 (3 hp)')")
    text = result(page)
    assert "Examinator fattar beslutet, och du ser resultatet i Ladok: tisdag 2026-06-09 till måndag " \
           "2026-06-29" in text
    assert watch.errors == []


def test_staff_can_link_to_an_answer_already_filled_in(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(f"{server}/en/teacher/deadlines/?exam=2026-03-27&retake=2026-04-20")
    page.wait_for_selector(".ladok-result .ladok-answer", timeout=90_000)
    assert "Last day for results: Thursday 2026-04-02." in result(page)
    assert page.evaluate("() => document.activeElement.closest('.ladok-result') !== null"), "the answer has focus"
    assert page.locator("#deadline-exam").input_value() == "2026-03-27"
    page.goto(f"{server}/teacher/deadlines/?exam=imorgon")
    alert = page.locator(".ladok-result [role=alert]")
    alert.wait_for(timeout=90_000)
    assert "imorgon är inte ett datum" in alert.inner_text()
    assert page.locator("#deadline-exam").input_value() == "imorgon", "the reader's input is kept to correct"
    page.goto(f"{server}/en/student/credits/?done=1:2026-03-20,2:2026-03-27&required=2.5&by=2026-06-01")
    page.wait_for_selector(".ladok-result h4", timeout=90_000)
    text = result(page)
    assert "Module 1: moments 1–2 (2.5 credits), done Friday 2026-03-27" in text
    assert "Your teacher grades your work" in text and "marked as ready" not in text  # a student's words
    assert watch.errors == [] and watch.foreign() == []


def test_a_tool_fits_a_phone(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(f"{server}/student/credits/?done=1:2026-03-20,2:2026-03-27")
        page.wait_for_selector(".ladok-result h4", timeout=90_000)
        wide = page.evaluate("""() => [...document.querySelectorAll('.ladok-box, .ladok-box *')]
          .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 0.5)
          .map((e) => e.tagName + '.' + e.className)""")
        assert wide == []
    finally:
        context.close()
