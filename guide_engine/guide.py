"""The guided path of an exercise, as one viewer may see it, and its moving on.

A step names what to do (who, which action, on whom, with what), the text in both languages and the outcome it
expects. What a viewer is told of a step follows the same rule as the view: on an anonymous exam a viewer who sees
only codes gets, in place of a student's personal identity number, the code that viewer sees on the row. And an
exercise whose codes were drawn from its own seed (`State.seed`) has its steps' codes, in parameters and texts,
translated to the codes its state holds, so a step never names a code the reader cannot find.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .decision import Subject, subject_of
from .model import State
from .privacy import anonymous, sees_names, signed_up
from .scenarios import Scenario, all_scenarios, step_matches


def guide_for(state: State, viewer: str | None = None) -> dict[str, Any] | None:
    """The exercise's guided path as `viewer` may see it (None: as the person the exercise opens as, its first
    step's actor)."""
    scenario = all_scenarios().get(state.scenario)
    if scenario is None:
        return None
    if viewer is None:
        viewer = scenario.steps[0].actor if scenario.steps else ""
    person = state.person(viewer)  # someone unknown is told as little as anyone
    hidden = {} if person is not None and sees_names(person.roles) else anonymous(state, signed_up(state))
    codes = _new_codes(scenario, state)
    steps = []
    for s in scenario.steps:
        params = _translated(s.params, codes)
        shown = hidden.get((params.get("student", ""), params.get("target", "")))
        if shown:  # the code in place of the identity number, as the row shows it to this viewer
            params = {**{k: v for k, v in params.items() if k != "student"}, "code": shown}
        steps.append(
            {
                "actor": s.actor,
                "action": s.action,
                "params": params,
                "text": {"sv": _translated(s.text_sv, codes), "en": _translated(s.text_en, codes)},
                "expect": s.expect,
                "screen": s.screen_of(),
            }
        )
    return {
        "key": scenario.key,
        "today": scenario.today.isoformat(),  # the exercise's own made-up day, so pages and sandbox show one date
        "title": {"sv": scenario.title_sv, "en": scenario.title_en},
        "intro": {"sv": scenario.intro_sv, "en": scenario.intro_en},
        "steps": steps,
        "step": state.step,
        "done": state.step >= len(steps),
    }


def advance(before: State, after: State, actor: str, action: str, params: dict[str, Any], result: str) -> State:
    """`after`, moved one step on when the reader did what the step asks, with the outcome it expects. The step's
    student is matched with the student the request names, directly or by a row's result or code (read in
    `before`), so a reader who names a row by its result or code is matched as one who names the student."""
    scenario = all_scenarios().get(after.scenario)
    if scenario is None or after.step >= len(scenario.steps):
        return after
    step = scenario.steps[after.step]
    if step_matches(step, actor, action, _named(before, params)) and step.expect == result:
        return replace(after, step=after.step + 1)
    return after


def _named(state: State, params: dict[str, Any]) -> dict[str, Any]:
    if "student" in params or not ({"result", "code"} & set(params)):
        return params
    where = subject_of(state, params)
    return {**params, "student": where.pnr, "target": where.target} if isinstance(where, Subject) else params


def _new_codes(scenario: Scenario, state: State) -> dict[str, str]:
    """The exercise's codes as its steps were written (no seed) -> the codes its state holds, session by session."""
    if not state.seed:
        return {}
    out = {}
    for written in scenario.start.activities:
        now = state.activity(written.id)
        if now is not None:
            out.update({code: now.code_for(pnr) or code for code, pnr in written.codes})
    return out


def _translated(value: Any, codes: dict[str, str]) -> Any:
    """A step's text or parameters with every code of the written exercise replaced, all at once, by its new one."""
    if not codes:
        return value
    if isinstance(value, str):
        pattern = re.compile("|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True)))
        return pattern.sub(lambda m: codes[m.group()], value)
    if isinstance(value, dict):
        return {_translated(k, codes): _translated(v, codes) for k, v in value.items()}
    return value
