"""Invariants over random action sequences (hypothesis, stateful) and random exam dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from guide_engine import COURSE_TARGET, Calendar, Settings, act, all_scenarios, credits, result_deadline, view
from guide_engine.calendar import Deadline
from guide_engine.model import SCALES
from guide_engine.stateio import state_from_json, to_json
from guide_engine.rules import ACTION_NAMES as ACTIONS, PERMISSIONS, STANDING_STATES, WORKING_STATES
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, ELI, EXAMINER, FREJ, TEACHER
from guide_engine.results import standing_result, working_result
from guide_site.calendar_table import swedish_calendar

START = all_scenarios()["written_exam"].start
ACTORS = [p.id for p in START.people] + ["nobody"]
STUDENTS = [ALVA, BRUNO, ELI, FREJ]
TARGETS = ["TEN1", "INL1", COURSE_TARGET]
GRADES = sorted({g for scale in SCALES.values() for g in scale})
DATES = ["2026-01-10", "2026-01-15", "2026-01-20", "2026-03-01", "not-a-date"]
TODAY = dt.date(2026, 2, 2)


class ResultWorkflow(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.state = START

    @rule(
        actor=st.sampled_from(ACTORS),
        action=st.sampled_from([*ACTIONS, "fly"]),
        student=st.sampled_from(STUDENTS),
        module=st.sampled_from(TARGETS),
        grade=st.sampled_from(GRADES),
        exam_date=st.sampled_from(DATES),
        graded_by=st.sampled_from(ACTORS),
        notify=st.sampled_from(ACTORS),
    )
    def do(self, actor: str, action: str, student: str, module: str, grade: str, exam_date: str, graded_by: str,
           notify: str) -> None:
        params = {"student": student, "target": module, "grade": grade, "exam_date": exam_date,
                  "graded_by": graded_by, "notify": notify, "date": exam_date}
        if action == "transfer_from_inspera" and self.state.activities:
            activity = self.state.activities[-1]
            params |= {"activity": activity.id, "grades": {activity.codes[0][0]: grade}}
        before = self.state
        outcome = act(before, actor, action, params, TODAY)
        event(f"refused: {outcome.refusal.key}" if outcome.refusal else f"done: {action}")
        if outcome.refusal is not None:
            assert outcome.state == before and outcome.events == ()
        self.state = outcome.state

    @rule(
        action=st.sampled_from(ACTIONS),
        student=st.sampled_from([ALVA, BRUNO, ELI]),
        module=st.sampled_from(TARGETS),
        pick=st.integers(0, 100),
        date=st.sampled_from(DATES[:3]),
    )
    def do_something_plausible(self, action: str, student: str, module: str, pick: int, date: str) -> None:
        """Mostly the right person with sensible values, so that long certified histories build up."""
        permitted = [p.id for p in START.people if set(p.roles) & set(PERMISSIONS[action])]
        scale = SCALES[START.course.scale_of(module)]
        self.do(permitted[pick % len(permitted)], action, student, module, scale[pick % len(scale)], date,
                TEACHER, EXAMINER)

    @rule(student=st.sampled_from([ALVA, BRUNO]), module=st.sampled_from(TARGETS), date=st.sampled_from(DATES[:3]))
    def take_the_next_natural_step(self, student: str, module: str, date: str) -> None:
        """Push one result along its lifecycle, so that certified results, course grades and removals happen."""
        working = working_result(self.state, student, module)
        standing = standing_result(self.state, student, module)
        status = working.status if working else standing.status if standing else "none"
        actor, action = {
            "none": (TEACHER, "save_draft"),
            "draft": (TEACHER, "mark_ready"),
            "ready": (EXAMINER, "certify"),
            "certified": (ADMIN, "prepare_removal"),
            "prepared_for_removal": (EXAMINER, "certify_removal"),
        }[status]
        grade = SCALES[START.course.scale_of(module)][-1 if date == DATES[0] else 1]
        self.do(actor, action, student, module, grade, date, TEACHER, EXAMINER)

    @invariant()
    def a_student_never_sees_an_uncertified_result(self) -> None:
        seen = {(r["target"], r["grade"]) for r in view(self.state, ALVA)["rows"]}
        certified = {(r.target, r.grade) for r in self.state.results if r.student == ALVA and r.status in STANDING_STATES}
        assert seen <= certified

    @invariant()
    def credits_never_exceed_the_course(self) -> None:
        for pnr in STUDENTS:
            assert 0 <= credits(self.state, pnr) <= self.state.course.hp

    @invariant()
    def at_most_one_working_result_and_the_state_round_trips(self) -> None:
        working = [(r.student, r.target) for r in self.state.results if r.status in WORKING_STATES]
        assert len(working) == len(set(working))
        assert state_from_json(to_json(self.state)) == self.state


TestResultWorkflow = ResultWorkflow.TestCase
TestResultWorkflow.settings = settings(max_examples=150, stateful_step_count=30, deadline=None)

CALENDAR: Calendar = swedish_calendar(2025, 2028)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    exam=st.dates(dt.date(2025, 1, 1), dt.date(2028, 10, 31)),
    gap=st.one_of(st.none(), st.integers(1, 90)),
    days=st.integers(1, 30),
    eves=st.booleans(),
)
def test_a_deadline_never_falls_on_a_day_off(exam: dt.date, gap: int | None, days: int, eves: bool) -> None:
    rules = Settings(working_days=days, eves_are_days_off=eves)
    retake = exam + dt.timedelta(days=gap) if gap else None
    found = result_deadline(CALENDAR, exam, rules, retake)
    if isinstance(found, Deadline):
        assert CALENDAR.is_working_day(found.last_day, rules)
        assert exam < found.last_day <= found.by_working_days
        if retake:
            assert found.last_day <= retake - dt.timedelta(days=14)
    elif found.key == "date_outside_calendar":
        assert retake is not None and retake > CALENDAR.last
    else:
        assert found.key == "retake_too_close"
