"""pyodide_compile.DEFERRED and stdlib_finder.after_import in CPython: the changed Pyodide sources keep every line
where Pyodide's own has it, and the one-shot import hook runs its function once, after the module has run, and only
then goes away."""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from guide_site.runtime.pyodide_compile import DEFERRED, deferred
from guide_site.runtime.stdlib_finder import AfterImport, after_import

ROOT = Path(__file__).resolve().parent.parent
DEFINITION = re.compile(r"^(?:def|class|async def) (\w+)", re.MULTILINE)


def lines_of_definitions(text: str) -> dict[str, int]:
    return {m.group(1): text.count("\n", 0, m.start()) + 1 for m in DEFINITION.finditer(text)}


@pytest.mark.parametrize("name", sorted(DEFERRED))
def test_a_changed_pyodide_source_keeps_its_lines(name: str) -> None:
    with zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip") as archive:
        shipped = archive.read(name)
    changed = deferred(name, shipped)
    assert changed != shipped, "the text to replace is not in this Pyodide's source"
    assert changed.count(b"\n") == shipped.count(b"\n")
    before, after = lines_of_definitions(shipped.decode()), lines_of_definitions(changed.decode())
    assert {k: v for k, v in after.items() if k in before} == before  # _register_wheel is new
    if sys.version_info >= (3, 14) or name.startswith("pyodide/"):  # the standard library's is 3.14's grammar;
        compile(changed, name, "exec")  # the build compiles every one in Pyodide's own Python (the Node tests)


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[Path]:
    """A folder on sys.path for the test's own modules; they and the hooks are gone afterwards."""
    sys.path.insert(0, str(tmp_path))
    hooks = list(sys.meta_path)
    yield tmp_path
    sys.path.remove(str(tmp_path))
    sys.meta_path[:] = hooks
    for name in [m for m in sys.modules if m.startswith("deferred_probe")]:
        del sys.modules[name]


def test_the_function_runs_once_after_the_module_and_the_hook_then_goes(modules: Path) -> None:
    (modules / "deferred_probe_then.py").write_text(
        "import sys\nCALLS = []\ndef record():\n    CALLS.append(sys.modules['deferred_probe'].READY)\n")
    (modules / "deferred_probe.py").write_text("READY = True\n")
    after_import("deferred_probe", "deferred_probe_then", "record")
    assert importlib.util.find_spec("deferred_probe") is not None  # a lookup alone: nothing runs, the hook stays
    then = importlib.import_module("deferred_probe_then")
    assert then.CALLS == [] and any(isinstance(f, AfterImport) for f in sys.meta_path)
    importlib.import_module("deferred_probe")
    assert then.CALLS == [True]  # after the module ran, once
    assert not any(isinstance(f, AfterImport) for f in sys.meta_path)
    importlib.reload(importlib.import_module("deferred_probe"))
    assert sys.modules["deferred_probe"].__loader__.__class__.__name__ != "ThenLoader"


def test_an_import_that_fails_leaves_the_hook_for_the_next_one(modules: Path) -> None:
    (modules / "deferred_probe_then.py").write_text("CALLS = []\ndef record():\n    CALLS.append(1)\n")
    (modules / "deferred_probe.py").write_text("raise OSError('the full standard library could not be fetched')\n")
    after_import("deferred_probe", "deferred_probe_then", "record")
    with pytest.raises(OSError):
        importlib.import_module("deferred_probe")
    (modules / "deferred_probe.py").write_text("READY = True\n")
    importlib.invalidate_caches()
    sys.modules.pop("deferred_probe", None)
    importlib.import_module("deferred_probe")
    assert importlib.import_module("deferred_probe_then").CALLS == [1]


def test_a_module_already_imported_gets_the_function_at_once(modules: Path) -> None:
    (modules / "deferred_probe_then.py").write_text("CALLS = []\ndef record():\n    CALLS.append(1)\n")
    (modules / "deferred_probe.py").write_text("READY = True\n")
    importlib.import_module("deferred_probe")
    after_import("deferred_probe", "deferred_probe_then", "record")
    assert importlib.import_module("deferred_probe_then").CALLS == [1]
    assert not any(isinstance(f, AfterImport) for f in sys.meta_path)


def test_a_function_that_fails_is_warned_of_and_the_module_still_imports(modules: Path) -> None:
    (modules / "deferred_probe_then.py").write_text("def record():\n    raise KeyError('no loop')\n")
    (modules / "deferred_probe.py").write_text("READY = True\n")
    after_import("deferred_probe", "deferred_probe_then", "record")
    with pytest.warns(RuntimeWarning, match=r"deferred_probe_then.record\(\) after importing deferred_probe"):
        probe = importlib.import_module("deferred_probe")
    assert probe.READY and sys.modules["deferred_probe"] is probe
