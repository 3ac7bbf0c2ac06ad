from __future__ import annotations

import datetime as dt

import pytest

from guide_engine import Calendar, State, all_scenarios
from guide_site.calendar_table import swedish_calendar

TODAY = dt.date(2026, 2, 2)


@pytest.fixture(scope="session")
def calendar() -> Calendar:
    return swedish_calendar(2025, 2028)


@pytest.fixture
def written() -> State:
    """The written-exam course with nobody's results yet."""
    return all_scenarios()["written_exam"].start
