"""On an anonymous exam, whoever sees codes sees no name in any text the engine makes for them: rows, events,
refusals, the activity session, the order of the rows. Checked through handle(), as the browser asks."""

from __future__ import annotations

import json
from typing import Any

from guide_engine import handle
from guide_engine.actions import declared
from guide_engine.privacy import sees_names
from guide_engine.scenarios import all_scenarios

SCENARIO = all_scenarios()["inspera"]


def call(request: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(handle(json.dumps(request)))
    return answer


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def _started() -> dict[str, Any]:
    """The Inspera exercise once the grades are over as drafts, so every row of the exam is anonymous."""
    state = call({"op": "scenario", "scenario": "inspera"})["state"]
    step = SCENARIO.steps[0]
    moved = call({"op": "act", "state": state, "actor": step.actor, "action": step.action, "params": step.params,
                  "today": SCENARIO.today.isoformat()})
    assert moved["ok"], moved
    return dict(moved["state"])


def test_no_event_refusal_or_view_text_names_a_student_to_a_code_only_viewer() -> None:
    state = _started()
    activity = state["activities"][0]
    module = activity["target"]
    names = {s["name"] for s in state["students"]}
    pnrs = {s["pnr"] for s in state["students"]}
    viewers = [p for p in state["people"] if not sees_names(p["roles"]) and p["roles"] != ["student"]]
    assert viewers, "the exercise has a teacher who sees codes only"
    checked = 0
    for person in viewers:
        for lang in ("sv", "en"):
            seen = call({"op": "view", "state": state, "actor": person["id"], "lang": lang,
                         "options": {"target": module}})["view"]
            rows = seen["report"]["rows"]
            assert rows and all(r["name"] is None and r["student"] is None for r in rows)
            for row in rows:
                subject = {"result": row["ref"], "target": module} if row["ref"] else {"code": row["code"],
                                                                                      "target": module}
                for action in declared():
                    params = {**subject, "grade": "G", "exam_date": activity["date"], "comment": "Kontroll",
                              "graded_by": person["id"], "notify": state["course"]["examiners"][0]}
                    answer = call({"op": "act", "state": state, "actor": person["id"], "action": action.name,
                                   "params": params, "today": SCENARIO.today.isoformat(), "lang": lang,
                                   "view": True, "options": {"target": module}})
                    said = _texts(answer.get("events", [])) + _texts(answer.get("refusal", {}))
                    said += _texts(answer["view"]["report"]) + _texts(answer["view"].get("activity") or {})
                    leaked = [t for t in said if any(n in t for n in names) or any(p in t for p in pnrs)]
                    assert leaked == [], (person["id"], action.name, lang, leaked)
                    checked += 1
    assert checked >= 2 * len(declared())


def test_coded_rows_stand_in_the_order_of_their_codes() -> None:
    state = _started()
    module = state["activities"][0]["target"]
    teacher = next(p["id"] for p in state["people"] if p["roles"] == ["teacher"])
    rows = call({"op": "view", "state": state, "actor": teacher, "options": {"target": module}})["view"]["report"]
    codes = [r["code"] for r in rows["rows"]]
    assert codes == sorted(codes)


def test_in_a_large_course_codes_tell_nothing_of_the_identity_number_order() -> None:
    """300 students: the rank of a code is unrelated to the rank of the identity number (Spearman's rho near 0),
    and the step from one student's code to the next in identity-number order is not one fixed step."""
    from dataclasses import replace

    from guide_engine.inspera import anonymisation_codes
    from guide_engine.model import Student

    start = SCENARIO.start
    students = tuple(Student(f"2001{i:04d}-T{i:03d}", f"Student {i}", start.course.code, start.course.instance)
                     for i in range(300))
    state = replace(start, students=students, activities=())
    codes = dict((pnr, code) for code, pnr in anonymisation_codes(state.course.code, "X-T1", [s.pnr for s in students]))
    by_pnr = [codes[s.pnr] for s in sorted(students, key=lambda s: s.pnr)]
    code_rank = {c: i for i, c in enumerate(sorted(by_pnr))}
    n = len(by_pnr)
    d2 = sum((i - code_rank[c]) ** 2 for i, c in enumerate(by_pnr))
    rho = 1 - 6 * d2 / (n * (n * n - 1))
    assert abs(rho) < 0.2, rho
    steps = {(int(b.split("-")[1]) - int(a.split("-")[1])) % 9000 for a, b in zip(by_pnr, by_pnr[1:])}
    assert len(steps) > n // 2, len(steps)
    again = anonymisation_codes(state.course.code, "X-T1", [s.pnr for s in reversed(students)])
    assert dict((p, c) for c, p in again) == codes  # the same session gives every student the same code


# --- codes drawn from the exercise's own seed ------------------------------------------------------------------------

SEED = "9f3c2a71e04b5d68"


def _codes_seen(state: dict[str, Any], viewer: str) -> dict[str, Any]:
    """What a viewer who sees codes only reads of the session: the session's id and its codes."""
    seen = call({"op": "view", "state": state, "actor": viewer, "options": {}})["view"]
    assert all(r["student"] is None for r in seen["activity"]["rows"])
    return {"activity": seen["activity"]["id"], "codes": sorted(r["code"] for r in seen["activity"]["rows"])}


def _guess(course: str, activity: str, codes: list[str], pnrs: list[str]) -> dict[str, str]:
    """The best guess of code -> student from the codes seen, the identity numbers and this source, without a
    seed: the code the source gives each student; or, where the codes seen are others, the rank each code has in
    the session's sequence (found by trying every first code), given to the student of that rank without a seed."""
    from guide_engine.inspera import _fnv, anonymisation_codes

    plain = dict(anonymisation_codes(course, activity, pnrs))
    if sorted(plain) == sorted(codes):
        return plain
    prefix, base, spread = course[:3].upper(), 1000, 9000
    ranked = sorted(pnrs, key=lambda pnr: (_fnv(f"{activity}|{pnr}"), pnr))
    for first in range(spread):
        sequence = [f"{prefix}-{base + (first + rank * 7919) % spread}" for rank in range(len(pnrs))]
        if sorted(sequence) == sorted(codes):
            return dict(zip(sequence, ranked, strict=True))
    raise AssertionError("the codes seen are not a sequence of this source")


def test_codes_drawn_from_the_pages_seed_are_not_computable_from_what_a_teacher_sees_and_the_source() -> None:
    """The session's id and the identity numbers are what a teacher sees elsewhere in the sandbox. From them and
    this engine's own code, the codes of an exercise without a seed are recomputed exactly; with the page's seed,
    the same recomputation gets the students wrong."""
    for seed, should_match in ((None, True), (SEED, False)):
        request: dict[str, Any] = {"op": "scenario", "scenario": "inspera"}
        if seed:
            request["seed"] = seed
        state = call(request)["state"]
        seen = _codes_seen(state, "t-lea")
        course = state["course"]
        pnrs = [s["pnr"] for s in state["students"]
                if (s["course_code"], s["instance"]) == (course["code"], course["instance"])]
        guessed = _guess(course["code"], seen["activity"], seen["codes"], pnrs)
        truth = {code: pnr for code, pnr in state["activities"][0]["codes"]}
        assert sorted(guessed) == seen["codes"] == sorted(truth)
        assert (guessed == truth) is should_match, (seed, guessed, truth)


def test_with_a_seed_hardly_any_code_of_a_large_session_is_guessed() -> None:
    """300 students: guessed without the seed, about one code in 300 lands on its student, by chance."""
    from dataclasses import replace

    from guide_engine import act
    from guide_engine.inspera import anonymisation_codes, with_seed
    from guide_engine.model import Student

    start = SCENARIO.start
    students = tuple(Student(f"2001{i:04d}-T{i:03d}", f"Student {i}", start.course.code, start.course.instance)
                     for i in range(300))
    state = with_seed(replace(start, students=students, activities=()), SEED)
    state = act(state, "a-stig", "setup_activity", {"target": "TEN1", "date": "2026-01-15"}, SCENARIO.today).state
    activity = state.activities[0]
    pnrs = [s.pnr for s in students]
    guessed = _guess(state.course.code, activity.id, [c for c, _ in activity.codes], pnrs)
    right = sum(guessed[code] == pnr for code, pnr in activity.codes)
    assert right < 6, right
    assert activity.codes == anonymisation_codes(state.course.code, activity.id, pnrs, SEED)


def test_a_seeded_exercise_keeps_its_seed_and_its_guide_names_its_own_codes() -> None:
    """The seed is kept in the state, so the exercise's later sessions draw from it too; the guided steps name the
    codes the state holds, in their texts and in the grades they ask to transfer; the same seed gives the same
    codes, and a bad seed is refused."""
    started = call({"op": "scenario", "scenario": "inspera", "seed": SEED})
    state, guide = started["state"], started["guide"]
    assert state["seed"] == SEED and call({"op": "scenario", "scenario": "inspera", "seed": SEED}) == started
    codes = {code for code, _ in state["activities"][0]["codes"]}
    written = {code for code, _ in SCENARIO.start.activities[0].codes}
    assert codes.isdisjoint(written), "other codes than the exercise as written, not only in another order"
    transfer = guide["steps"][0]
    assert set(transfer["params"]["grades"]) <= codes
    for code in transfer["params"]["grades"]:
        assert code in transfer["text"]["en"] and code in transfer["text"]["sv"]
    moved = call({"op": "act", "state": state, "actor": transfer["actor"], "action": transfer["action"],
                  "params": transfer["params"], "today": guide["today"]})
    assert moved["ok"] and moved["guide"]["step"] == 1 and moved["events"][0]["params"]["created"] == 2
    later = call({"op": "act", "state": moved["state"], "actor": "a-stig", "action": "setup_activity",
                  "params": {"target": "INL1", "date": "2026-01-20"}, "today": guide["today"]})["state"]
    from guide_engine.inspera import anonymisation_codes

    session = later["activities"][1]
    pnrs = [pnr for _, pnr in session["codes"]]
    assert [list(p) for p in anonymisation_codes("INX101", session["id"], pnrs, SEED)] == session["codes"]
    for bad in ("", "a b", "x" * 65, "<script>", 1.5, True, [1]):
        answer = call({"op": "scenario", "scenario": "inspera", "seed": bad})
        assert answer["error"] == {**answer["error"], "key": "malformed_request", "params": {"detail": "seed"}}
    assert call({"op": "scenario", "scenario": "inspera", "seed": 2**64})["state"]["seed"] == str(2**64)


def test_a_code_only_viewers_guide_names_no_student_it_hides_and_still_moves_on() -> None:
    """The guided steps carry, for a teacher who sees codes only, the code in place of the identity number of
    each student still anonymous; the study administrator's carry the number. A step done on the row named by its
    result (as the view names it) moves the guide on as one done on the student."""
    state = _started()
    pnrs = {s["pnr"] for s in state["students"]}
    for request in ({"op": "view", "state": state, "actor": "t-lea"},
                    {"op": "act", "state": state, "actor": "t-lea", "action": "comment", "today": "2026-02-02",
                     "params": {"result": state["results"][0]["id"], "comment": "Sett"}}):
        guide = call(request)["guide"]
        told = _texts(guide["steps"])
        assert [t for t in told if any(p in t for p in pnrs)] == [], told
        assert guide["steps"][2]["params"]["code"] == state["activities"][0]["codes"][0][0]
    admin = call({"op": "view", "state": state, "actor": "a-stig"})["guide"]
    assert admin["steps"][2]["params"]["student"] in pnrs and admin["step"] == 1
    again = call({"op": "act", "state": state, "actor": "a-stig", "action": "transfer_from_inspera",
                  "params": SCENARIO.steps[1].params, "today": "2026-02-02"})
    alva = next(r for r in again["state"]["results"] if r["student"] == SCENARIO.steps[2].params["student"])
    ready = call({"op": "act", "state": again["state"], "actor": "a-stig", "action": "mark_ready",
                  "params": {"result": alva["id"], "graded_by": "t-lea", "notify": "e-ebba"}, "today": "2026-02-02"})
    assert ready["ok"] and ready["guide"]["step"] == 3


def test_the_self_checks_code_task_draws_its_codes_from_the_seed_too() -> None:
    """The task that asks for Bruno's code starts from codes of its own when the page passes a seed."""
    plain = call({"op": "task", "task": "find_code"})["state"]
    own = call({"op": "task", "task": "find_code", "seed": SEED})["state"]
    assert own["seed"] == SEED and plain["seed"] == ""
    assert {c for c, _ in own["activities"][0]["codes"]}.isdisjoint(c for c, _ in plain["activities"][0]["codes"])
    assert [r["grade"] for r in own["results"]] == [r["grade"] for r in plain["results"]]
