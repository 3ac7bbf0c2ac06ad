"""The things the engine knows about: a course instance, its people and students, results and activity sessions.

Everything is an immutable value. A `State` is the whole of a sandbox at one moment and round-trips through plain
JSON (`to_json` / `state_from_json`), so the browser can save it, share it and hand it back.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, replace
from typing import Any

STATE_FORMAT = 1
COURSE_TARGET = "COURSE"

SCALES: dict[str, tuple[str, ...]] = {
    "UG": ("U", "G"),
    "UGVG": ("U", "G", "VG"),
    "U345": ("U", "3", "4", "5"),
    "AF": ("A", "B", "C", "D", "E", "Fx", "F"),
}
FAILING_GRADES = frozenset({"U", "F", "Fx"})

ROLES = ("teacher", "examiner", "study_admin", "inspera_planner", "student")


class InvalidDefinition(ValueError):
    """A course, scenario or setting that cannot exist (a programming error, not a reader's mistake)."""


class MalformedState(ValueError):
    """Saved state that cannot be read back; `detail` says what was wrong."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def is_pass(grade: str) -> bool:
    return grade not in FAILING_GRADES


@dataclass(frozen=True)
class Module:
    code: str
    name_sv: str
    name_en: str
    hp: float
    scale: str
    moments: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_sv if lang == "sv" else self.name_en


@dataclass(frozen=True)
class Course:
    code: str
    instance: str
    name_sv: str
    name_en: str
    hp: float
    scale: str
    modules: tuple[Module, ...]
    examiners: tuple[str, ...]

    def __post_init__(self) -> None:
        total = sum(m.hp for m in self.modules)
        if total > self.hp + 1e-9:
            raise InvalidDefinition(f"modules of {self.code} add up to {total} hp, more than {self.hp}")
        if self.scale not in SCALES or any(m.scale not in SCALES for m in self.modules):
            raise InvalidDefinition(f"unknown grading scale in {self.code}")
        if not self.modules:
            raise InvalidDefinition(f"{self.code} has no modules")

    def name(self, lang: str) -> str:
        return self.name_sv if lang == "sv" else self.name_en

    def module(self, code: str) -> Module | None:
        return next((m for m in self.modules if m.code == code), None)

    def scale_of(self, target: str) -> str:
        module = self.module(target)
        return module.scale if module else self.scale


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Student:
    pnr: str
    name: str
    course_code: str
    instance: str


@dataclass(frozen=True)
class Result:
    id: int
    student: str
    target: str
    grade: str
    exam_date: str
    status: str
    points: str = ""
    points_visible: bool = False
    graded_by: str = ""
    notified: str = ""
    certified_by: str = ""
    activity: str = ""
    source: str = "manual"


@dataclass(frozen=True)
class Activity:
    id: str
    target: str
    date: str
    codes: tuple[tuple[str, str], ...]  # (anonymisation code, personal identity number)

    def student_for(self, code: str) -> str | None:
        return next((pnr for c, pnr in self.codes if c == code), None)

    def code_for(self, pnr: str) -> str | None:
        return next((c for c, p in self.codes if p == pnr), None)


@dataclass(frozen=True)
class State:
    course: Course
    people: tuple[Person, ...]
    students: tuple[Student, ...]
    results: tuple[Result, ...] = ()
    activities: tuple[Activity, ...] = ()
    next_id: int = 1
    scenario: str = ""
    step: int = 0
    found: tuple[str, ...] = ()  # students not in the list whom a search has brought up

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def student(self, pnr: str) -> Student | None:
        return next((s for s in self.students if s.pnr == pnr), None)

    def registered(self) -> tuple[Student, ...]:
        return tuple(
            s for s in self.students if s.course_code == self.course.code and s.instance == self.course.instance
        )

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    def with_result(self, result: Result) -> State:
        others = tuple(r for r in self.results if r.id != result.id)
        return replace(self, results=tuple(sorted((*others, result), key=lambda r: r.id)))


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
    """Read a state back, checking its shape; raise MalformedState with a short reason otherwise."""
    if not isinstance(data, dict):
        raise MalformedState("not an object")
    if "format" not in data:
        raise MalformedState("no format number")
    try:
        course = data["course"]
        modules = tuple(_build(Module, m, tuples=("moments",)) for m in course["modules"])
        state = State(
            course=_build(Course, {**course, "modules": modules}, tuples=("examiners",)),
            people=tuple(_build(Person, p, tuples=("roles",)) for p in data["people"]),
            students=tuple(_build(Student, s) for s in data["students"]),
            results=tuple(_build(Result, r) for r in data["results"]),
            activities=tuple(
                _build(Activity, {**a, "codes": tuple(tuple(pair) for pair in a["codes"])}) for a in data["activities"]
            ),
            next_id=_typed(data["next_id"], int, "next_id"),
            scenario=_typed(data.get("scenario", ""), str, "scenario"),
            step=_typed(data.get("step", 0), int, "step"),
            found=tuple(_typed(pnr, str, "found") for pnr in _typed(data.get("found", []), list, "found")),
        )
    except (KeyError, TypeError, InvalidDefinition) as exc:
        raise MalformedState(f"{type(exc).__name__}: {exc}") from None
    _check_consistency(state)
    return state


_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "hp": (int, float),
    "points_visible": bool,
    "id": (int, str),
    "next_id": int,
}


def _typed(value: Any, kind: type | tuple[type, ...], name: str) -> Any:
    if isinstance(value, bool) and kind is not bool:
        raise MalformedState(f"{name} has the wrong type")
    if not isinstance(value, kind):
        raise MalformedState(f"{name} has the wrong type")
    return value


def _build(cls: Any, data: Any, tuples: tuple[str, ...] = ()) -> Any:
    if not isinstance(data, dict):
        raise MalformedState(f"{cls.__name__} is not an object")
    values = {}
    for name, spec in cls.__dataclass_fields__.items():
        if name not in data:
            if spec.default is not MISSING or spec.default_factory is not MISSING:
                continue
            raise MalformedState(f"{cls.__name__}.{name} is missing")
        value = data[name]
        if name in tuples:
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise MalformedState(f"{cls.__name__}.{name} is not a list of strings")
            value = tuple(value)
        elif name in _FIELD_TYPES:
            value = _typed(value, _FIELD_TYPES[name], f"{cls.__name__}.{name}")
        elif isinstance(spec.default, str) or spec.type == "str":
            value = _typed(value, str, f"{cls.__name__}.{name}")
        values[name] = value
    return cls(**values)


def _check_consistency(state: State) -> None:
    from .rules import STATES, WORKING_STATES  # the table of states lives with the rules

    for r in state.results:
        if r.status not in STATES:
            raise MalformedState(f"result {r.id} has unknown status {r.status!r}")
        if r.target != COURSE_TARGET and state.course.module(r.target) is None:
            raise MalformedState(f"result {r.id} is on unknown module {r.target!r}")
        if r.grade not in SCALES[state.course.scale_of(r.target)]:
            raise MalformedState(f"result {r.id} has a grade off its scale")
        if state.student(r.student) is None:
            raise MalformedState(f"result {r.id} is for an unknown student")
        if not isinstance(r.id, int) or r.id >= state.next_id:
            raise MalformedState(f"result {r.id} has an id out of sequence")
    working = [(r.student, r.target) for r in state.results if r.status in WORKING_STATES]
    if len(working) != len(set(working)):
        raise MalformedState("two working results for the same student and module")
