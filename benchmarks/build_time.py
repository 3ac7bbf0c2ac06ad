"""How long a build takes: the first one on a new checkout (no `.cache/`: the bytecode compiled under Pyodide in
Node and the precompressed copies are made again) and the next one (both from `.cache/`), each in wall time and in
CPU time (the build's own and its Node processes'), with the load average beside them, since the machine is shared.

Each repetition builds with an empty cache folder of its own (LADOK_CACHE_DIR), so the checkout's `.cache/` is never
touched, and a test or another build in the checkout can run meanwhile. The mode of the precompressed copies is the build's default (`fast`) unless LADOK_PRECOMPRESS says otherwise
(guide_site/runtime/precompress.py); `best` is what a deploy to a brotli host would use.

Target (issue 37): an uncached build under 15 s (it took 46 s: brotli's best quality on every runtime file, and the
runtime and embed pages written twice, once inside the i18n plugin's build of the other language).
Run: .venv/bin/python benchmarks/build_time.py [REPETITIONS]   (1 by default; each repetition is uncached, then cached)
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(site: Path, cache: Path) -> tuple[float, float]:
    """One `mkdocs build` with its caches in `cache`: its wall time and CPU time (with every process it started)."""
    cpu, started = children_cpu(), time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "LADOK_CACHE_DIR": str(cache)},
    )
    return time.perf_counter() - started, children_cpu() - cpu


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    mode = os.environ.get("LADOK_PRECOMPRESS", "fast (the default)")
    print(f"precompression mode: {mode}; {os.cpu_count()} cores; load average {load()}", flush=True)
    runs: dict[str, list[tuple[float, float]]] = {"uncached": [], "cached": []}
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(repetitions):
            cache = Path(tmp) / f"cache-{number}"
            for kind in ("uncached", "cached"):
                wall, cpu = build(Path(tmp) / "site", cache)
                runs[kind].append((wall, cpu))
                print(f"  {number + 1}, {kind:8}: {wall:5.1f} s wall, {cpu:5.1f} s CPU   (load {load()})", flush=True)
    for kind, values in runs.items():
        wall = statistics.median(w for w, _ in values)
        cpu = statistics.median(c for _, c in values)
        verdict = f"   target under 15 s: {'met' if wall < 15 else 'NOT met'}" if kind == "uncached" else ""
        print(f"{kind:8} build: median {wall:5.1f} s wall, {cpu:5.1f} s CPU over {len(values)}{verdict}")
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
