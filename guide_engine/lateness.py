"""A certification later than the local rule allows is still a certification: it is told, with how late it is."""

from __future__ import annotations

import datetime as dt

from .calendar import Calendar, Counted, Settings, add_working_days
from .numbers import parse_date
from .outcome import Event, Outcome


def late_notes(outcome: Outcome, calendar: Calendar, settings: Settings) -> list[Event]:
    """For each result the outcome certified: if its decision came after the deadline (the local number of working
    days after the examination), a note saying by how many working days."""
    notes = []
    for event in outcome.events:
        if event.key != "certified":
            continue
        result = outcome.state.result(event.params.get("ref"))
        if result is None:
            continue
        days = working_days_late(calendar, settings, result.exam_date, result.decision_date)
        if days:
            notes.append(Event("certified_late", {"days": days, "working_days": settings.working_days}))
    return notes


def working_days_late(calendar: Calendar, settings: Settings, exam: str, decided: str) -> int:
    """Working days between the deadline and the decision; 0 when the decision came in time or the calendar
    does not reach that far."""
    exam_day, decision_day = parse_date(exam), parse_date(decided)
    if exam_day is None or decision_day is None:
        return 0
    deadline = add_working_days(calendar, exam_day, settings.working_days, settings)
    if not isinstance(deadline, Counted) or decision_day <= deadline.day:
        return 0
    end = deadline.day
    late, day = 0, end
    while day < decision_day and late <= 366:
        day += dt.timedelta(days=1)
        if calendar.covers(day) and calendar.is_working_day(day, settings):
            late += 1
    return late
