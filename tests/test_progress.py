"""The student's credit timeline: instalments, the steps to Ladok and CSN, and a CSN requirement, over two years of
Swedish holidays. Expected dates counted by hand (day 1 is the first working day after the work is done)."""

from __future__ import annotations

import datetime as dt

import pytest

from guide_engine import Calendar, Refusal, Settings
from guide_engine.progress import Instalment, course_from_structure, csn_check, instalments
from guide_engine.scenarios import SEED


def plan(calendar: Calendar, finished: dict[str, str]) -> list[Instalment]:
    found = instalments(SEED, finished, calendar, Settings())
    assert not isinstance(found, Refusal), found
    return found


@pytest.mark.parametrize(
    ("done", "certified_by", "csn_by"),
    [
        ("2027-03-19", "2027-04-13", "2027-04-15"),  # before Easter 2027
        ("2027-04-30", "2027-05-24", "2027-05-26"),  # Ascension Day 2027
        ("2026-06-05", "2026-06-29", "2026-07-01"),  # Midsummer Eve 2026
        ("2026-12-11", "2027-01-08", "2027-01-12"),  # Christmas, New Year and Epiphany
    ],
)
def test_the_latest_day_each_instalment_reaches_ladok_and_csn(calendar: Calendar, done: str, certified_by: str,
                                                             csn_by: str) -> None:
    """Moments 1-2 finished on `done`: certified by the results deadline, visible to CSN two working days later."""
    first = plan(calendar, {"1": "2026-01-09", "2": done})[0]
    assert first.complete and first.finished_on == dt.date.fromisoformat(done)
    steps = {s.key: s for s in first.steps}
    assert steps["certification"].latest.isoformat() == certified_by
    assert steps["csn"].latest.isoformat() == csn_by
    assert [s.role for s in first.steps] == ["teacher", "teacher", "examiner", "csn"]
    for step in first.steps:
        assert step.earliest <= step.latest
        assert calendar.is_working_day(step.earliest, Settings()) and calendar.is_working_day(step.latest, Settings())


def test_an_instalment_waits_for_all_its_moments(calendar: Calendar) -> None:
    parts = plan(calendar, {"1": "2026-09-25", "2": "2026-10-02", "3": "2026-10-30"})
    assert [(p.module, p.complete, p.missing) for p in parts] == [
        ("DEL1", True, ()),
        ("DEL2", False, ("4",)),
        ("PROJ", False, ("project",)),
    ]
    assert parts[1].steps == ()


def test_bad_dates_are_refused(calendar: Calendar) -> None:
    assert isinstance(found := instalments(SEED, {"1": "x", "2": "2026-01-01"}, calendar, Settings()), Refusal)
    assert found.key == "invalid_date"
    outside = instalments(SEED, {"1": "2020-01-01", "2": "2020-01-02"}, calendar, Settings())
    assert isinstance(outside, Refusal) and outside.key == "date_outside_calendar"


def test_a_csn_requirement_is_met_on_time_maybe_or_short(calendar: Calendar) -> None:
    parts = plan(calendar, {"1": "2026-03-20", "2": "2026-03-27", "3": "2026-04-24", "4": "2026-05-08"})
    # DEL1 latest at CSN 2026-04-23; DEL2 finished 8 May: earliest at CSN 13 May, latest 3 June.
    assert csn_check(parts, {"DEL1"}, 2.5, dt.date(2026, 4, 1))["verdict"] == "met"
    assert csn_check(parts, set(), 2.5, dt.date(2026, 4, 23))["verdict"] == "on_time"
    assert csn_check(parts, set(), 5, dt.date(2026, 5, 20))["verdict"] == "maybe"
    assert csn_check(parts, set(), 7.5, dt.date(2026, 12, 1))["verdict"] == "short"
    assert csn_check(parts, {"DEL1"}, 5, dt.date(2026, 6, 3)) == {
        "certified_hp": 2.5, "sure_hp": 5.0, "maybe_hp": 5.0, "required_hp": 5, "verdict": "on_time", "by": "2026-06-03"}


def test_a_student_can_describe_their_own_course() -> None:
    course = course_from_structure([{"name": "Lab", "hp": "1,5", "moments": ["lab1", " lab2 "]},
                                    {"name": "Tenta", "hp": 6, "moments": ["tenta"]}])
    assert not isinstance(course, Refusal)
    assert [(m.name_sv, m.hp, m.moments) for m in course.modules] == [("Lab", 1.5, ("lab1", "lab2")),
                                                                       ("Tenta", 6.0, ("tenta",))]
    assert course.hp == 7.5
    for bad, key in [([], "structure_empty"), ([{"name": "x", "hp": "0", "moments": ["1"]}], "invalid_number"),
                     ([{"name": "x", "hp": "2", "moments": []}], "part_without_moments"),
                     ([{"hp": 1, "moments": ["a"]}] * 13, "invalid_number"), ("nope", "structure_empty")]:
        refused = course_from_structure(bad)
        assert isinstance(refused, Refusal) and refused.key == key
