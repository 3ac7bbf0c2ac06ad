"""Apply one action to a state: check the tables, then the leftover rules, then make the change.

`act()` is the only way a state changes. It never raises for a reader's mistake: a forbidden or malformed action
comes back as an `Outcome` whose `refusal` is set and whose state is the very state that came in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from .inspera import setup_activity, transfer_from_inspera
from .model import COURSE_TARGET, SCALES, Person, Result, State, is_pass
from .outcome import Event, Outcome, Refusal, both
from .results import (
    examiner_names,
    latest_module_date,
    param_name,
    parse_date,
    passed,
    standing_result,
    target_name,
    working_result,
)
from .rules import EXAMINER_ONLY, NONE, PERMISSIONS, STANDING_STATES, TRANSITIONS


def act(state: State, actor_id: str, action: str, params: dict[str, Any], today: dt.date) -> Outcome:
    """Perform `action` as the person `actor_id` on `today`."""
    refusal_or_actor = _authorise(state, actor_id, action)
    if isinstance(refusal_or_actor, Refusal):
        return Outcome(state, refusal=refusal_or_actor)
    if action == "setup_activity":
        return setup_activity(state, params, today)
    if action == "transfer_from_inspera":
        return transfer_from_inspera(state, params)
    return _act_on_result(state, refusal_or_actor, action, params, today)


# --- who may act ---------------------------------------------------------------------------------------------------


def _authorise(state: State, actor_id: str, action: str) -> Person | Refusal:
    actor = state.person(actor_id)
    if actor is None or not actor.roles:
        return Refusal("unknown_actor", {})
    if action not in PERMISSIONS:
        return Refusal("unknown_action", {})
    allowed = PERMISSIONS[action]
    if not set(actor.roles) & set(allowed):
        return Refusal(
            "not_authorised",
            {"role": f"role.{actor.roles[0]}", "action": f"action.{action}", "allowed": [f"role.{r}" for r in allowed]},
        )
    if action in EXAMINER_ONLY and actor.id not in state.course.examiners:
        return Refusal("not_examiner_of_course", {"course": state.course.code, "action": f"action.{action}"})
    return actor


# --- which result an action meets ----------------------------------------------------------------------------------


def _select(state: State, action: str, pnr: str, target: str) -> tuple[Result | None, str] | Refusal:
    froms = TRANSITIONS[action]
    working, standing = working_result(state, pnr, target), standing_result(state, pnr, target)
    for record in (working, standing):
        if record is not None and record.status in froms:
            return record, record.status
    if working is None and NONE in froms:
        return None, NONE
    shown = next((r.status for r in (working, standing) if r is not None), NONE)
    return Refusal("wrong_state", {"action": f"action.{action}", "state": f"state.{shown}", "hint": f"hint.{shown}"})


# --- acting on one result ------------------------------------------------------------------------------------------


def _act_on_result(state: State, actor: Person, action: str, params: dict[str, Any], today: dt.date) -> Outcome:
    by_ref = state.result(params.get("result"))
    if by_ref is not None:  # a row shown without a name (an anonymous Inspera result) is named by its id
        params = {**params, "student": by_ref.student, "target": by_ref.target}
    pnr, target = params.get("student"), params.get("target")
    for name, value in (("student", pnr), ("target", target)):
        if not isinstance(value, str) or not value:
            return Outcome(state, refusal=Refusal("missing_param", {"param": param_name(name)}))
    assert isinstance(pnr, str) and isinstance(target, str)
    if target != COURSE_TARGET and state.course.module(target) is None:
        return Outcome(state, refusal=Refusal("unknown_target", {}))
    student_refusal = _student_refusal(state, pnr)
    if student_refusal:
        return Outcome(state, refusal=student_refusal)
    selected = _select(state, action, pnr, target)
    if isinstance(selected, Refusal):
        return Outcome(state, refusal=selected)
    record, _ = selected
    checked = _leftover_rules(state, action, pnr, target, record, params, today)
    if isinstance(checked, Refusal):
        return Outcome(state, refusal=checked)
    return _apply(state, actor, action, pnr, target, record, checked)


def _student_refusal(state: State, pnr: str) -> Refusal | None:
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
    return None  # registered here, or on an earlier instance of the same course: reportable after a search


def _leftover_rules(
    state: State, action: str, pnr: str, target: str, record: Result | None, params: dict[str, Any], today: dt.date
) -> dict[str, Any] | Refusal:
    """The rules that the tables cannot say, because they look at other results, other people or the date.

    Returns the cleaned values the change needs, or a refusal.
    """
    if action == "save_draft":
        return _check_report(state, pnr, target, record, params, today)
    if action == "mark_ready":
        return _check_mark_ready(state, params)
    if action == "certify":  # the examiner may change grade or date just before certifying
        values = _check_grade_and_date(state, target, params, today, required=False)
        return values if isinstance(values, Refusal) else {**values, "decision_date": today.isoformat()}
    if action in ("comment", "unmark_ready"):
        return _check_comment(params, required=action == "comment")
    # A module result cannot be removed from under a certified course grade, and Ladok says so at the first step.
    removes_standing = (
        action in ("prepare_removal", "remove", "certify_removal")
        and record is not None
        and record.status in STANDING_STATES
    )
    if removes_standing and target != COURSE_TARGET and standing_result(state, pnr, COURSE_TARGET) is not None:
        return Refusal("course_grade_must_be_removed_first", {})
    if removes_standing and action != "prepare_removal":
        return {"removal_date": today.isoformat()}  # the examiner's decision to remove a certified result
    return {}


MAX_COMMENT = 500


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
    course = state.course
    if target == COURSE_TARGET:
        if len(course.modules) == 1:
            return Refusal("course_grade_is_automatic", {})
        missing = [m for m in course.modules if not passed(state, pnr, m.code)]
        if missing:
            return Refusal(
                "modules_not_passed",
                {"modules": both(", ".join(m.name_sv for m in missing), ", ".join(m.name_en for m in missing))},
            )
        if not params.get("exam_date"):
            params = {**params, "exam_date": latest_module_date(state, pnr)}
    values = _check_grade_and_date(state, target, params, today, required=True)
    if isinstance(values, Refusal):
        return values
    points = params.get("points", "")
    if points not in ("", None):
        try:
            number = float(str(points).replace(",", ".")) if len(str(points)) <= MAX_POINTS_TEXT else -1.0
        except ValueError:
            number = -1.0
        if not number >= 0 or number == float("inf"):
            return Refusal("invalid_points", {"value": str(points)[:MAX_POINTS_TEXT]})
        values["points"] = str(points).replace(",", ".")
    else:
        values["points"] = ""
    values["points_visible"] = bool(params.get("points_visible", False))
    standing = standing_result(state, pnr, target)
    if record is None and standing is not None:
        # Beside a certified result, a new one is a new examination: after a fail, on a later date.
        if is_pass(standing.grade):
            return Refusal("already_passed", {"grade": standing.grade, "target": target_name(state, target)})
        if values["exam_date"] <= standing.exam_date:
            return Refusal("date_not_after_previous", {"previous": standing.exam_date})
    return values


MAX_POINTS_TEXT = 12


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
            return Refusal("invalid_date", {"value": str(raw_date)})
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
    if grader is None or not {"teacher", "examiner"} & set(grader.roles):
        return Refusal("not_a_teacher", {"name": grader.name if grader else str(graded_by)})
    if notified is None or notified.id not in state.course.examiners:
        return Refusal(
            "notify_not_examiner",
            {"name": notified.name if notified else str(notify), "examiners": examiner_names(state)},
        )
    return {"graded_by": grader.id, "notified": notified.id}


# --- making the change ---------------------------------------------------------------------------------------------


def _apply(
    state: State,
    actor: Person,
    action: str,
    pnr: str,
    target: str,
    record: Result | None,
    values: dict[str, Any],
) -> Outcome:
    new_status = TRANSITIONS[action][record.status if record else NONE]
    student = state.student(pnr)
    assert student is not None
    base = {"name": student.name, "target": target_name(state, target)}
    events: list[Event] = []
    if record is None:
        record = Result(id=state.next_id, student=pnr, target=target, status=new_status, **values)
        state = replace(state, next_id=state.next_id + 1)
        events.append(Event("saved_as_draft", {**base, "grade": record.grade}))
    else:
        before = record
        record = replace(record, status=new_status, **values)
        events.append(_event_for(action, before, record, base, state, actor))
        if action == "certify":
            record = replace(record, certified_by=actor.id)
            changed = [f for f in ("grade", "exam_date") if getattr(before, f) != getattr(record, f)]
            events.extend(Event("adjusted_before_certifying", {"field": param_name(f)}) for f in changed)
    state = state.with_result(record)
    if action == "certify":
        state, more = _after_certify(state, actor, record, base)
        events.extend(more)
    return Outcome(state, tuple(events))


def _event_for(action: str, before: Result, after: Result, base: dict[str, Any], state: State, actor: Person) -> Event:
    if action == "save_draft":
        return Event("draft_updated", {**base, "grade": after.grade})
    if action == "mark_ready":
        grader, notified = state.person(after.graded_by), state.person(after.notified)
        assert grader is not None and notified is not None
        return Event("marked_ready", {**base, "graded_by": grader.name, "notify": notified.name})
    if action == "certify":
        return Event("certified", {**base, "grade": after.grade, "examiner": actor.name, "date": after.decision_date})
    key = {
        "unmark_ready": "unmarked",
        "delete_draft": "draft_deleted",
        "remove": "removed",
        "certify_removal": "removed",
        "prepare_removal": "prepared_for_removal",
        "comment": "comment_saved",
    }[action]
    return Event(key, {**base, "grade": before.grade})


def _after_certify(state: State, actor: Person, record: Result, base: dict[str, Any]) -> tuple[State, list[Event]]:
    """A single-module course gets its course grade at once; otherwise say when the course grade may be reported."""
    course = state.course
    if record.target == COURSE_TARGET or not is_pass(record.grade):
        return state, []
    if len(course.modules) == 1:
        if record.grade not in SCALES[course.scale] or standing_result(state, record.student, COURSE_TARGET):
            return state, []
        derived = Result(
            id=state.next_id,
            student=record.student,
            target=COURSE_TARGET,
            grade=record.grade,
            exam_date=record.exam_date,
            status="certified",
            certified_by=actor.id,
            source="derived",
            decision_date=record.decision_date,
        )
        state = replace(state, next_id=state.next_id + 1).with_result(derived)
        return state, [Event("course_grade_derived", {**base, "grade": record.grade})]
    if all(passed(state, record.student, m.code) for m in course.modules):
        return state, [Event("course_grade_possible", base)]
    return state, []
