"""A long pseudo-random sandbox session, timed per action. Runs unchanged in CPython and in Pyodide.

Uses a fixed-seed generator so that both runtimes perform the very same actions.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import time


def run_session(actions: int = 3000, seed: int = 7) -> str:
    started = time.perf_counter()
    import guide_engine  # noqa: PLC0415 - the import is what we time

    import_ms = (time.perf_counter() - started) * 1000
    from guide_engine.scenarios import ADMIN, EXAMINER, TEACHER

    rng = random.Random(seed)
    state = guide_engine.all_scenarios()["written_exam"].start
    students = [s.pnr for s in state.registered()]
    today = dt.date(2026, 2, 2)
    plan = [
        (TEACHER, "save_draft"), (TEACHER, "mark_ready"), (EXAMINER, "certify"), (EXAMINER, "unmark_ready"),
        (ADMIN, "prepare_removal"), (EXAMINER, "certify_removal"), (TEACHER, "delete_draft"), (EXAMINER, "remove"),
    ]
    times, refused = [], 0
    for _ in range(actions):
        actor, action = rng.choice(plan)
        target = rng.choice(["TEN1", "INL1", "COURSE"])
        params = {"student": rng.choice(students), "target": target, "grade": rng.choice(["U", "G", "VG"]),
                  "exam_date": rng.choice(["2026-01-10", "2026-01-15", "2026-01-20"]), "graded_by": TEACHER,
                  "notify": EXAMINER}
        t0 = time.perf_counter()
        outcome = guide_engine.act(state, actor, action, params, today)
        times.append((time.perf_counter() - t0) * 1000)
        refused += outcome.refusal is not None
        state = outcome.state
    request = json.dumps({"op": "act", "state": guide_engine.to_json(state), "actor": TEACHER,
                          "action": "save_draft", "params": {"student": students[0], "target": "TEN1", "grade": "G",
                                                             "exam_date": "2026-01-21"}, "today": "2026-02-02"})
    json_times = []
    for _ in range(200):
        t0 = time.perf_counter()
        guide_engine.handle(request)
        json_times.append((time.perf_counter() - t0) * 1000)
    return json.dumps({
        "import_ms": round(import_ms, 2),
        "actions": actions,
        "refused": refused,
        "results_at_end": len(state.results),
        "median_action_ms": round(statistics.median(times), 4),
        "p95_action_ms": round(sorted(times)[int(len(times) * 0.95)], 4),
        "median_json_round_trip_ms": round(statistics.median(json_times), 4),
    })


def large_state(students: int):  # type: ignore[no-untyped-def]
    """The written-exam course with `students` registered students, each with a certified exam result and a
    draft on the assignment: the shape of a big course instance halfway through a term."""
    from dataclasses import replace

    import guide_engine
    from guide_engine.model import Result, Student
    from guide_engine.scenarios import EXAMINER, TEACHER

    start = guide_engine.all_scenarios()["written_exam"].start
    course = start.course
    people = [Student(f"1990{k:06d}-T{k % 1000:03d}", f"Student {k}", course.code, course.instance)
              for k in range(students)]
    results = []
    for k, s in enumerate(people):
        results.append(Result(2 * k + 1, s.pnr, "TEN1", "G", "2026-01-15", "certified", graded_by=TEACHER,
                              notified=EXAMINER, certified_by=EXAMINER, decision_date="2026-01-20"))
        results.append(Result(2 * k + 2, s.pnr, "INL1", "G", "2026-01-15", "draft"))
    return replace(start, students=tuple(people), results=tuple(results), next_id=2 * students + 1, scenario="",
                   step=0)


def run_scaling(sizes: tuple[int, ...] = (1000, 4000, 16000), repeat: int = 3) -> str:
    """Time of view() and act() (the Python functions, below any JSON size limit) for growing states."""
    from dataclasses import replace

    import guide_engine
    from guide_engine.scenarios import ADMIN, EXAMINER, TEACHER

    today = dt.date(2026, 2, 2)
    out = {}
    for n in sizes:
        state = large_state(n)
        last = state.students[-1].pnr
        view_ms, act_ms, page_ms, transfer_ms = [], [], [], []
        for _ in range(repeat):
            fresh = large_state(n)  # no index built yet: the first look-up pays for it, as in the browser
            t0 = time.perf_counter()
            guide_engine.view(fresh, TEACHER)  # every row of the course, the one decision run for each
            view_ms.append((time.perf_counter() - t0) * 1000)
            fresh = large_state(n)
            t0 = time.perf_counter()
            guide_engine.view(fresh, TEACHER, {}, today.isoformat())  # what a screen asks: one page of each
            page_ms.append((time.perf_counter() - t0) * 1000)
            big = large_state(n)  # the exam not yet reported: every transferred grade becomes a draft
            big = replace(big, results=tuple(r for r in big.results if r.target != "TEN1"))
            session = guide_engine.act(big, ADMIN, "setup_activity", {"target": "TEN1", "date": "2026-01-15"}, today)
            activity = session.state.activities[-1]
            grades = {code: "G" for code, _ in activity.codes}
            t0 = time.perf_counter()
            moved = guide_engine.act(session.state, ADMIN, "transfer_from_inspera",
                                     {"activity": activity.id, "grades": grades}, today)
            transfer_ms.append((time.perf_counter() - t0) * 1000)
            assert moved.refusal is None, moved.refusal
            fresh = large_state(n)
            t0 = time.perf_counter()
            step = guide_engine.act(fresh, TEACHER, "mark_ready", {"student": last, "target": "INL1",
                                                                   "graded_by": TEACHER, "notify": EXAMINER}, today)
            guide_engine.act(step.state, EXAMINER, "certify", {"student": last, "target": "INL1"}, today)
            act_ms.append((time.perf_counter() - t0) * 1000 / 2)
        assert len(state.results) == 2 * n
        out[str(n)] = {"view_ms": round(min(view_ms), 1), "act_ms": round(min(act_ms), 2),
                       "page_ms": round(min(page_ms), 1), "transfer_ms": round(min(transfer_ms), 1)}
    return json.dumps(out)
