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
