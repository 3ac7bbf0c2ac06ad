"""Deadlines in Swedish working days, over two years of holidays from the `holidays` library.

Every expected date here was counted by hand on a calendar: day 1 is the first working day after the exam.
"""

from __future__ import annotations

import datetime as dt

import pytest

from guide_engine import Calendar, Refusal, Settings, result_deadline, timeline
from guide_engine.calendar import Deadline


def deadline(calendar: Calendar, exam: str, retake: str | None = None, **settings: object) -> Deadline:
    found = result_deadline(calendar, exam, Settings(**settings), retake)  # type: ignore[arg-type]
    assert isinstance(found, Deadline), found
    return found


@pytest.mark.parametrize(
    ("exam", "expected", "moved_by"),
    [
        ("2026-03-27", "2026-04-21", ["Långfredagen", "Annandag påsk"]),  # before Easter 2026
        ("2026-05-08", "2026-06-01", ["Kristi himmelsfärdsdag"]),  # Ascension Day 2026
        ("2026-06-05", "2026-06-29", ["Midsommarafton"]),  # National Day falls on a Saturday
        ("2026-12-11", "2027-01-08", ["Julafton", "Juldagen", "Nyårsafton", "Nyårsdagen", "Trettondedag jul"]),
        ("2027-03-19", "2027-04-13", ["Långfredagen", "Annandag påsk"]),  # before Easter 2027
        ("2027-04-30", "2027-05-24", ["Kristi himmelsfärdsdag"]),  # Ascension 2027; May Day on a Saturday
        ("2027-06-18", "2027-07-12", ["Midsommarafton"]),  # Midsummer Eve 2027 is Friday 25 June
        ("2026-01-16", "2026-02-06", []),  # no holiday on the way
    ],
)
def test_the_fifteenth_working_day(calendar: Calendar, exam: str, expected: str, moved_by: list[str]) -> None:
    found = deadline(calendar, exam)
    assert (found.last_day.isoformat(), found.governing) == (expected, "working_days")
    assert [d.name_sv for d in found.moved_by] == moved_by


def test_the_eves_are_a_setting(calendar: Calendar) -> None:
    """With the eves as working days, Midsummer Eve and the Christmas eves count, and the deadlines come earlier."""
    assert deadline(calendar, "2026-06-05", eves_are_days_off=False).last_day == dt.date(2026, 6, 26)
    assert deadline(calendar, "2026-12-11", eves_are_days_off=False).last_day == dt.date(2027, 1, 5)


def test_the_number_of_working_days_is_a_setting(calendar: Calendar) -> None:
    assert deadline(calendar, "2026-01-16", working_days=10).last_day == dt.date(2026, 1, 30)
    with pytest.raises(ValueError):
        Settings(working_days=0)


def test_two_weeks_before_the_retake_can_govern(calendar: Calendar) -> None:
    """Exam 18 Dec 2026, re-take 10 Jan 2027: 14 days before is Sunday 27 Dec, so back past Christmas to the 23rd."""
    found = deadline(calendar, "2026-12-18", "2027-01-10")
    assert (found.last_day, found.governing, found.by_working_days) == (
        dt.date(2026, 12, 23), "retake", dt.date(2027, 1, 15))
    assert [d.name_en for d in found.moved_by] == ["Christmas Eve", "Christmas Day"]
    relaxed = deadline(calendar, "2026-01-16", "2026-04-01")
    assert (relaxed.last_day, relaxed.governing, relaxed.by_retake) == (
        dt.date(2026, 2, 6), "working_days", dt.date(2026, 3, 18))


@pytest.mark.parametrize(
    ("exam", "retake", "key"),
    [
        ("2026-05-10", "2026-05-01", "exam_after_retake"),
        ("2026-05-10", "2026-05-10", "exam_after_retake"),
        ("2026-05-11", "2026-05-20", "retake_too_close"),
        ("2026-02-30", None, "invalid_date"),
        ("tomorrow", None, "invalid_date"),
        ("2024-12-31", None, "date_outside_calendar"),
        ("2028-12-20", None, "date_outside_calendar"),
        ("2026-05-10", "2031-01-01", "date_outside_calendar"),
    ],
)
def test_impossible_dates_are_refused(calendar: Calendar, exam: str, retake: str | None, key: str) -> None:
    found = result_deadline(calendar, exam, Settings(), retake)
    assert isinstance(found, Refusal) and found.key == key


def test_the_timeline_from_finished_work_to_csn(calendar: Calendar) -> None:
    """Finished on Friday 27 March 2026, before Easter: each step's earliest and latest working day."""
    steps = timeline(calendar, "2026-03-27", Settings())
    assert not isinstance(steps, Refusal)
    assert [(s.key, s.role, s.earliest.isoformat(), s.latest.isoformat()) for s in steps] == [
        ("grading", "teacher", "2026-03-30", "2026-04-13"),
        ("reporting", "teacher", "2026-03-30", "2026-04-14"),
        ("certification", "examiner", "2026-03-31", "2026-04-21"),
        ("csn", "csn", "2026-04-01", "2026-04-23"),
    ]
    assert steps[2].latest == deadline(calendar, "2026-03-27").last_day, "certified by the results deadline"
