"""The engine's view of a course of 16,000 students in CPython, in the three forms it is asked for, and who asks for each.

- full: `view(state, actor)` with no options, every row of every module with its decisions (48,050 rows here);
- every screen paged: `options={}`, one page of each screen, as the sandbox asks on opening a link or a kept state;
- one screen: `options={"screen": ...}`, one page of that screen only, as the sandbox asks after every action.

Then who asks for the full view: every view request in the browser's scripts (docs/assets/*.js) is read for its
options, and every call of `view(` with two arguments in the build's and the engine's Python is listed with the
state it is given. The browser never asks for it; the build's self-check does, on a scenario's few students.

Target (issue 37): the full view at 16,000 students under 0.5 s, or this benchmark showing that no reader asks for
it. The view a reader waits for is one screen's (after an action) or every screen's first page (on opening).
Run: .venv/bin/python benchmarks/full_view.py [STUDENTS]   (16000 by default; the best of 3 runs of each form)
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import guide_engine  # noqa: E402
from guide_engine.scenarios import TEACHER  # noqa: E402
from session import large_state  # noqa: E402

REPEAT = 3
TODAY = "2026-02-02"


def best_ms(students: int, options: dict[str, Any] | None) -> tuple[float, int]:
    """The best of REPEAT views (each on a fresh state, so no index is built yet), and the rows it made."""
    times, rows = [], 0
    for _ in range(REPEAT):
        state = large_state(students)
        started = time.perf_counter()
        seen = guide_engine.view(state, TEACHER, options, TODAY)
        times.append((time.perf_counter() - started) * 1000)
        rows = len(seen.get("rows", [])) + len(seen.get("report", {}).get("rows", []))
    return min(times), rows


def browser_requests() -> list[str]:
    """Each view request in the browser's scripts, with what it passes as options."""
    found = []
    for script in sorted((ROOT / "docs" / "assets").glob("*.js")):
        for number, line in enumerate(script.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"op: \"view\"|view: true", line):
                options = re.search(r"options: (\{\}|\w+\([^)]*\))", line)
                found.append(f"{script.name}:{number}: options {options.group(1) if options else 'NONE'}")
    return found


def python_full_views() -> list[str]:
    """Calls of view( with two arguments (no options: the full view) in the build's and the engine's Python."""
    found = []
    for folder in ("guide_site", "guide_engine", "hooks"):
        for source in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"\bview\((?:[^(),]|\([^()]*\))+, [^(),]+\)", line):
                    found.append(f"{source.relative_to(ROOT)}:{number}: {line.strip()[:90]}")
    return found


def main() -> None:
    students = int(sys.argv[1]) if len(sys.argv) > 1 else 16000
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    forms: list[tuple[str, dict[str, Any] | None]] = [
        ("full view (no options: every row decided)", None),
        ("every screen paged (options {}: opening)", {}),
        *((f"one screen: {screen} (after an action)", {"screen": screen}) for screen in ("report", "certify")),
    ]
    for name, options in forms:
        ms, rows = best_ms(students, options)
        target = "   target under 500 ms: " + ("met" if ms < 500 else "NOT met") if options is None else ""
        print(f"  {students:,} students, {name:44} {ms:8.1f} ms, {rows:6,} rows made{target}", flush=True)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("\nview requests the browser sends (every one names its options; a screen after every action):")
    print("\n".join(f"  {line}" for line in browser_requests()))
    print("\nfull views (no options) asked by the build's and the engine's Python:")
    print("\n".join(f"  {line}" for line in python_full_views()) or "  none")
    print("  (the self-check's questions and facts, at build time, on a scenario's state of a few students; the tests")
    print("   ask for it on states of at most 300 students, and none builds benchmarks/session.py's large_state)")


if __name__ == "__main__":
    main()
