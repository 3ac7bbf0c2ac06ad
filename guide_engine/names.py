"""The named values of the workflow: a result's states, the roles people act in and the sandbox's screens.

Each is a `str` enum, so a saved state, the view and the browser keep reading and writing the very same strings
("draft", "study_admin"), while the engine's own code names them (`Status.DRAFT`, `Role.EXAMINER`): a misspelt
name fails at import, and so does a misspelt string in an action's record (`actions.Action` reads each through
these enums).
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where a result stands in Ladok. `NONE` is the row a report starts from: no working result yet."""

    NONE = "none"
    DRAFT = "draft"
    READY = "ready"
    CERTIFIED = "certified"
    PREPARED_FOR_REMOVAL = "prepared_for_removal"
    REMOVED = "removed"


class Role(StrEnum):
    """The roles a person acts in. Ladok's authorisations are per role; a student only reads."""

    TEACHER = "teacher"
    EXAMINER = "examiner"
    STUDY_ADMIN = "study_admin"
    STUDENT = "student"


class Screen(StrEnum):
    """The sandbox's screens, in the order of Ladok's menu; the other systems' (Inspera, the learning platform's
    gradebook) come after Ladok's, each a screen of its own."""

    REPORT = "report"
    CERTIFY = "certify"
    ACTIVITIES = "activities"
    SEARCH = "search"
    REGISTRATION = "registration"
    INSPERA = "inspera"
    LMS = "lms"


# Every state a result can be in, in the order of its life (NONE is no result, so not one of them).
STATES = tuple(s for s in Status if s is not Status.NONE)
# A result being worked on. At most one sits beside the latest certified result of a student on a module.
WORKING_STATES = frozenset({Status.DRAFT, Status.READY})
# A certified result that still stands (until its removal is certified).
STANDING_STATES = frozenset({Status.CERTIFIED, Status.PREPARED_FOR_REMOVAL})

ROLES = tuple(Role)
STAFF_ROLES = (Role.TEACHER, Role.EXAMINER, Role.STUDY_ADMIN)
