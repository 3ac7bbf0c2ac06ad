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
