"""Run inside Pyodide by bytecode.mjs (never by CPython): import the engine from /src as the browser would, then
write /out/python_stdlib_slim.zip and /out/guide_engine.zip with .pyc files compiled by this very interpreter.

The slimmed standard library holds, as .pyc files only, the modules that Pyodide's start and every kind of engine
request import (not those frozen into the interpreter, which never read the archive), plus `sitecustomize`: the
finder that fetches Pyodide's full standard library the first time anything else is imported (stdlib_finder.py).
Its modules are compiled without docstrings (the stdlib runs without them, as under `python -OO`; asserts stay).

Every code object, the engine's too, keeps its line numbers but not its columns (`lines_only`): columns only place
the `^^^` markers under a quoted source line, and these archives hold no source to quote, so a traceback reads the
same. That is over a quarter of the standard library's compressed bytes (771 KB brotli down to about 550 KB).
CPython's own switch (PYTHONNODEBUGRANGES=1, which Pyodide takes as `env`) gives the same positions, checked by a
test, but writes an entry wherever an instruction starts a location: 5% larger archives, so it is not used (figures
in tests/test_lines_only.py).

The engine's archive also holds `dataclass_code.marshal`: the code of every method `@dataclass` generated while
the engine was imported, keyed by the source text it generated and compiled here, so the browser runs that code
instead of compiling the same text again at every start (stdlib_finder.use_engine; half the engine's import).

Four modules are compiled from a changed source (DEFERRED), three of Pyodide's own and `traceback`. Pyodide's package
loader imports what only installing a package needs (shutil, tempfile, zipfile, and through them four more modules) when
first used, not at every start. Its package sets up its event loop once asyncio or pyodide.webloop is first imported,
and its core, as it starts, is given a stand-in for asyncio (stdlib_finder.StartingAsyncio): about sixty modules fewer.
And `traceback`, which Pyodide's core imports as it starts, imports `_colorize` when it first formats an error. What
start-up then still imports is measured in a second interpreter started on the new archive (`prune`, run by
bytecode.mjs), and only that is kept.

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
import marshal
import os
import sys
import zipfile
from collections.abc import Mapping
from types import CodeType
from typing import Any

from guide_site.runtime import names  # in Pyodide, bytecode.mjs puts guide_site's names.py under /src

# Pyodide's standard library archive ("" in CPython); the same lookup as pyodide_exercise.standard_library, which
# this script imports from /src only where it runs it (started_modules: mypy knows it as guide_site's)
STDLIB = next((p for p in sys.path if p.endswith(".zip") and p.rpartition("/")[2].startswith("python")), "")
FINDER_SOURCE = "/src/stdlib_finder.py"
PACKAGE = "pyodide/__init__.py"
OUT = "/out/"
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


# Pyodide sources compiled changed: {path: [(text as Pyodide ships it, what replaces it), ...]}. Its package loader
# (and pyodide.common, which it imports) imports shutil, tempfile and zipfile, and through them bz2, lzma, zstd and
# random, when Pyodide starts, though it only uses them to install a package, which the worker never does. Here
# they are imported when first used (stdlib_finder.Later), and the wheel format is still registered with shutil
# whenever shutil is first imported (stdlib_finder.after_import). If any text differs (another Pyodide), the module
# is compiled as it ships, which only makes the start slower; tests/test_slim_stdlib.py then fails, so it is seen.
# Each change keeps the line count, so a traceback names the lines of Pyodide's own source (tests/test_deferred.py).
DEFERRED = {
    "pyodide/_package_loader.py": [
        ("import shutil\n", "from sitecustomize import Later, after_import; shutil = Later('shutil')\n"),
        ("from tempfile import NamedTemporaryFile\n", "NamedTemporaryFile = Later('tempfile', 'NamedTemporaryFile')\n"),
        ("from zipfile import ZipFile\n", "ZipFile = Later('zipfile', 'ZipFile')\n"),
        (
            "if IN_PYODIDE:\n    shutil.register_archive_format(",
            "def _register_wheel() -> None:\n    shutil.register_archive_format(",
        ),
        (
            '        description="Wheel file",\n    )\n\n\ndef get_format(',
            '        description="Wheel file",\n    )\n\n'
            "if IN_PYODIDE: after_import('shutil', 'pyodide._package_loader', '_register_wheel')\ndef get_format(",
        ),
    ],
    "pyodide/common.py": [("import shutil\n", "from sitecustomize import Later; shutil = Later('shutil')\n")],
    # Pyodide's core imports traceback as it starts, which imports _colorize, whose five dataclasses take 15 to 20 ms to
    # build; traceback only reads _colorize's attributes when it formats an error
    "traceback.py": [("import _colorize\n", "from sitecustomize import Later; _colorize = Later('_colorize')\n")],
    # Pyodide's event loop, and asyncio with it, set up once asyncio or pyodide.webloop is first imported
    # (stdlib_finder.started)
    "pyodide/__init__.py": [
        (
            "from .webloop import _initialize_event_loop\n\n_initialize_event_loop()\ndel _initialize_event_loop\n",
            "from sitecustomize import started as _started\n\n_started()\ndel _started\n",
        )
    ],
}


def deferred(name: str, source: bytes) -> bytes:
    """The source to compile for a module of Pyodide's standard library: as it ships, or changed by DEFERRED if
    every text to replace is found exactly once."""
    text = source.decode()
    changes = DEFERRED.get(name, [])
    if not changes or any(text.count(shipped) != 1 for shipped, _ in changes):
        return source
    for shipped, changed in changes:
        text = text.replace(shipped, changed)
    return text.encode()


GENERATED: dict[str, CodeType] = {}  # what `dataclasses` exec'd while the engine was imported, compiled here


def recording_exec(
    source: str | CodeType, globals: dict[str, Any] | None = None, locals: Mapping[str, object] | None = None, /
) -> None:
    if isinstance(source, str):
        GENERATED.setdefault(source, lines_only(compile(source, "<string>", "exec", dont_inherit=True)))
    builtins.exec(source, globals, locals)


def started_modules() -> list[str]:
    """The standard-library files that Pyodide's start and every kind of engine request import."""
    import pyodide_exercise  # type: ignore[import-not-found]  # /src's copy; mypy knows it as guide_site's

    dataclasses.exec = recording_exec  # type: ignore[attr-defined]
    import guide_engine  # noqa: F401

    dataclasses.exec = builtins.exec  # type: ignore[attr-defined]
    pyodide_exercise.run()
    return [f for f in pyodide_exercise.imported_from(STDLIB) if f.endswith(".py")]


def module_name(path: str) -> str:
    """`a.b` for a/b.py and for a/b/__init__.py."""
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def finder_source(source: zipfile.ZipFile) -> bytes:
    """stdlib_finder.py with the names of every module of the full standard library and the call that installs it,
    and StartingAsyncio put in place if Pyodide's package is changed to take it away again (DEFERRED)."""
    modules = sorted(module_name(n) for n in source.namelist() if n.endswith(".py"))
    with open(FINDER_SOURCE, "rb") as handle:
        text = handle.read().decode()
    text += "".join(f"\n{name} = {value!r}" for name, value in names.for_finder().items())
    text += f"\nMODULES = frozenset({modules!r})\nFINDER = install(MODULES)\n"
    package = source.read(PACKAGE)
    if deferred(PACKAGE, package) != package:
        text += "STARTING_ASYNCIO = starting_asyncio()\n"
    return text.encode()


def write_stdlib(needed: list[str]) -> None:
    with zipfile.ZipFile(STDLIB) as source, zipfile.ZipFile(OUT + names.SLIM_STDLIB, "w") as target:
        files = {name[:-3] + ".pyc": (deferred(name, source.read(name)), name, False) for name in needed}
        files["sitecustomize.pyc"] = (finder_source(source), "sitecustomize.py", True)
        for name in sorted(files):
            text, original, docstrings = files[name]
            target.writestr(entry(name), pyc(text, f"{STDLIB}/{original}", docstrings))


def write_engine() -> None:
    with zipfile.ZipFile(OUT + names.ENGINE_ZIP, "w") as target:
        for name in sorted(os.listdir("/src/guide_engine")):
            if name.endswith(".py"):
                with open(f"/src/guide_engine/{name}", "rb") as handle:
                    source = handle.read()
                path = f"guide_engine/{name[:-3]}.pyc"
                target.writestr(entry(path), pyc(source, f"{names.ENGINE_ARCHIVE}/guide_engine/{name}"))
        target.writestr(entry(names.DATACLASS_CODE), marshal.dumps(dict(sorted(GENERATED.items()))))


def build() -> None:
    """The first pass (bytecode.mjs), on Pyodide's own standard library: both archives."""
    os.makedirs(OUT, exist_ok=True)
    write_stdlib(started_modules())
    write_engine()


# Kept though start-up no longer imports them: the finder, and what traceback needs to format an error (DEFERRED)
UNSTARTED = {"sitecustomize.pyc", "_colorize.pyc"}


def prune(used: list[str]) -> None:
    """After the second pass (bytecode.mjs), which started an interpreter on the slimmed archive and ran the
    engine's requests there: keep only the files it imported (`used`, .pyc names) and UNSTARTED."""
    keep = {*used, *UNSTARTED}
    slim = OUT + names.SLIM_STDLIB
    with zipfile.ZipFile(slim) as source, zipfile.ZipFile(slim + ".pruned", "w") as target:
        for info in source.infolist():
            if info.filename in keep:
                target.writestr(entry(info.filename), source.read(info))
    os.replace(slim + ".pruned", slim)
