"""Run inside Pyodide by bytecode.mjs (never by CPython): import the engine from /src as the browser would, then
write /out/python_stdlib_slim.zip and /out/guide_engine.zip with .pyc files compiled by this very interpreter.

The slimmed standard library holds, as .pyc files only, the modules that Pyodide's start and every kind of engine
request import (not those frozen into the interpreter, which never read the archive), plus `sitecustomize`: the
finder that fetches Pyodide's full standard library the first time anything else is imported (stdlib_finder.py).
Its modules are compiled without docstrings (the stdlib runs without them, as under `python -OO`; asserts stay).

Every code object, the engine's too, keeps its line numbers but not its columns (`lines_only`): columns only place
the `^^^` markers under a quoted source line, and these archives hold no source to quote, so a traceback reads the
same. That is over a quarter of the standard library's compressed bytes (771 KB brotli down to about 550 KB).

The engine's archive also holds `dataclass_code.marshal`: the code of every method `@dataclass` generated while
the engine was imported, keyed by the source text it generated and compiled here, so the browser runs that code
instead of compiling the same text again at every start (stdlib_finder.use_engine; half the engine's import).

The .pyc files are unchecked hash-based ones (PEP 552): no timestamps, so the same source gives the same bytes,
and zipimport loads them without a source. Entries are stored, not deflated, with a fixed date: the HTTP layer
compresses the whole archive better (gzip or brotli) than zip compresses each file, and the bytes are the same
on every build.
"""

from __future__ import annotations

import ast
import builtins
import dataclasses
import importlib.util
import json
import marshal
import os
import sys
import zipfile
from collections.abc import Mapping
from types import CodeType
from typing import Any

STDLIB = next((p for p in sys.path if p.endswith(".zip")), "")  # Pyodide's; none when CPython imports this
ENGINE_ARCHIVE = "/lib/guide_engine.zip"  # where the worker writes the engine, so tracebacks name a real path
FINDER_SOURCE = "/src/stdlib_finder.py"
DATACLASS_CODE = "dataclass_code.marshal"  # the name stdlib_finder.use_engine reads
FIXED_DATE = (2000, 1, 1, 0, 0, 0)
MAGIC = importlib.util.MAGIC_NUMBER
DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def without_docstrings(tree: ast.Module) -> ast.Module:
    for node in ast.walk(tree):
        if isinstance(node, DOCUMENTED) and node.body and is_docstring(node.body[0]):
            first = node.body[0]
            node.body = node.body[1:] or [ast.Pass(lineno=first.lineno, col_offset=first.col_offset)]
    return tree


def svarint(value: int) -> bytes:
    """A signed varint of CPython's location table (Objects/locations.md): 6 bits a byte, low bit the sign."""
    value = (-value << 1) | 1 if value < 0 else value << 1
    out = bytearray()
    while value >= 64:
        out.append(0x40 | (value & 63))
        value >>= 6
    out.append(value)
    return bytes(out)


NO_COLUMNS, NO_LOCATION = 13, 15  # location-table entry kinds: a line delta only; no location at all


def lines_only(code: CodeType) -> CodeType:
    """The code object (and those nested in it) with a location table of lines and no columns."""
    table = bytearray()
    line = code.co_firstlineno
    for start, end, number in code.co_lines():
        units = (end - start) // 2
        while units > 0:
            length = min(8, units)  # an entry covers 1 to 8 code units
            units -= length
            if number is None:
                table.append(0x80 | NO_LOCATION << 3 | (length - 1))
            else:
                table.append(0x80 | NO_COLUMNS << 3 | (length - 1))
                table += svarint(number - line)
                line = number
    consts = tuple(lines_only(c) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_linetable=bytes(table), co_consts=consts)


def pyc(source: bytes, filename: str, docstrings: bool = True) -> bytes:
    tree = ast.parse(source, filename)
    code: CodeType = compile(tree if docstrings else without_docstrings(tree), filename, "exec", dont_inherit=True)
    code = lines_only(code)
    flags = 0b01  # hash-based, unchecked
    return MAGIC + flags.to_bytes(4, "little") + importlib.util.source_hash(source) + marshal.dumps(code)


def entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


GENERATED: dict[str, CodeType] = {}  # what `dataclasses` exec'd while the engine was imported, compiled here


def recording_exec(
    source: str | CodeType, globals: dict[str, Any] | None = None, locals: Mapping[str, object] | None = None, /
) -> None:
    if isinstance(source, str):
        GENERATED.setdefault(source, lines_only(compile(source, "<string>", "exec", dont_inherit=True)))
    builtins.exec(source, globals, locals)


def started_modules() -> list[str]:
    """The standard-library files that Pyodide's start and every kind of engine request import."""
    sys.path.insert(0, "/src")
    dataclasses.exec = recording_exec  # type: ignore[attr-defined]
    import guide_engine

    dataclasses.exec = builtins.exec  # type: ignore[attr-defined]

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
    files = {
        getattr(m, "__file__", None) or ""
        for m in list(sys.modules.values())
        if getattr(getattr(m, "__spec__", None), "origin", None) != "frozen"
    }
    return sorted(f[len(prefix) :] for f in files if f.startswith(prefix) and f.endswith(".py"))


def module_name(path: str) -> str:
    """`a.b` for a/b.py and for a/b/__init__.py."""
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def finder_source(source: zipfile.ZipFile) -> bytes:
    """stdlib_finder.py with the names of every module of the full standard library and the call that installs it."""
    names = sorted(module_name(n) for n in source.namelist() if n.endswith(".py"))
    with open(FINDER_SOURCE, "rb") as handle:
        text = handle.read().decode()
    return f"{text}\nMODULES = frozenset({names!r})\nFINDER = install(MODULES)\n".encode()


def write_stdlib(needed: list[str]) -> None:
    with zipfile.ZipFile(STDLIB) as source, zipfile.ZipFile("/out/python_stdlib_slim.zip", "w") as target:
        files = {name[:-3] + ".pyc": (source.read(name), name, False) for name in needed}
        files["sitecustomize.pyc"] = (finder_source(source), "sitecustomize.py", True)
        for name in sorted(files):
            text, original, docstrings = files[name]
            target.writestr(entry(name), pyc(text, f"{STDLIB}/{original}", docstrings))


def write_engine() -> None:
    with zipfile.ZipFile(ENGINE_ARCHIVE.replace("/lib", "/out"), "w") as target:
        for name in sorted(os.listdir("/src/guide_engine")):
            if name.endswith(".py"):
                with open(f"/src/guide_engine/{name}", "rb") as handle:
                    source = handle.read()
                path = f"guide_engine/{name[:-3]}.pyc"
                target.writestr(entry(path), pyc(source, f"{ENGINE_ARCHIVE}/guide_engine/{name}"))
        target.writestr(entry(DATACLASS_CODE), marshal.dumps(dict(sorted(GENERATED.items()))))


if __name__ == "__main__":  # as bytecode.mjs runs it; the tests import lines_only alone
    os.makedirs("/out", exist_ok=True)
    write_stdlib(started_modules())
    write_engine()
