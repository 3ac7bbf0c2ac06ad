"""Swedish working days and the deadlines counted in them.

The engine knows no calendar of its own: the caller passes a `Calendar` (built in Python from the `holidays`
library, in the browser from a small table computed from it at build time) and the local `Settings`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .catalog import LABELS
from .outcome import Refusal

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class DayOff:
    day: dt.date
    kind: str  # "weekend", "holiday" or "eve"
    name_sv: str
    name_en: str

    def to_dict(self) -> dict[str, str]:
        return {"date": self.day.isoformat(), "kind": self.kind, "sv": self.name_sv, "en": self.name_en}


@dataclass(frozen=True)
class Settings:
    """The local rule. Universities differ: 10 or 15 working days, whether the eves count as days off."""

    working_days: int = 15
    eves_are_days_off: bool = True
    retake_margin_days: int = 14

    def __post_init__(self) -> None:
        if not 1 <= self.working_days <= 60 or not 0 <= self.retake_margin_days <= 60:
            raise ValueError("working_days must be 1-60 and retake_margin_days 0-60")

    def to_dict(self) -> dict[str, Any]:
        return {
            "working_days": self.working_days,
            "eves_are_days_off": self.eves_are_days_off,
            "retake_margin_days": self.retake_margin_days,
        }


@dataclass(frozen=True)
class Calendar:
    first: dt.date
    last: dt.date
    days_off: dict[dt.date, DayOff]

    @classmethod
    def from_table(cls, table: dict[str, Any]) -> Calendar:
        """Read the table that `to_table` writes: {"first", "last", "days": [[date, kind, sv, en], ...]}."""
        days = {}
        for iso, kind, sv, en in table["days"]:
            day = dt.date.fromisoformat(iso)
            days[day] = DayOff(day, kind, sv, en)
        return cls(dt.date.fromisoformat(table["first"]), dt.date.fromisoformat(table["last"]), days)

    def to_table(self) -> dict[str, Any]:
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "days": [[d.isoformat(), o.kind, o.name_sv, o.name_en] for d, o in sorted(self.days_off.items())],
        }

    def covers(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

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
    day: dt.date
    skipped: tuple[DayOff, ...]  # holidays and eves on weekdays, passed over on the way


def add_working_days(calendar: Calendar, start: dt.date, count: int, settings: Settings) -> Counted | Refusal:
    """The `count`-th working day after `start` (day 1 is the first working day after it)."""
    day, left = start, count
    skipped: list[DayOff] = []
    while left > 0:
        day += ONE_DAY
        if not calendar.covers(day):
            return _outside(calendar, day)
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
        day -= ONE_DAY


@dataclass(frozen=True)
class Deadline:
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
    exam_day = _as_date(exam)
    if isinstance(exam_day, Refusal):
        return exam_day
    if not calendar.covers(exam_day):
        return _outside(calendar, exam_day)
    counted = add_working_days(calendar, exam_day, settings.working_days, settings)
    if isinstance(counted, Refusal):
        return counted
    if retake in (None, ""):
        return Deadline(exam_day, counted.day, None, None, counted.day, "working_days", counted.skipped)
    retake_day = _as_date(retake)
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


def _as_date(value: Any) -> dt.date | Refusal:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return Refusal("invalid_date", {"value": str(value)})


def _outside(calendar: Calendar, day: dt.date) -> Refusal:
    return Refusal(
        "date_outside_calendar",
        {"value": day.isoformat(), "first": calendar.first.isoformat(), "last": calendar.last.isoformat()},
    )
