"""Shipped as `sitecustomize.pyc` in the slimmed standard library (see pyodide_compile.py); runs inside Pyodide.

The slimmed archive holds only the modules that start-up and the engine import. Python's `site` imports this
module while the interpreter starts, and it adds a finder at the end of `sys.meta_path`: when a module of
Pyodide's own standard library is imported and is not in the slimmed archive, the finder fetches Pyodide's full
`python_stdlib.zip` once, through the page's `ladokStdlibFallback()` (synchronous, so an `import` can wait for
it), and loads the module from there. A name that is not in the standard library at all is left to fail as usual,
without fetching anything.
"""

from __future__ import annotations

import importlib
import sys
import zipimport
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

FULL = "/lib/python_stdlib_full.zip"
# Every module of Pyodide's own standard library ("a.b" for a/b.py and a/b/__init__.py). The build appends the
# real set and the call to install() at the end of this source, so the module needs no data file of its own;
# imported by CPython (mypy, ruff) it installs nothing.
MODULES: frozenset[str] = frozenset()


class FullStdlibFinder:
    """Finds what the slimmed standard library lacks in Pyodide's full one, fetched on the first such import."""

    def __init__(self, modules: frozenset[str], fetch: Any = None) -> None:
        self.modules = modules
        self.fetch = fetch
        self.fetched = False

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in self.modules or not self.load():
            return None
        package = fullname.rpartition(".")[0].replace(".", "/")
        importer = zipimport.zipimporter(f"{FULL}/{package}" if package else FULL)
        return importer.find_spec(fullname)

    def load(self) -> bool:
        """Put the full archive in the file system once; False if the page cannot give it (nothing is then found)."""
        if self.fetched:
            return True
        try:
            fetch = self.fetch or importlib.import_module("js").ladokStdlibFallback
            data = fetch()
            data = bytes(data.to_bytes() if hasattr(data, "to_bytes") else data)
        except Exception:  # no page hook, or the fetch failed: the import fails as it would have
            return False
        with open(FULL, "wb") as handle:
            handle.write(data)
        self.fetched = True
        return True


def install(modules: frozenset[str]) -> FullStdlibFinder:
    finder = FullStdlibFinder(modules)
    sys.meta_path.append(finder)
    return finder
