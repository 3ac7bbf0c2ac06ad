"""The same scenarios inside Pyodide (npm package, under Node, no network) give the same transcript as CPython."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from guide_engine import all_scenarios
from guide_site.calendar_table import swedish_table
from guide_site.runtime import names
from guide_site.runtime.bytecode import compiled
from guide_site.runtime.wheel import build_wheel
from transcript import transcript

ROOT = Path(__file__).resolve().parent.parent


def node_env() -> dict[str, str]:
    """The environment of a tests/node script: the names the runtime's parts share (names.py)."""
    return {**os.environ, "LADOK_RUNTIME_NAMES": json.dumps(names.shared())}


@pytest.mark.parametrize("mode", ["bytecode", "kept", "wheel"])
def test_pyodide_and_cpython_agree(tmp_path: Path, mode: str) -> None:
    """The browser's fast path (byte-compiled standard library and engine), a later start that restores the
    interpreter the fast path kept (worker.js), and the fallback (the .py wheel)."""
    if shutil.which("node") is None or not (ROOT / "node_modules" / "pyodide").is_dir():
        pytest.fail("node and node_modules/pyodide are needed: run the README's test command")
    calendar = tmp_path / "calendar.json"
    calendar.write_text(json.dumps(swedish_table(2025, 2028)), encoding="utf-8")
    if mode in ("bytecode", "kept"):
        folder = compiled()
        files = [str(folder / names.SLIM_STDLIB), str(folder / names.ENGINE_ZIP)]
    else:
        files = [str(build_wheel(tmp_path))]
    run = subprocess.run(
        ["node", str(ROOT / "tests" / "node" / "run_pyodide.mjs"), str(ROOT / "tests" / "transcript.py"),
         str(calendar), mode, *files],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=node_env(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    in_pyodide = json.loads(run.stdout)
    in_cpython = json.loads(transcript(calendar.read_text(encoding="utf-8")))
    assert in_pyodide == in_cpython
    assert len(in_cpython["scenarios"]) == 2 * len(all_scenarios()) and in_cpython["deadlines"][0]["deadline"]["last_day"] == "2026-04-21"


def test_the_bytecode_is_reproducible(tmp_path: Path) -> None:
    """Compiled twice from the same source, the archives are the same bytes."""
    first, second = compiled(tmp_path / "a"), compiled(tmp_path / "b")
    for name in (names.SLIM_STDLIB, names.ENGINE_ZIP):
        assert (first / name).read_bytes() == (second / name).read_bytes()
