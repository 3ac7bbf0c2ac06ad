"""The browser's share of the site: Pyodide, the slimmed standard library, the engine and what the tools read."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guide_engine import Settings, describe

from .. import BuildError, texts
from . import answers, bytecode, names, precompress
from .wheel import build_wheel

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Started:
    """The runtime's slow parts, begun as the build starts so that they run while its pages are made: the bytecode
    (a Node process running Pyodide) and the brotli copies of Pyodide's own files (another)."""

    compress: str
    compiling: bytecode.Compiling
    pyodide_copies: precompress.Pending

    def abandon(self) -> None:
        self.compiling.abandon()
        self.pyodide_copies.abandon()


def begin(compress: str = "fast") -> Started:
    """Start the runtime's slow parts (see Started); `compress` is the precompression's mode."""
    source = ROOT / "node_modules" / "pyodide"
    try:
        compiling = bytecode.Compiling()
    except bytecode.BytecodeError as exc:
        raise BuildError(str(exc)) from None
    try:
        files = [source / name for name in names.PYODIDE_FILES]
        return Started(compress, compiling, precompress.start(files, compress))
    except (OSError, precompress.CompressError) as exc:
        compiling.abandon()
        raise BuildError(str(exc)) from None


def write_runtime(
    site_dir: Path,
    settings: Settings,
    table: dict[str, Any],
    started: Started | None = None,
    day: dt.date | None = None,
    contact: str = "",
) -> None:
    """The browser's share, all local: Pyodide from node_modules under a folder named for its version, the slimmed
    standard library and the engine byte-compiled (named for their content), the engine's wheel and Pyodide's own
    standard library as the fallback, and the calendar, rules, settings and the lockfile's header (so no start
    fetches the lockfile: no package is loaded from it) in runtime.json, with what the worker needs to start
    (`start`, names.for_worker) and the build's id (`build`, see build_id). Every runtime path changes when its
    content can, so the service worker may keep them for good. Large files get `.gz` and `.br` copies beside them
    (precompress, in the mode `started.compress`). `started` is what `begin` started as the build began (begun
    here if None). With the build's `day`, each tool's first answers too (answers.py),
    named in runtime.json's `answers`."""
    started = started or begin()
    source = ROOT / "node_modules" / "pyodide"
    try:
        base = bytecode.pyodide_base()
        compiled = started.compiling.folder()
        lock_info = json.loads((source / names.PYODIDE_LOCKFILE).read_text(encoding="utf-8"))["info"]
    except bytecode.BytecodeError as exc:
        started.abandon()
        raise BuildError(str(exc)) from None
    target = site_dir / base
    shutil.rmtree(site_dir / names.PYODIDE_DIR, ignore_errors=True)
    target.mkdir(parents=True)
    for name in names.PYODIDE_FILES:
        shutil.copyfile(source / name, target / name)
    stdlib = bytecode.content_name(compiled / names.SLIM_STDLIB)
    shutil.copyfile(compiled / names.SLIM_STDLIB, target / stdlib)
    engine_dir = site_dir / names.ENGINE_DIR
    shutil.rmtree(engine_dir, ignore_errors=True)
    engine_dir.mkdir()
    engine = bytecode.content_name(compiled / names.ENGINE_ZIP)
    shutil.copyfile(compiled / names.ENGINE_ZIP, engine_dir / engine)
    wheels = site_dir / names.WHEELS_DIR
    shutil.rmtree(wheels, ignore_errors=True)
    wheel = build_wheel(wheels)
    folder = wheels / bytecode.content_name(wheel).rsplit("-", 1)[1].split(".")[0]  # a wheel keeps its own name
    folder.mkdir()
    wheel = wheel.rename(folder / wheel.name)
    wheel_path = wheel.relative_to(site_dir).as_posix()
    start = {
        "pyodide": base,
        "script": base + names.PYODIDE_SCRIPT,
        "core": base + names.PYODIDE_CORE,
        "wasm": base + names.PYODIDE_WASM,
        "fullStdlib": base + names.PYODIDE_STDLIB,
        "stdlib": base + stdlib,
        "engine": f"{names.ENGINE_DIR}{engine}",
        "wheel": wheel_path,
        "lockfile": {"info": lock_info, "packages": {}},
        **names.for_worker(),
    }
    runtime: dict[str, Any] = {
        "start": start,
        "calendar": table,
        "settings": settings.to_dict(),
        "rules": describe(settings),
        "texts": texts.browser_labels(),  # the interface's words; the engine's own are in rules.labels
    }
    first = {}
    if day is not None:
        asked = answers.requests(table, settings, day, contact)
        first = answers.write_answers(site_dir / names.ASSETS, asked)
        runtime["answers"] = {tool: path.relative_to(site_dir).as_posix() for tool, path in first.items()}
    runtime["build"] = build_id(runtime)
    runtime_json = site_dir / names.RUNTIME_JSON
    runtime_json.write_text(json.dumps(runtime, ensure_ascii=False), encoding="utf-8")
    try:
        started.pyodide_copies.write(into=target)
        precompress.write_beside(
            [target / stdlib, engine_dir / engine, runtime_json, *first.values()], started.compress
        )
    except precompress.CompressError as exc:
        raise BuildError(str(exc)) from None


def build_id(runtime: dict[str, Any]) -> str:
    """The build's id: a hash of what runtime.json says, which names the runtime's files by their content. engine.js
    carries it (scripts.py) and refuses a runtime.json with another; the scripts among themselves cannot mix, since
    each names the others by their content."""
    return hashlib.sha256(json.dumps(runtime, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]
