"""Start-up benchmark in one headless Chromium run, the variants alternated so that they share the machine's state:

- bare: `loadPyodide()` in a module worker on an empty page (Pyodide's own standard library, nothing else);
- sandbox: from pressing "Open the sandbox" to the sandbox's first drawn view;
- deadline: from pressing "Open the tool" on the deadlines page to the calculator's first answer.

Each cold (a new browser context: empty HTTP cache, no service worker, no code cache) and warm (the same context
again), at least 5 repetitions, with paired ratios (each run against the bare run next to it), the load average,
bytes of an opened sandbox raw and gzip'd, and the round trip of a sandbox action.

Targets (issue 13): sandbox and the calculator's first answer within 0.5 of bare cold and 0.3 warm.
Run: .venv/bin/python benchmarks/sandbox.py [REPETITIONS]
"""

from __future__ import annotations

import gzip
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import chromium, served_site  # noqa: E402

BARE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title></head><body><script>
window.startBare = () => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const worker = new Worker("bare-worker.js", { type: "module" });
  worker.onmessage = () => resolve(performance.now() - t0);
  worker.onerror = (e) => reject(new Error(e.message));
});
</script></body></html>"""

BARE_WORKER = """import { loadPyodide } from "./PYODIDE/pyodide.mjs";
await loadPyodide();
postMessage("ready");
"""

OPEN_SANDBOX = """() => new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('the sandbox did not start within 90 s')), 90000);
  const t0 = performance.now();
  document.querySelector('.ladok-sandbox .ladok-open').click();
  const check = () => document.querySelector('.ladok-sandbox .ladok-view > *') ? resolve(performance.now() - t0)
    : requestAnimationFrame(check);
  check();
})"""

FIRST_ANSWER = """() => new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('the calculator gave no answer within 90 s')), 90000);
  const t0 = performance.now();
  document.querySelector('.ladok-tool .ladok-open').click();
  const filled = () => {
    const input = document.querySelector('#deadline-exam');
    if (!input) return requestAnimationFrame(filled);
    input.value = '2026-03-27';
    input.form.requestSubmit();
    const answered = () => document.querySelector('.ladok-result > *') ? resolve(performance.now() - t0)
      : requestAnimationFrame(answered);
    answered();
  };
  filled();
})"""

ACTION = """(grade) => new Promise((resolve) => {
  const row = document.querySelector('.ladok-view tr.ladok-row');
  row.querySelector('select').value = grade;
  row.querySelector('input[type=text]').value = '2026-01-15';
  const box = document.querySelector('.ladok-box');
  const t0 = performance.now();
  row.nextElementSibling.querySelector('button.ladok-action').click();
  const started = () => box.hasAttribute('aria-busy') ? finished() : requestAnimationFrame(started);
  const finished = () => box.hasAttribute('aria-busy') ? setTimeout(finished, 0) : resolve(performance.now() - t0);
  started();
})"""


def fresh(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.evaluate("() => localStorage.clear()")
    page.reload()
    page.wait_for_load_state("networkidle")


def run_variant(page: Any, base: str, variant: str) -> float:
    if variant == "bare":
        page.goto(base + "/bare.html")
        page.wait_for_function("() => typeof window.startBare === 'function'")
        return float(page.evaluate("() => window.startBare()"))
    if variant == "sandbox":
        fresh(page, base + "/practise/written-exam/")
        return float(page.evaluate(OPEN_SANDBOX))
    fresh(page, base + "/teacher/deadlines/")
    return float(page.evaluate(FIRST_ANSWER))


def opened_sandbox_bytes(browser: Any, base: str, site: Path) -> tuple[int, int, dict[str, int]]:
    """Bytes a reader downloads for a sandbox page, opened, from a cold cache: raw and gzip'd, by kind."""
    context = browser.new_context()
    page = context.new_page()
    urls: list[str] = []
    page.on("requestfinished", lambda r: urls.append(r.url))
    page.goto(base + "/practise/written-exam/")
    page.evaluate(OPEN_SANDBOX)
    page.wait_for_load_state("networkidle")
    context.close()
    raw = packed = 0
    kinds: dict[str, int] = {}
    for url in sorted(set(urls)):
        path = urlsplit(url).path
        file = site / path.lstrip("/")
        if path.endswith("/") or not file.suffix:
            file = file / "index.html"
        if not file.is_file():
            continue
        data = file.read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, 6, mtime=0))
        kinds[file.suffix or "other"] = kinds.get(file.suffix or "other", 0) + len(data)
    return raw, packed, kinds


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    variants = ["bare", "sandbox", "deadline"]
    with served_site() as (base, site, _), chromium() as browser:
        runtime = json.loads((site / "assets" / "runtime.json").read_text(encoding="utf-8"))
        (site / "bare.html").write_text(BARE_PAGE, encoding="utf-8")
        (site / "bare-worker.js").write_text(BARE_WORKER.replace("./PYODIDE/", "./" + runtime["pyodide"]), "utf-8")
        times: dict[str, dict[str, list[float]]] = {v: {"cold": [], "warm": []} for v in variants}
        load = os.getloadavg()
        for rep in range(repetitions):
            order = variants[rep % 3:] + variants[: rep % 3]  # alternate which variant goes first
            for variant in order:
                context = browser.new_context()
                page = context.new_page()
                times[variant]["cold"].append(run_variant(page, base, variant))
                times[variant]["warm"].append(run_variant(page, base, variant))
                context.close()
        context = browser.new_context()
        page = context.new_page()
        fresh(page, base + "/practise/written-exam/")
        page.evaluate(OPEN_SANDBOX)
        rounds = [float(page.evaluate(ACTION, "G" if i % 2 else "VG")) for i in range(30)]
        context.close()
        raw, packed, kinds = opened_sandbox_bytes(browser, base, site)
    load_after = os.getloadavg()

    print(f"{repetitions} repetitions each, variants alternated; load average {load[0]:.2f} before, "
          f"{load_after[0]:.2f} after (2 cores)")
    print(f"{'':10}{'cold median':>13}{'warm median':>13}   runs (ms)")
    for variant in variants:
        cold, warm = times[variant]["cold"], times[variant]["warm"]
        runs = " | ".join(f"{c:.0f}/{w:.0f}" for c, w in zip(cold, warm, strict=True))
        print(f"{variant:10}{statistics.median(cold):>11.0f}ms{statistics.median(warm):>11.0f}ms   {runs}")
    print("paired ratios against the bare run of the same repetition (median, min-max):")
    for variant, target in (("sandbox", (0.5, 0.3)), ("deadline", (0.5, 0.3))):
        for i, kind in enumerate(("cold", "warm")):
            ratios = [v / b for v, b in zip(times[variant][kind], times["bare"][kind], strict=True)]
            print(f"  {variant:9}{kind:5} {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"
                  f"   target ≤ {target[i]}")
    parts = ", ".join(f"{k} {v / 1024:.0f} KiB" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:6])
    print(f"an opened sandbox page, cold: {raw / 1024 / 1024:.2f} MiB raw, {packed / 1024 / 1024:.2f} MiB gzip'd "
          f"({parts})")
    print(f"sandbox action round trip: median {statistics.median(rounds):.1f} ms, max {max(rounds):.1f} ms over "
          f"{len(rounds)} saves   (target < 50 ms)")


if __name__ == "__main__":
    main()
