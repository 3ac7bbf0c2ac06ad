"""The states of a result, and the tables the docs and tests read, derived from the one declaration in `actions.py`.

Nothing here is typed twice, and nothing is computed once and kept: each table below is a live, read-only view of
`actions.ACTIONS`, worked out again from the records each time it is read. So an action added to the registry (as
`tests/test_extending.py` adds one) is in `TRANSITIONS`, `PERMISSIONS` and the lifecycle diagram at once. The names
and shapes are those the docs build has always read: mappings and sequences, used as `TRANSITIONS.items()`,
`PERMISSIONS["certify"]`, `name in EXAMINER_ONLY`. The rules that look at more than one result are functions named
on the records of the actions they apply to (`checks.py`), which both `act()` and the view ask through `decide()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, overload

from .actions import ACTIONS, CHANGE_ORDER, NONE, Action
from .names import STANDING_STATES, STATES, WORKING_STATES, Role
from .privacy import SEE_NAMES_ON_ANONYMOUS_EXAMS

__all__ = [
    "ACTION_NAMES",
    "AUTHORISATIONS",
    "CHANGE_ORDER",
    "COURSE_ACTIONS",
    "EXAMINER_ONLY",
    "NONE",
    "PERMISSIONS",
    "ROUTINES",
    "SEE_NAMES_ON_ANONYMOUS_EXAMS",
    "STANDING_STATES",
    "STATES",
    "TRANSITIONS",
    "WORKING_STATES",
]

V = TypeVar("V")


class _LiveTable(Mapping[str, V]):
    """action name -> one fact of its record, for the records that have it, read from `ACTIONS` at each use."""

    def __init__(self, fact: Callable[[Action], V], has: Callable[[Action], bool] = lambda a: True) -> None:
        self._fact, self._has = fact, has

    def _now(self) -> dict[str, V]:
        return {a.name: self._fact(a) for a in ACTIONS.values() if self._has(a)}

    def __getitem__(self, name: str) -> V:
        return self._now()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._now())

    def __len__(self) -> int:
        return len(self._now())

    def __repr__(self) -> str:
        return repr(self._now())


class _LiveNames(Sequence[str]):
    """The names of the actions whose records say so, in the order of the declaration, read at each use."""

    def __init__(self, has: Callable[[Action], bool]) -> None:
        self._has = has

    def _now(self) -> tuple[str, ...]:
        return tuple(a.name for a in ACTIONS.values() if self._has(a))

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: Any) -> Any:
        return self._now()[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._now())

    def __len__(self) -> int:
        return len(self._now())

    def __contains__(self, name: object) -> bool:
        return name in self._now()

    def __repr__(self) -> str:
        return repr(self._now())


def _routine(action: Action) -> Role:
    assert action.routine is not None
    return action.routine


# action -> state of the result it acts on -> new state (actions on one result only)
TRANSITIONS: Mapping[str, dict[str, str]] = _LiveTable(lambda a: dict(a.moves), lambda a: not a.on_course)

# action -> roles that may perform it. Reporting and certifying are separate authorisations.
PERMISSIONS: Mapping[str, tuple[Role, ...]] = _LiveTable(lambda a: a.roles)

# The authorisation each action needs (Ladok's, or Inspera's planner role for the transfer).
AUTHORISATIONS: Mapping[str, str] = _LiveTable(lambda a: a.authorisation)

# Who does an action by the department's routine, where that is narrower than who may. The staff page asks
# teachers to leave the Inspera transfer to the study administration, which then checks the drafts and marks them
# as ready. A department with another routine sets it in mkdocs.yml (extra.ladok_local.inspera_transfer_by).
ROUTINES: Mapping[str, Role] = _LiveTable(lambda a: _routine(a), lambda a: a.routine is not None)

# Actions on the course instance rather than on one result.
COURSE_ACTIONS: Sequence[str] = _LiveNames(lambda a: a.on_course)

# Actions that only the course's own examiner may perform.
EXAMINER_ONLY: Sequence[str] = _LiveNames(lambda a: a.examiner_only)

# Every action's name, in the order of the declaration.
ACTION_NAMES: Sequence[str] = _LiveNames(lambda a: True)
