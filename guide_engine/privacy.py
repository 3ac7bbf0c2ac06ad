"""Who sees a student's name on an anonymous exam, decided once for every text the engine makes for a viewer.

On a module with an activity session (an Inspera exam), a viewer without the right to see names sees the student's
anonymisation code instead, until the student's result on that module is certified: on the row, in the events and
refusals of their own actions, and in every label. The view and the workflow both ask here.
"""

from __future__ import annotations

from .model import Person, State
from .names import Role
from .results import standing_result

Codes = dict[tuple[str, str], str]

# Who sees students' names beside anonymisation codes before the results are certified; everyone else on the staff
# sees only the codes on an anonymous exam until then.
SEE_NAMES_ON_ANONYMOUS_EXAMS = frozenset({Role.EXAMINER, Role.STUDY_ADMIN})


def sees_names(roles: set[str] | tuple[str, ...]) -> bool:
    return bool(set(roles) & SEE_NAMES_ON_ANONYMOUS_EXAMS)


def signed_up(state: State) -> Codes:
    """(student, module) -> the student's anonymisation code on that module's latest activity session."""
    return {(pnr, a.target): code for a in state.activities for code, pnr in a.codes}


def anonymous(state: State, codes: Codes) -> Codes:
    """The codes that stand in for names, for whoever may not see names: every student signed up to an activity
    session, until their result on that module is certified."""
    return {key: code for key, code in codes.items() if standing_result(state, *key) is None}


def code_on(state: State, pnr: str, target: str) -> str:
    """The student's code on the module's latest activity session, or "" when none is there."""
    for activity in reversed(state.activities):
        if activity.target == target:
            code = activity.code_for(pnr)
            if code:
                return code
    return ""


def student_label(state: State, viewer: Person, pnr: str, target: str) -> str:
    """How a text for `viewer` names the student: by name, or by code where the viewer sees only codes."""
    student = state.student(pnr)
    name = student.name if student else pnr
    if sees_names(viewer.roles):
        return name
    code = code_on(state, pnr, target)
    return code if code and standing_result(state, pnr, target) is None else name
