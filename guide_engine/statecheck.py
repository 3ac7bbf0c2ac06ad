"""The state as a whole, checked after each part has been read (`stateio.py`): ids unique, every reference
(student, person, module, activity, registration, gradebook column, the guided scenario's actors and step) pointing
at something that exists, and every date a date. Also the errors a state that cannot be read raises."""

from __future__ import annotations

from typing import Any

from .model import (
    COURSE_TARGET,
    INTEGRATION_USER,
    REGISTRATION_KINDS,
    ROLES,
    SCALES,
    Activity,
    Column,
    Registration,
    Result,
    State,
    is_pass,
)
from .names import STATES, Role
from .numbers import parse_date, parse_decimal

SOURCES = frozenset({"manual", "inspera", "derived", "lms"})


class MalformedState(ValueError):
    """Saved state that cannot be read back; `detail` says what was wrong (in English, for developers)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NewerFormat(MalformedState):
    """A state written by a newer version of the guide than this one."""


class OlderFormat(MalformedState):
    """A state of a format this version no longer reads (a whole number below the formats it reads)."""


def _unique(keys: list[Any], what: str) -> None:
    if len(keys) != len(set(keys)):
        raise MalformedState(f"two {what} share an id")


def _date(value: str, name: str, optional: bool = False) -> None:
    if optional and value == "":
        return
    if parse_date(value) is None:
        raise MalformedState(f"{name} is not a date")


def check_references(state: State) -> None:
    course = state.course
    _unique([m.code for m in course.modules], "modules")
    if course.module(COURSE_TARGET) is not None:
        raise MalformedState("a module has the course grade's code")
    _unique([p.id for p in state.people], "people")
    _unique([s.pnr for s in state.students], "students")
    _unique([a.id for a in state.activities], "activity sessions")
    _unique([r.id for r in state.results], "results")
    for person in state.people:
        if not person.roles or any(role not in ROLES for role in person.roles):
            raise MalformedState(f"person {person.id!r} has no role or an unknown one")
        if Role.STUDENT in person.roles and (len(person.roles) > 1 or state.student(person.id) is None):
            raise MalformedState(f"person {person.id!r} is a student who is not in the list of students")
    for examiner in course.examiners:
        found = state.person(examiner)
        if found is None or Role.EXAMINER not in found.roles:
            raise MalformedState("the course's examiner is not a person with the examiner role")
    for pnr in state.found:
        if state.student(pnr) is None:
            raise MalformedState("a search found an unknown student")
    for activity in state.activities:
        _check_activity(state, activity)
    for result in state.results:
        _check_result(state, result)
    _check_terms(state)
    for registration in state.registrations:
        _check_registration(state, registration)
    _unique([c.id for c in state.columns], "gradebook columns")
    for column in state.columns:
        _check_column(state, column)
    _check_guide(state)


def _check_terms(state: State) -> None:
    course = state.course
    if not course.terms:
        return
    _unique([name for name, _ in course.terms], "terms")
    for _, first in course.terms:
        _date(first, "a term's first day")
    if [first for _, first in course.terms] != sorted(first for _, first in course.terms):
        raise MalformedState("the terms are not in order")
    if course.terms[0][0] != course.instance:
        raise MalformedState("the instance is not named for its first term")


def _check_registration(state: State, r: Registration) -> None:
    if state.student(r.pnr) is None:
        raise MalformedState("a registration is for an unknown student")
    if r.kind not in REGISTRATION_KINDS:
        raise MalformedState(f"a registration of an unknown kind {r.kind!r}")
    if (r.course_code, r.instance) == state.course.key and r.term not in state.course.term_names():
        raise MalformedState("a registration for a term the course instance does not run in")


def _check_column(state: State, column: Column) -> None:
    if column.scheme != "points" and column.scheme not in SCALES:
        raise MalformedState(f"gradebook column {column.id!r} has an unknown grading scheme")
    if column.target and state.course.module(column.target) is None:
        raise MalformedState(f"gradebook column {column.id!r} is linked to an unknown module")
    grader = state.person(column.graded_by)
    if grader is None or not {Role.TEACHER, Role.EXAMINER} & set(grader.roles):
        raise MalformedState(f"gradebook column {column.id!r} was graded by someone who is not a teacher")
    _unique([pnr for pnr, _, _ in column.grades], f"students of gradebook column {column.id!r}")
    grades = () if column.scheme == "points" else SCALES[column.scheme]
    for pnr, grade, points in column.grades:
        if state.student(pnr) is None:
            raise MalformedState(f"gradebook column {column.id!r} has an unknown student")
        if grade and grade not in grades:
            raise MalformedState(f"gradebook column {column.id!r} has a grade off its scheme")
        if points and (parse_decimal(points) is None or "," in points):
            raise MalformedState(f"gradebook column {column.id!r} has points that are not a number")


def _check_activity(state: State, activity: Activity) -> None:
    if state.course.module(activity.target) is None:
        raise MalformedState(f"activity session {activity.id!r} is on an unknown module")
    _date(activity.date, "an activity session's date")
    _unique([c for c, _ in activity.codes], "anonymisation codes")
    _unique([p for _, p in activity.codes], "students of one activity session")
    if any(state.student(pnr) is None for _, pnr in activity.codes):
        raise MalformedState(f"activity session {activity.id!r} has an unknown student")


def _check_result(state: State, r: Result) -> None:
    if r.status not in STATES:
        raise MalformedState(f"result {r.id} has unknown status {r.status!r}")
    if r.target != COURSE_TARGET and state.course.module(r.target) is None:
        raise MalformedState(f"result {r.id} is on an unknown module")
    if r.grade not in SCALES[state.course.scale_of(r.target)]:
        raise MalformedState(f"result {r.id} has a grade off its scale")
    if r.target == COURSE_TARGET and not is_pass(r.grade):
        raise MalformedState(f"result {r.id} is a failing course grade")
    if state.student(r.student) is None:
        raise MalformedState(f"result {r.id} is for an unknown student")
    if r.id >= state.next_id:
        raise MalformedState(f"result {r.id} has an id out of sequence")
    _date(r.exam_date, f"result {r.id}'s examination date")
    _date(r.decision_date, f"result {r.id}'s decision date", optional=True)
    _date(r.removal_date, f"result {r.id}'s removal date", optional=True)
    for who in (r.graded_by, r.notified, r.certified_by, r.reported_by):
        if who and state.person(who) is None:
            raise MalformedState(f"result {r.id} names an unknown person")
    if r.marked_ready_by and r.marked_ready_by != INTEGRATION_USER and state.person(r.marked_ready_by) is None:
        raise MalformedState(f"result {r.id} names an unknown person")
    if r.activity:
        activity = state.activity(r.activity)
        if activity is None or activity.target != r.target or activity.code_for(r.student) is None:
            raise MalformedState(f"result {r.id} comes from an unknown activity session")
    if r.source not in SOURCES:
        raise MalformedState(f"result {r.id} has an unknown source")
    if r.points and (parse_decimal(r.points) is None or "," in r.points):
        raise MalformedState(f"result {r.id} has points that are not a number")


def _check_guide(state: State) -> None:
    if not state.scenario:
        if state.step:
            raise MalformedState("a step without a scenario")
        return
    from .scenarios import all_scenarios  # scenarios are built with the engine, so they are read here, late

    scenario = all_scenarios().get(state.scenario)
    if scenario is None:
        raise MalformedState("an unknown scenario")
    if state.step > len(scenario.steps):
        raise MalformedState("a step past the scenario's end")
    if any(state.person(step.actor) is None for step in scenario.steps):
        raise MalformedState("the scenario's people are missing")
