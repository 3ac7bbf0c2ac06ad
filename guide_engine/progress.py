"""Why it takes time: the steps from a finished examination to credits that Ladok and CSN show.

A course reported in instalments (the seed course: 2.5 hp after moments 1-2, 2.5 hp after moments 3-4, the last
2.5 hp with the project) is a course whose modules list the moments they need. Which moments a student has
finished, and when, tells which instalments get reported and between which dates each step can happen.

The dates here say when credits *show*, in Ladok and then at CSN. When they were *earned* is the examination date
(the day the student performed), which the timeline starts from; the decision date only makes them visible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .calendar import Calendar, Settings, add_working_days, as_date
from .model import Course
from .outcome import Refusal, both

# When CSN can see a certified result: the fewest and most working days after the examiner certified it. This is the
# guide's own estimate (CSN takes its data from Ladok, and no source read says how often), and the one value that
# every page, the credit tool, the worked examples and the exercises state: the last of STEPS is made of it, and
# `csn_timing` writes it in words.
CSN_AFTER_CERTIFICATION: tuple[int, int] = (1, 2)
assert 0 < CSN_AFTER_CERTIFICATION[0] < CSN_AFTER_CERTIFICATION[1], "a range, as fact.csn_timing writes it"

# step, who does it, fewest and most working days it takes. `None` as the most: whatever the local deadline for
# results leaves once the later steps up to certification have had their most.
STEPS: tuple[tuple[str, str, int, int | None], ...] = (
    ("grading", "teacher", 1, None),
    ("reporting", "teacher", 0, 1),
    ("certification", "examiner", 1, 5),
    ("csn", "csn", CSN_AFTER_CERTIFICATION[0], CSN_AFTER_CERTIFICATION[1]),
)


def csn_timing(lang: str) -> str:
    """When CSN can see a certified result, as a phrase inside a sentence ("1–2 arbetsdagar efter attesteringen")."""
    from .catalog import message

    fewest, most = CSN_AFTER_CERTIFICATION
    return message("fact.csn_timing", {"fewest": fewest, "most": most}, lang)


BOUND_BY_DEADLINE = ("grading", "reporting", "certification")


@dataclass(frozen=True)
class Step:
    """One step on a result's way to Ladok and CSN: who takes it, and its earliest and latest day."""

    key: str
    role: str
    earliest: dt.date
    latest: dt.date

    def to_dict(self) -> dict[str, str]:
        return {
            "key": self.key,
            "role": self.role,
            "earliest": self.earliest.isoformat(),
            "latest": self.latest.isoformat(),
        }


def step_bounds(settings: Settings) -> list[tuple[str, str, int, int]]:
    """Cumulative working days after the examination: (step, who, earliest, latest)."""
    fixed_after_grading = sum(most or 0 for key, _, _, most in STEPS if key in BOUND_BY_DEADLINE)
    low = high = 0
    out = []
    for key, role, fewest, most in STEPS:
        span = most if most is not None else max(fewest, settings.working_days - fixed_after_grading)
        low, high = low + fewest, high + span
        out.append((key, role, low, high))
    return out


def timeline(calendar: Calendar, finished: Any, settings: Settings) -> list[Step] | Refusal:
    """Earliest and latest date of each step for work finished on `finished`."""
    finished = as_date(finished)
    if isinstance(finished, Refusal):
        return finished
    if not calendar.covers(finished):
        return Refusal(
            "date_outside_calendar",
            {"value": finished.isoformat(), "first": calendar.first.isoformat(), "last": calendar.last.isoformat()},
        )
    steps = []
    for key, role, low, high in step_bounds(settings):
        step = _step(calendar, finished, (key, role, low, high), settings)
        if isinstance(step, Refusal):
            return step
        steps.append(step)
    return steps


def _step(calendar: Calendar, start: dt.date, bounds: tuple[str, str, int, int], settings: Settings) -> Step | Refusal:
    """One step's first and last day: its fewest and most working days counted from `start`."""
    key, role, low, high = bounds
    earliest = add_working_days(calendar, start, low, settings)
    latest = add_working_days(calendar, start, high, settings)
    if isinstance(earliest, Refusal):
        return earliest
    if isinstance(latest, Refusal):
        return latest
    return Step(key, role, earliest.day, latest.day)


@dataclass(frozen=True)
class Instalment:
    """A module's credits on their way: the moments still missing, or when they were finished and the steps since."""

    module: str
    hp: float
    moments: tuple[str, ...]
    missing: tuple[str, ...]
    finished_on: dt.date | None
    steps: tuple[Step, ...]

    @property
    def complete(self) -> bool:
        return not self.missing

    def to_dict(self) -> dict[str, Any]:
        return {
            "module": self.module,
            "hp": self.hp,
            "moments": list(self.moments),
            "missing": list(self.missing),
            "finished_on": self.finished_on.isoformat() if self.finished_on else None,
            "steps": [s.to_dict() for s in self.steps],
        }


def instalments(
    course: Course, finished: dict[str, Any], calendar: Calendar, settings: Settings
) -> list[Instalment] | Refusal:
    """Which instalments a student's finished moments (moment -> date finished) make reportable, and when."""
    out = []
    for module in course.modules:
        moments = module.moments or (module.code,)
        missing = tuple(m for m in moments if not finished.get(m))
        finished_on = None
        steps: tuple[Step, ...] = ()
        if not missing:
            dates = []
            for m in moments:
                day = as_date(finished[m])
                if isinstance(day, Refusal):
                    return day
                dates.append(day)
            finished_on = max(dates)
            found = timeline(calendar, finished_on, settings)
            if isinstance(found, Refusal):
                return found
            steps = tuple(found)
        out.append(Instalment(module.code, module.hp, moments, missing, finished_on, steps))
    return out


def csn_check(plan: list[Instalment], certified: set[str], required_hp: float, by: dt.date) -> dict[str, Any]:
    """Whether the credits a student's aid requires are visible in Ladok by `by`: already, surely, or perhaps.

    Visible, not earned: CSN counts credits from their examination date, but can count them only once certified.
    """
    have = sum(i.hp for i in plan if i.module in certified)
    on_way = [i for i in plan if i.complete and i.module not in certified]
    sure = have + sum(i.hp for i in on_way if i.steps and i.steps[-1].latest <= by)
    maybe = have + sum(i.hp for i in on_way if i.steps and i.steps[-1].earliest <= by)
    verdict = (
        "met"
        if have >= required_hp
        else "on_time"
        if sure >= required_hp
        else "maybe"
        if maybe >= required_hp
        else "short"
    )
    return {
        "certified_hp": have,
        "sure_hp": sure,
        "maybe_hp": maybe,
        "required_hp": required_hp,
        "verdict": verdict,
        "by": by.isoformat(),  # the date as the engine read it, for the page to write in words
    }


MAX_PARTS = 12
MAX_MOMENTS = 20
MAX_NAME = 80


def course_from_structure(parts: Any) -> Course | Refusal:
    """A student's own course structure: [{"name", "hp", "moments": [...]}, ...] as a course of modules."""
    from .model import Module

    if not isinstance(parts, list) or not parts:
        return Refusal("structure_empty", {})
    if len(parts) > MAX_PARTS:
        return Refusal(
            "invalid_number",
            {"param": _label("tool.structure"), "minimum": 1, "maximum": MAX_PARTS, "value": len(parts)},
        )
    modules = []
    for number, part in enumerate(parts, 1):
        if not isinstance(part, dict):
            return Refusal("structure_empty", {})
        name = str(part.get("name") or "").strip()[:MAX_NAME] or f"{number}"
        try:
            hp = float(str(part.get("hp", ""))[:20].replace(",", "."))
        except ValueError:
            hp = -1.0
        if not 0.5 <= hp <= 60:
            return Refusal(
                "invalid_number",
                {
                    "param": _label("tool.part_hp"),
                    "minimum": both("0,5", "0.5"),
                    "maximum": 60,
                    "value": str(part.get("hp"))[:20],
                },
            )
        raw_moments = part.get("moments") or []
        if not isinstance(raw_moments, list) or len(raw_moments) > MAX_MOMENTS:
            return Refusal("part_without_moments", {"name": name})
        moments = tuple(m.strip()[:MAX_NAME] for m in raw_moments if isinstance(m, str) and m.strip())
        if not moments:
            return Refusal("part_without_moments", {"name": name})
        modules.append(Module(f"P{number}", name, name, hp, "UG", moments))
    total = sum(m.hp for m in modules)
    return Course("OWN", "", "", "", total, "AF", tuple(modules), ())


def _label(key: str) -> dict[str, str]:
    from .catalog import field_name

    return field_name(key)


# --- when CSN can see a certified result: the one rule, read by the timeline's table, the diagnosis and the pages ---


def csn_days() -> tuple[int, int]:
    """How many working days after certification CSN can see a result: the fewest and the most (the "csn" step)."""
    return next((fewest, most or fewest) for key, _, fewest, most in STEPS if key == "csn")


def csn_can_see(calendar: Calendar, certified: dt.date, settings: Settings) -> Step | Refusal:
    """When CSN can see a result certified on `certified`: the first and the last day of the "csn" step of STEPS,
    counted in working days from that day, as the credit timeline counts it."""
    return _step(calendar, certified, ("csn", "csn", *csn_days()), settings)
