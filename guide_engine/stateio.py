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
)
from .names import STANDING_STATES, Role
from .statecheck import MalformedState as MalformedState  # the errors live with the whole-state checks
from .statecheck import NewerFormat as NewerFormat
from .statecheck import OlderFormat as OlderFormat
from .statecheck import check_references

STATE_FORMAT = 3
# Format 1 had an "Inspera planner" role; its transfers now belong to the staff roles. Format 2 had no routes,
# registrations or gradebook: it reads as a department with the learning platform's route not in use, and everyone
# registered where they were.
READABLE_FORMATS = (1, 2, 3)
MAX_COLUMNS = 40

# Limits that keep every view and action cheap, far above any real course instance.
MAX_MODULES = 40
MAX_PEOPLE = 200
MAX_TEXT = 500  # names, codes, comments: characters
MAX_HP = 999.0
MAX_ID = 10**9


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
    check_references(state)
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
