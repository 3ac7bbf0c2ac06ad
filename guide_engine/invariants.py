"""What every state the engine can make holds. A loaded state that breaks one is refused as one the engine could
not have made, and the property tests check them after every action of random walks.

Besides the rules between results (one standing pass, nothing worked on beside it, a course grade over passed
modules), each result must tell a story the engine could have written: whoever a result names as having taken a
step could have taken it, as that action's record says (a result signed by a teacher, a student or nobody was not
certified; a study administrator is not a grader), and its dates and its source fit its state (no removal date on
a result that stands, no result from Inspera without its activity session).
"""

from __future__ import annotations

from .actions import Action, declared
from .checks import NAMEABLE
from .decision import role_refusal
from .model import COURSE_TARGET, INTEGRATION_USER, Result, State, is_pass
from .names import STANDING_STATES, WORKING_STATES, Status
from .registration import registered_earlier


def broken(state: State) -> str | None:
    """The first invariant the state breaks, in a few words, or None."""
    who = _Who(state)
    for r in state.results:
        wrong = who.named_wrongly(r) or _story(state, r)
        if wrong:
            return f"result {r.id} {wrong}"
    return _between(state)


def _between(state: State) -> str | None:
    working: set[tuple[str, str]] = set()
    for r in state.results:
        if r.status in WORKING_STATES:
            if (r.student, r.target) in working:
                return "two working results for the same student and module"
            working.add((r.student, r.target))
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
    registered = {s.pnr for s in state.registered()}
    for activity in state.activities:
        if any(pnr not in registered for _, pnr in activity.codes):
            return f"activity session {activity.id} has a code for a student not registered on the instance"
    return _registrations(state)


def _registrations(state: State) -> str | None:
    """Each registration once per term, and of the kind its story allows: a first registration for a student
    admitted to the instance and not registered there, a continuation after a registration in an earlier term of
    the same instance, a re-registration after a registration on an earlier instance of the course."""
    seen: set[tuple[str, str, str, str]] = set()
    for r in state.registrations:
        key = (r.pnr, r.course_code, r.instance, r.term)
        student = state.student(r.pnr)
        if key in seen or student is None:
            return "a student registered twice for one term"
        seen.add(key)
        terms = state.course.term_names()
        earlier_terms = terms[: terms.index(r.term)] if r.term in terms else ()
        made = state.registrations_of(r.pnr)
        before = made[: made.index(r)]
        if r.kind == "first" and (student.registered or student.instance != r.instance or before):
            return f"{student.name} has a first registration that is not their first"
        if r.kind == "continuation" and not (
            any(x.term in earlier_terms for x in before) or (student.registered and student.instance == r.instance)
        ):
            return f"{student.name} has a continuation registration without an earlier term"
        if r.kind == "re" and not registered_earlier(state, student):
            return f"{student.name} is re-registered without an earlier registration on the course"
    return None


def _story(state: State, r: Result) -> str | None:
    """What is wrong with the dates, signatures and source of one result, or None."""
    certified = bool(r.decision_date)
    if r.status in STANDING_STATES and not certified:
        return "is certified without a decision date"
    if certified and r.exam_date > r.decision_date:
        return "was certified before its examination date"
    if certified != bool(r.certified_by):
        return "has a decision date but nobody who certified it" if certified else "names a certifier but no decision"
    if r.status in WORKING_STATES and certified:
        return "is worked on, yet has a decision date"
    if r.removal_date and (r.status != Status.REMOVED or not certified or r.removal_date < r.decision_date):
        return "has a removal date, yet no certified removal"
    was_ready = r.status == Status.READY or (certified and r.source != "derived")
    by_integration = r.marked_ready_by == INTEGRATION_USER
    if was_ready and not (r.graded_by and (r.notified or by_integration)):
        return "was marked as ready without a grader or an examiner notified"
    if by_integration and r.source != "lms":
        return "was marked as ready by an integration, yet did not come by one"
    if (r.source == "lms") != bool(r.reported_by):
        return "came from the learning platform without its reporter" if not r.reported_by else "names a reporter"
    if (r.source == "inspera") != bool(r.activity):
        return "comes from Inspera without its activity session" if r.activity == "" else "names a session by hand"
    if r.source == "derived" and (r.target != COURSE_TARGET or len(state.course.modules) != 1 or not certified):
        return "is a course grade set from its module on a course that does not get one"
    return None


class _Who:
    """Everyone a result names for a step could have taken it, by the record of the action that records them: who
    signs an action (certifying is signed in `certified_by`) may take it, and a person named in a parameter (Graded
    by, Notify) is of the kind that parameter names. Each person is judged once per state."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.fields = [(a.signs, a, "") for a in declared() if a.signs]
        self.fields += [(p.records, a, p.kind) for a in declared() for p in a.params if p.records]
        self._judged: dict[tuple[str, str, str], bool] = {}

    def named_wrongly(self, r: Result) -> str | None:
        for name, action, kind in self.fields:
            person_id = getattr(r, name)
            if person_id == INTEGRATION_USER:  # not a person: the story checks where an integration may sign
                continue
            if person_id and not self._could(person_id, action, kind):
                return f"names as {name} someone who could not have been named there"
        return None

    def _could(self, person_id: str, action: Action, kind: str) -> bool:
        key = (person_id, action.name, kind)
        if key not in self._judged:
            person = self.state.person(person_id)
            if person is None:
                self._judged[key] = False
            elif kind:
                self._judged[key] = NAMEABLE[kind](self.state, person)
            else:
                self._judged[key] = role_refusal(self.state, person, action) is None
        return self._judged[key]
