"""Engine benchmark: import time and median time per action over a long random session, in CPython and in Pyodide.

Targets: under 1 ms per action in CPython, under 5 ms in Pyodide. It prints figures; it does not fail on them.
Run: .venv/bin/python benchmarks/engine.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    cpython = json.loads(subprocess.run(
        [sys.executable, "-c", "import sys; sys.path[:0] = sys.argv[1:3]; from session import run_session; "
         "print(run_session())", str(ROOT / "benchmarks"), str(ROOT)],
        capture_output=True, text=True, check=True,
    ).stdout)
    from guide_site.wheel import build_wheel

    with tempfile.TemporaryDirectory() as tmp:
        wheel = build_wheel(Path(tmp))
        pyodide = json.loads(subprocess.run(
            ["node", str(ROOT / "benchmarks" / "engine_pyodide.mjs"), str(wheel), str(ROOT / "benchmarks" / "session.py")],
            capture_output=True, text=True, check=True, cwd=ROOT,
        ).stdout)
    print(f"{'':28}{'CPython':>12}{'Pyodide':>12}   target")
    print(f"{'engine import (ms)':28}{cpython['import_ms']:>12}{pyodide['import_ms']:>12}")
    print(f"{'median per action (ms)':28}{cpython['median_action_ms']:>12}{pyodide['median_action_ms']:>12}"
          "   <1 / <5")
    print(f"{'p95 per action (ms)':28}{cpython['p95_action_ms']:>12}{pyodide['p95_action_ms']:>12}")
    print(f"{'median JSON round trip (ms)':28}{cpython['median_json_round_trip_ms']:>12}"
          f"{pyodide['median_json_round_trip_ms']:>12}")
    print(f"Pyodide runtime start {pyodide['runtime_start_ms']} ms, engine wheel load {pyodide['wheel_load_ms']} ms; "
          f"{cpython['actions']} actions, {cpython['refused']} refused, {cpython['results_at_end']} results at the end")


if __name__ == "__main__":
    main()
