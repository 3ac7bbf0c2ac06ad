"""`.gz` and `.br` copies beside the runtime's large files, for hosts that serve precompressed files (nginx
`gzip_static`/`brotli_static`, Caddy `precompressed`, Apache with rewrite rules; see the README).

gzip comes from Python's own module at level 9 with no name and mtime 0, brotli from Node's zlib at quality 11
(precompress.mjs): the same content gives the same bytes on every build. Both are kept in `.cache/compressed/` by a
hash of the content, since the runtime's files change only with Pyodide's version or the engine. A copy that would
save less than a twentieth of the file (an archive already deflated, say) is not written.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "compressed"
MIN_SIZE = 4096
WORTH = 0.95


class CompressError(RuntimeError):
    pass


def write_beside(files: Iterable[Path], cache: Path = CACHE) -> list[Path]:
    """Write FILE.gz and FILE.br beside each file large enough and compressible enough; returns what was written."""
    cache.mkdir(parents=True, exist_ok=True)
    chosen = [(path, hashlib.sha256(path.read_bytes()).hexdigest()[:32]) for path in files]
    chosen = [(path, key) for path, key in chosen if path.stat().st_size >= MIN_SIZE]
    missing = [(path, cache / f"{key}.br") for path, key in chosen if not (cache / f"{key}.br").is_file()]
    if missing:
        _brotli(missing)
    written: list[Path] = []
    for path, key in chosen:
        size = path.stat().st_size
        cached_gz = cache / f"{key}.gz"
        if not cached_gz.is_file():
            partial = cached_gz.with_suffix(".gz.partial")
            partial.write_bytes(gzip.compress(path.read_bytes(), 9, mtime=0))
            partial.rename(cached_gz)
        for cached in (cached_gz, cache / f"{key}.br"):
            if cached.stat().st_size <= size * WORTH:
                target = path.with_name(path.name + cached.suffix)
                shutil.copyfile(cached, target)
                written.append(target)
    return written


def _brotli(pairs: list[tuple[Path, Path]]) -> None:
    if shutil.which("node") is None:
        raise CompressError("node is needed to write the brotli copies of the runtime")
    partial = [(source, target.with_suffix(".br.partial")) for source, target in pairs]
    args = [str(p) for pair in partial for p in pair]
    run = subprocess.run(
        ["node", str(Path(__file__).with_name("precompress.mjs")), *args], capture_output=True, text=True, timeout=600
    )
    if run.returncode != 0:
        raise CompressError(f"brotli compression failed: {run.stderr[-1500:]}")
    for (_, done), (_, target) in zip(partial, pairs, strict=True):
        done.rename(target)
