"""Shipped as `sitecustomize.pyc` in the slimmed standard library (see pyodide_compile.py); runs inside Pyodide.

It also puts the engine's bytecode archive on `sys.path` for the worker (`use_engine`), with the code the
engine's dataclasses would otherwise compile at every start (see `use_engine`), and lets Pyodide's package loader,
as the slimmed archive compiles it, import what only installing a package needs when it is first used (`Later`,
`after_import`; pyodide_compile.DEFERRED), and Pyodide's start go without asyncio (`StartingAsyncio`).

The slimmed archive holds only the modules that start-up and the engine import. Python's `site` imports this
module while the interpreter starts, and it adds a finder at the end of `sys.meta_path`: when a module of
Pyodide's own standard library is imported and is not in the slimmed archive, the finder fetches Pyodide's full
`python_stdlib.zip` once, through the worker's `ladokStdlibFallback()` (FALLBACK; synchronous, so an `import` can
wait for it), and loads the module from there. A name that is not in the standard library at all is left to fail
as usual, without fetching anything.
"""

from __future__ import annotations

import builtins
import importlib
import importlib.abc
import importlib.util
import marshal
import sys
import warnings
import zipimport
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

# The build appends, at the end of this source, the names it shares with the worker (names.for_finder: where
# Pyodide's full standard library is written, the worker's global that fetches it, the engine archive's member with
# the dataclass code), then every module of Pyodide's own standard library ("a.b" for a/b.py and a/b/__init__.py)
# and the call to install(). So the module needs no data file of its own, and states no name twice; imported by
# CPython (mypy, ruff, the tests) it installs nothing.
FULL = ""
FALLBACK = ""
DATACLASS_CODE = ""
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
            fetch = self.fetch or getattr(importlib.import_module("js"), FALLBACK)
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


class Later:
    """Module `module` (or its attribute `name`), imported the first time it is used: an attribute read or a call."""

    def __init__(self, module: str, name: str = "") -> None:
        self._module, self._name = module, name

    def _target(self) -> Any:
        found = importlib.import_module(self._module)
        return getattr(found, self._name) if self._name else found

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._target(), attribute)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._target()(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<{self._module}{'.' + self._name if self._name else ''}, imported when first used>"


class AfterImport:
    """A finder first on `sys.meta_path` until `name` has been imported and run once: it finds the module as the
    other finders would, with a loader that then calls `function` of module `then` and takes this finder away (a
    lookup without an import, or an import that fails, leaves it in place for the next one)."""

    def __init__(self, name: str, then: str, function: str) -> None:
        self.name, self.then, self.function = name, then, function
        self.finding = False

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != self.name or self.finding:
            return None
        self.finding = True  # the lookup below asks every finder again, this one too
        try:
            spec = importlib.util.find_spec(fullname)
        finally:
            self.finding = False
        if spec is not None and spec.loader is not None:
            spec.loader = ThenLoader(spec.loader, self)
        return spec


class ThenLoader(importlib.abc.Loader):
    """The module's own loader, which calls `then.function()` once the module has run."""

    def __init__(self, loader: Any, hook: AfterImport) -> None:
        self.loader, self.hook = loader, hook

    def __getattr__(self, name: str) -> Any:  # get_code, is_package, get_resource_reader…: the loader's own
        return getattr(self.loader, name)

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        created: ModuleType | None = self.loader.create_module(spec)
        return created

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        module.__loader__ = self.loader
        if self.hook in sys.meta_path:
            sys.meta_path.remove(self.hook)
        try:
            getattr(importlib.import_module(self.hook.then), self.hook.function)()
        except Exception as error:  # the module has run: a failing function must not fail its import as well
            warnings.warn(
                f"{self.hook.then}.{self.hook.function}() after importing {self.hook.name}: {error!r}",
                RuntimeWarning,
                stacklevel=2,
            )


def after_import(name: str, then: str, function: str) -> None:
    """Call `then.function()` right after `name` is first imported (at once if it already has been)."""
    if name in sys.modules:
        getattr(importlib.import_module(then), function)()
    else:
        sys.meta_path.insert(0, AfterImport(name, then, function))


def _get_event_loop() -> Any:
    """`asyncio.get_event_loop`, as StartingAsyncio gives it to Pyodide's core: the real one, asyncio imported then."""
    return importlib.import_module("asyncio").get_event_loop()


class StartingAsyncio(ModuleType):
    """What `import asyncio` gives while Pyodide starts. Pyodide's core imports asyncio when it starts only to keep
    it, and its `get_event_loop`, for when Python and JavaScript await each other; the engine never does, and
    importing asyncio means about sixty modules (ssl, socket, subprocess, logging, concurrent.futures and asyncio's
    own), about a tenth of a cold start on a desktop. This module's `get_event_loop` imports asyncio when it is
    first called, and any other attribute read imports it at once and gives the real one's. The core keeps this
    module for good, and reads from it at every such await, so it must stay usable after the start; Pyodide's
    package takes it out of `sys.modules` (`started`), so every later `import asyncio` is the real one."""

    def __init__(self) -> None:
        super().__init__("asyncio")
        self.get_event_loop = _get_event_loop

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get("asyncio") is self:
            del sys.modules["asyncio"]
        return getattr(importlib.import_module("asyncio"), name)


def starting_asyncio() -> StartingAsyncio | None:
    """Put StartingAsyncio in place of asyncio until `started` (only if nothing has imported asyncio yet)."""
    if "asyncio" in sys.modules:
        return None
    stand_in = StartingAsyncio()
    sys.modules["asyncio"] = stand_in
    return stand_in


def started() -> None:
    """Called by Pyodide's package (pyodide/__init__.py, as pyodide_compile.DEFERRED changes it) where it imported its
    event loop (pyodide.webloop, and so asyncio) and set it up: StartingAsyncio is taken out of `sys.modules`, and
    the event loop is set up once asyncio or pyodide.webloop has been imported, whichever comes first. Until then
    `time.sleep` is the interpreter's own (what Pyodide's falls back to whenever it cannot suspend the call, as in
    this worker; a `from time import sleep` taken before keeps it), and `pyodide.webloop` is not yet an attribute of
    the `pyodide` package."""
    global SCHEDULE_CALLBACK
    if isinstance(sys.modules.get("asyncio"), StartingAsyncio):
        del sys.modules["asyncio"]
    # What pyodide.webloop takes from JavaScript when it is imported, taken here in its place: Pyodide's memory
    # snapshot (the worker's kept start) expects these JavaScript objects first among those Python holds.
    SCHEDULE_CALLBACK = importlib.import_module("pyodide_js._api").scheduleCallback
    after_import("asyncio", "sitecustomize", "asyncio_imported")
    after_import("pyodide.webloop", "sitecustomize", "webloop_imported")


SCHEDULE_CALLBACK: Any = None
EVENT_LOOP = False  # whether Pyodide's event loop is set up


def asyncio_imported() -> None:
    """After asyncio is first imported: Pyodide's event loop, unless pyodide.webloop is what imports it, which sets
    the loop up once it has run (webloop_imported): until then it lacks what setting up needs."""
    webloop = sys.modules.get("pyodide.webloop")
    if webloop is not None and getattr(webloop.__spec__, "_initializing", False):
        return
    set_up_event_loop(importlib.import_module("pyodide.webloop"))


def webloop_imported() -> None:
    set_up_event_loop(sys.modules["pyodide.webloop"])


def set_up_event_loop(webloop: ModuleType) -> None:
    """Pyodide's event loop as its package sets it up (pyodide.webloop._initialize_event_loop), once."""
    global EVENT_LOOP
    if not EVENT_LOOP:
        EVENT_LOOP = True
        webloop._initialize_event_loop()


def use_engine(archive: str) -> int:
    """Put the engine's bytecode archive first on `sys.path`, and have `dataclasses` take the code of the methods it
    generates from the archive's DATACLASS_CODE instead of compiling their source again: `@dataclass` builds each
    class's `__init__`, `__eq__` and the rest as source text and `exec`s it, which is half of the engine's import
    in Pyodide. The build compiled exactly those texts with this interpreter (pyodide_compile.py); a text it did
    not see is compiled as before. Returns how many codes it holds (0 if the archive has none)."""
    sys.path.insert(0, archive)
    try:
        codes = marshal.loads(zipimport.zipimporter(archive).get_data(DATACLASS_CODE))
    except OSError:
        return 0
    import dataclasses

    def exec_known(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        code = codes.get(source) if isinstance(source, str) else None
        builtins.exec(source if code is None else code, globals, locals)

    dataclasses.exec = exec_known  # type: ignore[attr-defined]
    return len(codes)
