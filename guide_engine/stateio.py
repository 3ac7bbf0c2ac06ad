"""A state as plain JSON and back, checked whole on the way in.

`state_from_json` accepts only a state that the engine could have made itself: every field of the right type,
every id unique, every reference (student, person, module, activity, the guided scenario's actors and step)
pointing at something that exists. So whatever it accepts, every view can draw and every action can meet, and
whatever the engine returns reads back in again.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from functools import cache
from typing import Any

from .invariants import broken
from .model import (
    COURSE_TARGET,
    INTEGRATION_USER,
    REGISTRATION_KINDS,
    ROLES,
    SCALES,
    Activity,
    Column,
    Course,
    InvalidDefinition,
    Module,
    Person,
    Registration,
    Result,
    Routes,
    State,
    Student,
    is_pass,
)
from .names import STANDING_STATES, STATES, Role
from .numbers import parse_date, parse_decimal

STATE_FORMAT = 3
# Format 1 had an "Inspera planner" role; its transfers now belong to the staff roles. Format 2 had no routes,
# registrations or gradebook: it reads as a department with the learning platform's route not in use, and everyone
# registered where they were.
READABLE_FORMATS = (1, 2, 3)
SOURCES = frozenset({"manual", "inspera", "derived", "lms"})
MAX_COLUMNS = 40

# Limits that keep every view and action cheap, far above any real course instance.
MAX_MODULES = 40
MAX_PEOPLE = 200
MAX_TEXT = 500  # names, codes, comments: characters
MAX_HP = 999.0
MAX_ID = 10**9


class MalformedState(ValueError):
    """Saved state that cannot be read back; `detail` says what was wrong (in English, for developers)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NewerFormat(MalformedState):
    """A state written by a newer version of the guide than this one."""


class OlderFormat(MalformedState):
    """A state of a format this version no longer reads (a whole number below the formats it reads)."""


def to_json(state: State) -> dict[str, Any]:
    data: dict[str, Any] = _plain(state)
    data["format"] = STATE_FORMAT
    return data


def _plain(value: Any) -> Any:
    """Dataclasses to dicts and tuples to lists, without dataclasses.asdict's deep copies."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def state_from_json(data: Any) -> State:
    """Read a state back, checking it whole; raise MalformedState with a short reason otherwise."""
    if not isinstance(data, dict):
        raise MalformedState("not an object")
    version = data.get("format")
    if not isinstance(version, int) or isinstance(version, bool):  # 1.5, "2", true: written by no version at all
        raise MalformedState("the format is not a whole number")
    if version > STATE_FORMAT:
        raise NewerFormat(f"format {version} is newer than {STATE_FORMAT}")
    if version not in READABLE_FORMATS:
        raise OlderFormat(f"format {version} is no longer read")
    try:
        state = _read(data, upgrade=version == 1)
    except InvalidDefinition as exc:
        raise MalformedState(str(exc)) from None
    _check_references(state)
    wrong = broken(state)
    if wrong:
        raise MalformedState(f"a state the engine could not have made: {wrong}")
    return state


def _read(data: dict[str, Any], upgrade: bool) -> State:
    course = _object(data.get("course"), "course")
    modules = tuple(_build(Module, m) for m in _list(course.get("modules"), "course.modules", MAX_MODULES))
    people = tuple(
        _build(Person, _upgraded_person(p) if upgrade else p) for p in _list(data.get("people"), "people", MAX_PEOPLE)
    )
    results = tuple(
        _build(Result, _upgraded_result(r) if upgrade else r) for r in _list(data.get("results"), "results")
    )
    return State(
        course=_build(Course, {**course, "modules": modules}),
        people=people,
        students=tuple(_build(Student, s) for s in _list(data.get("students"), "students")),
        results=tuple(sorted(results, key=lambda r: r.id)),
        activities=tuple(_build(Activity, a) for a in _list(data.get("activities"), "activities")),
        next_id=_int(data.get("next_id"), "next_id", 1, MAX_ID),
        scenario=_read_text(data.get("scenario", ""), "scenario"),
        step=_int(data.get("step", 0), "step", 0, MAX_ID),
        found=tuple(_read_text(p, "found") for p in _list(data.get("found", []), "found")),
        seed=_read_seed(data.get("seed", "")),
        routes=_build(Routes, data.get("routes", {})),
        registrations=tuple(_build(Registration, r) for r in _list(data.get("registrations", []), "registrations")),
        columns=tuple(_build(Column, c) for c in _list(data.get("columns", []), "columns", MAX_COLUMNS)),
    )


MAX_SEED = 64


def _read_seed(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_SEED or not all(c.isascii() and c.isalnum() for c in value):
        raise MalformedState(f"seed is not a text of at most {MAX_SEED} letters and digits")
    return value


def _upgraded_result(raw: Any) -> Any:
    """Format 1 had no decision date: a certified result of it is taken as decided on its examination date."""
    if isinstance(raw, dict) and raw.get("status") in STANDING_STATES and not raw.get("decision_date"):
        return {**raw, "decision_date": raw.get("exam_date", "")}
    return raw


def _upgraded_person(raw: Any) -> Any:
    if isinstance(raw, dict) and isinstance(raw.get("roles"), list):
        roles = [Role.STUDY_ADMIN.value if r == "inspera_planner" else r for r in raw["roles"]]
        return {**raw, "roles": list(dict.fromkeys(roles))}
    return raw


# --- shapes and types ----------------------------------------------------------------------------------------------


def _object(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedState(f"{name} is not an object")
    return value


def _list(value: Any, name: str, most: int | None = None) -> list[Any]:
    if not isinstance(value, list):
        raise MalformedState(f"{name} is not a list")
    if most is not None and len(value) > most:
        raise MalformedState(f"{name} has more than {most} entries")
    return value


def _read_text(value: Any, name: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise MalformedState(f"{name} is not a text of at most {MAX_TEXT} characters")
    return value


def _int(value: Any, name: str, least: int, most: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
        raise MalformedState(f"{name} is not a whole number from {least} to {most}")
    return value


def _hp(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_HP:
        raise MalformedState(f"{name} is not a number of credits")
    return float(value) if isinstance(value, float) else value


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise MalformedState(f"{name} is not true or false")
    return value


def _read_texts(value: Any, name: str) -> tuple[str, ...]:
    return tuple(_read_text(v, name) for v in _list(value, name, MAX_PEOPLE))


def _pairs(value: Any, name: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for pair in _list(value, name):
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise MalformedState(f"{name} has an entry that is not a pair of code and student")
        pairs.append((_read_text(pair[0], name), _read_text(pair[1], name)))
    return tuple(pairs)


def _terms(value: Any, name: str) -> tuple[tuple[str, str], ...]:
    terms = []
    for pair in _list(value, name, MAX_MODULES):
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise MalformedState(f"{name} has an entry that is not a term and its first day")
        terms.append((_read_text(pair[0], name), _read_text(pair[1], name)))
    return tuple(terms)


def _triples(value: Any, name: str) -> tuple[tuple[str, str, str], ...]:
    rows = []
    for row in _list(value, name):
        if not isinstance(row, list | tuple) or len(row) != 3:
            raise MalformedState(f"{name} has an entry that is not a student, a grade and points")
        rows.append((_read_text(row[0], name), _read_text(row[1], name), _read_text(row[2], name)))
    return tuple(rows)


# How each field of each class is read; anything not named here is a text.
_READERS: dict[str, Any] = {
    "hp": _hp,
    "points_visible": _bool,
    "registered": _bool,
    "lms_points": _bool,
    "resit_needs_registration": _bool,
    "posted": _bool,
    "terms": _terms,
    "grades": _triples,
    "moments": _read_texts,
    "examiners": _read_texts,
    "roles": _read_texts,
    "codes": _pairs,
}


def _build(cls: Any, data: Any) -> Any:
    raw = _object(data, cls.__name__)
    values = {}
    for field_name, label, read, required in _field_plan(cls):
        if field_name not in raw:
            if required:
                raise MalformedState(f"{label} is missing")
            continue
        value = raw[field_name]
        values[field_name] = value if read is None else read(value, label)
    return cls(**values)


@cache
def _field_plan(cls: Any) -> tuple[tuple[str, str, Any, bool], ...]:
    """For each field of a class: its name, its name for messages, how to read it, and whether it must be there."""
    plan = []
    for spec in fields(cls):
        if cls is Course and spec.name == "modules":
            read = None  # read by the caller, module by module
        elif cls is Result and spec.name == "id":
            read = _result_id
        else:
            read = _READERS.get(spec.name, _read_text)
        plan.append((spec.name, f"{cls.__name__}.{spec.name}", read, spec.default is MISSING))
    return tuple(plan)


def _result_id(value: Any, name: str) -> int:
    return _int(value, name, 1, MAX_ID)


# --- the state as a whole ------------------------------------------------------------------------------------------


def _unique(keys: list[Any], what: str) -> None:
    if len(keys) != len(set(keys)):
        raise MalformedState(f"two {what} share an id")


def _date(value: str, name: str, optional: bool = False) -> None:
    if optional and value == "":
        return
    if parse_date(value) is None:
        raise MalformedState(f"{name} is not a date")


def _check_references(state: State) -> None:
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
