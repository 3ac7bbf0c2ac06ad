"""The people a form offers: who can be named as having graded a result, and whom Ladok can notify."""

from __future__ import annotations

from typing import Any

from .checks import can_grade
from .model import Person, State


def people(state: State, viewer: Person) -> dict[str, Any]:
    graders = [p for p in state.people if can_grade(state, p)]
    default = viewer.id if can_grade(state, viewer) else (graders[0].id if graders else "")
    examiners = [p for p in state.people if p.id in state.course.examiners]
    return {
        "graders": [{"id": p.id, "name": p.name} for p in graders],
        "examiners": [{"id": p.id, "name": p.name} for p in examiners],
        "default_grader": default,
        "default_notify": examiners[0].id if examiners else "",
    }
