"""What each person sees: queries of a state, never changes to it.

A student sees only certified results, and only the annotations marked visible. A teacher sees anonymisation codes
instead of names on Inspera results until they are certified; the examiner and the study administration see both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .model import COURSE_TARGET, SCALES, Result, State, is_pass
from .rules import NONE, PERMISSIONS, STANDING_STATES, TRANSITIONS
from .workflow import standing_result, working_result


def credits(state: State, pnr: str) -> float:
    """Credits a student has in Ladok on this course: passed, certified modules, never more than the course."""
    course = state.course
    course_grade = standing_result(state, pnr, COURSE_TARGET)
    if course_grade is not None and is_pass(course_grade.grade):
        return course.hp
    total = 0.0
    for module in course.modules:
        standing = standing_result(state, pnr, module.code)
        if standing is not None and is_pass(standing.grade):
            total += module.hp
    return min(total, course.hp)


def targets(state: State) -> list[str]:
    return [*(m.code for m in state.course.modules), COURSE_TARGET]


def view(state: State, actor_id: str) -> dict[str, Any]:
    actor = state.person(actor_id)
    if actor is None:
        return {"error": "unknown_actor"}
    roles = set(actor.roles)
    if roles == {"student"}:
        return _student_view(state, actor.id)
    return {
        "actor": actor.id,
        "roles": list(actor.roles),
        "course": _course(state),
        "rows": [row for t in targets(state) for s in _listed_students(state) for row in _rows(state, roles, s, t)],
        "activities": [_activity(state, a.id, anonymous=roles <= {"teacher"}) for a in state.activities],
    }


def _listed_students(state: State) -> list[str]:
    """Registered students, then anyone a search has brought up or who has a result here."""
    listed = [s.pnr for s in state.registered()]
    for pnr in (*state.found, *sorted({r.student for r in state.results})):
        if pnr not in listed and state.student(pnr) is not None:
            listed.append(pnr)
    return listed


def _rows(state: State, roles: set[str], pnr: str, target: str) -> list[dict[str, Any]]:
    working, standing = working_result(state, pnr, target), standing_result(state, pnr, target)
    records = [r for r in (standing, working) if r is not None]
    if not records:
        return [_row(state, roles, pnr, target, None)]
    return [_row(state, roles, pnr, target, r) for r in records]


def _row(state: State, roles: set[str], pnr: str, target: str, record: Result | None) -> dict[str, Any]:
    student = state.student(pnr)
    assert student is not None
    status = record.status if record else NONE
    code = ""
    if record and record.activity:
        activity = state.activity(record.activity)
        code = (activity.code_for(pnr) or "") if activity else ""
    hidden = bool(code) and roles <= {"teacher", "inspera_planner"} and status not in STANDING_STATES
    return {
        "ref": record.id if record else None,
        "student": None if hidden else pnr,
        "name": None if hidden else student.name,
        "code": code,
        "target": target,
        "status": status,
        "grade": record.grade if record else "",
        "exam_date": record.exam_date if record else "",
        "points": record.points if record else "",
        "points_visible": record.points_visible if record else False,
        "graded_by": record.graded_by if record else "",
        "actions": [] if hidden else _actions(roles, status, target, state),
        "grades": list(SCALES[state.course.scale_of(target)]),
    }


def _actions(roles: set[str], status: str, target: str, state: State) -> list[str]:
    out = []
    for action, froms in TRANSITIONS.items():
        if status in froms and roles & set(PERMISSIONS[action]):
            out.append(action)
    if status in STANDING_STATES and roles & set(PERMISSIONS["save_draft"]) and "save_draft" not in out:
        out.append("save_draft")  # a new result beside a certified one (after a fail)
    if target == COURSE_TARGET and len(state.course.modules) == 1:
        out = [a for a in out if a != "save_draft"]
    return out


def _course(state: State) -> dict[str, Any]:
    c = state.course
    return {
        "code": c.code,
        "instance": c.instance,
        "name": {"sv": c.name_sv, "en": c.name_en},
        "hp": c.hp,
        "scale": c.scale,
        "examiners": list(c.examiners),
        "modules": [
            {
                "code": m.code,
                "name": {"sv": m.name_sv, "en": m.name_en},
                "hp": m.hp,
                "scale": m.scale,
                "moments": list(m.moments),
            }
            for m in c.modules
        ],
    }


def _activity(state: State, activity_id: str, anonymous: bool) -> dict[str, Any]:
    activity = state.activity(activity_id)
    assert activity is not None
    codes = []
    for code, pnr in activity.codes:
        certified = standing_result(state, pnr, activity.target)
        show = not anonymous or (certified is not None and certified.activity == activity.id)
        student = state.student(pnr)
        codes.append(
            {"code": code, "student": pnr if show else None, "name": student.name if show and student else None}
        )
    return {"id": activity.id, "target": activity.target, "date": activity.date, "codes": codes}


def _student_view(state: State, pnr: str) -> dict[str, Any]:
    rows = []
    for target in targets(state):
        standing = standing_result(state, pnr, target)
        if standing is None:
            continue
        rows.append(
            {
                "target": target,
                "grade": standing.grade,
                "exam_date": standing.exam_date,
                "points": standing.points if standing.points_visible else "",
                "status": "certified",
            }
        )
    return {"actor": pnr, "roles": ["student"], "course": _course(state), "rows": rows, "credits": credits(state, pnr)}


def search(state: State, pnr: str) -> tuple[State, dict[str, Any]]:
    """A search by personal identity number; a student it finds stays in the list, as in Ladok's search results."""
    found = find_student(state, pnr)
    if found["found"] in ("earlier_instance", "other_course") and found["pnr"] not in state.found:
        state = replace(state, found=(*state.found, found["pnr"]))
    return state, found


def find_student(state: State, pnr: str) -> dict[str, Any]:
    """A search by personal identity number: where the student is registered, and what to do."""
    student = state.student(pnr.strip())
    if student is None:
        return {"found": "not_found", "pnr": pnr}
    if student.course_code == state.course.code and student.instance == state.course.instance:
        found = "registered"
    elif student.course_code == state.course.code:
        found = "earlier_instance"
    else:
        found = "other_course"
    return {
        "found": found,
        "pnr": student.pnr,
        "name": student.name,
        "course_code": student.course_code,
        "instance": student.instance,
    }
