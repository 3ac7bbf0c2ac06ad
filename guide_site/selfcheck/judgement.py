"""Judgement questions: what a new examiner most needs to get right, each a short scene played in the engine.

Who may certify when the examiner is away; correcting versus reconsidering a grade; a blank paper versus nothing
handed in; whom to notify, signing by logging in again when certifying, where waiting results and removals show up.
The routes into Ladok are in `routes`. Each answer is the engine's, or a fact of the page it links (see `scenes`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from guide_engine import State, catalog, view
from guide_engine.model import Person
from guide_engine.scenarios import ALVA, BRUNO, CORA, EXAM_DAY

from .questions import (
    STAFF,
    Asker,
    Choice,
    Question,
    _fresh,
    _passed,
    _people,
    _play,
    _ready,
    _report,
)
from .scenes import Option, scene

TEN1 = "TEN1"
OTHER_EXAMINER = Person("e-olle", "Olle Annan", ("examiner",))  # an examiner, but of another course


def _o(a: Asker, question: str, value: str, play: Any = None, nothing: Any = None, **params: Any) -> Option:
    return Option(value, a.m(f"selfcheck.o.{question}.{value}", **params), play, nothing)


def _name(state: State, pnr: str) -> str:
    student = state.student(pnr)
    assert student is not None
    return student.name


def _module(a: Asker, state: State, target: str = TEN1) -> str:
    module = state.course.module(target)
    assert module is not None
    return catalog.in_sentence(module.name(a.lang))


# --- who may certify when the examiner is away ---------------------------------------------------------------------


def who_scenes(a: Asker) -> list[Question]:
    state = _fresh()
    state = replace(state, people=(*state.people, OTHER_EXAMINER))
    who = _people(state)
    state = _play(state, [*_report(ALVA, TEN1, "G", EXAM_DAY, who), *_ready(ALVA, TEN1, who)])
    subject = {"student": ALVA, "target": TEN1}
    options = (
        _o(a, "deputy", "admin", (who["study_admin"], "certify", subject)),
        _o(a, "deputy", "other", (OTHER_EXAMINER.id, "certify", subject)),
        _o(a, "deputy", "course", (who["examiner"], "certify", subject)),
    )
    return [
        scene(
            a,
            "who-deputy",
            "who",
            STAFF,
            ("selfcheck.q.deputy", {}),
            state,
            options,
            "authorisation",
            ("selfcheck.x.deputy", {}),
        )
    ]


# --- correcting versus reconsidering -------------------------------------------------------------------------------


def correcting_questions(a: Asker) -> list[Question]:
    state = _fresh()
    who = _people(state)
    certified = _play(state, _passed(BRUNO, TEN1, "VG", EXAM_DAY, who))
    said = {"name": _name(state, BRUNO), "module": _module(a, state)}
    lower = (
        _o(a, "correct_lower", "never"),
        _o(a, "correct_lower", "correct"),
        _o(a, "correct_lower", "consent", **said),
    )
    keep = (
        _o(a, "reconsider_lower", "lower"),
        _o(a, "reconsider_lower", "keep"),
        _o(a, "reconsider_lower", "other"),
    )
    subject = {"student": BRUNO, "target": TEN1}
    first = (
        _o(
            a,
            "correct_first",
            "report",
            (who["teacher"], "save_draft", {**subject, "grade": "G", "exam_date": EXAM_DAY}),
        ),
        _o(a, "correct_first", "recertify", (who["examiner"], "certify", {**subject, "grade": "G"})),
        _o(a, "correct_first", "remove", (who["examiner"], "remove", subject)),
    )
    deciders = (
        _o(a, "who_decides", "admin"),
        _o(a, "who_decides", "examiner"),
        _o(a, "who_decides", "student"),
    )
    when = "when_change"
    return [
        scene(
            a,
            "correct-lower",
            "correcting",
            ("examiner",),
            ("selfcheck.q.correct_lower", said),
            certified,
            lower,
            when,
            ("selfcheck.x.correct_lower", {}),
            "correct",
            page=True,
        ),
        scene(
            a,
            "reconsider-lower",
            "correcting",
            ("examiner",),
            ("selfcheck.q.reconsider_lower", said),
            certified,
            keep,
            when,
            ("selfcheck.x.reconsider_lower", {}),
            "keep",
            page=True,
        ),
        scene(
            a,
            "correct-first",
            "correcting",
            ("examiner", "study_admin"),
            ("selfcheck.q.correct_first", said),
            certified,
            first,
            "change",
            ("selfcheck.x.correct_first", {}),
        ),
        scene(
            a,
            "who-decides",
            "correcting",
            STAFF,
            ("selfcheck.q.who_decides", {}),
            certified,
            deciders,
            when,
            ("selfcheck.x.who_decides", {}),
            "examiner",
            page=True,
        ),
    ]


# --- a blank paper, and nothing handed in --------------------------------------------------------------------------


def blank_questions(a: Asker) -> list[Question]:
    state = _fresh()
    who = _people(state)
    out = []
    for key, pnr, answer in (("blank_paper", BRUNO, "module"), ("nothing_handed_in", CORA, "nothing")):
        said = {"name": _name(state, pnr), "module": _module(a, state), "date": a.day(EXAM_DAY)}
        options = (
            _o(
                a,
                "report_what",
                "module",
                (who["teacher"], "save_draft", {"student": pnr, "target": TEN1, "grade": "U", "exam_date": EXAM_DAY}),
                **said,
            ),
            _o(a, "report_what", "nothing", nothing=(pnr, TEN1)),
            _o(
                a,
                "report_what",
                "course",
                (who["teacher"], "save_draft", {"student": pnr, "target": "COURSE", "grade": "U"}),
            ),
        )
        out.append(
            scene(
                a,
                key.replace("_", "-"),
                "grades",
                ("teacher", "examiner"),
                (f"selfcheck.q.{key}", said),
                state,
                options,
                "report_fill",
                (f"selfcheck.x.{key}", {}),
                answer,
                page=True,
            )
        )
    return out


# --- certifying: notifying, signing, where results wait ------------------------------------------------------------


def certifying_questions(a: Asker) -> list[Question]:
    state = _fresh()
    who = _people(state)
    draft = _play(state, _report(ALVA, TEN1, "G", EXAM_DAY, who))
    said = {"name": _name(state, ALVA), "module": _module(a, state), "notify": a.term("ui.notify")}
    base = {"student": ALVA, "target": TEN1, "graded_by": who["teacher"]}
    notify = (
        _o(a, "notify", "admin", (who["teacher"], "mark_ready", {**base, "notify": who["study_admin"]})),
        _o(a, "notify", "self", (who["teacher"], "mark_ready", {**base, "notify": who["teacher"]})),
        _o(a, "notify", "examiner", (who["teacher"], "mark_ready", {**base, "notify": who["examiner"]})),
    )
    sign = (_o(a, "sign", "timeout"), _o(a, "sign", "sign"), _o(a, "sign", "rights"))
    button = a.term("ui.certify_results")
    return [
        scene(
            a,
            "notify-who",
            "certifying",
            ("teacher", "study_admin"),
            ("selfcheck.q.notify", said),
            draft,
            notify,
            "mark_ready",
            ("selfcheck.x.notify", {}),
        ),
        scene(
            a,
            "reauthenticate",
            "certifying",
            ("examiner",),
            ("selfcheck.q.sign", {"button": button}),
            draft,
            sign,
            "certify",
            ("selfcheck.x.sign", {}),
            "sign",
            page=True,
        ),
        _waiting_question(a),
    ]


def _waiting_question(a: Asker) -> Question:
    state = _fresh()
    who = _people(state)
    steps = [
        *_passed(ALVA, TEN1, "G", EXAM_DAY, who),
        (who["study_admin"], "prepare_removal", {"student": ALVA, "target": TEN1}),
    ]
    state = _play(state, [*steps, *_report(BRUNO, TEN1, "VG", EXAM_DAY, who), *_ready(BRUNO, TEN1, who)])
    waiting = _waiting(state, who["examiner"])
    value = "both" if {ALVA, BRUNO} <= {pnr for pnr, _ in waiting} else "result" if BRUNO in dict(waiting) else "none"
    said = {"alva": _name(state, ALVA), "bruno": _name(state, BRUNO), "certify": a.button("certify")}
    choices = tuple(Choice(v, a.m(f"selfcheck.o.waiting.{v}", **said)) for v in ("result", "both", "none"))
    return Question(
        "waiting-list",
        "certifying",
        ("examiner", "study_admin"),
        a.m("selfcheck.q.waiting", **said),
        choices,
        [c.value for c in choices].index(value),
        a.m("selfcheck.x.waiting", **said),
        "waiting",
        {"kind": "waiting", "state": state, "examiner": who["examiner"], "students": (ALVA, BRUNO)},
        template="selfcheck.q.waiting",
    )


def _waiting(state: State, examiner: str) -> list[tuple[str, str]]:
    """What waits on the examiner's certify list: (student, what it waits for), as the engine's view shows it."""
    return [(r["student"], r["awaits"]) for r in view(state, examiner)["certify"]["rows"]]
