"""What a decision and an action give back: a yes with what it meets, a refusal that leaves the state as it was,
and a new state with the events that tell what happened."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Person, Result, State

if TYPE_CHECKING:
    from .actions import Action


@dataclass(frozen=True)
class Refusal:
    """Why an action was not taken: a catalog key and the parameters its text names."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    """What an action did: a catalog key and the parameters its text names."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    """The state after an action, what happened on the way, or why nothing did."""

    state: State
    events: tuple[Event, ...] = ()
    refusal: Refusal | None = None


@dataclass(frozen=True)
class Allowed:
    """A yes from the one decision: who acts, on which result (None: a new one, or the course), on which day, and
    the cleaned values to record. An action's rules and checks read it; its effect makes the change it allows."""

    actor: Person
    action: Action
    record: Result | None = None
    pnr: str = ""
    target: str = ""
    today: dt.date | None = None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Done:
    """What an action's effect did, for its event: the state after, the yes it acted on, the result before and
    after the change (None before a new result), how its texts name the student and target (`subject`), and the
    facts of an action on the course (how many drafts a transfer made)."""

    state: State
    allowed: Allowed
    before: Result | None = None
    after: Result | None = None
    subject: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)


def both(sv: str, en: str) -> dict[str, str]:
    """A parameter that reads differently in each language."""
    return {"sv": sv, "en": en}
