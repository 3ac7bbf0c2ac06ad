"""Judgement questions on the routes into Ladok: Inspera's transfer (who presses the button, a scale that does not
match, a second transfer), a student missing from the list or not registered, and the learning platform's route.
Each answer is the engine's, or a fact of the page it links, or, where the pages are still writing the section, of
the research sources it names (see `scenes`)."""

from __future__ import annotations

from dataclasses import replace

from guide_engine import State, act, all_scenarios
from guide_engine.actions import ACTIONS
from guide_engine.scenarios import ALVA, BRUNO, ELI, EXAM_DAY, FREJ

from .judgement import TEN1, _name, _o
from .questions import (
    STAFF,
    TODAY,
    Asker,
    Choice,
    Question,
    _fresh,
    _people,
    _play,
    _ready,
    _report,
    _said,
    _say,
)
from .scenes import scene

# --- Inspera: who presses the button, a scale that does not match, a second transfer -----------------------------


def inspera_questions(a: Asker) -> list[Question]:
    state = replace(all_scenarios()["inspera"].start, scenario="", step=0)
    who = _people(state)
    activity = state.activities[0]
    button = a.button("transfer_from_inspera")
    presses = (_o(a, "presses", "examiner"), _o(a, "presses", "planner"), _o(a, "presses", "reporter"))
    planner = "planner" if ACTIONS["transfer_from_inspera"].authorisation == "inspera_planner" else "reporter"
    out = [
        scene(
            a,
            "inspera-who-presses",
            "inspera",
            STAFF,
            ("selfcheck.q.presses", {"button": button}),
            state,
            presses,
            "inspera_transfer",
            ("selfcheck.x.presses", {}),
            planner,
            page=True,
        ),
    ]
    out[0].facts.update(kind="scene_authorisation", action="transfer_from_inspera")
    transfer = (
        who["study_admin"],
        "transfer_from_inspera",
        {"activity": activity.id, "grades": {c: "B" for c, _ in activity.codes}},
    )
    scale = (
        _o(a, "scale", "drafts"),
        _o(a, "scale", "refused", transfer),
        _o(a, "scale", "converted"),
    )
    out.append(
        scene(
            a,
            "inspera-scale",
            "inspera",
            ("study_admin", "teacher"),
            ("selfcheck.q.scale", {"button": button}),
            state,
            scale,
            "inspera_fails",
            ("selfcheck.x.scale", {}),
            outcome=("refused", "drafts"),
        )
    )
    out.append(_retransfer_question(a, state, who))
    return out


def _retransfer_question(a: Asker, state: State, who: dict[str, str]) -> Question:
    activity = state.activities[0]
    code = activity.codes[0][0]
    pnr = activity.codes[0][1]
    first = {c: "G" for c, _ in activity.codes}
    state = _play(
        state,
        [
            (who["study_admin"], "transfer_from_inspera", {"activity": activity.id, "grades": first}),
            *_ready(pnr, TEN1, who),
        ],
    )
    again = (who["study_admin"], "transfer_from_inspera", {"activity": activity.id, "grades": {**first, code: "VG"}})
    outcome_state = _play(state, [again])
    found = outcome_state.results_of(pnr, TEN1)
    value = "second" if len(found) > 1 else "updated" if found[-1].grade == "VG" else "left"
    said = {"code": code, "button": a.button("transfer_from_inspera"), "unmark": a.button("unmark_ready")}
    choices = tuple(Choice(v, a.m(f"selfcheck.o.retransfer.{v}", **said)) for v in ("updated", "left", "second"))
    told = _say(a, _said(act(state, *again, TODAY)))
    return Question(
        "inspera-retransfer",
        "inspera",
        ("study_admin", "teacher"),
        a.m("selfcheck.q.retransfer", **said),
        choices,
        [c.value for c in choices].index(value),
        a.m("selfcheck.x.retransfer", engine=told, **said),
        "inspera_transfer",
        {"kind": "retransfer", "state": state, "play": again, "student": pnr, "target": TEN1},
        template="selfcheck.q.retransfer",
    )


# --- a student missing from the list, or not registered -----------------------------------------------------------


def missing_questions(a: Asker) -> list[Question]:
    state = replace(all_scenarios()["missing_student"].start, scenario="", step=0)
    who = _people(state)
    out = []
    for pnr, kind in ((ELI, "earlier"), (FREJ, "other")):
        student = state.student(pnr)
        assert student is not None
        params = {"student": pnr, "target": "INL1", "grade": "G", "exam_date": EXAM_DAY}
        outcome = act(state, who["teacher"], "save_draft", params, TODAY)
        said = {
            "name": student.name,
            "code": student.course_code,
            "instance": student.instance,
            "course": state.course.code,
            "this": state.course.instance,
            "where": a.m(f"selfcheck.where.{kind}"),
        }
        out.append(
            Question(
                f"missing-{kind}",
                "missing",
                ("teacher", "study_admin"),
                a.m("selfcheck.q.missing_may", **said),
                a.yes_no(),
                0 if outcome.refusal is None else 1,
                a.m("selfcheck.x.may", engine=_say(a, _said(outcome))),
                "missing",
                {"kind": "may", "state": state, "actor": who["teacher"], "action": "save_draft", "params": params},
                template="selfcheck.q.missing_may",
            )
        )
    unknown = "19970707-T007"
    not_found = (
        _o(
            a,
            "not_found",
            "anyway",
            (who["teacher"], "save_draft", {"student": unknown, "target": "INL1", "grade": "G", "exam_date": EXAM_DAY}),
        ),
        _o(a, "not_found", "check"),
        _o(a, "not_found", "instance"),
    )
    out.append(
        scene(
            a,
            "missing-not-found",
            "missing",
            ("teacher", "study_admin"),
            ("selfcheck.q.not_found", {"pnr": unknown}),
            state,
            not_found,
            "missing",
            ("selfcheck.x.not_found", {}),
            "check",
            page=True,
        )
    )
    retake = (_o(a, "unregistered", "always"), _o(a, "unregistered", "local"), _o(a, "unregistered", "never"))
    register = (_o(a, "register", "register"), _o(a, "register", "comment"), _o(a, "register", "next"))
    name = {"name": _name(state, BRUNO)}
    out += [
        scene(
            a,
            "not-registered-retake",
            "missing",
            ("teacher", "study_admin"),
            ("selfcheck.q.unregistered", name),
            state,
            retake,
            "reregistration",
            ("selfcheck.x.unregistered", {}),
            "local",
            page=True,
        ),
        scene(
            a,
            "not-registered",
            "missing",
            ("teacher", "study_admin"),
            ("selfcheck.q.register", {}),
            state,
            register,
            "registration",
            ("selfcheck.x.register", {}),
            "register",
            page=True,
        ),
    ]
    return out


# --- the learning platform's route ----------------------------------------------------------------------------------


def platform_questions(a: Asker) -> list[Question]:
    state = _fresh()
    who = _people(state)
    subject = {"student": ALVA, "target": TEN1}
    draft = _play(state, _report(ALVA, TEN1, "G", EXAM_DAY, who))
    ready = _play(draft, _ready(ALVA, TEN1, who))
    mark = (who["teacher"], "mark_ready", {**subject, "graded_by": who["teacher"], "notify": who["examiner"]})
    after_draft = (
        _o(a, "draft_next", "certify", (who["examiner"], "certify", subject)),
        _o(a, "draft_next", "admin", (who["study_admin"], "certify", subject)),
        _o(a, "draft_next", "mark", mark),
    )
    after_ready = (
        _o(a, "ready_next", "mark", mark),
        _o(a, "ready_next", "certify", (who["examiner"], "certify", subject)),
        _o(a, "ready_next", "report", (who["teacher"], "save_draft", {**subject, "grade": "G", "exam_date": EXAM_DAY})),
    )
    order = (_o(a, "order", "before"), _o(a, "order", "after"), _o(a, "order", "either"))
    skips = (_o(a, "skips", "updated"), _o(a, "skips", "skipped"), _o(a, "skips", "second"))
    roles = ("teacher", "examiner")
    return [
        scene(
            a,
            "platform-draft",
            "platform",
            roles,
            ("selfcheck.q.draft_next", {}),
            draft,
            after_draft,
            "platform",
            ("selfcheck.x.draft_next", {}),
        ),
        scene(
            a,
            "platform-ready",
            "platform",
            roles,
            ("selfcheck.q.ready_next", {}),
            ready,
            after_ready,
            "platform",
            ("selfcheck.x.ready_next", {}),
        ),
        scene(
            a,
            "platform-order",
            "platform",
            ("teacher",),
            ("selfcheck.q.order", {}),
            draft,
            order,
            "platform_order",
            ("selfcheck.x.order", {}),
            "before",
            page=True,
        ),
        scene(
            a,
            "platform-skips",
            "platform",
            ("teacher", "study_admin"),
            ("selfcheck.q.skips", {}),
            ready,
            skips,
            "platform_skips",
            ("selfcheck.x.skips", {}),
            "skipped",
            page=True,
        ),
    ]
