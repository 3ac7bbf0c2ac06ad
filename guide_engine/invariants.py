"""What every state the engine can make holds. A loaded state that breaks one is refused as one the engine could
not have made, and the property tests check them after every action of random walks."""

from __future__ import annotations

from .model import COURSE_TARGET, State, is_pass
from .names import STANDING_STATES, WORKING_STATES


def broken(state: State) -> str | None:
    """The first invariant the state breaks, in a few words, or None."""
    subjects: dict[tuple[str, str], list[str]] = {}
    for r in state.results:
        subjects.setdefault((r.student, r.target), []).append(r.status)
        if r.status in STANDING_STATES:
            if not r.decision_date:
                return f"result {r.id} is certified without a decision date"
            if r.exam_date > r.decision_date:
                return f"result {r.id} was certified before its examination date"
    standing_pass: set[tuple[str, str]] = set()
    for r in state.results:
        if r.status in STANDING_STATES and is_pass(r.grade):
            key = (r.student, r.target)
            if key in standing_pass:
                return "two standing passes for the same student and module"
            standing_pass.add(key)
    for r in state.results:
        if r.status in WORKING_STATES and (r.student, r.target) in standing_pass:
            return f"result {r.id} is worked on beside a certified pass"
    modules = [m.code for m in state.course.modules]
    for pnr, target in standing_pass:
        if target == COURSE_TARGET and not all((pnr, m) in standing_pass for m in modules):
            return "a certified course grade stands over a module that is not passed"
    return None
