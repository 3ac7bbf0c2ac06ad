"""What an action gives back: a new state and events, or a refusal that leaves the state as it was."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import State


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


def both(sv: str, en: str) -> dict[str, str]:
    """A parameter that reads differently in each language."""
    return {"sv": sv, "en": en}
