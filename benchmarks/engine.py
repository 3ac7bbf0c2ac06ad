"""Engine benchmark: import time and median time per action over a long random session, in CPython and in Pyodide.

Targets: under 1 ms per action in CPython, under 5 ms in Pyodide; view() and act() growing linearly with the number
of students (16x the students at most 25x the time) and a 16,000-student view under 0.5 s in CPython. It prints
figures; it does not fail on them.
Run: .venv/bin/python benchmarks/engine.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    cpython_lines = (subprocess.run(
        [sys.executable, "-c", "import sys; sys.path[:0] = sys.argv[1:3]; from session import run_scaling, run_session; "
         "print(run_session()); print(run_scaling())", str(ROOT / "benchmarks"), str(ROOT)],
        capture_output=True, text=True, check=True,
    ).stdout).splitlines()
    cpython, cpython_scaling = json.loads(cpython_lines[0]), json.loads(cpython_lines[1])
    from guide_site.runtime.wheel import build_wheel

    with tempfile.TemporaryDirectory() as tmp:
        wheel = build_wheel(Path(tmp))
        pyodide = json.loads(subprocess.run(
            ["node", str(ROOT / "benchmarks" / "engine_pyodide.mjs"), str(wheel), str(ROOT / "benchmarks" / "session.py")],
            capture_output=True, text=True, check=True, cwd=ROOT,
        ).stdout)
    pyodide_scaling = pyodide.pop("scaling")
    print(f"{'':28}{'CPython':>12}{'Pyodide':>12}   target")
    print(f"{'engine import (ms)':28}{cpython['import_ms']:>12}{pyodide['import_ms']:>12}")
    print(f"{'median per action (ms)':28}{cpython['median_action_ms']:>12}{pyodide['median_action_ms']:>12}"
          "   <1 / <5")
    print(f"{'p95 per action (ms)':28}{cpython['p95_action_ms']:>12}{pyodide['p95_action_ms']:>12}")
    print(f"{'median JSON round trip (ms)':28}{cpython['median_json_round_trip_ms']:>12}"
          f"{pyodide['median_json_round_trip_ms']:>12}")
    print(f"Pyodide runtime start {pyodide['runtime_start_ms']} ms, engine wheel load {pyodide['wheel_load_ms']} ms; "
          f"{cpython['actions']} actions, {cpython['refused']} refused, {cpython['results_at_end']} results at the end")
    print()
    print("Growth with the number of students (two results each); best of 3 runs, ms:")
    print("(view = every row with the decision run for each; page = what a screen asks: one page of each screen;")
    print(" transfer = Inspera's transfer of one grade per code, as many codes as students)")
    print(f"{'students':>10}{'view CPy':>10}{'view Pyo':>10}{'page CPy':>10}{'page Pyo':>10}{'act CPy':>9}"
          f"{'act Pyo':>9}{'transfer CPy':>14}{'transfer Pyo':>14}")
    for n in cpython_scaling:
        c, p = cpython_scaling[n], pyodide_scaling[n]
        print(f"{n:>10}{c['view_ms']:>10}{p['view_ms']:>10}{c['page_ms']:>10}{p['page_ms']:>10}{c['act_ms']:>9}"
              f"{p['act_ms']:>9}{c['transfer_ms']:>14}{p['transfer_ms']:>14}")
    small, large = min(cpython_scaling, key=int), max(cpython_scaling, key=int)
    factor = int(large) // int(small)
    for name, table in (("CPython", cpython_scaling), ("Pyodide", pyodide_scaling)):
        view_ratio = table[large]["view_ms"] / max(table[small]["view_ms"], 0.001)
        act_ratio = table[large]["act_ms"] / max(table[small]["act_ms"], 0.001)
        move_ratio = table[large]["transfer_ms"] / max(table[small]["transfer_ms"], 0.001)
        print(f"{name}: {factor}x the students costs {view_ratio:.1f}x the view time, {act_ratio:.1f}x the act time "
              f"and {move_ratio:.1f}x the transfer time (target at most 25x; quadratic would be {factor * factor}x)")
    print(f"16,000-student view in CPython: {cpython_scaling[large]['view_ms']} ms (target under 500 ms); "
          f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
