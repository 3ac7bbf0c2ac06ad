"""The screens of the other routes into Ladok: registration on the course instance, and the learning platform's
gradebook with its Transfer to Ladok.

Like the result screens (`screens.py`), each row carries what the one decision accepts there: a registration row
the registration actions `decide()` accepts for that student (asked with the row's `subject` as the action's
values), and the gradebook the transfer's fields. What a column's students have in Ladok is shown as Ladok shows it:
the state, the grade, who graded (and, for a result transferred by an integration, who reported) and who marked it as
ready, a person or the integration's user.
"""

from __future__ import annotations

from typing import Any

from . import catalog
from .actions import offered_on
from .lms import POINTS_ONLY
from .model import COURSE_TARGET, INTEGRATION_USER, Column, Result, State, Student
from .names import Screen
from .outcome import Refusal, both
from .privacy import student_label
from .registration import terms_here
from .results import standing_result, working_result
from .screens import Rows, _page


def registration_screen(rows: Rows, opts: dict[str, Any]) -> dict[str, Any] | None:
    """The course's students, admitted to this instance or registered on an earlier one, with their registrations
    and the registrations the study administration may make for each now."""
    if not rows.may_use(Screen.REGISTRATION):
        return None
    state, course = rows.state, rows.state.course
    ours = [s for s in state.students if s.course_code == course.code]
    ordered = sorted(ours, key=lambda s: (s.instance != course.instance, s.instance, s.name, s.pnr))
    page_of, page, pages = _page(ordered, opts.get("registration_page"))
    actions = offered_on(Screen.REGISTRATION)
    shown = []
    for student in page_of:
        subject = {"student": student.pnr}
        allowed = [a.name for a in actions if not isinstance(rows.decider.decide(a.name, {}, subject), Refusal)]
        shown.append(
            {
                "subject": subject,
                "student": student.pnr,
                "name": student.name,
                "admitted": student.instance,
                "status": _standing(state, student),
                "terms": list(terms_here(state, student.pnr)),
                "registrations": _registrations(state, student),
                "actions": allowed,
            }
        )
    return {
        "course": course.code,
        "instance": course.instance,
        "terms": list(course.term_names()),
        "rows": shown,
        "total": len(ordered),
        "page": page,
        "pages": pages,
    }


def _standing(state: State, student: Student) -> str:
    """Where the student stands on this instance: registered, admitted but not registered, or registered only on
    an earlier instance of the course."""
    if state.is_registered(student.pnr):
        return "registered"
    return "admitted" if student.instance == state.course.instance else "earlier"


def _registrations(state: State, student: Student) -> list[dict[str, str]]:
    """Every registration of the student on the course, the first (made before the exercise) included."""
    course = state.course
    out = []
    if student.registered:
        term = course.term_names()[0] if student.instance == course.instance else student.instance
        out.append({"instance": student.instance, "term": term, "kind": "first"})
    for r in state.registrations_of(student.pnr):
        out.append({"instance": r.instance, "term": r.term, "kind": r.kind})
    return out


# --- the learning platform's gradebook ------------------------------------------------------------------------


def lms_screen(rows: Rows) -> dict[str, Any] | None:
    """The gradebook's columns with each student's grade there and, on the module the column is linked to, what
    Ladok holds; the modules a transfer may go to (never the course grade); and the department's route."""
    state = rows.state
    if not state.columns or not rows.may_use(Screen.LMS):
        return None
    modules = [{"code": m.code, "name": both(m.name_sv, m.name_en)} for m in state.course.modules]
    return {
        "route": state.routes.lms_transfer,
        "points_move": state.routes.lms_points,
        "targets": modules,
        "columns": [_column(rows, c) for c in state.columns],
    }


def _column(rows: Rows, column: Column) -> dict[str, Any]:
    state = rows.state
    grader = state.person(column.graded_by)
    grades = []
    for pnr, grade, points in column.grades:
        hidden = (pnr, column.target) in rows.hidden
        grades.append(
            {
                "student": None if hidden else pnr,
                "name": student_label(state, rows.actor, pnr, column.target),
                "grade": grade,
                "points": points,
                "ladok": None if hidden else in_ladok(state, pnr, column.target),
            }
        )
    return {
        "id": column.id,
        "name": both(column.name_sv, column.name_en),
        "scheme": column.scheme,
        "scheme_label": "ui.scheme_points" if column.scheme == POINTS_ONLY else f"scale.{column.scheme}",
        "posted": column.posted,
        "graded_by": grader.name if grader else "",
        "target": column.target,
        "grades": grades,
    }


def in_ladok(state: State, pnr: str, target: str) -> dict[str, Any] | None:
    """The student's result on the module as Ladok shows it (the one being worked on, else the one that stands):
    its state and grade, who graded it, and who marked it as ready."""
    if target in ("", COURSE_TARGET):
        return None
    record = working_result(state, pnr, target) or standing_result(state, pnr, target)
    if record is None:
        return None
    return {
        "status": record.status,
        "grade": record.grade,
        "graded_by": _graders(state, record),
        "marked_ready_by": marked_ready_by(state, record),
    }


def _graders(state: State, record: Result) -> list[str]:
    """Graded by, as Ladok lists it: the grader, and beside them the teacher who transferred it, if another."""
    ids = [i for i in (record.graded_by, record.reported_by) if i]
    names = [p.name for i in dict.fromkeys(ids) if (p := state.person(i)) is not None]
    return names


def marked_ready_by(state: State, record: Result) -> dict[str, str] | None:
    """Who marked the result as ready, in both languages: a person's name, or the integration's user."""
    if record.marked_ready_by == INTEGRATION_USER:
        return {lang: catalog.label("integration.user", lang) for lang in catalog.LANGS}
    person = state.person(record.marked_ready_by)
    return {lang: person.name for lang in catalog.LANGS} if person is not None else None
