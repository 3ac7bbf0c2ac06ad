"""The slimmed standard library: only the bytecode start-up runs, and anything else of Pyodide's standard library
still imports, fetched on demand from Pyodide's own archive (in Pyodide under Node, no network)."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from guide_site.runtime import names
from guide_site.runtime.bytecode import compiled
from guide_site.runtime.wheel import build_wheel
from tests.test_pyodide import node_env

ROOT = Path(__file__).resolve().parent.parent
FULL = names.FULL_STDLIB + "/"
SLIM = names.SLIM_STDLIB


def imported(*args: str) -> dict[str, Any]:
    if shutil.which("node") is None or not (ROOT / "node_modules" / "pyodide").is_dir():
        pytest.fail("node and node_modules/pyodide are needed: run the README's test command")
    stdlib = compiled() / SLIM
    run = subprocess.run(
        ["node", str(ROOT / "tests" / "node" / "slim_import.mjs"), str(stdlib), *args],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=node_env(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def test_the_slim_archive_holds_bytecode_only_stored_for_http_to_compress() -> None:
    with zipfile.ZipFile(compiled() / SLIM) as archive:
        infos = archive.infolist()
    names = {i.filename for i in infos}
    assert all(name.endswith(".pyc") for name in names)
    assert {"sitecustomize.pyc", "json/__init__.pyc", "pyodide/__init__.pyc", "typing.pyc"} <= names
    assert {"os.pyc", "site.pyc", "statistics.pyc", "email/__init__.pyc"}.isdisjoint(names)  # frozen; not run
    assert {i.compress_type for i in infos} == {zipfile.ZIP_STORED}
    full = zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip")
    assert len(names) < len([n for n in full.namelist() if n.endswith(".py")]) / 3


def test_a_module_outside_the_slim_set_is_fetched_once_and_imported() -> None:
    result = imported("statistics", "email.message", "encodings.cp437", "json.tool", "no_such_module_here")
    origins = result["origins"]
    assert origins["statistics"] == FULL + "statistics.py"
    assert origins["email.message"] == FULL + "email/message.py"
    assert origins["encodings.cp437"] == FULL + "encodings/cp437.py"  # a module the slim package lacks
    assert origins["json.tool"] == FULL + "json/tool.py"
    assert origins["no_such_module_here"] == "ModuleNotFoundError"
    assert result["fetches"] == 1
    assert result["started"] == ["/lib/python314.zip/json/__init__.pyc", True]


def test_a_module_of_the_slim_set_or_none_at_all_fetches_nothing() -> None:
    result = imported("json.decoder", "no_such_module_here")
    assert result["origins"] == {"json.decoder": "/lib/python314.zip/json/decoder.pyc",
                                 "no_such_module_here": "ModuleNotFoundError"}
    assert result["fetches"] == 0


def test_without_the_page_s_fallback_an_outside_module_fails_as_a_missing_one() -> None:
    result = imported("--no-fallback", "statistics", "json")
    assert result["origins"] == {"statistics": "ModuleNotFoundError", "json": "/lib/python314.zip/json/__init__.pyc"}


def test_a_failure_inside_the_slim_standard_library_names_the_same_lines_as_pyodide_s_own() -> None:
    """The slim archive's code keeps its lines and drops its columns (pyodide_compile.lines_only)."""
    run = subprocess.run(
        ["node", str(ROOT / "tests" / "node" / "slim_traceback.mjs"), str(compiled() / SLIM)],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=node_env(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout)
    slim, own = result["slim"]["frames"], result["own"]["frames"]
    assert [name for name, _, _ in slim] == ["__init__.py", "decoder.py", "decoder.py"]
    assert slim == own
    assert "JSONDecodeError: Expecting property name" in result["slim"]["text"]


def test_the_engine_s_dataclasses_take_the_code_the_build_compiled() -> None:
    """stdlib_finder.use_engine: every method text the engine's dataclasses generate was compiled at build time."""
    engine = next(compiled().glob("guide_engine*.zip"))
    run = subprocess.run(
        ["node", str(ROOT / "tests" / "node" / "dataclass_code.mjs"), str(compiled() / SLIM),
         str(engine)], capture_output=True, text=True, timeout=300, cwd=ROOT, env=node_env(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout)
    assert result["known_installed"] and result["codes"] >= 20
    declared = sum(p.read_text(encoding="utf-8").count("\n@dataclass") for p in (ROOT / "guide_engine").glob("*.py"))
    assert result["compiled"] == 0 and result["found"] == declared  # two alike classes share one text
    assert result["equal"] and result["frozen"]
    assert result["unseen"] == "Unseen(n=3, label='x')"  # a text it never saw is compiled as before


def test_pyodide_s_package_loader_imports_what_installing_needs_only_when_it_installs(tmp_path: Path) -> None:
    """pyodide_compile.DEFERRED: start-up no longer imports shutil, tempfile, zipfile (nor bz2, lzma, random), so
    they are not in the slim archive; the worker's fallback, installing the engine's wheel, still works."""
    with zipfile.ZipFile(compiled() / SLIM) as archive:
        names = set(archive.namelist())
    assert {"shutil.pyc", "tempfile.pyc", "zipfile/__init__.pyc", "random.pyc", "bz2.pyc"}.isdisjoint(names)
    assert "pyodide/_package_loader.pyc" in names
    run = subprocess.run(
        ["node", str(ROOT / "tests" / "node" / "slim_packages.mjs"), str(compiled() / SLIM),
         str(build_wheel(tmp_path))], capture_output=True, text=True, timeout=300, cwd=ROOT, env=node_env(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout)
    assert result["started"] == [] and result["fetchesAtStart"] == 0
    assert result["engine"].startswith("/lib/python3.14/site-packages/guide_engine/")
    assert result["shutil"] == FULL + "shutil.py" and result["fetches"] == 1
    assert result["wheel_format"]  # registered when shutil was first imported, as Pyodide does at start


@pytest.mark.parametrize("mode", ["await", "kept", "import", "webloop"])
def test_pyodide_starts_without_asyncio_and_sets_its_event_loop_up_when_it_is_first_used(mode: str) -> None:
    """stdlib_finder.StartingAsyncio: start-up imports neither asyncio nor the modules it brings, so they are not in
    the slim archive. JavaScript awaiting Python that awaits a JavaScript promise (Pyodide's core asks asyncio for
    both), also in an interpreter restored from a memory snapshot, or importing asyncio, or pyodide.webloop first,
    fetches asyncio from Pyodide's own archive once, with Pyodide's event loop set up as it ships."""
    with zipfile.ZipFile(compiled() / SLIM) as archive:
        names = set(archive.namelist())
    assert {"asyncio/__init__.pyc", "pyodide/webloop.pyc", "ssl.pyc", "socket.pyc", "logging/__init__.pyc"}.isdisjoint(
        names)
    assert "_colorize.pyc" in names  # not imported at start either, but kept for formatting an error's traceback
    run = subprocess.run(
        ["node", str(ROOT / "tests" / "node" / "slim_asyncio.mjs"), str(compiled() / SLIM), mode],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=node_env(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout)
    assert result["started"] == [] and result["fetchesAtStart"] == 0
    assert result["awaited"] == (42 if mode in ("await", "kept") else None)
    assert result["asyncio"] == FULL + "asyncio/__init__.py" and result["fetches"] == 1
    assert result["loop"] == "WebLoop" and result["run"] and result["sleep"]
