"""The rules that look beyond one result's state, and the checks of the values an action records.

Each is a small function named for the rule, referenced from the records of the actions it applies to
(`actions.py`), so an action's special rules are found on its record and nowhere else:

- a **rule** (`Rule`) looks at the state, the result the action meets, who acts and the day, never at values
  typed in; the view asks it too, so a button is offered only where the rules allow it;
- a **check** (`Check`) reads the values the action would record and returns them cleaned, or a refusal.

`decision.decide()` runs an action's rules in the order of its record, then its check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .model import COURSE_TARGET, SCALES, Person, State, is_pass
from .names import STANDING_STATES, WORKING_STATES, Role
from .numbers import parse_date, parse_points
from .outcome import Allowed, Refusal, both
from .registration import term_refusal
from .results import examiner_names, latest_module_date, param_name, passed, standing_result, target_name

Rule = Callable[[State, Allowed], Refusal | None]
Check = Callable[[State, Allowed, dict[str, Any]], dict[str, Any] | Refusal]

MAX_COMMENT = 500
MAX_POINTS_TEXT = 12


# --- who can be named in a field ------------------------------------------------------------------------------------

GRADERS = frozenset({Role.TEACHER, Role.EXAMINER})  # who can be named as having graded a result


def can_grade(state: State, person: Person) -> bool:
    return bool(GRADERS & set(person.roles))


def is_course_examiner(state: State, person: Person) -> bool:
    return person.id in state.course.examiners


# The people a parameter of each kind may name; the same test checks what is typed in and what a saved state holds.
NAMEABLE: dict[str, Callable[[State, Person], bool]] = {"grader": can_grade, "examiner": is_course_examiner}


# --- rules: what the state allows -----------------------------------------------------------------------------------


def new_result_rule(state: State, allowed: Allowed) -> Refusal | None:
    """A new result: the course grade only by hand on a multi-module course, over passed modules; never beside a
    certified pass, and beside a certified fail only when there is a day after it to date the new one by (today is
    the latest date an examination can have). Over a draft, the action changes that draft: nothing to say here."""
    if allowed.record is not None:
        return None
    pnr, target = allowed.pnr, allowed.target
    if target == COURSE_TARGET:
        if len(state.course.modules) == 1:
            return Refusal("course_grade_is_automatic", {})
        refused = _modules_passed(state, pnr)
        if refused:
            return refused
    standing = standing_result(state, pnr, target)
    if standing is not None and is_pass(standing.grade):
        return Refusal("already_passed", {"grade": standing.grade, "target": target_name(state, target)})
    if standing is not None and allowed.today is not None and standing.exam_date >= allowed.today.isoformat():
        return Refusal("date_not_after_previous", {"previous": standing.exam_date})  # no later day to date it by
    return None


def course_grade_over_passed_modules(state: State, allowed: Allowed) -> Refusal | None:
    """A course grade is certified only while every module has a standing pass (checked again at certifying: a
    module may have been removed since the course grade was reported)."""
    return _modules_passed(state, allowed.pnr) if allowed.target == COURSE_TARGET else None


def _modules_passed(state: State, pnr: str) -> Refusal | None:
    missing = [m for m in state.course.modules if not passed(state, pnr, m.code)]
    if not missing:
        return None
    return Refusal(
        "modules_not_passed",
        {"modules": both(", ".join(m.name_sv for m in missing), ", ".join(m.name_en for m in missing))},
    )


def course_grade_removed_first(state: State, allowed: Allowed) -> Refusal | None:
    """A module result cannot be removed from under a certified course grade, and Ladok says so at the first step."""
    record, target = allowed.record, allowed.target
    removes_standing = record is not None and record.status in STANDING_STATES
    if removes_standing and target != COURSE_TARGET and standing_result(state, allowed.pnr, COURSE_TARGET):
        return Refusal("course_grade_must_be_removed_first", {})
    return None


def decided_after_examination(state: State, allowed: Allowed) -> Refusal | None:
    """A decision is never dated before the examination it decides on: no certifying a result whose examination
    date is after today."""
    record, today = allowed.record, allowed.today
    if record is not None and today is not None and record.exam_date > today.isoformat():
        return Refusal("exam_date_in_future", {"exam_date": record.exam_date, "today": today.isoformat()})
    return None


# --- checks: the values an action records ---------------------------------------------------------------------------


def declared_fields(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """An action with no check of its own records its declared comment, if it takes one."""
    values: dict[str, Any] = {}
    for param in allowed.action.params:
        if param.is_comment:
            comment = _check_comment(params, required=param.required)
            if isinstance(comment, Refusal):
                return comment
            values.update(comment)
    return values


def check_removal(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """Removing a certified result is the examiner's decision, dated today; removing a ready one records nothing."""
    values = declared_fields(state, allowed, params)
    record = allowed.record
    if isinstance(values, Refusal) or record is None or record.status not in STANDING_STATES:
        return values
    return {**values, "removal_date": _today(allowed).isoformat()}


def check_report(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """A grade on the target's scale, a date not after today, points if any; beside a certified fail, a later date;
    on a course over several terms, a student registered for the term the date falls in (`registration.py`)."""
    pnr, target = allowed.pnr, allowed.target
    if target == COURSE_TARGET and not params.get("exam_date"):
        params = {**params, "exam_date": latest_module_date(state, pnr)}
    values = _check_grade_and_date(state, target, params, _today(allowed), required=True)
    if isinstance(values, Refusal):
        return values
    points = params.get("points", "")
    if points not in ("", None):
        number = parse_points(points, MAX_POINTS_TEXT)
        if number is None:
            return Refusal("invalid_points", {"value": str(points)[:MAX_POINTS_TEXT]})
        values["points"] = number
    else:
        values["points"] = ""
    values["points_visible"] = bool(params.get("points_visible", False))
    exam_date = values["exam_date"]
    return _after_previous(state, allowed, exam_date) or term_refusal(state, pnr, exam_date) or values


def check_certify(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """The examiner may change grade or date just before certifying; the decision is dated today."""
    changes = _check_grade_and_date(state, allowed.target, params, _today(allowed), required=False)
    if isinstance(changes, Refusal):
        return changes
    if "exam_date" in changes:
        refused = _after_previous(state, allowed, changes["exam_date"])
        if refused:
            return refused
    return {**changes, "decision_date": _today(allowed).isoformat()}


def check_mark_ready(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """Who graded the result (a teacher or examiner) and which of the course's examiners is notified."""
    graded_by, notify = params.get("graded_by"), params.get("notify")
    for name, value in (("graded_by", graded_by), ("notify", notify)):
        if not isinstance(value, str) or not value:
            return Refusal("missing_param", {"param": param_name(name)})
    grader, notified = state.person(str(graded_by)), state.person(str(notify))
    if grader is None or not can_grade(state, grader):
        return Refusal("not_a_teacher", {"name": grader.name if grader else str(graded_by)[:40]})
    if notified is None or not is_course_examiner(state, notified):
        return Refusal(
            "notify_not_examiner",
            {"name": notified.name if notified else str(notify)[:40], "examiners": examiner_names(state)},
        )
    return {"graded_by": grader.id, "notified": notified.id}


def accepted_grades(state: State, target: str) -> list[str]:
    """The grades of the target's scale that a report or a certification accepts there (a course grade: passes)."""
    return [g for g in SCALES[state.course.scale_of(target)] if _grade_refusal(state, target, g) is None]


def _today(allowed: Allowed) -> dt.date:
    return allowed.today or dt.date.max


def _after_previous(state: State, allowed: Allowed, exam_date: str) -> Refusal | None:
    """Beside a certified fail a result is a new examination, on a later date than the fail (a draft being changed
    included), so the latest certified result is always the one that stands."""
    standing = standing_result(state, allowed.pnr, allowed.target)
    beside = allowed.record is None or allowed.record.status in WORKING_STATES
    if beside and standing is not None and exam_date <= standing.exam_date:
        return Refusal("date_not_after_previous", {"previous": standing.exam_date})
    return None


def _check_comment(params: dict[str, Any], required: bool) -> dict[str, Any] | Refusal:
    comment = params.get("comment")
    if comment in (None, "") and not required:
        return {}
    if not isinstance(comment, str) or not comment.strip():
        return Refusal("missing_param", {"param": param_name("comment")})
    if len(comment) > MAX_COMMENT:
        return Refusal("comment_too_long", {"most": MAX_COMMENT})
    return {"comment": comment.strip()}


def _grade_refusal(state: State, target: str, grade: Any) -> Refusal | None:
    scale = state.course.scale_of(target)
    if grade not in SCALES[scale]:
        return Refusal(
            "invalid_grade", {"grade": str(grade), "scale": f"scale.{scale}", "allowed": ", ".join(SCALES[scale])}
        )
    if target == COURSE_TARGET and not is_pass(grade):
        return Refusal("course_grade_must_pass", {"grade": grade})
    return None


def _check_grade_and_date(
    state: State, target: str, params: dict[str, Any], today: dt.date, required: bool
) -> dict[str, Any] | Refusal:
    values: dict[str, Any] = {}
    grade = params.get("grade")
    if grade not in (None, ""):
        refused = _grade_refusal(state, target, grade)
        if refused:
            return refused
        values["grade"] = grade
    elif required:
        return Refusal("missing_param", {"param": param_name("grade")})
    raw_date = params.get("exam_date")
    if raw_date not in (None, ""):
        parsed = parse_date(raw_date)
        if parsed is None:
            return Refusal("invalid_date", {"value": str(raw_date)[:40]})
        if parsed > today:
            return Refusal("exam_date_in_future", {"exam_date": parsed.isoformat(), "today": today.isoformat()})
        values["exam_date"] = parsed.isoformat()
    elif required:
        return Refusal("missing_param", {"param": param_name("exam_date")})
    return values
