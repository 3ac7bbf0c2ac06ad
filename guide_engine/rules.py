"""The states of a result, and the tables the docs and tests read, derived from the one declaration in `actions.py`.

Nothing here is typed twice: each table below is a view of that declaration. The rules that look at more than
one result (the course grade, a new result beside a certified one, the order of a removal, the dates) are in
`decision.py`, which both `act()` and the view ask.
"""

from __future__ import annotations

from .actions import ACTIONS, NONE

__all__ = ["NONE"]

STATES = ("draft", "ready", "certified", "prepared_for_removal", "removed")
# A result being worked on. At most one sits beside the latest certified result of a student on a module.
WORKING_STATES = frozenset({"draft", "ready"})
# A certified result that still stands (until its removal is certified).
STANDING_STATES = frozenset({"certified", "prepared_for_removal"})

# action -> state of the result it acts on -> new state (actions on one result only)
TRANSITIONS: dict[str, dict[str, str]] = {a.name: dict(a.moves) for a in ACTIONS.values() if not a.on_course}

# Actions on the course instance rather than on one result.
COURSE_ACTIONS = tuple(a.name for a in ACTIONS.values() if a.on_course)

# action -> roles that may perform it. Reporting and certifying are separate authorisations.
PERMISSIONS: dict[str, tuple[str, ...]] = {a.name: a.roles for a in ACTIONS.values()}

# The authorisation each action needs (Ladok's, or Inspera's planner role for the transfer).
AUTHORISATIONS: dict[str, str] = {a.name: a.authorisation for a in ACTIONS.values()}

# Actions that only the course's own examiner may perform.
EXAMINER_ONLY = frozenset(a.name for a in ACTIONS.values() if a.examiner_only)

# Every action's name, in the order of the declaration.
ACTION_NAMES = tuple(ACTIONS)

# Who does an action by the department's routine, where that is narrower than who may. The staff page asks
# teachers to leave the Inspera transfer to the study administration, which then checks the drafts and marks them
# as ready. A department with another routine sets it in mkdocs.yml (extra.ladok_local.inspera_transfer_by).
ROUTINES: dict[str, str] = {"transfer_from_inspera": "study_admin"}

# Who sees students' names beside anonymisation codes before the results are certified; everyone else on the staff
# sees only the codes on an anonymous exam until then.
SEE_NAMES_ON_ANONYMOUS_EXAMS = frozenset({"examiner", "study_admin"})

# The order in which a certified result is changed; the docs and the scenarios both follow it.
CHANGE_ORDER = ("prepare_removal", "certify_removal", "save_draft", "mark_ready", "certify")
