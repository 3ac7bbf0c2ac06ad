"""Every action, declared once: what it moves, who may take it, what it needs, what it tells and where it is done.

This is the one table the rest reads. `rules.py` derives its tables from it, `decision.decide()` reads it to say
yes or no, the view reads it to offer buttons and the fields each needs, and the docs render the permission table,
the lifecycle diagram and the sandbox's screens from it. Adding an action is adding one `Action` here, its texts in
the catalog (`action.<name>` and the event's key) and a story test; see CONTRIBUTING.md.
"""

from __future__ import annotations

from dataclasses import dataclass

NONE = "none"  # no working result yet: the row a report starts from

# The kinds of value an action's parameter holds; the browser draws one kind of field for each.
PARAM_KINDS = frozenset({"grade", "date", "points", "flag", "grader", "examiner", "comment", "module", "grades"})


@dataclass(frozen=True)
class Param:
    """One input an action takes: its name, its kind (what the view's forms draw) and whether it is needed."""

    name: str
    kind: str
    required: bool = False


@dataclass(frozen=True)
class Action:
    """One thing a person can do in Ladok (or, where `system` says so, in Inspera)."""

    name: str
    moves: tuple[tuple[str, str], ...]  # (state of the result it acts on, state after); empty on the course
    roles: tuple[str, ...]  # roles that may take it
    authorisation: str  # what that role needs: "report", "certify", "admin" (Ladok) or "inspera_planner"
    event: str  # the catalog key of what it tells when done
    screen: str  # the sandbox screen it belongs on: report, certify, activities or inspera
    params: tuple[Param, ...] = ()
    examiner_only: bool = False  # only the course's own examiner, not any examiner
    on_course: bool = False  # acts on the course instance (an activity session), not on one result
    system: str = "ladok"

    def moves_from(self, status: str) -> str | None:
        return next((to for frm, to in self.moves if frm == status), None)

    @property
    def froms(self) -> tuple[str, ...]:
        return tuple(frm for frm, _ in self.moves)


_GRADE = Param("grade", "grade", required=True)
_DATE = Param("exam_date", "date", required=True)
_COMMENT = Param("comment", "comment")
_REPORTERS = ("teacher", "examiner", "study_admin")

_DECLARED: tuple[Action, ...] = (
    Action(
        "save_draft",
        ((NONE, "draft"), ("draft", "draft")),
        _REPORTERS,
        "report",
        "saved_as_draft",
        "report",
        (_GRADE, _DATE, Param("points", "points"), Param("points_visible", "flag")),
    ),
    Action(
        "mark_ready",
        (("draft", "ready"),),
        _REPORTERS,
        "report",
        "marked_ready",
        "report",
        (Param("graded_by", "grader", required=True), Param("notify", "examiner", required=True)),
    ),
    Action(
        "comment",
        (("draft", "draft"), ("ready", "ready")),
        _REPORTERS,
        "report",
        "comment_saved",
        "report",
        (Param("comment", "comment", required=True),),
    ),
    Action("unmark_ready", (("ready", "draft"),), _REPORTERS, "report", "unmarked", "report", (_COMMENT,)),
    Action("delete_draft", (("draft", "removed"),), _REPORTERS, "report", "draft_deleted", "report"),
    Action(
        "certify",
        (("ready", "certified"),),
        ("examiner",),
        "certify",
        "certified",
        "certify",
        (Param("grade", "grade"), Param("exam_date", "date")),
        examiner_only=True,
    ),
    Action(
        "remove",
        (("ready", "removed"), ("certified", "removed"), ("prepared_for_removal", "removed")),
        ("examiner",),
        "certify",
        "removed",
        "report",
        examiner_only=True,
    ),
    Action(
        "prepare_removal",
        (("certified", "prepared_for_removal"),),
        ("study_admin", "examiner"),
        "report",
        "prepared_for_removal",
        "report",
    ),
    Action(
        "certify_removal",
        (("prepared_for_removal", "removed"),),
        ("examiner",),
        "certify",
        "removed",
        "certify",
        examiner_only=True,
    ),
    Action(
        "setup_activity",
        (),
        ("study_admin",),
        "admin",
        "activity_created",
        "activities",
        (Param("target", "module", required=True), Param("date", "date", required=True)),
        on_course=True,
    ),
    # Inspera's "Transfer all grades": a button of Inspera's planner role on the test, not a Ladok authorisation.
    # Who holds that role is local (teachers plan their own tests at the source department); who presses it by
    # routine is a setting (extra.ladok_local.inspera_transfer_by).
    Action(
        "transfer_from_inspera",
        (),
        _REPORTERS,
        "inspera_planner",
        "transferred",
        "inspera",
        (Param("activity", "module", required=True), Param("grades", "grades", required=True)),
        on_course=True,
        system="inspera",
    ),
)

# The one registry: every reader asks it at the time it reads, so an action added here is seen everywhere.
ACTIONS: dict[str, Action] = {a.name: a for a in _DECLARED}


def declared() -> tuple[Action, ...]:
    """Every action, in the order of its declaration."""
    return tuple(ACTIONS.values())


# Finding a student by personal identity number is a staff look-up, not a change: any staff role may, a student may
# not, and a student who tries is refused as for any action the role may not take.
SEARCHERS = ("teacher", "examiner", "study_admin")

# The order of the screens in the sandbox, as in Ladok's menu; Inspera's is a screen of its own, last.
SCREENS = ("report", "certify", "activities", "search", "inspera")
# Screens every staff member has, whatever they may do there: looking is not an action.
OPEN_SCREENS = frozenset({"activities", "search"})
# On the certify screen the examiner may also send a result back, before certifying it.
ON_CERTIFY_SCREEN = ("certify", "unmark_ready", "certify_removal")


def screens_for(roles: set[str]) -> list[str]:
    """The screens a staff member has: those with an action the role may take, and the open ones."""
    if roles <= {"student"}:
        return []
    have = {a.screen for a in declared() if roles & set(a.roles)}
    return [s for s in SCREENS if s in have or s in OPEN_SCREENS]
