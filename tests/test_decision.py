"""One decision for act() and the view, row by row: every action the view offers on a row is accepted there, every
action it does not offer on a row is refused there, and the row's offers are exactly what decide() accepts for that
row; the invariants hold over random walks from every scenario, Inspera's path included."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide_engine import State, act, all_scenarios, view
from guide_engine.actions import ACTIONS, declared, offered_on
from guide_engine.decision import decide
from guide_engine.invariants import broken
from guide_engine.model import is_pass
from guide_engine.names import Screen
from guide_engine.outcome import Refusal
from guide_engine.stateio import state_from_json, to_json

SCENARIOS = all_scenarios()
STAFF_ROLES = {"teacher", "examiner", "study_admin"}
ROW_ACTIONS = [a.name for a in declared() if not a.on_course]
REGISTRATION = [a.name for a in offered_on(Screen.REGISTRATION)]


def plausible(seen: dict[str, Any], row: dict[str, Any], action: str, today: dt.date) -> dict[str, Any]:
    """The row's subject and the values a careful reader would enter for an action there."""
    subject = dict(row["subject"])
    if action == "save_draft":
        grade = next(g for g in reversed(row["grades"]) if is_pass(g))
        return {**subject, "grade": grade, "exam_date": today.isoformat()}
    if action == "mark_ready":
        return {**subject, "graded_by": seen["people"]["default_grader"], "notify": seen["people"]["default_notify"]}
    if action == "comment":
        return {**subject, "comment": "Kontrollerad."}
    return subject


def staff(state: State) -> list[str]:
    return [p.id for p in state.people if set(p.roles) & STAFF_ROLES]


def rows_of(state: State, today: dt.date) -> Iterator[tuple[str, dict[str, Any], dict[str, Any], list[str]]]:
    """(actor, view, row, the actions the row could offer) for every row of every staff member's view: every row
    of the course on the report screen, and the rows of the certify screen and of the activity session."""
    for actor in staff(state):
        seen = view(state, actor, None, today.isoformat())
        for row in seen["rows"]:
            yield actor, seen, row, ROW_ACTIONS
        certify = [a.name for a in offered_on(Screen.CERTIFY)]
        paged = view(state, actor, {}, today.isoformat())
        for row in [*paged["certify"]["rows"], *paged["certify"]["not_listed"], *(paged["activity"] or {}).get("rows", [])]:
            yield actor, seen, row, certify


def check_registration_rows(state: State, today: dt.date) -> int:
    """On every row of the registration screen: the offers are exactly the registrations decide() accepts for that
    student, each is accepted by act() and keeps the invariants, and each one not offered is refused."""
    tried = 0
    for actor in staff(state):
        seen = view(state, actor, {}, today.isoformat())
        for row in (seen["registration"] or {}).get("rows", []):
            accepted = [a for a in REGISTRATION
                        if not isinstance(decide(state, actor, a, {}, row["subject"], today), Refusal)]
            assert row["actions"] == accepted, (actor, row["subject"], row["actions"], accepted)
            for action in REGISTRATION:
                outcome = act(state, actor, action, row["subject"], today)
                assert (outcome.refusal is None) == (action in row["actions"]), (actor, action, outcome.refusal)
                if outcome.refusal is None:
                    assert broken(outcome.state) is None, broken(outcome.state)
                tried += 1
    return tried


def check_rows(state: State, today: dt.date, every: bool = True) -> int:
    """On every row: the offers are what decide() accepts for the row, each offer is accepted by act() with plausible
    values, and (with `every`) each action not offered is refused by act(). Returns how many were tried."""
    tried = check_registration_rows(state, today)
    for actor, seen, row, could in rows_of(state, today):
        accepted = [a for a in could if not isinstance(decide(state, actor, a, row["subject"], None, today), Refusal)]
        assert row["actions"] == accepted, (state.scenario, actor, row["subject"], row["actions"], accepted)
        for action in could if every else row["actions"]:
            outcome = act(state, actor, action, plausible(seen, row, action, today), today)
            offered = action in row["actions"]
            assert (outcome.refusal is None) == offered, (state.scenario, actor, action, row["status"], outcome)
            if offered:
                assert broken(outcome.state) is None, (actor, action, broken(outcome.state))
            tried += 1
    return tried


def guided_states() -> Iterator[tuple[State, dt.date]]:
    """Every state each guided exercise passes through, on the exercise's own day."""
    for scenario in SCENARIOS.values():
        state, today = scenario.start, scenario.today
        yield state, today
        for step in scenario.steps:
            if step.action in ACTIONS:  # every action of every exercise, the registrations and transfers included
                outcome = act(state, step.actor, step.action, step.params, today)
                state = outcome.state if outcome.refusal is None else state
                yield state, today


def test_every_row_of_every_guided_state_offers_exactly_what_is_accepted_there() -> None:
    """Over the guided states of every exercise: on every row, 0 offered actions refused and 0 actions accepted
    that the row does not offer; the registration screen's rows alike."""
    assert sum(check_rows(state, today) for state, today in guided_states()) > 1000


def test_a_certified_fail_with_a_new_draft_offers_save_draft_on_the_draft_only() -> None:
    """The certified U row says no to Save draft (it would change the draft beside it, on another row), the draft's
    row says yes; before the draft, the certified row is where the new result is reported."""
    scenario = SCENARIOS["written_exam"]
    state, today, alva = scenario.start, scenario.today, scenario.steps[0].params["student"]
    for actor, action, params in (
        ("t-lea", "save_draft", {"grade": "U", "exam_date": "2026-01-15"}),
        ("t-lea", "mark_ready", {"graded_by": "t-lea", "notify": "e-ebba"}),
        ("e-ebba", "certify", {}),
    ):
        state = act(state, actor, action, {"student": alva, "target": "TEN1", **params}, today).state

    def rows(s: State) -> dict[str, list[str]]:
        found = [r for r in view(s, "t-lea", None, today.isoformat())["rows"] if r["student"] == alva]
        return {r["status"]: r["actions"] for r in found if r["target"] == "TEN1"}

    assert rows(state) == {"certified": ["save_draft"]}
    state = act(state, "t-lea", "save_draft", {"student": alva, "target": "TEN1", "grade": "G",
                                                "exam_date": "2026-01-30"}, today).state
    assert rows(state) == {"certified": [], "draft": ["save_draft", "mark_ready", "comment", "delete_draft"]}
    certified = next(r for r in state.results if r.status == "certified")
    outcome = act(state, "t-lea", "save_draft", {"result": certified.id, "grade": "VG", "exam_date": "2026-01-30"},
                  today)
    assert outcome.refusal is not None and outcome.refusal.key == "wrong_state"


def test_certify_is_not_offered_on_a_result_dated_after_the_views_day() -> None:
    """The view's day is the decision's: a ready result examined after it is not offered for certifying (nor
    certified), and the same result is offered the day its examination has passed."""
    scenario = SCENARIOS["written_exam"]
    state, alva = scenario.start, scenario.steps[0].params["student"]
    later = dt.date(2026, 3, 1)
    who = {"student": alva, "target": "TEN1"}
    state = act(state, "t-lea", "save_draft", {**who, "grade": "G", "exam_date": "2026-02-20"}, later).state
    state = act(state, "t-lea", "mark_ready", {**who, "graded_by": "t-lea", "notify": "e-ebba"}, later).state

    def offered(day: dt.date) -> list[str]:
        return next(r["actions"] for r in view(state, "e-ebba", None, day.isoformat())["rows"] if r["ref"])

    early = dt.date(2026, 2, 10)
    assert "certify" not in offered(early) and "certify" in offered(later)
    refusal = act(state, "e-ebba", "certify", who, early).refusal
    assert refusal is not None and refusal.key == "exam_date_in_future"


def _walk_step(state: State, today: dt.date, pick: Any) -> State:
    """One random action: most often one a row offers, sometimes any action on any row, or an Inspera one."""
    kind = pick(st.sampled_from(["offered", "any", "inspera", "routes"]))
    actor = pick(st.sampled_from(staff(state)))
    seen = view(state, actor, None, today.isoformat())
    if kind == "offered":
        offers = [(row, a) for row in seen["rows"] for a in row["actions"]]
        if not offers:
            return state
        row, action = pick(st.sampled_from(offers))
        outcome = act(state, actor, action, plausible(seen, row, action, today), today)
        assert outcome.refusal is None, (actor, action, outcome.refusal)
        return outcome.state
    if kind == "inspera":
        if not state.activities or pick(st.booleans()):
            date = pick(st.sampled_from([today - dt.timedelta(days=3), today, today + dt.timedelta(days=200)]))
            target = pick(st.sampled_from([m.code for m in state.course.modules]))
            return act(state, actor, "setup_activity", {"target": target, "date": date.isoformat()}, today).state
        activity = pick(st.sampled_from(state.activities))
        scale = ["U", "G", "VG", "3", "4", "5", "A", "E", "F"]
        grades = {code: pick(st.sampled_from(scale)) for code, _ in activity.codes[: pick(st.integers(1, 4))]}
        return act(state, actor, "transfer_from_inspera", {"activity": activity.id, "grades": grades}, today).state
    if kind == "routes":  # a registration of any student of the course, or a gradebook column transferred anywhere
        if state.columns and pick(st.booleans()):
            column = pick(st.sampled_from(state.columns))
            target = pick(st.sampled_from([m.code for m in state.course.modules]))
            params = {"column": column.id, "target": target, "exam_date": pick(st.sampled_from(
                [(today - dt.timedelta(days=d)).isoformat() for d in (0, 3, 30)])), "points": pick(st.booleans())}
            return act(state, actor, "transfer_from_lms", params, today).state
        student = pick(st.sampled_from(state.students))
        return act(state, actor, pick(st.sampled_from(REGISTRATION)), {"student": student.pnr}, today).state
    row = pick(st.sampled_from(seen["rows"]))
    action = pick(st.sampled_from(ROW_ACTIONS))
    return act(state, actor, action, plausible(seen, row, action, today), today).state


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(sorted(SCENARIOS)), data=st.data())
def test_random_walks_keep_every_invariant_and_every_rows_offers(key: str, data: st.DataObject) -> None:
    """Over random walks from every scenario, Inspera's, the learning platform's and registration included: on every
    row after every step, the offers are
    exactly what decide() accepts there and each is accepted by act(); 0 modules with two standing passes, 0 results
    certified before their examination date; and every state made can be saved and read back."""
    scenario = SCENARIOS[key]
    state, today = scenario.start, scenario.today
    for _ in range(data.draw(st.integers(1, 12))):
        today += dt.timedelta(days=data.draw(st.integers(0, 20)))
        state = _walk_step(state, today, data.draw)
        assert broken(state) is None, broken(state)
        check_rows(state, today, every=data.draw(st.booleans()))
    assert state_from_json(to_json(state)) == state


def test_a_state_that_breaks_an_invariant_is_refused_when_loaded() -> None:
    """Two certified passes on one module: the engine cannot make it, so it cannot be loaded either."""
    from guide_engine.stateio import MalformedState

    state = SCENARIOS["change_grade"].start
    data = to_json(state)
    passes = [r for r in data["results"] if r["status"] == "certified" and r["target"] != "COURSE"]
    twin = {**passes[0], "id": data["next_id"]}
    data["results"].append(twin)
    data["next_id"] += 1
    try:
        state_from_json(data)
    except MalformedState as exc:
        assert "two standing passes" in exc.detail
    else:
        raise AssertionError("a state with two standing passes was read")
    early = to_json(state)
    early["results"][0] = {**early["results"][0], "decision_date": "2000-01-01"}
    try:
        state_from_json(early)
    except MalformedState as exc:
        assert "before its examination date" in exc.detail
    else:
        raise AssertionError("a result certified before its examination was read")
