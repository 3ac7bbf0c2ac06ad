"""More of the self-check's questions: anonymous exams, dates, failing grades and deadlines, answered by the engine.

See `selfcheck_questions` for how a question is made and what its `facts` keep for the test.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from guide_engine import Refusal, State, act, all_scenarios, catalog, credits, view
from guide_engine import result_deadline as deadline_of
from guide_engine.calendar import add_working_days

from .questions import (
    SEED,
    STAFF,
    Asker,
    Choice,
    Question,
    _certify,
    _fresh,
    _passed,
    _people,
    _play,
    _ready,
    _report,
    _said,
    _say,
    _student,
)

# --- who sees names on an anonymous exam, and when -------------------------------------------------------------------


def _transferred() -> State:
    state = replace(all_scenarios()["inspera"].start, scenario="", step=0)
    activity = state.activities[0]
    grades = {code: "G" for code, _ in activity.codes}
    admin = _people(state)["study_admin"]
    return _play(state, [(admin, "transfer_from_inspera", {"activity": activity.id, "grades": grades})])


def _sees_name(state: State, actor: str, pnr: str, target: str) -> tuple[bool, str]:
    """Whether `actor`'s view shows the student's name on their row of `target`, and the code on that row."""
    code = next(c for a in state.activities if a.target == target for c, p in a.codes if p == pnr)
    rows = [r for r in view(state, actor)["rows"] if r["target"] == target and r["code"] == code]
    return any(r["name"] for r in rows), code


def anonymous_questions(a: Asker) -> list[Question]:
    before = _transferred()
    who = _people(before)
    pnr = before.activities[0].codes[0][1]
    student = before.student(pnr)
    assert student is not None
    after = _play(before, [*_ready(pnr, "TEN1", who), *_certify(pnr, "TEN1", who)])
    asked = [("before", role, before, "selfcheck.q.anonymous", {"team": a.word(f"team.{role}")}) for role in STAFF]
    asked.append(
        (
            "after",
            "teacher",
            after,
            "selfcheck.q.anonymous_after",
            {"team": a.word("team.teacher"), "name": student.name},
        )
    )
    out = []
    for when, role, state, template, said in asked:
        text = a.m(template, **said)
        sees, code = _sees_name(state, who[role], pnr, "TEN1")
        out.append(
            Question(
                f"anonymous-{when}-{role}",
                "anonymous",
                (role,) if when == "before" else STAFF,
                text,
                a.yes_no(),
                0 if sees else 1,
                a.m("selfcheck.x.anonymous_yes" if sees else "selfcheck.x.anonymous_no", code=code),
                "who_sees" if when == "before" else "codes_after",
                {"kind": "sees_name", "state": state, "actor": who[role], "student": pnr, "target": "TEN1"},
                template=template,
            )
        )
    return out


# --- which date counts for what --------------------------------------------------------------------------------------


def _dates(a: Asker) -> tuple[str, str, str]:
    """An examination date, a reporting day and a certifying day, drawn from the fixed seed in the build's year."""
    rng = random.Random(f"{SEED}-dates-{a.year}")
    exam = dt.date.fromisocalendar(a.year, rng.randrange(3, 45), rng.randrange(1, 6))  # a weekday
    reported = exam + dt.timedelta(days=rng.randrange(3, 9))
    decided = reported + dt.timedelta(days=rng.randrange(2, 8))
    return exam.isoformat(), reported.isoformat(), decided.isoformat()


def _certified_on(exam: str, reported: str, decided: str) -> State:
    state = _fresh()
    who, pnr = _people(state), _student(state)
    state = _play(
        state, [*_report(pnr, "TEN1", "G", exam, who), *_ready(pnr, "TEN1", who)], dt.date.fromisoformat(reported)
    )
    return _play(state, _certify(pnr, "TEN1", who), dt.date.fromisoformat(decided))


def date_questions(a: Asker) -> list[Question]:
    exam, reported, decided = _dates(a)
    state = _certified_on(exam, reported, decided)
    pnr = _student(state)
    student = state.student(pnr)
    assert student is not None
    days = (exam, reported, decided)
    choices = tuple(Choice(d, a.day(d)) for d in days)
    seen = next(r for r in view(state, pnr)["rows"] if r["target"] == "TEN1")
    visible_from = next(d for d in days if credits(state, pnr, on=d) > 0)
    said = {"name": student.name, "exam": a.day(exam), "reported": a.day(reported), "decided": a.day(decided)}
    out = [
        Question(
            "dates-exam-date",
            "dates",
            STAFF,
            a.m("selfcheck.q.exam_date", **said),
            choices,
            days.index(seen["exam_date"]),
            a.m("selfcheck.x.exam_date", value=a.day(seen["exam_date"]), decided=a.day(seen["decision_date"])),
            "report_fill",
            {"kind": "exam_date", "state": state, "student": pnr, "target": "TEN1"},
            template="selfcheck.q.exam_date",
        ),
        Question(
            "dates-visible-from",
            "dates",
            STAFF,
            a.m("selfcheck.q.visible_from", **said),
            choices,
            days.index(visible_from),
            a.m("selfcheck.x.visible_from", value=a.day(visible_from), exam=a.day(seen["exam_date"])),
            "decision_date",
            {"kind": "visible_from", "state": state, "student": pnr, "days": days},
            template="selfcheck.q.visible_from",
        ),
    ]
    return [*out, _course_date_question(a)]


def _course_date_question(a: Asker) -> Question:
    state = _fresh()
    who, pnr = _people(state), _student(state)
    first, second = state.course.modules[0], state.course.modules[1]
    exam = _dates(a)[0]
    later = (dt.date.fromisoformat(exam) + dt.timedelta(days=5)).isoformat()
    today = dt.date.fromisoformat(later) + dt.timedelta(days=10)
    steps = [*_passed(pnr, first.code, "G", exam, who), *_passed(pnr, second.code, "G", later, who)]
    state = _play(state, steps, today)
    params = {"student": pnr, "target": "COURSE", "grade": "G"}
    outcome = act(state, who["teacher"], "save_draft", params, today)
    if outcome.refusal is not None:
        raise ValueError(f"self-check course grade question refused: {outcome.refusal}")
    got = outcome.state.results_of(pnr, "COURSE")[-1].exam_date
    days = (exam, later, today.isoformat())
    student = state.student(pnr)
    assert student is not None
    return Question(
        "dates-course-grade",
        "dates",
        ("teacher", "examiner"),
        a.m(
            "selfcheck.q.course_date",
            name=student.name,
            first=catalog.in_sentence(first.name(a.lang)),
            first_date=a.day(exam),
            second=catalog.in_sentence(second.name(a.lang)),
            second_date=a.day(later),
            today=a.day(today.isoformat()),
        ),
        tuple(Choice(d, a.day(d)) for d in days),
        days.index(got),
        a.m("selfcheck.x.course_date", value=a.day(got)),
        "course_grade",
        {
            "kind": "field",
            "state": state,
            "actor": who["teacher"],
            "action": "save_draft",
            "params": params,
            "today": today,
            "field": "exam_date",
        },
        template="selfcheck.q.course_date",
    )


# --- whether a failing grade may be given --------------------------------------------------------------------------


def grade_questions(a: Asker) -> list[Question]:
    state = _fresh()
    who, pnr = _people(state), _student(state)
    student = state.student(pnr)
    assert student is not None
    ten, inl = state.course.modules[0], state.course.modules[1]
    failing = "U"  # what the reader is asked about; the engine says whether it may be given
    exam, _, _ = _dates(a)
    later = (dt.date.fromisoformat(exam) + dt.timedelta(days=21)).isoformat()
    today = dt.date.fromisoformat(later) + dt.timedelta(days=7)
    both_passed = _play(
        state, [*_passed(pnr, ten.code, "G", exam, who), *_passed(pnr, inl.code, "G", exam, who)], today
    )
    failed = _play(state, _passed(pnr, ten.code, failing, exam, who), today)
    module = catalog.in_sentence(ten.name(a.lang))
    base = {"name": student.name, "grade": failing, "module": module, "exam": a.day(exam)}
    asked = [
        ("course-fail", "selfcheck.q.course_fail", both_passed, {"target": "COURSE", "grade": failing}, "course_grade"),
        (
            "module-fail",
            "selfcheck.q.module_fail",
            state,
            {"target": ten.code, "grade": failing, "exam_date": exam},
            "report_fill",
        ),
        (
            "same-date",
            "selfcheck.q.same_date",
            failed,
            {"target": ten.code, "grade": "G", "exam_date": exam},
            "after_fail",
        ),
        (
            "later-date",
            "selfcheck.q.same_date",
            failed,
            {"target": ten.code, "grade": "G", "exam_date": later},
            "after_fail",
        ),
    ]
    out = []
    for key, template, on, params, section in asked:
        params = {"student": pnr, **params}
        outcome = act(on, who["teacher"], "save_draft", params, today)
        may = outcome.refusal is None
        new_date = a.day(params.get("exam_date", exam))
        out.append(
            Question(
                f"grades-{key}",
                "grades",
                ("teacher", "examiner"),
                a.m(template, **base, new=new_date),
                a.yes_no(),
                0 if may else 1,
                a.m("selfcheck.x.may", engine=_say(a, _said(outcome))),
                section,
                {
                    "kind": "may",
                    "state": on,
                    "actor": who["teacher"],
                    "action": "save_draft",
                    "params": params,
                    "today": today,
                },
                template=template,
            )
        )
    return out


# --- the deadline for a given exam and re-take -----------------------------------------------------------------------


def _exam_days(a: Asker) -> list[dt.date]:
    """Three exam days (Fridays) of the build's year, drawn from the fixed seed."""
    rng = random.Random(f"{SEED}-exams-{a.year}")
    weeks = sorted(rng.sample(range(2, 50), 3))
    return [dt.date.fromisocalendar(a.year, w, 5) for w in weeks]


def deadline_questions(a: Asker) -> list[Question]:
    out = []
    for number, exam in enumerate(_exam_days(a)):
        retake = exam + dt.timedelta(days=21 + 7 * (number % 2)) if number == 2 else None
        found = deadline_of(a.calendar, exam, a.settings, retake)
        if isinstance(found, Refusal):
            raise ValueError(f"self-check deadline for {exam}: {found}")
        last = found.last_day
        wrong = [exam + dt.timedelta(days=a.settings.working_days), found.by_working_days]
        more = add_working_days(a.calendar, exam, a.settings.working_days + 3, a.settings)
        if not isinstance(more, Refusal):
            wrong.append(more.day)
        days = sorted([last, *sorted({d for d in wrong if d != last})[:2]])
        choices = tuple(Choice(d.isoformat(), a.day(d.isoformat())) for d in days)
        moved = ", ".join(f"{d.name_sv if a.lang == 'sv' else d.name_en} ({d.day.isoformat()})" for d in found.moved_by)
        moved_text = a.m("selfcheck.x.moved", days=moved) if moved else ""
        if retake is None:
            text = a.m("selfcheck.q.deadline", exam=a.day(exam.isoformat()))
            why = a.m(
                "selfcheck.x.deadline", value=a.day(last.isoformat()), days=a.settings.working_days, moved=moved_text
            )
        else:
            text = a.m("selfcheck.q.deadline_retake", exam=a.day(exam.isoformat()), retake=a.day(retake.isoformat()))
            key = "selfcheck.x.deadline_retake" if found.governing == "retake" else "selfcheck.x.deadline"
            why = a.m(
                key,
                value=a.day(last.isoformat()),
                days=a.settings.working_days,
                moved=moved_text,
                by_days=a.day(found.by_working_days.isoformat()),
                margin=_margin(a),
            )
        out.append(
            Question(
                f"deadline-{number + 1}",
                "deadlines",
                ("teacher", "examiner"),
                text,
                choices,
                [c.value for c in choices].index(last.isoformat()),
                why,
                "deadlines",
                {"kind": "deadline", "exam": exam, "retake": retake},
                template="selfcheck.q.deadline" if retake is None else "selfcheck.q.deadline_retake",
            )
        )
    return out


def _margin(a: Asker) -> str:
    days = a.settings.retake_margin_days
    return f"{days} dagar" if a.lang == "sv" else f"{days} days"
