"""What each person sees: queries of a state, never changes to it.

A student sees only certified results, with both the examination date and the decision date, and only the
annotations marked visible; never a draft or a comment. On a module with an anonymous exam (an activity session),
a viewer who sees only codes sees anonymisation codes instead of names for every student signed up to it, anywhere
in the view, until that student's result is certified, and such rows stand in the order of their codes; the
examiner and the study administration see code and name side by side (`privacy.py`).

Every button the view offers comes from the one decision (`decision.py`), asked for each action on each row with
the row itself as the subject, so the browser draws the right buttons and forms without knowing a rule. A staff
row holds:
- `ref` (the result's id, or null), `student` and `name` (null where the viewer sees only the code), `code`,
  `target`, `status`, `working`, and the result's `grade`, `exam_date`, `decision_date`, `comment`, `points`,
  `points_visible`, `graded_by`, `notified_to_you`;
- `actions`: the actions `decide()` accepts on this very row now, and nothing else; `fields`: the values those
  actions take; `grades`: the grades the decision accepts for the row's target (a course grade: passing grades);
- `subject`: how the row is named to the engine, to be sent as it is with an action's values (`{"result": id,
  "target": ...}`, or for a row with no result yet `{"result": null, "student" or "code": ..., "target": ...}`);
  the same subject gets in `act()` exactly the decision the row's `actions` were made with;
- `why_not`: when nothing at all can be done on the row because of whom it is about (a student registered on
  another course), the refusal every action there gets: `{"key", "params", "text": {"sv", "en"}}`; else null;
- on the certify and activity screens, `awaits`: the action the result waits for there, or null;
- `marked_ready_by` and `reported_by`: who marked it as ready (a person's id, or "integration" for an integration's
  user) and who transferred it from the learning platform.
The registration screen's rows and the gradebook's columns are described in `screens_routes.py`.
`forms` says for every action which fields it needs. A screen shows one page of rows (`screens.PER_PAGE`), so what
a view costs is bounded by the page, not by the course. With the option `screen`, only that screen's part is made
(the one the page shows; a screen the viewer does not have means their first); `built` names the screens a view can
draw: those whose parts it holds, and those drawn from no rows of their own (the search).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .actions import declared, screens_for
from .model import COURSE_TARGET, Result, State, is_pass
from .names import Role, Screen
from .people import people
from .privacy import anonymous, sees_names, signed_up
from .registration import registered_earlier, registrar
from .results import standing_result
from .screens import Rows, activity_screen, all_rows, certify_screen, inspera_screen, report_screen
from .screens_routes import lms_screen, registration_screen


def credits(state: State, pnr: str, on: str | None = None) -> float:
    """Credits a student has in Ladok on this course: passed, certified modules, never more than the course.

    With `on` (an ISO date), only results certified by that day count: this is what Ladok, and so CSN, shows on that
    day. When the credits were earned is the examination date; the decision date says only when they became visible.
    """
    course = state.course

    def counts(result: Result | None) -> bool:
        if result is None or not is_pass(result.grade):
            return False
        return on is None or (bool(result.decision_date) and result.decision_date <= on)

    if counts(standing_result(state, pnr, COURSE_TARGET)):
        return course.hp
    total = sum(m.hp for m in course.modules if counts(standing_result(state, pnr, m.code)))
    return min(total, course.hp)


def targets(state: State) -> list[str]:
    return [*(m.code for m in state.course.modules), COURSE_TARGET]


def view(
    state: State, actor_id: str, options: dict[str, Any] | None = None, today: str | None = None
) -> dict[str, Any]:
    """What `actor_id` sees. `options` choose the page of each screen: `target`, `page`, `query` for the report
    screen, `certify_page`, `activity`, `status`, `activity_page`, `registration_page` for the others; and `screen`,
    the one screen whose part is made (else all)."""
    actor = state.person(actor_id)
    if actor is None:
        return {"error": "unknown_actor"}
    roles = set(actor.roles)
    if roles == {Role.STUDENT}:
        return _student_view(state, actor.id)
    opts = options if isinstance(options, dict) else {}
    hidden = {} if sees_names(roles) else anonymous(state, signed_up(state))
    rows = Rows(state, actor, hidden, today)
    screens = [s for s in screens_for(roles) if s != Screen.LMS or state.columns]  # a gradebook to show
    seen = {
        "actor": actor.id,
        "roles": list(actor.roles),
        "course": _course(state),
        "screens": screens,
        "forms": _forms(),
        "row_actions": [a.name for a in declared() if not a.on_course],
        "people": people(state, actor),
        "activities": [
            {"id": a.id, "target": a.target, "date": a.date, "count": len(a.codes)} for a in state.activities
        ],
    }
    built = _built(opts.get("screen"), screens)
    for screen in built:
        seen.update(_PARTS[screen](rows, opts))
    seen["built"] = [s for s in _PARTS if s in built or s in _PARTLESS]
    if options is None:  # every row at once, for a caller that pages nothing itself (tests, benchmarks)
        seen["rows"] = all_rows(rows)
    return seen


# What each screen draws from, by the view's key: made only for the screens a view is asked for.
_PARTS: dict[str, Callable[[Rows, dict[str, Any]], dict[str, Any]]] = {
    Screen.REPORT: lambda rows, opts: {Screen.REPORT: report_screen(rows, opts)},
    Screen.CERTIFY: lambda rows, opts: {Screen.CERTIFY: certify_screen(rows, opts)},
    Screen.ACTIVITIES: lambda rows, opts: {"activity": activity_screen(rows, opts)},
    Screen.SEARCH: lambda rows, opts: {},
    Screen.INSPERA: lambda rows, opts: {Screen.INSPERA: inspera_screen(rows)},
    Screen.REGISTRATION: lambda rows, opts: {Screen.REGISTRATION: registration_screen(rows, opts)},
    Screen.LMS: lambda rows, opts: {Screen.LMS: lms_screen(rows)},
}
_PARTLESS = frozenset({Screen.SEARCH})  # drawn from no rows of its own: every view can draw it


def _built(asked: Any, screens: list[str]) -> list[str]:
    """The screens whose parts a view makes: every one, or only the one asked for (the page's), and for a screen
    the viewer does not have, their first, as the page then shows."""
    if not isinstance(asked, str) or asked not in _PARTS:
        return list(_PARTS)
    return [asked if asked in screens or not screens else screens[0]]


def _forms() -> dict[str, Any]:
    return {
        a.name: {
            "screen": a.screen,
            "system": a.system,
            "on_course": a.on_course,
            "fields": [{"name": p.name, "kind": p.kind, "required": p.required} for p in a.params],
        }
        for a in declared()
    }


def _hp_text(hp: float) -> dict[str, str]:
    text = f"{hp:g}"
    return {"sv": text.replace(".", ","), "en": text}


def _course(state: State) -> dict[str, Any]:
    c = state.course
    return {
        "code": c.code,
        "instance": c.instance,
        "name": {"sv": c.name_sv, "en": c.name_en},
        "hp": c.hp,
        "hp_text": _hp_text(c.hp),
        "scale": c.scale,
        "examiners": list(c.examiners),
        "targets": [
            *({"code": m.code, "name": {"sv": m.name_sv, "en": m.name_en}, "course_grade": False} for m in c.modules),
            {"code": COURSE_TARGET, "name": {"sv": "Betyg på hel kurs", "en": "Course grade"}, "course_grade": True},
        ],
        "modules": [
            {
                "code": m.code,
                "name": {"sv": m.name_sv, "en": m.name_en},
                "hp": m.hp,
                "hp_text": _hp_text(m.hp),
                "scale": m.scale,
                "moments": list(m.moments),
            }
            for m in c.modules
        ],
    }


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
                "decision_date": standing.decision_date,
                "points": standing.points if standing.points_visible else "",
                "status": "certified",
            }
        )
    return {
        "actor": pnr,
        "roles": ["student"],
        "course": _course(state),
        "screens": [],
        "rows": rows,
        "credits": credits(state, pnr),
        "credits_text": _hp_text(credits(state, pnr)),
    }


def search(state: State, pnr: str) -> tuple[State, dict[str, Any]]:
    """A search by personal identity number; a student it finds stays in the list, as in Ladok's search results."""
    result = find_student(state, pnr)
    if result["found"] != "registered" and result["found"] != "not_found" and result["pnr"] not in state.found:
        state = replace(state, found=(*state.found, result["pnr"]))
    return state, result


def normal_pnr(text: str) -> str:
    """A personal identity number as the guide stores it (YYYYMMDD-NNNN), typed with or without its hyphen."""
    digits = text.strip().replace("-", "").replace("+", "")
    return f"{digits[:8]}-{digits[8:]}" if len(digits) == 12 and digits[:8].isdigit() else text.strip()


def find_student(state: State, pnr: str) -> dict[str, Any]:
    """A search by personal identity number: where the student is registered, and what to do."""
    student = state.student(pnr.strip()) or state.student(normal_pnr(pnr))
    if student is None:
        return {"found": "not_found", "pnr": pnr}
    course = state.course
    instance = student.instance
    if state.is_registered(student.pnr):
        where, instance = "registered", course.instance  # a re-registration brings an earlier student here
    elif student.course_code != course.code:
        where = "other_course"
    elif student.instance == course.instance:
        where = "not_registered"
    elif registered_earlier(state, student):
        where = "earlier_instance_resit" if state.routes.resit_needs_registration else "earlier_instance"
    else:
        where = "not_registered"
    return {
        "found": where,
        "pnr": student.pnr,
        "name": student.name,
        "course_code": student.course_code,
        "instance": instance,
        "current": course.instance,
        "registrar": registrar(state),
    }
