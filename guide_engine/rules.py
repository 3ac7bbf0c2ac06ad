"""Every rule that moves a result from one state to another, as tables.

Read it like h11's `_state.py`: the tables say what is possible and for whom; the few rules that depend on more
than one result (course grade, re-reporting after a certified result) live in `workflow.py`, in one
function named for them.
"""

from __future__ import annotations

STATES = ("draft", "ready", "certified", "prepared_for_removal", "removed")
# A result being worked on. At most one sits beside the latest certified result of a student on a module.
WORKING_STATES = frozenset({"draft", "ready"})
# A certified result that still stands (until its removal is certified).
STANDING_STATES = frozenset({"certified", "prepared_for_removal"})
NONE = "none"  # no working result yet

# action -> state of the result it acts on -> new state
TRANSITIONS: dict[str, dict[str, str]] = {
    "save_draft": {NONE: "draft", "draft": "draft"},
    "mark_ready": {"draft": "ready"},
    "certify": {"ready": "certified"},
    "unmark_ready": {"ready": "draft"},
    "delete_draft": {"draft": "removed"},
    "remove": {"ready": "removed", "certified": "removed", "prepared_for_removal": "removed"},
    "prepare_removal": {"certified": "prepared_for_removal"},
    "certify_removal": {"prepared_for_removal": "removed"},
    "comment": {"draft": "draft", "ready": "ready"},
}

# Actions on the course instance rather than on one result.
COURSE_ACTIONS = ("setup_activity", "transfer_from_inspera")

# action -> roles that may perform it. Reporting and certifying are separate authorisations.
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "save_draft": ("teacher", "examiner", "study_admin"),
    "mark_ready": ("teacher", "examiner", "study_admin"),
    "unmark_ready": ("teacher", "examiner", "study_admin"),
    "delete_draft": ("teacher", "examiner", "study_admin"),
    "certify": ("examiner",),
    "remove": ("examiner",),
    "prepare_removal": ("study_admin", "examiner"),
    "certify_removal": ("examiner",),
    "comment": ("teacher", "examiner", "study_admin"),
    "setup_activity": ("study_admin",),
    # The teacher holds the authorisation to press Inspera's transfer button; see ROUTINES for who presses it.
    "transfer_from_inspera": ("teacher", "examiner", "study_admin"),
}

# Who does an action by the department's routine, where that is narrower than who may. The staff page asks
# teachers to leave the Inspera transfer to the study administration, which then checks the drafts and marks them
# as ready. A department with another routine sets it in mkdocs.yml (extra.ladok_local.inspera_transfer_by).
ROUTINES: dict[str, str] = {"transfer_from_inspera": "study_admin"}

# The authorisation (applied for separately, then matched by employee rights in Ladok) that each action needs.
AUTHORISATIONS: dict[str, str] = {
    "save_draft": "report",
    "mark_ready": "report",
    "unmark_ready": "report",
    "delete_draft": "report",
    "certify": "certify",
    "remove": "certify",
    "prepare_removal": "report",
    "certify_removal": "certify",
    "comment": "report",
    "setup_activity": "admin",
    "transfer_from_inspera": "report",
}

# Who sees students' names beside anonymisation codes before the results are certified; everyone else on the staff
# sees only the codes on an anonymous exam until then.
SEE_NAMES_ON_ANONYMOUS_EXAMS = frozenset({"examiner", "study_admin"})

# Actions that only the course's own examiner may perform.
EXAMINER_ONLY = frozenset(a for a, roles in PERMISSIONS.items() if roles == ("examiner",))

ACTIONS = (*TRANSITIONS, *COURSE_ACTIONS)

# The order in which a certified result is changed; the docs and the scenarios both follow it.
CHANGE_ORDER = ("prepare_removal", "certify_removal", "save_draft", "mark_ready", "certify")
