"""Where is my result? A student's likely cause, its dates and whom to ask, decided from the rules the guide teaches.

The causes are declared once, in order (`CAUSES`): each names the facts it needs, and the first whose facts all hold
is the likely cause. `diagnose()` reads the declaration to answer one student; the pages print it whole as the
decision list that works without JavaScript (guide_site/pages/diagnosis.py), so the tool and the list cannot
disagree. The rules are the sandbox's: a student sees a result only once it is certified, a module is reported once
every part of it is passed (a part of a module gives no credits of its own), no result is reported without a
registration, and results are due by the working-day rule and the re-take margin (`calendar.result_deadline`).

The cause depends on a handful of discrete facts only: the student's answers (`ANSWERS`) and two the engine works
out (`DERIVED`: whether the part is a module of its own, and whether the last day for results has passed). The
dates depend on the exam day, the re-take, the calendar and the settings. So the causes can be tabulated for every
combination of facts (`cause_table`), and the dates by exam day. No clock, no I/O: `today` is an argument.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any

from .calendar import Calendar, Deadline, Settings, result_deadline
from .model import Course, InvalidDefinition, Module
from .outcome import Refusal
from .progress import Step, csn_can_see, timeline

# The questions a student answers, each with its answers, in the order the tool asks them.
ANSWERS: dict[str, tuple[str, ...]] = {
    "shows": ("nothing", "result"),  # what Ladok shows for the part now
    "registered": ("yes", "no", "unsure"),  # registered on the course this term
    "on_time": ("yes", "no"),  # sat the exam or handed in by the last day
    "rest": ("yes", "no", "unsure"),  # everything else in the same module handed in and passed
    "graded": ("yes", "no"),  # knows the grade: from the teacher, the learning platform or Inspera
}
# What the engine works out itself: whether the part is a module of its own (from the course's structure), and
# whether the last day for results has passed (from the dates and today).
DERIVED: dict[str, tuple[str, ...]] = {
    "alone": ("yes", "no"),
    "phase": ("within", "overdue"),
}
FACTS: dict[str, tuple[str, ...]] = {**ANSWERS, **DERIVED}
# A part that is a module of its own has nothing else in its module: "rest" is then neither asked nor needed.
NOT_ASKED_WHEN_ALONE = "rest"

Condition = tuple[str, str]  # (fact, value)


@dataclass(frozen=True)
class Cause:
    """A likely cause: the facts that make it the one (all must hold), whom to ask, which dates it gives and which
    message the student can send."""

    key: str
    when: tuple[Condition, ...]  # none at all: the default, which comes last
    ask: str  # "none", "later" (no one yet), "teacher", "teacher_then_admin" or "study_admin"
    dates: str  # "deadline", "next_occasion", "csn_now" or "none"
    mail: str  # the key of the message to send (diagnosis.mail.KEY), or "" for none


CAUSES: tuple[Cause, ...] = (
    Cause("shown", (("shows", "result"),), "none", "csn_now", ""),
    Cause("not_registered", (("registered", "no"),), "study_admin", "none", "not_registered"),
    Cause("handed_in_late", (("on_time", "no"),), "teacher", "next_occasion", "handed_in_late"),
    Cause("module_incomplete", (("alone", "no"), ("rest", "no")), "teacher", "none", "module_incomplete"),
    Cause("no_credits_alone", (("alone", "no"), ("rest", "unsure")), "teacher", "deadline", "no_credits_alone"),
    Cause("overdue", (("phase", "overdue"),), "teacher_then_admin", "deadline", "overdue"),
    Cause("awaiting_certification", (("graded", "yes"),), "later", "deadline", "awaiting_certification"),
    Cause("not_graded_yet", (), "later", "deadline", "overdue"),
)


@dataclass(frozen=True)
class Note:
    """Something said beside the cause whenever its facts hold, except beside the causes it would only repeat."""

    key: str
    when: tuple[Condition, ...]
    not_with: tuple[str, ...]


NOTES: tuple[Note, ...] = (Note("check_registration", (("registered", "unsure"),), ("shown", "not_registered")),)

ASKS = frozenset({"none", "later", "teacher", "teacher_then_admin", "study_admin"})
DATES = frozenset({"deadline", "next_occasion", "csn_now", "none"})


def _check_declaration() -> None:
    """A misspelt fact or value, or a default that is not last, fails at import rather than answering wrongly."""
    keys = [c.key for c in CAUSES]
    if len(set(keys)) != len(keys) or CAUSES[-1].when or any(not c.when for c in CAUSES[:-1]):
        raise InvalidDefinition("causes: unique keys, and exactly one default (no conditions), last")
    declared: list[tuple[str, tuple[Condition, ...]]] = [(c.key, c.when) for c in CAUSES]
    declared += [(n.key, n.when) for n in NOTES]
    for key, when in declared:
        for fact, value in when:
            if value not in FACTS.get(fact, ()):
                raise InvalidDefinition(f"{key}: {fact}={value} is not a fact the diagnosis knows")
    for cause in CAUSES:
        if cause.ask not in ASKS or cause.dates not in DATES:
            raise InvalidDefinition(f"{cause.key}: ask {cause.ask!r} or dates {cause.dates!r} unknown")


_check_declaration()


def holds(when: tuple[Condition, ...], facts: dict[str, str]) -> bool:
    return all(facts.get(fact) == value for fact, value in when)


def likely_cause(facts: dict[str, str]) -> Cause:
    """The first cause whose facts all hold; the last has none, so there always is one."""
    return next(cause for cause in CAUSES if holds(cause.when, facts))


def notes_for(cause: Cause, facts: dict[str, str]) -> tuple[str, ...]:
    return tuple(n.key for n in NOTES if holds(n.when, facts) and cause.key not in n.not_with)


def cause_table() -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
    """Every combination of facts (in the order of FACTS) -> its cause and notes: what a page could ship instead of
    asking the engine, since nothing else decides the cause."""
    table = {}
    for values in itertools.product(*FACTS.values()):
        facts = dict(zip(FACTS, values, strict=True))
        cause = likely_cause(facts)
        table[values] = (cause.key, notes_for(cause, facts))
    return table


@dataclass(frozen=True)
class Case:
    """What a student tells: which part (a moment of the course's structure), their answers and the dates."""

    part: str
    answers: dict[str, str]
    exam: dt.date
    retake: dt.date | None
    today: dt.date


@dataclass(frozen=True)
class Diagnosis:
    """The likely cause for one student, with the facts it was decided on and the dates that go with it."""

    cause: Cause
    notes: tuple[str, ...]
    facts: dict[str, str]
    module: Module
    part: str
    exam: dt.date
    retake: dt.date | None
    deadline: Deadline  # the exam's: the working-day rule and the re-take margin
    counted: Deadline | None  # the deadline the answer's dates count from (a late hand-in's: the next occasion's)
    visible_from: dt.date | None  # the earliest the result can show in Ladok
    csn: Step | None  # when CSN can see it: from the earliest to the latest day

    def to_dict(self) -> dict[str, Any]:
        def iso(day: dt.date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "cause": self.cause.key,
            "notes": list(self.notes),
            "facts": dict(self.facts),
            "ask": self.cause.ask,
            "module": self.module.code,
            "part": self.part,
            "alone": self.facts["alone"] == "yes",
            "hp": self.module.hp,
            "dates": {
                "exam": self.exam.isoformat(),
                "retake": iso(self.retake),
                "last_day": self.deadline.last_day.isoformat(),
                "governing": self.deadline.governing,
                "counted_from": iso(self.counted.exam if self.counted else None),
                "due": iso(self.counted.last_day if self.counted else None),
                "visible_from": iso(self.visible_from),
                "csn_from": iso(self.csn.earliest if self.csn else None),
                "csn_by": iso(self.csn.latest if self.csn else None),
            },
        }


def module_of(course: Course, part: str) -> Module | None:
    """The module a part (moment) belongs to; a module without listed moments is its own one part."""
    return next((m for m in course.modules if part in (m.moments or (m.code,))), None)


def parts_of(course: Course) -> list[str]:
    return [p for m in course.modules for p in (m.moments or (m.code,))]


def diagnose(course: Course, case: Case, calendar: Calendar, settings: Settings) -> Diagnosis | Refusal:
    """The likely cause for `case`, with its dates. Answers are assumed checked (`diagnosis_api` checks a request)."""
    module = module_of(course, case.part)
    if module is None:
        return Refusal("unknown_part", {"part": case.part[:40], "parts": ", ".join(parts_of(course))})
    if case.exam > case.today:
        return Refusal("exam_date_in_future", {"exam_date": case.exam.isoformat(), "today": case.today.isoformat()})
    deadline = result_deadline(calendar, case.exam, settings, case.retake)
    if isinstance(deadline, Refusal):
        return _for_a_student(deadline, case)
    alone = len(module.moments or (module.code,)) == 1
    facts = {**case.answers, "alone": "yes" if alone else "no"}
    facts["phase"] = "within" if case.today <= deadline.last_day else "overdue"
    cause = likely_cause(facts)
    counted = deadline if cause.dates == "deadline" else None
    if cause.dates == "next_occasion" and case.retake is not None:
        found = result_deadline(calendar, case.retake, settings)
        if isinstance(found, Refusal):
            return found
        counted = found
    window = _window(calendar, settings, counted, case.today if cause.dates == "csn_now" else None)
    if isinstance(window, Refusal):
        return window
    visible_from, csn = window
    return Diagnosis(
        cause,
        notes_for(cause, facts),
        facts,
        module,
        case.part,
        case.exam,
        case.retake,
        deadline,
        counted,
        visible_from,
        csn,
    )


def _window(
    calendar: Calendar, settings: Settings, counted: Deadline | None, certified: dt.date | None
) -> tuple[dt.date | None, Step | None] | Refusal:
    """When the result can show (from the earliest certification the timeline allows to the last day) and when CSN
    can see it (from the day after the first to the CSN rule's last day after the last); for a result that already
    shows, when CSN can see it at the latest if it was certified today."""
    if certified is not None:
        csn = csn_can_see(calendar, certified, settings)
        return csn if isinstance(csn, Refusal) else (None, csn)
    if counted is None:
        return None, None
    steps = timeline(calendar, counted.exam, settings)
    if isinstance(steps, Refusal):
        return steps
    certification = next(s for s in steps if s.key == "certification")
    first = min(certification.earliest, counted.last_day)  # a re-take's margin can bring the last day earlier
    early, late = csn_can_see(calendar, first, settings), csn_can_see(calendar, counted.last_day, settings)
    if isinstance(early, Refusal):
        return early
    if isinstance(late, Refusal):
        return late
    return first, Step("csn", "csn", early.earliest, late.latest)


def _for_a_student(refusal: Refusal, case: Case) -> Refusal:
    """The deadline's refusals as a student needs them: a re-take too close is not theirs to move."""
    if refusal.key == "retake_too_close" and case.retake is not None:
        return Refusal("diagnosis_retake_too_close", {"retake": case.retake.isoformat(), "exam": case.exam.isoformat()})
    return refusal
