"""The deadline calculator and the credit timeline, in both languages, by keyboard and by mouse, with clear
messages for impossible input."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.driver import open_tool, result, sized_page
from tests.browser.test_site import axe_findings

__all__ = ["open_tool", "result"]  # what other tests still take from here; they are the driver's


def test_deadline_by_keyboard_in_swedish(page: Any, server: str) -> None:
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


@pytest.mark.parametrize(
    ("exam", "retake", "message"),
    [
        ("2026-02-30", "", "2026-02-30 is not a date. Write the date as YYYY-MM-DD"),
        ("next friday", "", "next friday is not a date."),
        ("2050-01-10", "", "2050-01-10 is outside the calendar this guide knows"),
        ("2026-05-20", "2026-05-10", "The re-take (2026-05-10) must come after the exam (2026-05-20)."),
    ],
)
def test_deadline_refuses_impossible_dates_in_english(page: Any, server: str, exam: str, retake: str,
                                                      message: str) -> None:
    open_tool(page, server, "/en/teacher/deadlines/", keyboard=False)
    page.fill("#deadline-exam", exam)
    page.fill("#deadline-retake", retake)
    page.get_by_role("button", name="Calculate").click()
    alert = page.locator(".ladok-result [role=alert]")
    assert message in alert.inner_text()


def test_credit_timeline_by_mouse_in_english(page: Any, server: str) -> None:
    open_tool(page, server, "/en/student/credits/", keyboard=False)
    for moment, day in (("1", "2026-03-20"), ("2", "2026-03-27"), ("3", "2026-05-08"), ("4", "2026-05-15")):
        page.fill(f"[data-moment='{moment}']", day)
    page.get_by_label("Already visible in Ladok 1").check()
    page.fill("#credits-required", "5")
    page.fill("#credits-by", "2026-05-20")
    page.get_by_role("button", name="Show the timeline").click()
    text = result(page)
    assert "Module 1: assignments 1–2 (2.5 credits), done Friday 2026-03-27" in text
    assert "CSN can see the credits: Wednesday 2026-04-01 to Thursday 2026-04-23" in text
    assert "Project: reported once all is done. Left: the project." in text
    assert "You may reach 5 credits by Wednesday 2026-05-20, but only if everything goes fast." in text
    page.fill("#credits-by", "2026-06-15")
    page.get_by_role("button", name="Show the timeline").click()
    page.wait_for_function("() => document.querySelector('.ladok-result').innerText.includes('even if every step')")
    assert axe_findings(page) == []


def test_credit_timeline_by_keyboard_in_swedish_with_its_own_structure(page: Any, server: str) -> None:
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


def test_staff_can_link_to_an_answer_already_filled_in(page: Any, server: str) -> None:
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
    assert "Module 1: assignments 1–2 (2.5 credits), done Friday 2026-03-27" in text
    assert "Your teacher grades your work" in text and "marked as ready" not in text  # a student's words


def test_a_tool_fits_a_phone(browser: Any, server: str) -> None:
    with sized_page(browser, server, "phone") as page:
        page.goto(f"{server}/student/credits/?done=1:2026-03-20,2:2026-03-27")
        page.wait_for_selector(".ladok-result h4", timeout=90_000)
        wide = page.evaluate("""() => [...document.querySelectorAll('.ladok-box, .ladok-box *')]
          .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 0.5)
          .map((e) => e.tagName + '.' + e.className)""")
        assert wide == []


# --- links and fields that cannot be counted say what is wrong -----------------------------------------------------


def alert_text(page: Any) -> str:
    alert = page.locator(".ladok-result [role=alert]")
    alert.wait_for(timeout=90_000)
    text: str = alert.inner_text()
    return text


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("/en/teacher/deadlines/?retake=2026-04-20", "Fill in “Exam date”."),
        ("/teacher/deadlines/?exam=2026-02-30", "2026-02-30 är inte ett datum."),
        ("/en/teacher/deadlines/?exam=2026-03-27&exam=2026-04-01", "The address gives exam more than once"),
        ("/en/student/credits/?done=1:2026-02-30,2:2026-03-27", "2026-02-30 is not a date."),
        ("/en/student/credits/?done=", "In the address, done= is not assignments and dates in pairs"),
        ("/student/credits/?done=2026-03-20", "I adressen är done=2026-03-20 inte moment och datum i par"),
        ("/en/student/credits/?done=1:2026-03-20&done=2:2026-03-27", "The address gives done more than once"),
        ("/en/student/credits/?done=1:2026-03-20,2:2026-03-27&required=5", "Fill in “In Ladok by”."),
        ("/student/credits/?by=2026-06-01", "Fyll i ”Antal hp som krävs”."),
    ],
)
def test_a_link_that_cannot_be_counted_says_what_is_wrong(page: Any, server: str, address: str, message: str) -> None:
    page.goto(server + address)
    assert message in alert_text(page)
    assert page.locator(".ladok-result .ladok-answer, .ladok-result h4").count() == 0, "nothing was counted"


def test_a_week_date_for_csn_is_refused_by_name_never_counted_or_shown_as_an_invalid_weekday(page: Any,
                                                                                               server: str) -> None:
    """The engine reads dates as YYYY-MM-DD only; a week date (which Python alone would accept) gets its message."""
    page.goto(f"{server}/en/student/credits/?done=1:2026-03-20,2:2026-03-27&required=2.5&by=2026-W23-1")
    text = alert_text(page)
    assert "2026-W23-1 is not a date" in text and "NaN" not in text
    assert page.locator(".ladok-result .ladok-answer").count() == 0


IN_VIEW = """(selector) => {
  const bottom = document.querySelector('.md-header').getBoundingClientRect().bottom;
  const r = document.querySelector(selector).getBoundingClientRect();
  return r.height > 0 && r.top >= bottom && r.bottom <= innerHeight;
}"""


def test_on_a_phone_a_link_to_the_calculator_shows_the_answer_and_its_rule(browser: Any, server: str) -> None:
    with sized_page(browser, server, "phone") as page:
        page.goto(f"{server}/teacher/deadlines/?exam=2026-03-27&retake=2026-04-20")
        page.wait_for_selector(".ladok-result .ladok-answer", timeout=90_000)
        page.wait_for_timeout(300)  # the theme may still be settling its header
        assert page.evaluate(IN_VIEW, ".ladok-result .ladok-answer"), "the answer's first line is in view"
        assert page.evaluate(IN_VIEW, ".ladok-result .ladok-rule"), "and the rule that governs it"


def test_on_a_phone_the_credit_tool_starts_with_the_students_own_dates(browser: Any, server: str) -> None:
    with sized_page(browser, server, "phone") as page:
        page.goto(f"{server}/en/student/credits/")
        page.locator(".ladok-tool .ladok-open").click()
        page.wait_for_selector(".ladok-tool form", timeout=90_000)
        assert page.evaluate("() => document.activeElement.dataset.moment") == "1", "focus on the first date"
        assert page.evaluate(IN_VIEW, "[data-moment='1']")
        first = page.evaluate("""() => { const form = document.querySelector('.ladok-tool form');
          return form.querySelector('.ladok-moments, .ladok-structure').className; }""")
        assert first == "ladok-moments", "the dates come before the course structure"
