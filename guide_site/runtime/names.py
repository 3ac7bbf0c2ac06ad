"""The names the runtime's parts share, defined here once.

The build (write.py, bytecode.mjs, pyodide_compile.py), the slimmed library's finder (stdlib_finder.py), the page's
start (engine.js), the engine's worker (worker.js) and the service worker (sw.js) must agree on where a file lives,
what a global is called, which cache holds what. Each reads it from here: the Python parts import it (inside
Pyodide, bytecode.mjs puts this file where pyodide_compile.py imports it), the finder gets the values it needs
appended to its source (pyodide_compile.finder_source), the worker reads runtime.json's `start` (written by
write.py from `start()`), engine.js and sw.js have them filled in when the build writes them (scripts.py,
offline.py). Only these values, no logic: this module is imported by CPython and by Pyodide alike.
"""

from __future__ import annotations

# The site's folders and files (paths from the site's root).
RUNTIME_JSON = "assets/runtime.json"
ASSETS = "assets/"
PYODIDE_DIR = "pyodide/"  # then the version: pyodide/314.0.7/
ENGINE_DIR = "engine/"
WHEELS_DIR = "wheels/"

# Pyodide's own files, in its folder, as the npm package ships them.
PYODIDE_SCRIPT = "pyodide.mjs"
PYODIDE_CORE = "pyodide.asm.mjs"
PYODIDE_WASM = "pyodide.asm.wasm"
PYODIDE_STDLIB = "python_stdlib.zip"
PYODIDE_LOCKFILE = "pyodide-lock.json"
PYODIDE_FILES = (PYODIDE_SCRIPT, PYODIDE_CORE, PYODIDE_WASM, PYODIDE_STDLIB, PYODIDE_LOCKFILE)

# What bytecode.mjs writes (then named for their content in the site).
SLIM_STDLIB = "python_stdlib_slim.zip"
ENGINE_ZIP = "guide_engine.zip"

# Inside Pyodide's file system: where the worker writes the engine's archive (its bytecode names this path, so a
# traceback names a real file), and where the finder writes Pyodide's full standard library once fetched.
ENGINE_ARCHIVE = "/lib/" + ENGINE_ZIP
FULL_STDLIB = "/lib/python_stdlib_full.zip"
# The engine archive's member holding the code of the methods @dataclass generates ({source text: code}).
DATACLASS_CODE = "dataclass_code.marshal"
# The worker's global that the finder calls (through Pyodide's `js` module) for Pyodide's full standard library.
STDLIB_FALLBACK = "ladokStdlibFallback"

# Cache Storage: the service worker's caches (this prefix, then the build's version), and the worker's kept start.
SITE_CACHE_PREFIX = "ladok-guiden-"
KEPT_CACHE = "ladok-kept-start"


def shared() -> dict[str, object]:
    """Every name here, as the Node scripts read them (bytecode.mjs; the tests' tests/node/*.mjs, from the
    environment's LADOK_RUNTIME_NAMES)."""
    return {key: value for key, value in globals().items() if key.isupper()}


def for_finder() -> dict[str, str]:
    """What stdlib_finder reads, appended to its source by the build."""
    return {"FULL": FULL_STDLIB, "FALLBACK": STDLIB_FALLBACK, "DATACLASS_CODE": DATACLASS_CODE}


def for_worker() -> dict[str, str]:
    """What the worker reads from runtime.json's `start`, besides the paths of this build's files."""
    return {"engineArchive": ENGINE_ARCHIVE, "fallbackHook": STDLIB_FALLBACK, "keptCache": KEPT_CACHE}
