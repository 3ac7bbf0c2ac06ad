"""Every action, declared once: what it moves, who may take it, what it needs, its rules, its effect, what it tells
and where it is done.

This is the one table the rest reads. `decision.decide()` reads a record to say yes or no (its moves, roles,
authorisation, then its `rules` and its `check`), `workflow.act()` to make the change (its `effect`, then its
`tells`), the view to offer buttons and the fields each needs, and `rules.py` derives from it, each time it is read,
the tables the docs render (permissions, the lifecycle diagram). The rules, checks, effects and events are named
functions in `checks.py`, `effects.py` and `inspera.py`; a record names the ones it has, so an action with a rule of
its own is one record and its function, and no code anywhere asks an action's name. Adding an action is adding one
`Action` here (or to `ACTIONS`), its texts in the catalog (`action.<name>` and the event's key) and a story test;
see CONTRIBUTING.md and tests/test_extending.py.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from . import checks, effects, inspera, lms, registration
from .checks import Check, Rule
from .effects import Effect, Tell
from .model import InvalidDefinition, Result
from .names import Role, Screen, Status

NONE = Status.NONE  # no working result yet: the row a report starts from

# The kinds of value an action's parameter holds; the browser draws one kind of field for each.
PARAM_KINDS = frozenset(
    {"grade", "date", "points", "flag", "grader", "examiner", "comment", "module", "grades", "student", "column"}
)

# The order of the screens in the sandbox, as in Ladok's menu; Inspera's is a screen of its own, last.
SCREENS = tuple(Screen)
# Screens every staff member has, whatever they may do there: looking is not an action.
OPEN_SCREENS = frozenset({Screen.ACTIVITIES, Screen.SEARCH})

_RESULT_FIELDS = frozenset(f.name for f in fields(Result))


@dataclass(frozen=True)
class Param:
    """One input an action takes: its name, its kind (what the view's forms draw), whether it is needed, and the
    result's field it is recorded in when it names a person (Mark as ready's `notify` is recorded as `notified`)."""

    name: str
    kind: str
    required: bool = False
    records: str = ""

    @property
    def is_comment(self) -> bool:
        """A free text recorded on the result (checked for length and kept trimmed)."""
        return self.kind == "comment"


@dataclass(frozen=True)
class Action:
    """One thing a person can do in Ladok (or, where `system` says so, in Inspera), with its behaviour.

    States and roles may be given as `Status`/`Role` or as their strings; either way a misspelt one fails here, at
    import, as does an unknown parameter kind, screen or result field.
    """

    name: str
    moves: tuple[tuple[Status, Status], ...]  # (state of the result it acts on, state after); empty on the course
    roles: tuple[Role, ...]  # roles that may take it
    authorisation: str  # what that role needs: "report", "certify", "admin" (Ladok) or "inspera_planner"
    event: str  # the catalog key of what it tells when done
    screen: Screen  # the sandbox screen it belongs on: report, certify, activities or inspera
    params: tuple[Param, ...] = ()
    examiner_only: bool = False  # only the course's own examiner, not any examiner
    on_course: bool = False  # acts on the course instance (an activity session), not on one result
    system: str = "ladok"
    rules: tuple[Rule, ...] = ()  # what else the state must allow (other results, the day): `checks.py`
    check: Check = checks.declared_fields  # the values it records, checked and cleaned: `checks.py`
    effect: Effect = effects.move_result  # the change it makes: `effects.py`
    tells: Tell = effects.declared_event  # its event, from what the effect did: `effects.py`
    signs: str = ""  # the result's field that names who took it (certifying is signed in `certified_by`)
    routine: Role | None = None  # who takes it by the department's routine, where narrower than who may
    also_on: tuple[Screen, ...] = ()  # other screens that offer it (the examiner sends a result back from Certify)

    def __post_init__(self) -> None:
        try:
            moves = tuple((Status(frm), Status(to)) for frm, to in self.moves)
            roles = tuple(Role(r) for r in self.roles)
            routine = Role(self.routine) if self.routine is not None else None
            screens = (Screen(self.screen), *(Screen(s) for s in self.also_on))
        except ValueError as exc:
            raise InvalidDefinition(f"action {self.name}: {exc}") from None
        for name, value in (("moves", moves), ("roles", roles), ("routine", routine), ("screen", screens[0])):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "also_on", screens[1:])
        object.__setattr__(self, "_after", dict(moves))  # state -> state after: the view asks this very often
        wrong = [p.kind for p in self.params if p.kind not in PARAM_KINDS]
        wrong += [f for f in (self.signs, *(p.records for p in self.params)) if f and f not in _RESULT_FIELDS]
        if wrong:
            raise InvalidDefinition(f"action {self.name}: unknown parameter kind or result field {wrong}")
        if self.on_course == bool(self.moves):
            raise InvalidDefinition(f"action {self.name}: moves a result or acts on the course, one of the two")
        if routine is not None and routine not in roles:
            raise InvalidDefinition(f"action {self.name}: its routine names a role that may not take it")

    def moves_from(self, status: str) -> Status | None:
        after: dict[str, Status] = self.__dict__["_after"]
        return after.get(status)

    @property
    def froms(self) -> tuple[Status, ...]:
        return tuple(frm for frm, _ in self.moves)

    def offered_on(self, screen: str) -> bool:
        return screen == self.screen or screen in self.also_on


_GRADE = Param("grade", "grade", required=True)
_DATE = Param("exam_date", "date", required=True)
_COMMENT = Param("comment", "comment")
_REPORTERS = (Role.TEACHER, Role.EXAMINER, Role.STUDY_ADMIN)
_EXAMINER = (Role.EXAMINER,)
S = Status  # short, for the table below


def _registration(name: str, check: Check) -> Action:
    """A registration on the course instance (first, continuation, re-registration): the same record but its check."""
    return Action(
        name,
        (),
        (Role.STUDY_ADMIN,),
        "admin",
        "registered",
        Screen.REGISTRATION,
        (Param("student", "student", required=True),),
        on_course=True,
        check=check,
        effect=registration.register,
        tells=effects.facts_event,
    )


_DECLARED: tuple[Action, ...] = (
    Action(
        "save_draft",
        ((S.NONE, S.DRAFT), (S.DRAFT, S.DRAFT)),
        _REPORTERS,
        "report",
        "saved_as_draft",
        Screen.REPORT,
        (_GRADE, _DATE, Param("points", "points"), Param("points_visible", "flag")),
        rules=(checks.new_result_rule,),
        check=checks.check_report,
        tells=effects.draft_event,
    ),
    Action(
        "mark_ready",
        ((S.DRAFT, S.READY),),
        _REPORTERS,
        "report",
        "marked_ready",
        Screen.REPORT,
        (
            Param("graded_by", "grader", required=True, records="graded_by"),
            Param("notify", "examiner", required=True, records="notified"),
        ),
        check=checks.check_mark_ready,
        tells=effects.marked_ready_event,
        signs="marked_ready_by",
    ),
    Action(
        "comment",
        ((S.DRAFT, S.DRAFT), (S.READY, S.READY)),
        _REPORTERS,
        "report",
        "comment_saved",
        Screen.REPORT,
        (Param("comment", "comment", required=True),),
    ),
    Action(
        "unmark_ready",
        ((S.READY, S.DRAFT),),
        _REPORTERS,
        "report",
        "unmarked",
        Screen.REPORT,
        (_COMMENT,),
        also_on=(Screen.CERTIFY,),
    ),
    Action("delete_draft", ((S.DRAFT, S.REMOVED),), _REPORTERS, "report", "draft_deleted", Screen.REPORT),
    Action(
        "certify",
        ((S.READY, S.CERTIFIED),),
        _EXAMINER,
        "certify",
        "certified",
        Screen.CERTIFY,
        (Param("grade", "grade"), Param("exam_date", "date")),
        examiner_only=True,
        rules=(checks.decided_after_examination, checks.course_grade_over_passed_modules),
        check=checks.check_certify,
        effect=effects.certify_result,
        tells=effects.certified_event,
        signs="certified_by",
    ),
    Action(
        "remove",
        ((S.READY, S.REMOVED), (S.CERTIFIED, S.REMOVED), (S.PREPARED_FOR_REMOVAL, S.REMOVED)),
        _EXAMINER,
        "certify",
        "removed",
        Screen.REPORT,
        examiner_only=True,
        rules=(checks.course_grade_removed_first,),
        check=checks.check_removal,
    ),
    Action(
        "prepare_removal",
        ((S.CERTIFIED, S.PREPARED_FOR_REMOVAL),),
        (Role.STUDY_ADMIN, Role.EXAMINER),
        "report",
        "prepared_for_removal",
        Screen.REPORT,
        rules=(checks.course_grade_removed_first,),
    ),
    Action(
        "certify_removal",
        ((S.PREPARED_FOR_REMOVAL, S.REMOVED),),
        _EXAMINER,
        "certify",
        "removed",
        Screen.CERTIFY,
        examiner_only=True,
        rules=(checks.course_grade_removed_first,),
        check=checks.check_removal,
    ),
    Action(
        "setup_activity",
        (),
        (Role.STUDY_ADMIN,),
        "admin",
        "activity_created",
        Screen.ACTIVITIES,
        (Param("target", "module", required=True), Param("date", "date", required=True)),
        on_course=True,
        check=inspera.check_setup,
        effect=inspera.setup,
        tells=effects.facts_event,
    ),
    # Inspera's "Transfer all grades": a button of Inspera's planner role on the test, not a Ladok authorisation.
    # Who holds that role is local (teachers plan their own tests at the source department); who presses it by
    # routine is a setting (extra.ladok_local.inspera_transfer_by): the staff page asks teachers to leave it to the
    # study administration, which then checks the drafts and marks them as ready.
    Action(
        "transfer_from_inspera",
        (),
        _REPORTERS,
        "inspera_planner",
        "transferred",
        Screen.INSPERA,
        (Param("activity", "module", required=True), Param("grades", "grades", required=True)),
        on_course=True,
        system="inspera",
        check=inspera.check_transfer,
        effect=inspera.transfer,
        tells=effects.facts_event,
        routine=Role.STUDY_ADMIN,
    ),
    # The learning platform's "Transfer to Ladok" (Överför till Ladok): pressed in the gradebook by a teacher with
    # reporting rights in Ladok; where the results land is the department's route (`Routes.lms_transfer`).
    Action(
        "transfer_from_lms",
        (),
        (Role.TEACHER, Role.EXAMINER),
        "report",
        "lms_transferred_draft",
        Screen.LMS,
        (
            Param("column", "column", required=True),
            Param("target", "module", required=True),
            _DATE,
            Param("points", "flag"),
        ),
        on_course=True,
        system="lms",
        check=lms.check_transfer,
        effect=lms.transfer,
        tells=lms.transferred_event,
    ),
    # Registration on the course instance (Ladok's studiedeltagande), by the study administration: a first
    # registration, a continuation registration for a later term of a course over several terms, a
    # re-registration for a student who follows the course again. Students register themselves in Ladok for
    # students while web registration is open; the sandbox's student only reads, so here the study administration
    # registers (who does it by the department's routine is a setting: extra.ladok_local.registration_by).
    _registration("register", registration.check_first),
    _registration("register_continuation", registration.check_continuation),
    _registration("re_register", registration.check_re),
)

# The one registry: every reader asks it at the time it reads, so an action added here is seen everywhere.
ACTIONS: dict[str, Action] = {a.name: a for a in _DECLARED}

# The order in which a certified result is changed; the docs and the scenarios both follow it.
CHANGE_ORDER = ("prepare_removal", "certify_removal", "save_draft", "mark_ready", "certify")
if not set(CHANGE_ORDER) <= set(ACTIONS):
    raise InvalidDefinition(f"CHANGE_ORDER names an action that is not declared: {CHANGE_ORDER}")


def declared() -> tuple[Action, ...]:
    """Every action, in the order of its declaration."""
    return tuple(ACTIONS.values())


def offered_on(screen: str) -> tuple[Action, ...]:
    """The actions a screen offers on its rows: its own, and those declared as also on it."""
    return tuple(a for a in declared() if a.offered_on(screen))


# Finding a student by personal identity number is a staff look-up, not a change: any staff role may, a student may
# not, and a student who tries is refused as for any action the role may not take.
SEARCHERS = _REPORTERS


def screens_for(roles: set[str]) -> list[str]:
    """The screens a staff member has: those with an action the role may take, and the open ones."""
    if roles <= {Role.STUDENT}:
        return []
    have = {a.screen for a in declared() if roles & set(a.roles)}
    return [s for s in SCREENS if s in have or s in OPEN_SCREENS]
