"""The browser's share of the site: Pyodide, the slimmed standard library, the engine and what the tools read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from guide_engine import Settings, describe

from .. import BuildError, texts
from . import bytecode, precompress
from .wheel import build_wheel

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")


def write_runtime(site_dir: Path, settings: Settings, table: dict[str, Any]) -> None:
    """The browser's share, all local: Pyodide from node_modules under a folder named for its version, the slimmed
    standard library and the engine byte-compiled (named for their content), the engine's wheel and Pyodide's own
    standard library as the fallback, and the calendar, rules, settings and the lockfile's header (so no start
    fetches the lockfile: no package is loaded from it) in runtime.json. Every runtime path changes when its content
    can, so the service worker may keep them for good. Large files get `.gz` and `.br` copies beside them."""
    source = ROOT / "node_modules" / "pyodide"
    try:
        base = bytecode.pyodide_base()
        compiled = bytecode.compiled()
        lock_info = json.loads((source / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    except bytecode.BytecodeError as exc:
        raise BuildError(str(exc)) from None
    target = site_dir / base
    shutil.rmtree(site_dir / "pyodide", ignore_errors=True)
    target.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(source / name, target / name)
    stdlib = bytecode.content_name(compiled / "python_stdlib_slim.zip")
    shutil.copyfile(compiled / "python_stdlib_slim.zip", target / stdlib)
    engine_dir = site_dir / "engine"
    shutil.rmtree(engine_dir, ignore_errors=True)
    engine_dir.mkdir()
    engine = bytecode.content_name(compiled / "guide_engine.zip")
    shutil.copyfile(compiled / "guide_engine.zip", engine_dir / engine)
    wheels = site_dir / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    wheel = build_wheel(wheels)
    folder = wheels / bytecode.content_name(wheel).rsplit("-", 1)[1].split(".")[0]  # a wheel keeps its own name
    folder.mkdir()
    wheel = wheel.rename(folder / wheel.name)
    wheel_path = wheel.relative_to(site_dir).as_posix()
    runtime = {
        "pyodide": base,
        "stdlib": base + stdlib,
        "engine": f"engine/{engine}",
        "wheel": wheel_path,
        "lockfile": {"info": lock_info, "packages": {}},
        "calendar": table,
        "settings": settings.to_dict(),
        "rules": describe(settings),
        "texts": texts.browser_labels(),  # the interface's words; the engine's own are in rules.labels
    }
    runtime_json = site_dir / "assets" / "runtime.json"
    runtime_json.write_text(json.dumps(runtime, ensure_ascii=False), encoding="utf-8")
    try:
        precompress.write_beside([*sorted(target.iterdir()), engine_dir / engine, runtime_json])
    except precompress.CompressError as exc:
        raise BuildError(str(exc)) from None
