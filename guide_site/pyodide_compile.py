"""Run inside Pyodide by bytecode.mjs (never by CPython): import the engine from /src as the browser would, then
write /out/python_stdlib.zip and /out/guide_engine.zip with .pyc files compiled by this very interpreter.

The .pyc files are unchecked hash-based ones (PEP 552): no timestamps, so the same source gives the same bytes,
and zipimport loads them without reading the source. Zip entries get a fixed date for the same reason.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import sys
import zipfile

STDLIB = next(p for p in sys.path if p.endswith(".zip"))
ENGINE_ARCHIVE = "/lib/guide_engine.zip"  # where the worker writes the engine, so tracebacks name a real path
FIXED_DATE = (2000, 1, 1, 0, 0, 0)
MAGIC = importlib.util.MAGIC_NUMBER


def pyc(source: bytes, filename: str) -> bytes:
    code = compile(source, filename, "exec", dont_inherit=True)
    flags = 0b01  # hash-based, unchecked
    return MAGIC + flags.to_bytes(4, "little") + importlib.util.source_hash(source) + marshal.dumps(code)


def entry(name: str, like: zipfile.ZipInfo | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = like.compress_type if like else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def started_modules() -> list[str]:
    """The standard-library files that Pyodide's start and every kind of engine request import."""
    sys.path.insert(0, "/src")
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
    prefix = STDLIB + "/"
    files = {getattr(m, "__file__", None) or "" for m in list(sys.modules.values())}
    return sorted(f[len(prefix) :] for f in files if f.startswith(prefix) and f.endswith(".py"))


def write_stdlib(needed: list[str]) -> None:
    with zipfile.ZipFile(STDLIB) as source, zipfile.ZipFile("/out/python_stdlib.zip", "w") as target:
        infos = {i.filename: i for i in source.infolist()}
        compiled = {name[:-3] + ".pyc": name for name in needed}
        for name in sorted({*infos, *compiled}):
            if name in compiled:
                original = compiled[name]
                target.writestr(entry(name, infos[original]), pyc(source.read(original), f"{STDLIB}/{original}"))
            else:
                target.writestr(entry(name, infos[name]), source.read(name))


def write_engine() -> None:
    with zipfile.ZipFile(ENGINE_ARCHIVE.replace("/lib", "/out"), "w") as target:
        for name in sorted(os.listdir("/src/guide_engine")):
            if name.endswith(".py"):
                with open(f"/src/guide_engine/{name}", "rb") as handle:
                    source = handle.read()
                path = f"guide_engine/{name[:-3]}.pyc"
                target.writestr(entry(path), pyc(source, f"{ENGINE_ARCHIVE}/guide_engine/{name}"))


os.makedirs("/out", exist_ok=True)
write_stdlib(started_modules())
write_engine()
