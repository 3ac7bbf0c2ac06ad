"""The self-check's sandbox tasks: each is finished by two different valid paths and the Check accepts both; with one
thing left undone the Check names that part, says what stands instead and where to read; and the browser's two
requests (`task`, `goal`) answer in both languages through `handle()`."""

from __future__ import annotations

import json
from typing import Any

import pytest

from guide_engine import act, handle, to_json
from guide_engine.goals import check, check_need, start, tasks
from guide_engine.goals_tasks import ASSIGNMENT_DAY, INSPERA_GRADES, RETAKE_DAY
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, CORA, DINO, ELI, EXAM_DAY, EXAMINER, TEACHER
from guide_engine.scenarios_routes import GRY
from guide_site import selfcheck

from conftest import TODAY

Steps = list[tuple[str, str, dict[str, Any]]]


def on(pnr: str, target: str = "TEN1") -> dict[str, str]:
    return {"student": pnr, "target": target}


def report(actor: str, pnr: str, grade: str, day: str | None, target: str = "TEN1") -> Steps:
    return [(actor, "save_draft", {**on(pnr, target), "grade": grade, **({"exam_date": day} if day else {})})]


def ready(actor: str, pnr: str, target: str = "TEN1") -> Steps:
    return [(actor, "mark_ready", {**on(pnr, target), "graded_by": TEACHER, "notify": EXAMINER})]


def certify(pnr: str, target: str = "TEN1", **changes: str) -> Steps:
    return [(EXAMINER, "certify", {**on(pnr, target), **changes})]


def through(actor: str, pnr: str, grade: str, day: str | None, target: str = "TEN1") -> Steps:
    """Reported, marked as ready and certified, the reporting done by `actor`."""
    return [*report(actor, pnr, grade, day, target), *ready(actor, pnr, target), *certify(pnr, target)]


def lms(column: str, target: str, day: str, actor: str = TEACHER) -> tuple[str, str, dict[str, Any]]:
    """The learning platform's Transfer to Ladok of one gradebook column onto a module."""
    return (actor, "transfer_from_lms", {"column": column, "target": target, "exam_date": day})


def transfer(grades: dict[str, str]) -> Steps:
    activity = start("inspera_transfer").activities[0]
    by_code = {code: grades[pnr] for code, pnr in activity.codes if pnr in grades}
    return [(ADMIN, "transfer_from_inspera", {"activity": activity.id, "grades": by_code})]


def bruno_code() -> str:
    code = start("find_code").activities[0].code_for(BRUNO)
    assert code
    return code


CHANGE_COURSE = [
    (EXAMINER, "remove", on(ALVA, "COURSE")),
    (ADMIN, "prepare_removal", on(ALVA)),
    (EXAMINER, "certify_removal", on(ALVA)),
    *through(TEACHER, ALVA, "VG", EXAM_DAY),
]

# task -> (two different valid paths, each with the answer typed), a path that leaves one thing undone, the parts
# that are then open, and what the check says stands instead of the first of them.
PATHS: dict[str, tuple[list[tuple[Steps, str]], Steps, tuple[int, ...], str]] = {
    "vg_written": (
        [
            (through(TEACHER, ALVA, "VG", EXAM_DAY), ""),
            # the examiner reports a wrong grade and date, and puts both right just before certifying
            ([*report(EXAMINER, ALVA, "G", "2026-01-14"), *ready(EXAMINER, ALVA),
              *certify(ALVA, grade="VG", exam_date=EXAM_DAY)], ""),
        ],
        through(TEACHER, ALVA, "VG", "2026-01-14"), (1,), "Nu: VG, attesterat, examinationsdatum 2026-01-14",
    ),
    "blank_and_nothing": (
        [
            ([*report(TEACHER, BRUNO, "U", EXAM_DAY), *ready(TEACHER, BRUNO)], ""),
            # a G by mistake, put right in the draft; a U for Cora too, then her draft deleted; certified at once
            ([*report(TEACHER, BRUNO, "G", EXAM_DAY), *report(TEACHER, BRUNO, "U", EXAM_DAY),
              *report(TEACHER, CORA, "U", EXAM_DAY), (TEACHER, "delete_draft", on(CORA)), *ready(TEACHER, BRUNO),
              *certify(BRUNO)], ""),
        ],
        [*report(TEACHER, BRUNO, "U", EXAM_DAY), *report(TEACHER, CORA, "U", EXAM_DAY), *ready(TEACHER, BRUNO)],
        (1,), "Nu: U, utkast, examinationsdatum 2026-01-15",
    ),
    "retake_pass": (
        [
            (through(TEACHER, DINO, "G", RETAKE_DAY), ""),
            ([*report(EXAMINER, DINO, "G", "2026-01-28"), *report(EXAMINER, DINO, "G", RETAKE_DAY),
              *ready(EXAMINER, DINO), *certify(DINO)], ""),
        ],
        [*report(TEACHER, DINO, "G", RETAKE_DAY), *ready(TEACHER, DINO)], (0,),
        "Nu: G, klarmarkerat, examinationsdatum 2026-01-29",
    ),
    "course_grade": (
        [
            (through(TEACHER, ALVA, "VG", None, "COURSE"), ""),  # no date given: the latest module's
            (through(EXAMINER, ALVA, "VG", ASSIGNMENT_DAY, "COURSE"), ""),
        ],
        through(TEACHER, ALVA, "VG", EXAM_DAY, "COURSE"), (1,), "Nu: VG, attesterat, examinationsdatum 2026-01-15",
    ),
    "change_under_course": (
        [
            ([*CHANGE_COURSE, *through(TEACHER, ALVA, "VG", None, "COURSE")], ""),
            # the examiner alone: removes both, without a prepared removal, and reports again
            ([(EXAMINER, "remove", on(ALVA, "COURSE")), (EXAMINER, "remove", on(ALVA)),
              *through(EXAMINER, ALVA, "VG", EXAM_DAY), *through(EXAMINER, ALVA, "VG", None, "COURSE")], ""),
        ],
        CHANGE_COURSE, (2,), "Nu: inget resultat",
    ),
    "adjust_before_certify": (
        [
            (certify(ALVA, grade="VG"), ""),
            ([(EXAMINER, "unmark_ready", on(ALVA)), *report(TEACHER, ALVA, "VG", EXAM_DAY), *ready(TEACHER, ALVA),
              *certify(ALVA)], ""),
        ],
        [(EXAMINER, "unmark_ready", on(ALVA)), *report(TEACHER, ALVA, "VG", EXAM_DAY), *ready(TEACHER, ALVA)], (0, 1),
        "Nu: VG, klarmarkerat, examinationsdatum 2026-01-15",
    ),
    "correct_certified": (
        [
            ([(EXAMINER, "remove", on(BRUNO)), *through(TEACHER, BRUNO, "G", EXAM_DAY)], ""),
            ([(ADMIN, "prepare_removal", on(BRUNO)), (EXAMINER, "certify_removal", on(BRUNO)),
              *through(EXAMINER, BRUNO, "G", EXAM_DAY)], ""),
        ],
        [(EXAMINER, "remove", on(BRUNO)), *report(TEACHER, BRUNO, "G", EXAM_DAY), *ready(TEACHER, BRUNO)], (1,),
        "Nu: G, klarmarkerat, examinationsdatum 2026-01-15",
    ),
    "find_code": (
        [
            (certify(BRUNO), bruno_code()),
            ([*certify(ALVA), *certify(BRUNO), *certify(CORA), *certify(DINO)], f" {bruno_code().lower()} "),
        ],
        certify(BRUNO), (1,), "Ingen kod är inskriven",
    ),
    "inspera_transfer": (
        [
            ([*transfer(INSPERA_GRADES), *(s for pnr in INSPERA_GRADES for s in ready(ADMIN, pnr))], ""),
            # one grade wrong at first, transferred again (the draft is updated), marked ready by the teacher
            ([*transfer({**INSPERA_GRADES, BRUNO: "G"}), *transfer(INSPERA_GRADES),
              *(s for pnr in INSPERA_GRADES for s in ready(TEACHER, pnr)), *certify(CORA)], ""),
        ],
        [*transfer(INSPERA_GRADES), *(s for pnr in (ALVA, BRUNO, CORA) for s in ready(ADMIN, pnr))],
        (sorted(start("inspera_transfer").activities[0].codes).index(
            next(c for c in start("inspera_transfer").activities[0].codes if c[1] == DINO)),),
        "Nu: G, utkast, examinationsdatum 2026-01-15",
    ),
    "reconsider_raise": (
        [
            ([(ADMIN, "prepare_removal", on(CORA)), (EXAMINER, "certify_removal", on(CORA)),
              *report(ADMIN, CORA, "VG", EXAM_DAY), *ready(ADMIN, CORA), *certify(CORA)], ""),
            ([(EXAMINER, "remove", on(CORA)), *through(TEACHER, CORA, "VG", EXAM_DAY)], ""),
        ],
        [(ADMIN, "prepare_removal", on(CORA)), (EXAMINER, "certify_removal", on(CORA)),
         *report(ADMIN, CORA, "VG", EXAM_DAY), *ready(ADMIN, CORA)], (1,), "Nu: VG, klarmarkerat, examinationsdatum 2026-01-15",
    ),
    "missing_student": (
        [
            ([*report(TEACHER, ELI, "G", EXAM_DAY, "INL1"), *ready(TEACHER, ELI, "INL1")], ""),
            (through(ADMIN, ELI, "G", EXAM_DAY, "INL1"), ""),
        ],
        report(TEACHER, ELI, "G", EXAM_DAY, "INL1"), (0,), "Nu: G, utkast, examinationsdatum 2026-01-15",
    ),
    # --- the other routes into Ladok ------------------------------------------------------------------------------
    "lms_draft_ready": (
        [
            ([lms("tenta", "TEN1", EXAM_DAY), *ready(TEACHER, ALVA), *ready(TEACHER, BRUNO)], ""),
            # a wrong date first (the drafts are updated by the second transfer), marked ready by the examiner
            ([lms("tenta", "TEN1", "2026-01-14", EXAMINER), lms("tenta", "TEN1", EXAM_DAY), *ready(EXAMINER, ALVA),
              *ready(EXAMINER, BRUNO), *certify(BRUNO)], ""),
        ],
        [lms("tenta", "TEN1", EXAM_DAY), *ready(TEACHER, ALVA)], (1,),
        "Nu: G, utkast, examinationsdatum 2026-01-15",
    ),
    "certify_lms_ready": (
        [
            ([*certify(ALVA, "PROJ"), *certify(BRUNO, "PROJ")], ""),
            # one sent back to the teacher, marked as ready again by hand and notified, then certified
            ([(EXAMINER, "unmark_ready", on(BRUNO, "PROJ")), *ready(TEACHER, BRUNO, "PROJ"),
              *certify(BRUNO, "PROJ"), *certify(ALVA, "PROJ")], ""),
        ],
        certify(ALVA, "PROJ"), (1,), "Nu: G, klarmarkerat, examinationsdatum 2026-01-27",
    ),
    "skipped_ready_by_hand": (
        [
            ([(TEACHER, "unmark_ready", on(BRUNO)), *report(TEACHER, BRUNO, "VG", EXAM_DAY),
              *ready(TEACHER, BRUNO)], ""),
            # the draft deleted and reported anew, and certified at once
            ([(TEACHER, "unmark_ready", on(BRUNO)), (TEACHER, "delete_draft", on(BRUNO)),
              *through(TEACHER, BRUNO, "VG", EXAM_DAY)], ""),
        ],
        [(TEACHER, "unmark_ready", on(BRUNO)), *report(TEACHER, BRUNO, "VG", EXAM_DAY)], (0,),
        "Nu: VG, utkast, examinationsdatum 2026-01-15",
    ),
    "register_then_report": (
        [
            ([(ADMIN, "register", {"student": GRY}), (ADMIN, "re_register", {"student": ELI}),
              *report(TEACHER, GRY, "G", EXAM_DAY), *ready(TEACHER, GRY),
              *report(TEACHER, ELI, "G", EXAM_DAY), *ready(TEACHER, ELI)], ""),
            # the study administration registers and reports both itself, and the examiner certifies one
            ([(ADMIN, "re_register", {"student": ELI}), (ADMIN, "register", {"student": GRY}),
              *through(ADMIN, ELI, "G", EXAM_DAY), *report(ADMIN, GRY, "G", EXAM_DAY), *ready(ADMIN, GRY)], ""),
        ],
        [(ADMIN, "register", {"student": GRY}), *report(TEACHER, GRY, "G", EXAM_DAY), *ready(TEACHER, GRY)], (1, 3),
        "Nu: inte registrerad på kurstillfället",
    ),
}


def played(key: str, steps: Steps) -> Any:
    state = start(key)
    for actor, action, params in steps:
        outcome = act(state, actor, action, params, TODAY)
        assert outcome.refusal is None, (key, action, params, outcome.refusal)
        state = outcome.state
    return state


def goal(key: str, state: Any, answer: str = "", lang: str = "sv") -> dict[str, Any]:
    """The Check, as the browser asks for it."""
    request = {"op": "goal", "task": key, "state": to_json(state), "answer": answer, "lang": lang}
    found: dict[str, Any] = json.loads(handle(json.dumps(request)))
    assert found["ok"], found
    return found


def test_there_are_at_least_eight_tasks_across_the_three_staff_roles() -> None:
    found = tasks()
    assert len(found) >= 8
    assert {t.role for t in found.values()} == {"teacher", "examiner", "study_admin"}
    assert all(sum(t.role == role for t in found.values()) >= 2 for role in ("teacher", "examiner", "study_admin"))
    assert set(PATHS) == set(found), "every task has its paths here"


@pytest.mark.parametrize("key", sorted(PATHS))
def test_a_task_is_finished_by_two_different_paths_and_the_check_accepts_both(key: str) -> None:
    paths, _, _, _ = PATHS[key]
    assert len(paths) == 2 and paths[0][0] != paths[1][0]
    assert not check(key, start(key))[0], "a task does not start done"
    assert start(key).scenario == "", "a task has no guided steps"
    for steps, answer in paths:
        state = played(key, steps)
        assert check(key, state, answer)[0], (key, [p for p in check(key, state, answer)[1] if not p.met])
        for lang in ("sv", "en"):
            answered = goal(key, state, answer, lang)
            assert answered["met"] is True and all(p["done"] and not p["now"] for p in answered["parts"])


@pytest.mark.parametrize("key", sorted(PATHS))
def test_with_one_thing_undone_the_check_names_it_what_stands_and_where_to_read(key: str) -> None:
    _, undone, missing, now = PATHS[key]
    state = played(key, undone)
    answered = goal(key, state)
    assert answered["met"] is False
    open_parts = tuple(i for i, p in enumerate(answered["parts"]) if not p["done"])
    assert open_parts == missing, answered["parts"]
    part = answered["parts"][missing[0]]
    assert part["now"] == now, part
    assert part["section"] in selfcheck.SECTIONS, "the part names a section the page can link to"
    english = goal(key, state, "", "en")["parts"][missing[0]]
    assert english["text"] != part["text"] and english["now"] != part["now"]


def test_every_part_of_every_goal_names_a_section_and_has_both_texts() -> None:
    for key, task in tasks().items():
        for need in task.needs:
            assert need.section in selfcheck.SECTIONS, (key, need)
        for lang in ("sv", "en"):
            opened = json.loads(handle(json.dumps({"op": "task", "task": key, "lang": lang})))
            assert opened["ok"] and opened["guide"] is None and opened["actor"] == task.actor
            assert "{" not in opened["text"] and opened["text"].strip()


def test_a_wrong_code_is_said_to_be_wrong_not_missing() -> None:
    state = played("find_code", certify(BRUNO))
    other = next(c for c, p in state.activities[0].codes if p != BRUNO)
    part = goal("find_code", state, other, "en")["parts"][1]
    assert not part["done"] and part["now"] == f"The code {other} is not the right one"


def test_a_deleted_draft_is_not_a_removed_decision() -> None:
    """'Removed' means a certified result taken away by a decision: deleting a draft of that grade does not count."""
    need = tasks()["correct_certified"].needs[0]
    state = played("vg_written", [*report(TEACHER, BRUNO, "VG", EXAM_DAY), (TEACHER, "delete_draft", on(BRUNO))])
    assert not check_need(need, state).met
    state = played("vg_written", [*through(TEACHER, BRUNO, "VG", EXAM_DAY), (EXAMINER, "remove", on(BRUNO))])
    assert check_need(need, state).met


def test_a_bad_request_for_a_task_is_refused_in_the_readers_language() -> None:
    state = to_json(start("vg_written"))
    for request in ({"op": "goal", "task": "fly", "state": state}, {"op": "task", "task": 3},
                    {"op": "goal", "task": "vg_written", "state": state, "answer": "x" * 41}):
        answer = json.loads(handle(json.dumps({**request, "lang": "en"})))
        assert answer["ok"] is False and answer["error"]["key"] == "malformed_request"


def test_ready_means_notified_to_a_course_examiner_whatever_route_the_result_came_by() -> None:
    """A result marked as ready without the course's examiner notified (as a route that marks results ready for the
    teacher might leave it) does not meet a "ready" need; the same result notified to the examiner does."""
    from dataclasses import replace

    need = tasks()["missing_student"].needs[0]
    state = played("missing_student", [*report(TEACHER, ELI, "G", EXAM_DAY, "INL1"), *ready(TEACHER, ELI, "INL1")])
    result = state.results_of(ELI, "INL1")[-1]
    assert check_need(need, state).met
    for notified in ("", TEACHER):
        assert not check_need(need, state.with_result(replace(result, notified=notified))).met
