"""Swedish working days and the deadlines counted in them.

The engine knows no calendar of its own: the caller passes a `Calendar` (built in Python from the `holidays`
library, in the browser from a small table computed from it at build time) and the local `Settings` (`settings.py`,
named here too for the callers that have always imported them from here).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .catalog import LABELS
from .numbers import parse_date
from .outcome import Refusal
from .settings import SETTING_RULES as SETTING_RULES
from .settings import SettingError as SettingError
from .settings import Settings as Settings

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class DayOff:
    """A day that is not a working day, with its kind and its name in both languages."""

    day: dt.date
    kind: str  # "weekend", "holiday" or "eve"
    name_sv: str
    name_en: str

    def to_dict(self) -> dict[str, str]:
        return {"date": self.day.isoformat(), "kind": self.kind, "sv": self.name_sv, "en": self.name_en}


@dataclass(frozen=True)
class Calendar:
    """The days off between two dates, as the build's table gives them; days outside it cannot be counted."""

    first: dt.date
    last: dt.date
    days_off: dict[dt.date, DayOff]

    @classmethod
    def from_table(cls, table: Any) -> Calendar:
        """Read the table that `to_table` writes: {"first", "last", "days": [[date, kind, sv, en], ...]}.

        Anything else raises ValueError: a table is data from outside, like a saved state.
        """
        if not isinstance(table, dict) or not isinstance(table.get("days"), list):
            raise ValueError("a calendar table is an object with a list of days")
        first, last = _iso(table.get("first")), _iso(table.get("last"))
        if not first <= last or (last - first).days > MAX_CALENDAR_DAYS:
            raise ValueError("a calendar's first and last day are out of order or too far apart")
        days = {}
        for entry in table["days"]:
            if not isinstance(entry, list) or len(entry) != 4 or entry[1] not in DAY_KINDS:
                raise ValueError("a day off is [date, kind, Swedish name, English name]")
            if not all(isinstance(name, str) for name in entry[2:]):
                raise ValueError("a day off has names in both languages")
            day = _iso(entry[0])
            days[day] = DayOff(day, entry[1], entry[2], entry[3])
        return cls(first, last, days)

    def to_table(self) -> dict[str, Any]:
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "days": [[d.isoformat(), o.kind, o.name_sv, o.name_en] for d, o in sorted(self.days_off.items())],
        }

    def covers(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def after(self, day: dt.date) -> dt.date | None:
        """The next day, or None past the calendar's end (or the end of all dates)."""
        return day + ONE_DAY if day < self.last else None

    def before(self, day: dt.date) -> dt.date | None:
        return day - ONE_DAY if day > self.first else None

    def day_off(self, day: dt.date, settings: Settings) -> DayOff | None:
        """Why `day` is not a working day, or None when it is one."""
        listed = self.days_off.get(day)
        if listed is not None and (listed.kind != "eve" or settings.eves_are_days_off):
            return listed
        if day.weekday() >= 5:
            return DayOff(day, "weekend", *LABELS[f"weekday.{day.weekday()}"])
        return None

    def is_working_day(self, day: dt.date, settings: Settings) -> bool:
        return self.day_off(day, settings) is None


@dataclass(frozen=True)
class Counted:
    """A day reached by counting working days, and the holidays and eves passed over on the way."""

    day: dt.date
    skipped: tuple[DayOff, ...]  # holidays and eves on weekdays, passed over on the way


def add_working_days(calendar: Calendar, start: dt.date, count: int, settings: Settings) -> Counted | Refusal:
    """The `count`-th working day after `start` (day 1 is the first working day after it)."""
    day, left = start, count
    skipped: list[DayOff] = []
    while left > 0:
        following = calendar.after(day)
        if following is None:
            return _outside(calendar, day + ONE_DAY if day < dt.date.max else day)
        day = following
        off = calendar.day_off(day, settings)
        if off is None:
            left -= 1
        elif day.weekday() < 5:
            skipped.append(off)
    return Counted(day, tuple(skipped))


def previous_working_day(calendar: Calendar, day: dt.date, settings: Settings) -> Counted | Refusal:
    """`day` itself if it is a working day, otherwise the last working day before it."""
    skipped: list[DayOff] = []
    while True:
        if not calendar.covers(day):
            return _outside(calendar, day)
        off = calendar.day_off(day, settings)
        if off is None:
            return Counted(day, tuple(skipped))
        if day.weekday() < 5:
            skipped.append(off)
        earlier = calendar.before(day)
        if earlier is None:
            return _outside(calendar, day)
        day = earlier


@dataclass(frozen=True)
class Deadline:
    """When an exam's results are due: by the working-day rule, before a retake, and which of the two governs."""

    exam: dt.date
    by_working_days: dt.date
    retake: dt.date | None
    by_retake: dt.date | None
    last_day: dt.date
    governing: str  # "working_days" or "retake"
    moved_by: tuple[DayOff, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "exam": self.exam.isoformat(),
            "by_working_days": self.by_working_days.isoformat(),
            "retake": self.retake.isoformat() if self.retake else None,
            "by_retake": self.by_retake.isoformat() if self.by_retake else None,
            "last_day": self.last_day.isoformat(),
            "governing": self.governing,
            "moved_by": [d.to_dict() for d in self.moved_by],
        }


def result_deadline(calendar: Calendar, exam: Any, settings: Settings, retake: Any = None) -> Deadline | Refusal:
    """The last day for results: N working days after the exam, and at least two weeks before the re-take."""
    exam_day = as_date(exam)
    if isinstance(exam_day, Refusal):
        return exam_day
    if not calendar.covers(exam_day):
        return _outside(calendar, exam_day)
    counted = add_working_days(calendar, exam_day, settings.working_days, settings)
    if isinstance(counted, Refusal):
        return counted
    if retake in (None, ""):
        return Deadline(exam_day, counted.day, None, None, counted.day, "working_days", counted.skipped)
    retake_day = as_date(retake)
    if isinstance(retake_day, Refusal):
        return retake_day
    if not calendar.covers(retake_day):
        return _outside(calendar, retake_day)
    if retake_day <= exam_day:
        return Refusal("exam_after_retake", {"exam": exam_day.isoformat(), "retake": retake_day.isoformat()})
    margin_day = retake_day - dt.timedelta(days=settings.retake_margin_days)
    if margin_day <= exam_day:
        return Refusal("retake_too_close", {"retake": retake_day.isoformat(), "limit": margin_day.isoformat()})
    limit = previous_working_day(calendar, margin_day, settings)
    if isinstance(limit, Refusal):
        return limit
    if limit.day <= exam_day:
        return Refusal("retake_too_close", {"retake": retake_day.isoformat(), "limit": limit.day.isoformat()})
    if limit.day < counted.day:
        moved = tuple(sorted(limit.skipped, key=lambda d: d.day))
        return Deadline(exam_day, counted.day, retake_day, limit.day, limit.day, "retake", moved)
    return Deadline(exam_day, counted.day, retake_day, limit.day, counted.day, "working_days", counted.skipped)


DAY_KINDS = frozenset({"weekend", "holiday", "eve"})
MAX_CALENDAR_DAYS = 366 * 40  # the build writes 2020-2045; a table much longer is not one of ours


def _iso(value: Any) -> dt.date:
    day = parse_date(value)
    if day is None:
        raise ValueError("a date is written YYYY-MM-DD")
    return day


def as_date(value: Any) -> dt.date | Refusal:
    day = parse_date(value)
    return Refusal("invalid_date", {"value": str(value)[:40]}) if day is None else day


def _outside(calendar: Calendar, day: dt.date) -> Refusal:
    return Refusal(
        "date_outside_calendar",
        {"value": day.isoformat(), "first": calendar.first.isoformat(), "last": calendar.last.isoformat()},
    )
