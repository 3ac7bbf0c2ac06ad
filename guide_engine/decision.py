"""The one decision: may this person take this action here, now?

`decide()` answers for `act()` and for the view alike: the view asks it for every action on every row it shows, and
offers exactly what it accepts, so a button the view offers is never refused for a reason of state, role or date,
and an action it does not offer is refused for the very reason the view could give. Without `params` it decides
what the state, the role and the day allow (what the view needs); with them it also checks the values the action
would record, and returns them cleaned.

What an action is on (its subject) is one of:
- a row: a result, by its id (`{"result": 12}`): the action must meet that very result, or, beside a standing
  result with nothing being worked on, make a new one (a report after a certified fail);
- a row with no result yet (`{"result": null, "student": pnr, "target": ...}`, or with `"code"`): only a new one;
- a student on a target (`{"student": pnr, "target": "TEN1"}`, or `{"code": ..., "target": ...}` by anonymisation
  code): the result the action meets there, the working one first, else the standing one, else a new one.

It asks, in order: who acts (roles, the course's own examiner), what the action is on and which result it meets (the
states of the record's `moves`), the record's `rules` (`checks.py`: other results, the day), and with values the
record's `check`. Nothing here names an action: what differs from one to another is on its record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .actions import ACTIONS, NONE, Action
from .model import COURSE_TARGET, Person, Result, State
from .outcome import Allowed, Refusal
from .registration import registration_refusal
from .results import param_name, standing_result, working_result

__all__ = ["Allowed", "Decider", "Subject", "decide", "meets", "role_refusal", "subject_of"]


@dataclass(frozen=True)
class Subject:
    """What an action is on: a student on a target, the row's result when the subject names one, and the student's
    working and standing results there (looked up once for all the actions asked about it)."""

    pnr: str
    target: str
    named: Result | None = None
    new: bool = False  # a row with no result: the action can only make a new one
    working: Result | None = None
    standing: Result | None = None


def decide(
    state: State,
    actor_id: str,
    action_name: str,
    subject: dict[str, Any] | None = None,
    params: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> Allowed | Refusal:
    """Whether `actor_id` may take `action_name` on `subject` (a row's result, or a student and target) on `today`.

    With `params`, the action's values are checked too and come back cleaned in `Allowed.values`.
    """
    return Decider(state, actor_id, today).decide(action_name, subject or {}, params)


class Decider:
    """The one decision, for one person on one state and day. `decide()` makes one per question; the view keeps
    one for all the rows it shows, so who the person is and what a row is on are each worked out once."""

    def __init__(self, state: State, actor_id: str, today: dt.date | None) -> None:
        self.state, self.today = state, today
        self.actor = state.person(actor_id)
        self._who: dict[str, Action | Refusal] = {}

    def decide(
        self, action_name: str, subject: dict[str, Any] | Subject | Refusal, params: dict[str, Any] | None = None
    ) -> Allowed | Refusal:
        """The decision; `subject` as the request names it, or as `where()` has already read it."""
        action = self._who.get(action_name) or self._who.setdefault(action_name, self.who(action_name))
        if isinstance(action, Refusal):
            return action
        state, actor = self.state, self.actor
        assert actor is not None
        if action.on_course:
            allowed = Allowed(actor, action, today=self.today)
        else:
            where = self.where(subject) if isinstance(subject, dict) else subject
            if isinstance(where, Refusal):
                return where
            met = meets(action, where)
            if isinstance(met, Refusal):
                return met
            allowed = Allowed(actor, action, met, where.pnr, where.target, self.today)
            for rule in action.rules:
                refused = rule(state, allowed)
                if refused:
                    return refused
        if params is None:
            return allowed
        values = action.check(state, allowed, params)
        return values if isinstance(values, Refusal) else replace(allowed, values=values)

    def who(self, action_name: str) -> Action | Refusal:
        """The action, if this person may take it at all: someone known, an action declared, a role that may."""
        actor = self.actor
        if actor is None or not actor.roles:
            return Refusal("unknown_actor", {})
        action = ACTIONS.get(action_name)
        if action is None:
            return Refusal("unknown_action", {})
        return role_refusal(self.state, actor, action) or action

    def where(self, subject: dict[str, Any]) -> Subject | Refusal:
        return subject_of(self.state, subject)


# --- who ------------------------------------------------------------------------------------------------------


def role_refusal(state: State, actor: Person, action: Action) -> Refusal | None:
    """The part of the decision that depends on who acts only: a role that may take it, the course's examiner."""
    if not set(actor.roles) & set(action.roles):
        return Refusal(
            "not_authorised",
            {
                "role": f"role.{actor.roles[0]}",
                "action": f"action.{action.name}",
                "allowed": [f"role.{r}" for r in action.roles],
            },
        )
    if action.examiner_only and actor.id not in state.course.examiners:
        return Refusal("not_examiner_of_course", {"course": state.course.code, "action": f"action.{action.name}"})
    return None


# --- on what ------------------------------------------------------------------------------------------------------


def subject_of(state: State, subject: dict[str, Any]) -> Subject | Refusal:
    """The part of the decision that depends on the subject only: a student this course may report for (registered
    on the instance, or where a re-sit may count it, on an earlier one: `registration.py`), on one of its targets.
    When this refuses, every action on the subject is refused for the same reason."""
    named = state.result(subject.get("result"))
    pnr: Any = named.student if named else subject.get("student")  # a row shown by code is named by its id
    target: Any = named.target if named else subject.get("target")
    if pnr is None and isinstance(subject.get("code"), str) and isinstance(target, str):
        pnr = _by_code(state, subject["code"], target)  # or, with nothing reported yet, by its code
    for name, value in (("student", pnr), ("target", target)):
        if not isinstance(value, str) or not value:
            return Refusal("missing_param", {"param": param_name(name)})
    assert isinstance(pnr, str) and isinstance(target, str)
    if target != COURSE_TARGET and state.course.module(target) is None:
        return Refusal("unknown_target", {})
    student = state.student(pnr)
    if student is None:
        return Refusal("student_not_found", {"pnr": pnr})
    if student.course_code != state.course.code:
        return Refusal(
            "registered_on_other_course",
            {
                "name": student.name,
                "registered_course": student.course_code,
                "registered_instance": student.instance,
                "course": state.course.code,
            },
        )
    unregistered = registration_refusal(state, student)
    if unregistered is not None:
        return unregistered
    new = named is None and "result" in subject and subject["result"] is None
    working, standing = working_result(state, pnr, target), standing_result(state, pnr, target)
    return Subject(pnr, target, named, new, working, standing)  # here, or an earlier instance where that counts


def _by_code(state: State, code: str, target: str) -> str | None:
    for activity in reversed(state.activities):
        if activity.target == target and activity.student_for(code):
            return activity.student_for(code)
    return None


def meets(action: Action, subject: Subject) -> Result | Refusal | None:
    """The result the action meets (None: a new one), by the states its record moves from."""
    working, standing, named = subject.working, subject.standing, subject.named
    if named is not None:  # a row: that result, or a new one beside it when it stands and nothing is worked on
        if action.moves_from(named.status) is not None:
            return named
        if working is None and standing is not None and named.id == standing.id and action.moves_from(NONE):
            return None
        return _wrong_state(action, named.status)
    if subject.new:  # a row with no result of its own (an activity session's student with none from it)
        if working is None and action.moves_from(NONE) is not None:
            return None
        return _wrong_state(action, working.status if working else NONE)
    for record in (working, standing):
        if record is not None and action.moves_from(record.status) is not None:
            return record
    if working is None and action.moves_from(NONE) is not None:
        return None
    return _wrong_state(action, next((r.status for r in (working, standing) if r is not None), NONE))


def _wrong_state(action: Action, status: str) -> Refusal:
    return _wrong_state_of(action.name, str(status))


# The view asks about every action on every row: one refusal per action and state, shared (like every refusal, it is
# a value: nothing changes its parameters).
@lru_cache(maxsize=512)
def _wrong_state_of(name: str, status: str) -> Refusal:
    return Refusal("wrong_state", {"action": f"action.{name}", "state": f"state.{status}", "hint": f"hint.{status}"})
