"""A large course in the sandbox: at most 50 rows on a screen, with paging, and a search box that finds a personal
identity number typed without its hyphen; an empty search says what to type. Both languages, both sizes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_engine.model import Student
from guide_engine.scenarios import ADMIN, TEACHER
from guide_engine.stateio import to_json
from guide_site import texts
from tests.browser.driver import (
    SCREEN_LABELS,
    SIZES,
    click,
    label,
    link_for,
    screen,
    settle,
    sized_page,
    status_line,
    wait_ready,
)

EXTRA = 120


def big_state() -> dict[str, Any]:
    start = all_scenarios()["written_exam"].start
    more = tuple(Student(f"2005{1 + n // 28:02d}{1 + n % 28:02d}-T{100 + n}", f"Student{n:03d} Prov", "INX101",
                         "HT2025") for n in range(EXTRA))
    return to_json(replace(start, students=(*start.students, *more)))


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_large_list_is_paged_and_searched(browser: Any, server: str, lang: str, size: str) -> None:
    with sized_page(browser, server, size) as page:
        page.goto(link_for({"v": 1, "scenario": "written_exam", "actor": TEACHER, "state": big_state()}, server, lang))
        wait_ready(page)  # a link opens its sandbox by itself
        screen(page, SCREEN_LABELS["report"](lang))
        view = page.locator(".ladok-view")
        rows = view.locator("tr.ladok-row")
        total = EXTRA + 4
        assert rows.count() == 50
        pager = view.locator(".ladok-pager")
        assert pager.locator("[role=status]").inner_text() == label("ui.page_of", lang, n=1, total=3, count=total)
        click(page, pager.get_by_role("button", name=texts.label("ui.page_next", lang)))
        assert rows.count() == 50 and "Student046 Prov" in rows.first.inner_text()
        click(page, pager.get_by_role("button", name=texts.label("ui.page_next", lang)))
        assert rows.count() == total - 100
        search = view.locator("input[type=search]")
        search.fill("20010101T001")  # Alva Exempel, typed without the hyphen
        search.press("Enter")
        settle(page)
        assert rows.count() == 1 and "Alva Exempel (20010101-T001)" in rows.first.inner_text()
        assert view.locator(".ladok-pager").count() == 0
        search.fill("")
        search.press("Enter")
        settle(page)
        assert texts.label("ui.search_empty", lang) in status_line(page)
        screen(page, SCREEN_LABELS["search"](lang))
        click(page, view.locator("form button[type=submit]"))
        assert texts.label("ui.search_empty_pnr", lang) in status_line(page)
        view.locator("form input").fill("19990909T005")  # Eli Tidigare, without the hyphen
        click(page, view.locator("form button[type=submit]"))
        assert "Eli Tidigare (19990909-T005)" in status_line(page)


def test_the_registration_screen_is_paged_by_its_own_page_option(browser: Any, server: str) -> None:
    """The study administrator's registration screen pages a large course as the report screen does, by the view's
    own option (`registration_page`): the next page is the engine's next 50 students, the report's page unmoved."""
    with sized_page(browser, server, "laptop") as page:
        page.goto(link_for({"v": 1, "scenario": "written_exam", "actor": ADMIN, "state": big_state()}, server, "en"))
        wait_ready(page)
        screen(page, texts.label("ui.tab_registration", "en"))
        view = page.locator(".ladok-view")
        rows = view.locator("tr.ladok-row")
        status = view.locator(".ladok-pager [role=status]")
        total = EXTRA + 5  # Eli, registered on an earlier instance, stands on this course's list too
        assert rows.count() == 50 and "Alva Exempel" in rows.first.inner_text()
        assert status.inner_text() == label("ui.page_of", "en", n=1, total=3, count=total)
        click(page, view.locator(".ladok-pager").get_by_role("button", name=texts.label("ui.page_next", "en")))
        assert status.inner_text() == label("ui.page_of", "en", n=2, total=3, count=total)
        assert rows.count() == 50 and "Student046 Prov" in rows.first.inner_text()
        screen(page, SCREEN_LABELS["report"]("en"))
        assert "Alva Exempel" in view.locator("tr.ladok-row").first.inner_text(), "the report's list stays on page 1"
