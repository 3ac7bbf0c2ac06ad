"""Run inside Pyodide at build time (never by CPython): one request of every kind the browser sends the engine, so
that the build learns which standard-library modules start-up and those requests import (pyodide_compile.py
compiles them; bytecode.mjs runs this twice, on Pyodide's own archive and on the slimmed one, which keeps only
what the second run imported). It imports nothing of its own but `json` and `sys`, which the engine imports too,
so what it finds is what the worker needs."""

from __future__ import annotations

import json
import sys


def run() -> None:
    import guide_engine

    scenario = json.loads(guide_engine.handle(json.dumps({"op": "scenario", "scenario": "written_exam"})))
    for request in (
        {"op": "describe"},
        {"op": "view", "state": scenario["state"], "actor": "t-lea"},
        {
            "op": "act",
            "state": scenario["state"],
            "actor": "t-lea",
            "action": "save_draft",
            "today": "2026-02-02",
            "params": {"student": "20010101-T001", "target": "TEN1", "grade": "G", "exam_date": "2026-01-15"},
        },
        {"op": "deadline", "calendar": {"first": "2026-01-01", "last": "2026-12-31", "days": []}, "exam": "2026-03-02"},
    ):
        guide_engine.handle(json.dumps(request))


def standard_library() -> str:
    """Where this interpreter's standard library archive is on `sys.path` ("" if none, as under CPython)."""
    return next((p for p in sys.path if p.endswith(".zip") and p.rpartition("/")[2].startswith("python")), "")


def imported_from(archive: str) -> list[str]:
    """The files of `archive` that the modules imported so far were loaded from ("a/b.py", or .pyc), not the
    frozen ones, which never read it."""
    prefix = archive + "/"
    files = {
        getattr(m, "__file__", None) or ""
        for m in list(sys.modules.values())
        if getattr(getattr(m, "__spec__", None), "origin", None) != "frozen"
    }
    return sorted(f[len(prefix) :] for f in files if f.startswith(prefix))
