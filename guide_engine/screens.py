"""The rows of each sandbox screen, one page at a time, with what the viewer may do on each row.

`Rows` makes a row for one viewer: name or anonymisation code (`privacy.py`), and the actions the one decision
accepts on that very row: for every action the row could offer, it asks `decision.decide()` with the row as the
subject (`row["subject"]`) and offers exactly those it accepts, with no filter of its own. The screens below choose
which rows, in which order, and cut them into pages, so a view costs the same for a course of 20 students as for
one of 20,000.
"""

from __future__ import annotations

from typing import Any

from . import catalog
from .actions import Action, declared, offered_on
from .checks import accepted_grades
from .decision import Decider, Subject, role_refusal
from .model import COURSE_TARGET, SCALES, Person, Result, State
from .names import WORKING_STATES, Screen, Status
from .numbers import parse_date
from .outcome import Refusal
from .privacy import Codes, code_on
from .results import standing_result, working_result

PER_PAGE = 50
NOT_LISTED = 5  # drafts named under the certify list, to show why they are not in it
# The activity session's filter: all, Klarmarkerade, Attesterade
STATUS_FILTERS = ("all", Status.READY.value, Status.CERTIFIED.value)


class Rows:
    """Rows as one viewer sees them, and what that viewer may do on each."""

    def __init__(self, state: State, actor: Person, hidden: Codes, today: str | None) -> None:
        self.state, self.actor, self.hidden = state, actor, hidden
        self.today = parse_date(today) if today else None
        self.row_actions = tuple(a for a in declared() if not a.on_course)
        self.decider = Decider(state, actor.id, self.today)
        self._grades: dict[str, list[str]] = {}

    def may_use(self, screen: Screen) -> bool:
        """Whether the viewer may take any action that belongs on `screen` (so the screen has anything to show)."""
        return any(a.screen == screen and role_refusal(self.state, self.actor, a) is None for a in declared())

    def listed(self) -> list[str]:
        """Registered students, then anyone a search has brought up or who has a result here."""
        state = self.state
        out = [s.pnr for s in state.registered()]
        seen = set(out)
        for pnr in (*state.found, *sorted({r.student for r in state.results})):
            if pnr not in seen and state.student(pnr) is not None:
                out.append(pnr)
                seen.add(pnr)
        return out

    def records(self, pnr: str, target: str) -> list[Result | None]:
        state = self.state
        if not state.results_of(pnr, target):
            return [None]
        found = [r for r in (standing_result(state, pnr, target), working_result(state, pnr, target)) if r]
        return list(found) or [None]

    def subject(self, pnr: str, target: str, record: Result | None) -> dict[str, Any]:
        """How the row is named to the engine: by its result's id, else as a row with no result yet, for the
        student, or by code where the viewer sees only the code."""
        if record is not None:
            return {"result": record.id, "target": target}
        hidden = self.hidden.get((pnr, target))
        return {"result": None, "target": target, **({"code": hidden} if hidden else {"student": pnr})}

    def allowed(self, where: Subject | Refusal, actions: tuple[Action, ...]) -> list[str]:
        """The actions the one decision accepts on the row (read once as `where`), with no values yet, as of the
        view's day."""
        decide = self.decider.decide
        return [a.name for a in actions if not isinstance(decide(a.name, where), Refusal)]

    def grades(self, target: str) -> list[str]:
        if target not in self._grades:
            self._grades[target] = accepted_grades(self.state, target)
        return self._grades[target]

    def row(
        self, pnr: str, target: str, record: Result | None, names: tuple[Action, ...] | None = None
    ) -> dict[str, Any]:
        state = self.state
        student = state.student(pnr)
        assert student is not None
        hide = (pnr, target) in self.hidden
        status = record.status if record else Status.NONE.value
        activity = state.activity(record.activity) if record and record.activity else None
        code = (activity.code_for(pnr) if activity else None) or code_on(state, pnr, target)
        subject = self.subject(pnr, target, record)
        where = self.decider.where(subject)
        actions = self.allowed(where, names or self.row_actions)
        return {
            "ref": record.id if record else None,
            "subject": subject,
            "student": None if hide else pnr,
            "name": None if hide else student.name,
            "code": code,
            "target": target,
            "status": status,
            "working": status in WORKING_STATES or status == Status.NONE,
            "grade": record.grade if record else "",
            "exam_date": record.exam_date if record else "",
            "decision_date": record.decision_date if record else "",
            "comment": record.comment if record else "",
            "points": record.points if record else "",
            "points_visible": record.points_visible if record else False,
            "graded_by": record.graded_by if record else "",
            "marked_ready_by": record.marked_ready_by if record else "",
            "reported_by": record.reported_by if record else "",
            "notified_to_you": bool(record and record.notified == self.actor.id),
            "actions": actions,
            "fields": sorted({p.name for a in self.row_actions if a.name in actions for p in a.params}),
            "grades": list(self.grades(target)),
            "why_not": _why_not(where),
        }


def _why_not(where: Subject | Refusal) -> dict[str, Any] | None:
    """Why nothing at all can be done on a row, when the reason is whom the row is about (a student registered on
    another course): the refusal every action there gets, with its text in both languages. None otherwise: a row
    whose actions are all refused for reasons of their own (a certified pass, to a teacher) needs no words."""
    if not isinstance(where, Refusal):
        return None
    text = {lang: catalog.message(where.key, where.params, lang) for lang in catalog.LANGS}
    return {"key": where.key, "params": where.params, "text": text}


def _page(items: list[Any], page: Any) -> tuple[list[Any], int, int]:
    pages = max(1, -(-len(items) // PER_PAGE))
    at = page if isinstance(page, int) and 0 <= page < pages else 0
    return items[at * PER_PAGE : (at + 1) * PER_PAGE], at, pages


def _matches(rows: Rows, pnr: str, target: str, query: str) -> bool:
    """A search on what the viewer sees: name, personal identity number (with or without hyphen) or code."""
    q = query.strip().lower().replace("-", "")
    if not q:
        return True
    if (pnr, target) in rows.hidden:
        seen = [rows.hidden[(pnr, target)]]
    else:
        student = rows.state.student(pnr)
        seen = [student.name if student else "", pnr, code_on(rows.state, pnr, target)]
    return any(q in text.lower().replace("-", "") for text in seen)


def _ordered(rows: Rows, target: str, pnrs: list[str]) -> list[str]:
    """Named rows in the list's order; rows shown by code after them, in the order of their codes."""
    hidden = rows.hidden
    named = [p for p in pnrs if (p, target) not in hidden]
    coded = sorted((p for p in pnrs if (p, target) in hidden), key=lambda p: hidden[(p, target)])
    return named + coded


def report_screen(rows: Rows, opts: dict[str, Any]) -> dict[str, Any]:
    """One page of one target's rows. The rows are chosen and counted first, cheaply; only the page's rows are
    made, with the decision run for each of their actions."""
    state = rows.state
    codes = [m.code for m in state.course.modules] + [COURSE_TARGET]
    asked = opts.get("target")
    target = asked if isinstance(asked, str) and asked in codes else codes[0]
    query = str(opts.get("query") or "")[:40]
    chosen = [
        (pnr, record)
        for pnr in _ordered(rows, target, rows.listed())
        if _matches(rows, pnr, target, query)
        for record in rows.records(pnr, target)
    ]
    shown, page, pages = _page(chosen, opts.get("page"))
    made = [rows.row(pnr, target, record) for pnr, record in shown]
    return {"target": target, "query": query, "rows": made, "total": len(chosen), "page": page, "pages": pages}


def awaits(record: Result | None) -> str | None:
    """What a result waits for on a certify list: its certification, the certification of its removal, or
    nothing (a draft, a certified result, no result)."""
    if record is None:
        return None
    return next((a.name for a in declared() if a.screen == Screen.CERTIFY and a.moves_from(record.status)), None)


def _awaiting_states() -> frozenset[str]:
    """The states a result waits for the examiner in: those an action of the certify screen moves from."""
    return frozenset(s for a in declared() if a.screen == Screen.CERTIFY for s in a.froms)


def certify_screen(rows: Rows, opts: dict[str, Any]) -> dict[str, Any]:
    """What waits for the examiner: results marked as ready, and removals prepared for certification."""
    state = rows.state
    if not rows.may_use(Screen.CERTIFY):
        return {"rows": [], "total": 0, "page": 0, "pages": 1, "not_listed": []}
    names = offered_on(Screen.CERTIFY)
    waits = _awaiting_states()
    order = {m.code: i for i, m in enumerate(state.course.modules)}
    waiting = sorted(
        (r for r in state.results if r.status in waits),
        key=lambda r: (order.get(r.target, len(order)), rows.hidden.get((r.student, r.target), ""), r.student),
    )
    page_of, page, pages = _page(waiting, opts.get("certify_page"))
    shown = []
    for record in page_of:
        made = rows.row(record.student, record.target, record, names)
        made["awaits"] = awaits(record)
        shown.append(made)
    # Drafts do not wait here: the screen says so, and names a few, so trying to certify one is told why.
    drafts = [r for r in state.results if r.status == Status.DRAFT][:NOT_LISTED]
    not_listed = [rows.row(r.student, r.target, r, names) for r in drafts]
    return {"rows": shown, "total": len(waiting), "page": page, "pages": pages, "not_listed": not_listed}


def activity_screen(rows: Rows, opts: dict[str, Any]) -> dict[str, Any] | None:
    """One activity session's results, by code, with the status filter Ladok offers (Klarmarkerade/Attesterade)."""
    state = rows.state
    if not state.activities:
        return None
    chosen = state.activity(str(opts.get("activity", ""))) or state.activities[-1]
    status = opts.get("status") if opts.get("status") in STATUS_FILTERS else "all"
    listed = []
    for code, pnr in sorted(chosen.codes):
        record = _from_session(state, pnr, chosen.target, chosen.id)
        if status == "all" or (record is not None and record.status == status):
            listed.append((code, pnr, record))
    page_of, page, pages = _page(listed, opts.get("activity_page"))
    names = offered_on(Screen.CERTIFY)
    shown = []
    for code, pnr, record in page_of:
        made = rows.row(pnr, chosen.target, record, names)
        made["code"] = code
        made["awaits"] = awaits(record)
        shown.append(made)
    return {
        "id": chosen.id,
        "target": chosen.target,
        "date": chosen.date,
        "status": status,
        "filters": list(STATUS_FILTERS),
        "rows": shown,
        "total": len(listed),
        "page": page,
        "pages": pages,
    }


def _from_session(state: State, pnr: str, target: str, activity: str) -> Result | None:
    """The student's latest result from the session that is not removed: a removed one is off the list."""
    found = (r for r in reversed(state.results_of(pnr, target)) if r.activity == activity)
    return next((r for r in found if r.status != Status.REMOVED), None)


def inspera_screen(rows: Rows) -> dict[str, Any] | None:
    """Inspera's side, for whoever holds the planner role: each test (activity session) and the grades given there.

    The grades stand as Inspera keeps them: what a transfer sent last (the session's draft or later result)."""
    state = rows.state
    if not rows.may_use(Screen.INSPERA) or not state.activities:
        return None
    tests = []
    for activity in state.activities:
        given = []
        for code, pnr in sorted(activity.codes):
            record = next((r for r in state.results_of(pnr, activity.target) if r.activity == activity.id), None)
            given.append(
                {"code": code, "grade": record.grade if record else "", "points": record.points if record else ""}
            )
        tests.append(
            {
                "activity": activity.id,
                "target": activity.target,
                "date": activity.date,
                "held": rows.today is None or activity.date <= rows.today.isoformat(),
                "grades": given[: PER_PAGE * 4],
                "total": len(given),
            }
        )
    return {"tests": tests, "grades": list(SCALES[state.course.scale_of(state.activities[-1].target)])}


def all_rows(rows: Rows) -> list[dict[str, Any]]:
    """Every row of every target: what the decision says for the whole course (benchmarks and property tests)."""
    state = rows.state
    out: list[dict[str, Any]] = []
    for target in [*(m.code for m in state.course.modules), COURSE_TARGET]:
        for pnr in _ordered(rows, target, rows.listed()):
            out.extend(rows.row(pnr, target, r) for r in rows.records(pnr, target))
    return out
