"""`.gz` and `.br` copies beside the runtime's large files, for hosts that serve precompressed files (nginx
`gzip_static`/`brotli_static`, Caddy `precompressed`, Apache with rewrite rules; see the README).

gzip comes from Python's own module at level 9 with no name and mtime 0, brotli from Node's zlib (precompress.mjs):
the same content gives the same bytes on every build. Both are kept in `.cache/compressed/` by a hash of the content
(and brotli's quality), since the runtime's files change only with Pyodide's version or the engine. A copy that would
save less than a twentieth of the file is not written, and a file whose gzip copy saves less than that (an archive
already deflated, Pyodide's `python_stdlib.zip`) gets no brotli copy either: brotli's best quality took 28 s to save
2.5% of it.

How much brotli tries is the build's mode, `LADOK_PRECOMPRESS` (MODES): `fast` by default, `best` for what is
deployed to a host that sends brotli, `none` for `mkdocs serve` (its server sends no Content-Encoding at all).
Brotli's best quality (11) makes Pyodide's WebAssembly 2.77 MB against 3.10 MB at quality 9, but takes 25 to 50 s
on these machines against 4 to 6 s: the first build on a new checkout (which has no cache) would take 46 s.
The Node process runs while the build goes on (`start`, then `Pending.write`), each file on a thread of its own.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("LADOK_CACHE_DIR") or ROOT / ".cache") / "compressed"  # see bytecode.CACHE
MIN_SIZE = 4096
WORTH = 0.95
ENV = "LADOK_PRECOMPRESS"
MODES = {"none": None, "fast": 9, "best": 11}  # brotli's quality for each mode (no copies at all for none)


class CompressError(RuntimeError):
    pass


def mode(environ: Mapping[str, str], command: str) -> str:
    """The build's mode: LADOK_PRECOMPRESS when set, else `none` under `mkdocs serve` and `fast` otherwise."""
    chosen = environ.get(ENV) or ("none" if command == "serve" else "fast")
    if chosen not in MODES:
        raise CompressError(f"{ENV}={chosen!r}: choose one of {', '.join(MODES)}")
    return chosen


@dataclass
class Pending:
    """Copies being made for some files: brotli's by a Node process that runs meanwhile, gzip's when written."""

    files: list[tuple[Path, str]]
    quality: int | None
    cache: Path
    process: subprocess.Popen[str] | None = None
    renames: list[tuple[Path, Path]] = field(default_factory=list)

    def abandon(self) -> None:
        """Stop the Node process (the build failed meanwhile); what it had not finished is never used."""
        if self.process is not None:
            self.process.kill()
            self.process.communicate()

    def write(self, into: Path | None = None) -> list[Path]:
        """Wait for brotli, then write FILE.gz and FILE.br beside each file worth it (or in the folder `into`, where
        the build copied the files); returns what was written."""
        if self.process is not None:
            _, stderr = self.process.communicate(timeout=600)
            if self.process.returncode != 0:
                raise CompressError(f"brotli compression failed: {stderr[-1500:]}")
            for done, target in self.renames:
                done.replace(target)
        written: list[Path] = []
        for path, key in self.files:
            gz = self.cache / f"{key}.gz"
            for cached in (gz, self.cache / f"{key}-q{self.quality}.br"):
                if cached.is_file() and cached.stat().st_size <= path.stat().st_size * WORTH:
                    target = (into or path.parent) / (path.name + cached.suffix)
                    shutil.copyfile(cached, target)
                    written.append(target)
        return written


def start(files: Iterable[Path], chosen: str = "fast", cache: Path = CACHE) -> Pending:
    """Begin the copies of `files` in mode `chosen`: gzip's at once (a second or two), brotli's in a Node process
    that runs while the build goes on, for files whose gzip copy is worth writing."""
    quality = MODES[chosen]
    if quality is None:
        return Pending([], None, cache)
    cache.mkdir(parents=True, exist_ok=True)
    chosen_files = [(path, hashlib.sha256(path.read_bytes()).hexdigest()[:32]) for path in files]
    chosen_files = [(path, key) for path, key in chosen_files if path.stat().st_size >= MIN_SIZE]
    missing: list[tuple[Path, Path]] = []
    for path, key in chosen_files:
        gz = cache / f"{key}.gz"
        if not gz.is_file():
            partial = gz.with_suffix(f".gz.{os.getpid()}.partial")  # another build may be writing the same
            partial.write_bytes(gzip.compress(path.read_bytes(), 9, mtime=0))
            partial.replace(gz)
        br = cache / f"{key}-q{quality}.br"
        if gz.stat().st_size <= path.stat().st_size * WORTH and not br.is_file():
            missing.append((path, br))
    pending = Pending(chosen_files, quality, cache)
    if missing:
        if shutil.which("node") is None:
            raise CompressError("node is needed to write the brotli copies of the runtime")
        pending.renames = [(target.with_suffix(f".br.{os.getpid()}.partial"), target) for _, target in missing]
        args = [
            str(p)
            for (source, _), (partial, _) in zip(missing, pending.renames, strict=True)
            for p in (source, partial)
        ]
        script = Path(__file__).with_name("precompress.mjs")
        pending.process = subprocess.Popen(
            ["node", str(script), str(quality), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
    return pending


def write_beside(files: Iterable[Path], chosen: str = "fast", cache: Path = CACHE) -> list[Path]:
    """`start` and `Pending.write` in one: the copies of `files`, written beside them."""
    return start(files, chosen, cache).write()
