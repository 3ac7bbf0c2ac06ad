"""Short scenarios with consequences: a situation, a choice, and each choice played out in the engine.

A scene's options may each carry a play, the action the choice stands for. `scene()` plays every one on the scene's
state through `act()`, so that the reader sees what Ladok would do with the choice they made (refused and why, or
done and what follows), not only "wrong". The marked answer is either the engine's (the one play it accepts) or a
fact of the guide's pages (`page`: the section the question links says it, and a test reads it there in both
languages).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from guide_engine import State, act, catalog

from .questions import TODAY, Asker, Choice, Question, told

Play = tuple[str, str, dict[str, Any]]  # (actor, action, params)


@dataclass(frozen=True)
class Option:
    """One choice of a scene: its value, its text, and the action it stands for when it is one (`play`), or the
    student and module whose empty record shows that nothing was done (`nothing`)."""

    value: str
    text: str
    play: Play | None = None
    nothing: tuple[str, str] | None = None


def consequence(a: Asker, state: State, option: Option, today: dt.date = TODAY) -> str:
    """What Ladok does with the choice, as the engine decides it; empty when the choice is not an action."""
    if option.play is not None:
        actor, action, params = option.play
        return told(a, act(state, actor, action, params, today), params)
    if option.nothing is not None:
        pnr, target = option.nothing
        if state.results_of(pnr, target):
            raise ValueError(f"self-check scene: {pnr} already has a result on {target}")
        student, module = state.student(pnr), state.course.module(target)
        assert student is not None and module is not None
        return a.m("selfcheck.c.nothing", name=student.name, module=catalog.in_sentence(module.name(a.lang)))
    return ""


def accepted(state: State, options: tuple[Option, ...], today: dt.date = TODAY) -> list[str]:
    """The values of the options whose play the engine accepts."""
    return [o.value for o in options if o.play is not None and act(state, *o.play, today).refusal is None]


def scene(
    a: Asker,
    key: str,
    topic: str,
    roles: tuple[str, ...],
    stem: tuple[str, dict[str, Any]],
    state: State,
    options: tuple[Option, ...],
    section: str,
    why: tuple[str, dict[str, Any]],
    answer: str = "",
    page: bool = False,
    outcome: tuple[str, str] | None = None,
) -> Question:
    """A scene as a question. Without `answer`, the engine decides: exactly one play must be accepted, or, with
    `outcome` (the value if refused, the value if done), the one play's outcome picks the answer. With `answer`, the
    answer is the linked page's (`page`), and the plays only show consequences."""
    if outcome:
        decided_by = "outcome"
        plays = [o for o in options if o.play is not None]
        if len(plays) != 1:
            raise ValueError(f"self-check scene {key}: an outcome decides with one play, not {len(plays)}")
        answer = outcome[1] if accepted(state, options) else outcome[0]
    elif answer:
        decided_by = "page"
        if not page:
            raise ValueError(f"self-check scene {key}: an answer that is not the engine's needs the page that gives it")
    else:
        decided_by = "engine"
        found = accepted(state, options)
        if len(found) != 1:
            raise ValueError(f"self-check scene {key}: the engine accepts {found}, not exactly one choice")
        answer = found[0]
    values = [o.value for o in options]
    right = options[values.index(answer)]
    results = tuple(consequence(a, state, o) for o in options)
    chosen = results[values.index(answer)]
    explanation = a.m(why[0], **why[1], consequence=chosen).strip()
    return Question(
        key,
        topic,
        roles,
        a.m(stem[0], **stem[1]),
        tuple(Choice(o.value, o.text) for o in options),
        values.index(right.value),
        explanation,
        section,
        {
            "kind": "scene",
            "state": state,
            "plays": {o.value: o.play for o in options if o.play is not None},
            "nothing": {o.value: o.nothing for o in options if o.nothing is not None},
            "decided_by": decided_by,
            "answer": answer,
            "outcome": outcome,
        },
        template=stem[0],
        consequences=results,
    )
