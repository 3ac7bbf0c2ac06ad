"""The byte-compiled runtime: the slimmed standard library (.pyc files of what start-up imports, and a finder for
the rest), and the engine as a .pyc archive, both compiled by the pinned Pyodide's own Python under Node (see
bytecode.mjs for why).

Compiling takes a few seconds, so the result is kept in `.cache/bytecode/KEY/`, where KEY is a hash of everything
that goes into it: the Pyodide version, the engine's source, the finder, the shared names and the compiling scripts.
Any change makes a new key; the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

from . import names

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# The build's caches are in the checkout's .cache/, or under LADOK_CACHE_DIR (benchmarks/build_time.py gives each
# build an empty one there, so that it never touches the checkout's own while another build reads it).
CACHE = Path(os.environ.get("LADOK_CACHE_DIR") or ROOT / ".cache") / "bytecode"
OUTPUTS = (names.SLIM_STDLIB, names.ENGINE_ZIP)


class BytecodeError(RuntimeError):
    pass


def pyodide_version() -> str:
    package = ROOT / "node_modules" / "pyodide" / "package.json"
    try:
        return str(json.loads(package.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        raise BytecodeError("node_modules/pyodide is missing: run scripts/setup.sh (npm ci)") from None


def pyodide_base() -> str:
    """The site folder the build puts Pyodide in: named for its version (build.write_runtime)."""
    return f"{names.PYODIDE_DIR}{pyodide_version()}/"


def inputs_key() -> str:
    digest = hashlib.sha256(pyodide_version().encode())
    sources = [
        *sorted((ROOT / "guide_engine").glob("*.py")),
        HERE / "bytecode.mjs",
        HERE / "names.py",
        HERE / "pyodide_compile.py",
        HERE / "pyodide_exercise.py",
        HERE / "stdlib_finder.py",
    ]
    for path in sources:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class Compiling:
    """The archives for the current inputs: at once from the cache, else from a Node process that compiles them
    while the build goes on (`start`); `folder()` waits for it."""

    def __init__(self, cache: Path = CACHE) -> None:
        self.target = cache / inputs_key()
        self.partial = self.target.with_name(f"{self.target.name}.{os.getpid()}.partial")  # one per build
        self.process: subprocess.Popen[str] | None = None
        if self.complete():
            return
        if shutil.which("node") is None:
            raise BytecodeError("node is needed to byte-compile the engine for the browser")
        shutil.rmtree(self.partial, ignore_errors=True)
        self.process = subprocess.Popen(
            ["node", str(HERE / "bytecode.mjs"), str(ROOT / "guide_engine"), str(self.partial)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def folder(self) -> Path:
        if self.process is None:
            return self.target
        try:
            _, stderr = self.process.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            self.abandon()
            raise BytecodeError("byte-compiling in Pyodide took over 300 s") from None
        process, self.process = self.process, None
        if process.returncode != 0:
            raise BytecodeError(f"byte-compiling in Pyodide failed: {stderr[-1500:]}")
        if not self.complete():  # else another build finished the same inputs first: the same bytes
            shutil.rmtree(self.target, ignore_errors=True)
            self.partial.rename(self.target)
        shutil.rmtree(self.partial, ignore_errors=True)
        return self.target

    def complete(self) -> bool:
        return all((self.target / name).is_file() for name in OUTPUTS)

    def abandon(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.communicate()
            self.process = None


def compiled(cache: Path = CACHE) -> Path:
    """The folder holding the two archives for the current inputs, compiling them first if need be."""
    return Compiling(cache).folder()


def content_name(path: Path) -> str:
    """`name-HASH.ext`: a file name that changes whenever the content does, so a cache can keep it for good."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return f"{path.stem}-{digest}{path.suffix}"
