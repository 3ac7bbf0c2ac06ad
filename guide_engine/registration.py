"""Registration on a course instance, and the rule that a result is reported only for a registered student.

A result is reported for a student registered on the course instance: a first registration (förstagångsregistrering,
made by the student in Ladok for students or by the study administration), for a later term of a course over
several terms a continuation registration (fortsättningsregistrering), and for a student who follows the course
again, a re-registration (omregistrering) on the new instance. Whether a re-sit needs that re-registration is local
(`Routes.resit_needs_registration`): at Lund's SOL you register every term you are active, re-sits included; at
Uppsala a registration on an earlier instance of the course is enough to sit the exam, and the student's result is
reported on the course (as the missing-student exercise shows).

The rule on the subject (`registration_refusal`) is asked for every action on a student, so the view says why
nothing can be done on the row of a student who is not registered; the rule on the term (`term_refusal`) is asked
by the checks that know the examination date. The three registration actions (`actions.py`) have their checks and
their one effect here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from .model import REGISTRARS, Registration, State, Student
from .outcome import Allowed, Done, Event, Refusal
from .results import param_name

FIRST, CONTINUATION, RE = "first", "continuation", "re"


def with_registrar(state: State, registration_by: str) -> State:
    """The state with who registers as the department's own setting says (extra.ladok_local.registration_by), so
    an exercise's refusals name them as the site's pages do."""
    if registration_by not in REGISTRARS:
        raise ValueError(f"unknown registrar {registration_by!r}")
    return replace(state, routes=replace(state.routes, registration_by=registration_by))


def registrar(state: State) -> str:
    """Who registers at the department, as a refusal names it (a label key)."""
    return f"registrar.{state.routes.registration_by}"


def terms_here(state: State, pnr: str) -> tuple[str, ...]:
    """The terms of the course instance the student is registered for, in the instance's order."""
    course = state.course
    student = state.student(pnr)
    found = set()
    if student is not None and student.registered and (student.course_code, student.instance) == course.key:
        found.add(course.term_names()[0])
    found |= {r.term for r in state.registrations_of(pnr) if (r.course_code, r.instance) == course.key}
    return tuple(t for t in course.term_names() if t in found)


def registered_earlier(state: State, student: Student) -> bool:
    """Registered on another instance of the same course: the student is re-sitting, or following it again."""
    course = state.course
    if student.course_code != course.code:
        return False
    first = student.registered and student.instance != course.instance
    again = state.registrations_of(student.pnr)
    return first or any(r.course_code == course.code and r.instance != course.instance for r in again)


def registration_refusal(state: State, student: Student) -> Refusal | None:
    """Whether a result can be reported on this course instance for a student of this course at all: registered
    on it, or (where the department lets a re-sit count an earlier registration) on an earlier instance."""
    if state.is_registered(student.pnr):
        return None
    course = state.course
    said = {"name": student.name, "course": course.code, "instance": course.instance, "registrar": registrar(state)}
    if not registered_earlier(state, student):
        return Refusal("not_registered", said)
    if not state.routes.resit_needs_registration:
        return None
    return Refusal("not_registered_resit", {**said, "earlier": student.instance})


def term_refusal(state: State, pnr: str, exam_date: str) -> Refusal | None:
    """A result examined in a later term of a course over several terms needs the student's registration for that
    term (KTH: register in both terms). A student counted by an earlier instance's registration is not asked."""
    if not state.is_registered(pnr):
        return None
    term = state.course.term_of(exam_date)
    if term in terms_here(state, pnr):
        return None
    student = state.student(pnr)
    name = student.name if student else pnr
    return Refusal("not_registered_for_term", {"name": name, "term": term, "registrar": registrar(state)})


# --- the registration actions' checks ---------------------------------------------------------------------------


def _student(state: State, params: dict[str, Any]) -> Student | Refusal:
    pnr = params.get("student")
    if not isinstance(pnr, str) or not pnr:
        return Refusal("missing_param", {"param": param_name("student")})
    student = state.student(pnr)
    if student is None:
        return Refusal("student_not_found", {"pnr": pnr[:40]})
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
    return student


def _said(state: State, student: Student, term: str = "") -> dict[str, Any]:
    course = state.course
    return {"name": student.name, "course": course.code, "instance": course.instance, "term": term}


def check_first(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """A first registration: for a student admitted to this very instance and not registered on it, for its first
    term."""
    student = _student(state, params)
    if isinstance(student, Refusal):
        return student
    first = state.course.term_names()[0]
    if state.is_registered(student.pnr):
        return Refusal("already_registered", _said(state, student, terms_here(state, student.pnr)[0]))
    if student.instance != state.course.instance:
        return Refusal("not_admitted_here", {**_said(state, student), "earlier": student.instance})
    return {"student": student.pnr, "term": first, "kind": FIRST}


def check_continuation(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """A continuation registration: for the next term of a course over several terms, once that term has begun,
    for a student registered on the instance in an earlier term."""
    student = _student(state, params)
    if isinstance(student, Refusal):
        return student
    course = state.course
    names = course.term_names()
    if len(names) == 1:
        return Refusal("no_later_term", _said(state, student))
    have = terms_here(state, student.pnr)
    if not have:
        return Refusal("not_registered", {**_said(state, student), "registrar": registrar(state)})
    later = names[names.index(have[-1]) + 1 :]
    if not later:
        return Refusal("registered_every_term", _said(state, student))
    term = later[0]
    starts = dict(course.terms)[term]
    today = (allowed.today or dt.date.max).isoformat()
    if starts > today:
        return Refusal("term_not_started", {**_said(state, student, term), "first_day": starts})
    return {"student": student.pnr, "term": term, "kind": CONTINUATION}


def check_re(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """A re-registration: for a student registered on an earlier instance of the course and not on this one, for
    the term the re-sit is in (today's term of the instance)."""
    student = _student(state, params)
    if isinstance(student, Refusal):
        return student
    if state.is_registered(student.pnr):
        return Refusal("already_registered", _said(state, student, terms_here(state, student.pnr)[0]))
    if not registered_earlier(state, student):
        return Refusal("no_earlier_registration", _said(state, student))
    term = state.course.term_of((allowed.today or dt.date.max).isoformat())
    return {"student": student.pnr, "term": term, "kind": RE}


def register(state: State, allowed: Allowed) -> tuple[Done, list[Event]]:
    """The registration, on this instance for the checked term; the student then stands in the reporting list."""
    values = allowed.values
    course = state.course
    made = Registration(values["student"], course.code, course.instance, values["term"], values["kind"])
    state = state.with_registration(made)
    student = state.student(made.pnr)
    assert student is not None
    facts = {
        "name": student.name,
        "course": course.code,
        "instance": course.instance,
        "term": made.term,
        "kind": f"registration.{made.kind}",
    }
    return Done(state, allowed, facts=facts), []
