"""The one decision: may this person take this action here, now?

`decide()` answers for `act()` and for the view alike, so a button the view highlights is never refused for a
reason of state or role, and an action that is not highlighted is refused for the very reason the view could give.
Without `params` it decides what the state and the role allow (what the view needs); with them it also checks the
values the action would record, and returns them cleaned.

Every rule that spans more than one result is here, each in a small function named for it:
- the course grade only once every module has a standing pass, re-checked when it is certified;
- a course grade is never a failing grade;
- a single-module course gets its course grade from the module, never by hand;
- no new result beside a certified pass, and after a fail only on a later examination date;
- a certified course grade is removed before any module result under it;
- no examination date in the future, so never after the decision date that certifying sets;
- an Inspera transfer never puts a draft beside a certified pass or another working result (`inspera.py`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from . import inspera
from .actions import ACTIONS, NONE, Action
from .model import COURSE_TARGET, SCALES, Person, Result, State, is_pass
from .numbers import parse_date, parse_points
from .outcome import Refusal, both
from .results import (
    examiner_names,
    latest_module_date,
    param_name,
    passed,
    standing_result,
    target_name,
    working_result,
)
from .rules import STANDING_STATES

MAX_COMMENT = 500
MAX_POINTS_TEXT = 12


@dataclass(frozen=True)
class Allowed:
    """A yes: who acts, on which result (None: a new one, or the course), and the cleaned values to record."""

    actor: Person
    action: Action
    record: Result | None = None
    pnr: str = ""
    target: str = ""
    values: dict[str, Any] = field(default_factory=dict)


def decide(
    state: State,
    actor_id: str,
    action_name: str,
    subject: dict[str, Any] | None = None,
    params: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> Allowed | Refusal:
    """Whether `actor_id` may take `action_name` on `subject` (student and target, or a result's id).

    With `params`, the action's values are checked too and come back cleaned in `Allowed.values`.
    """
    actor = state.person(actor_id)
    if actor is None or not actor.roles:
        return Refusal("unknown_actor", {})
    action = ACTIONS.get(action_name)
    if action is None:
        return Refusal("unknown_action", {})
    refused = _role_refusal(state, actor, action)
    if refused:
        return refused
    if action.on_course:
        if params is None:
            return Allowed(actor, action)
        checked = inspera.check(state, action.name, params, today)
        return checked if isinstance(checked, Refusal) else Allowed(actor, action, values=checked)
    where = _subject(state, subject or {})
    if isinstance(where, Refusal):
        return where
    pnr, target = where
    selected = on_result(state, action, pnr, target)
    if isinstance(selected, Refusal):
        return selected
    allowed = Allowed(actor, action, selected, pnr, target)
    if params is None:
        return allowed
    values = _checked_values(state, allowed, params, today or dt.date.max)
    return values if isinstance(values, Refusal) else Allowed(actor, action, selected, pnr, target, values)


# --- who ------------------------------------------------------------------------------------------------------


def _role_refusal(state: State, actor: Person, action: Action) -> Refusal | None:
    if not set(actor.roles) & set(action.roles):
        return Refusal(
            "not_authorised",
            {
                "role": f"role.{actor.roles[0]}",
                "action": f"action.{action.name}",
                "allowed": [f"role.{r}" for r in action.roles],
            },
        )
    if action.examiner_only and actor.id not in state.course.examiners:
        return Refusal("not_examiner_of_course", {"course": state.course.code, "action": f"action.{action.name}"})
    return None


# --- on what ------------------------------------------------------------------------------------------------------


def _subject(state: State, subject: dict[str, Any]) -> tuple[str, str] | Refusal:
    by_ref = state.result(subject.get("result"))
    pnr: Any = by_ref.student if by_ref else subject.get("student")  # a row shown by code is named by its id
    target: Any = by_ref.target if by_ref else subject.get("target")
    if pnr is None and isinstance(subject.get("code"), str) and isinstance(target, str):
        pnr = _by_code(state, subject["code"], target)  # or, with nothing reported yet, by its code
    for name, value in (("student", pnr), ("target", target)):
        if not isinstance(value, str) or not value:
            return Refusal("missing_param", {"param": param_name(name)})
    assert isinstance(pnr, str) and isinstance(target, str)
    if target != COURSE_TARGET and state.course.module(target) is None:
        return Refusal("unknown_target", {})
    student = state.student(pnr)
    if student is None:
        return Refusal("student_not_found", {"pnr": pnr})
    if student.course_code != state.course.code:
        return Refusal(
            "registered_on_other_course",
            {
                "name": student.name,
                "registered_course": student.course_code,
                "registered_instance": student.instance,
                "course": state.course.code,
            },
        )
    return pnr, target  # registered here, or on an earlier instance of the same course: reportable after a search


def role_refusal(state: State, actor: Person, action: Action) -> Refusal | None:
    """The part of the decision that depends on who acts only (the view asks it once per action)."""
    return _role_refusal(state, actor, action)


def on_result(state: State, action: Action, pnr: str, target: str) -> Result | Refusal | None:
    """The part of the decision that depends on the results: which one the action meets, and the rules that look
    at the others. The student and target are known to be valid."""
    selected = _select(state, action, pnr, target)
    if isinstance(selected, Refusal):
        return selected
    return _state_rules(state, action, pnr, target, selected) or selected


def _by_code(state: State, code: str, target: str) -> str | None:
    for activity in reversed(state.activities):
        if activity.target == target and activity.student_for(code):
            return activity.student_for(code)
    return None


def _select(state: State, action: Action, pnr: str, target: str) -> Result | Refusal | None:
    """The result the action meets: the working one, else the standing one, else none (a new report)."""
    working, standing = working_result(state, pnr, target), standing_result(state, pnr, target)
    for record in (working, standing):
        if record is not None and action.moves_from(record.status) is not None:
            return record
    if working is None and action.moves_from(NONE) is not None:
        return None
    shown = next((r.status for r in (working, standing) if r is not None), NONE)
    return Refusal(
        "wrong_state", {"action": f"action.{action.name}", "state": f"state.{shown}", "hint": f"hint.{shown}"}
    )


# --- the rules that look at other results -------------------------------------------------------------------------


def _state_rules(state: State, action: Action, pnr: str, target: str, record: Result | None) -> Refusal | None:
    name = action.name
    if name == "save_draft" and record is None:
        return _new_result_rule(state, pnr, target)
    if name == "certify" and target == COURSE_TARGET:
        return _modules_passed_rule(state, pnr)
    if name in ("prepare_removal", "remove", "certify_removal"):
        return _removal_order_rule(state, pnr, target, record)
    return None


def _new_result_rule(state: State, pnr: str, target: str) -> Refusal | None:
    """A new result: the course grade only by hand on a multi-module course, over passed modules; never beside a
    certified pass."""
    if target == COURSE_TARGET:
        if len(state.course.modules) == 1:
            return Refusal("course_grade_is_automatic", {})
        refused = _modules_passed_rule(state, pnr)
        if refused:
            return refused
    standing = standing_result(state, pnr, target)
    if standing is not None and is_pass(standing.grade):
        return Refusal("already_passed", {"grade": standing.grade, "target": target_name(state, target)})
    return None


def _modules_passed_rule(state: State, pnr: str) -> Refusal | None:
    missing = [m for m in state.course.modules if not passed(state, pnr, m.code)]
    if not missing:
        return None
    return Refusal(
        "modules_not_passed",
        {"modules": both(", ".join(m.name_sv for m in missing), ", ".join(m.name_en for m in missing))},
    )


def _removal_order_rule(state: State, pnr: str, target: str, record: Result | None) -> Refusal | None:
    """A module result cannot be removed from under a certified course grade, and Ladok says so at the first step."""
    removes_standing = record is not None and record.status in STANDING_STATES
    if removes_standing and target != COURSE_TARGET and standing_result(state, pnr, COURSE_TARGET) is not None:
        return Refusal("course_grade_must_be_removed_first", {})
    return None


# --- the values an action records ---------------------------------------------------------------------------------


def _checked_values(state: State, allowed: Allowed, params: dict[str, Any], today: dt.date) -> dict[str, Any] | Refusal:
    name, record, target = allowed.action.name, allowed.record, allowed.target
    if name == "save_draft":
        return _check_report(state, allowed.pnr, target, record, params, today)
    if name == "mark_ready":
        return _check_mark_ready(state, params)
    if name == "certify":  # the examiner may change grade or date just before certifying
        changes = _check_grade_and_date(state, target, params, today, required=False)
        if isinstance(changes, Refusal):
            return changes
        assert record is not None
        exam_date = changes.get("exam_date", record.exam_date)
        if exam_date > today.isoformat():  # a decision is never dated before the examination it decides on
            return Refusal("exam_date_in_future", {"exam_date": exam_date, "today": today.isoformat()})
        return {**changes, "decision_date": today.isoformat()}
    if name in ("remove", "certify_removal") and record is not None and record.status in STANDING_STATES:
        return {"removal_date": today.isoformat()}  # the examiner's decision to remove a certified result
    values: dict[str, Any] = {}
    for param in allowed.action.params:  # any other action: its declared fields, by kind
        if param.kind == "comment":
            comment = _check_comment(params, required=param.required)
            if isinstance(comment, Refusal):
                return comment
            values.update(comment)
    return values


def _check_comment(params: dict[str, Any], required: bool) -> dict[str, Any] | Refusal:
    comment = params.get("comment")
    if comment in (None, "") and not required:
        return {}
    if not isinstance(comment, str) or not comment.strip():
        return Refusal("missing_param", {"param": param_name("comment")})
    if len(comment) > MAX_COMMENT:
        return Refusal("comment_too_long", {"most": MAX_COMMENT})
    return {"comment": comment.strip()}


def _check_report(
    state: State, pnr: str, target: str, record: Result | None, params: dict[str, Any], today: dt.date
) -> dict[str, Any] | Refusal:
    if target == COURSE_TARGET and not params.get("exam_date"):
        params = {**params, "exam_date": latest_module_date(state, pnr)}
    values = _check_grade_and_date(state, target, params, today, required=True)
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
    standing = standing_result(state, pnr, target)
    if record is None and standing is not None and values["exam_date"] <= standing.exam_date:
        # Beside a certified fail, a new result is a new examination, on a later date.
        return Refusal("date_not_after_previous", {"previous": standing.exam_date})
    return values


def _check_grade_and_date(
    state: State, target: str, params: dict[str, Any], today: dt.date, required: bool
) -> dict[str, Any] | Refusal:
    values: dict[str, Any] = {}
    scale = state.course.scale_of(target)
    grade = params.get("grade")
    if grade not in (None, ""):
        if grade not in SCALES[scale]:
            return Refusal(
                "invalid_grade", {"grade": str(grade), "scale": f"scale.{scale}", "allowed": ", ".join(SCALES[scale])}
            )
        if target == COURSE_TARGET and not is_pass(grade):
            return Refusal("course_grade_must_pass", {"grade": grade})
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


def _check_mark_ready(state: State, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    graded_by, notify = params.get("graded_by"), params.get("notify")
    for name, value in (("graded_by", graded_by), ("notify", notify)):
        if not isinstance(value, str) or not value:
            return Refusal("missing_param", {"param": param_name(name)})
    grader, notified = state.person(str(graded_by)), state.person(str(notify))
    if grader is None or not can_grade(grader):
        return Refusal("not_a_teacher", {"name": grader.name if grader else str(graded_by)[:40]})
    if notified is None or notified.id not in state.course.examiners:
        return Refusal(
            "notify_not_examiner",
            {"name": notified.name if notified else str(notify)[:40], "examiners": examiner_names(state)},
        )
    return {"graded_by": grader.id, "notified": notified.id}


GRADERS = frozenset({"teacher", "examiner"})  # who can be named as having graded a result


def can_grade(person: Person) -> bool:
    return bool(GRADERS & set(person.roles))
