"""Sandbox benchmark in one headless Chromium run: time from opening a sandbox to its first interactive state, cold
and with a warm HTTP cache; the same for bare `loadPyodide()` on an empty page; their ratio; bytes transferred; and
the median round trip of a sandbox action (click to redrawn view).

Targets: sandbox start within 1.1 times bare Pyodide start-up; action round trip under 50 ms.
Run: .venv/bin/python benchmarks/sandbox.py
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import chromium, count_bytes, served_site  # noqa: E402

BARE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title></head><body>
<script type="module">
import { loadPyodide } from "./pyodide/pyodide.mjs";
window.startBare = async () => { const t0 = performance.now(); await loadPyodide(); return performance.now() - t0; };
</script></body></html>"""

OPEN = """() => new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('the sandbox did not start within 60 s')), 60000);
  const t0 = performance.now();
  document.querySelector('.ladok-sandbox .ladok-open').click();
  const check = () => document.querySelector('.ladok-sandbox .ladok-view > *') ? resolve(performance.now() - t0)
    : requestAnimationFrame(check);
  check();
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


def sandbox_start(page: Any, url: str) -> float:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.evaluate("() => localStorage.clear()")
    page.reload()
    page.wait_for_load_state("networkidle")
    return float(page.evaluate(OPEN))


STAGES = """() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const open = at('ladok:open');
  return ['ladok:runtime-json', 'ladok:engine-ready', 'ladok:state-loaded', 'ladok:interactive']
    .map((name) => `${name.slice(6)} ${Math.round(at(name) - open)} ms`).join(', ');
}"""


def bare_start(page: Any, url: str) -> float:
    page.goto(url)
    page.wait_for_function("() => typeof window.startBare === 'function'")
    return float(page.evaluate("() => window.startBare()"))


def main() -> None:
    with served_site() as (url, site, _), chromium() as browser:
        (site / "bare.html").write_text(BARE, encoding="utf-8")
        figures: dict[str, list[float]] = {"sandbox cold": [], "sandbox warm": [], "bare cold": [], "bare warm": []}
        transferred: dict[str, int] = {}
        for _ in range(3):
            context = browser.new_context()  # a new context has an empty HTTP cache
            page = context.new_page()
            totals = count_bytes(page)
            figures["sandbox cold"].append(sandbox_start(page, url + "/practise/written-exam/"))
            transferred = dict(totals)
            figures["sandbox warm"].append(sandbox_start(page, url + "/practise/written-exam/"))
            stages = str(page.evaluate(STAGES))  # the marks engine.js and sandbox.js leave, from opening on
            context.close()
            context = browser.new_context()
            page = context.new_page()
            figures["bare cold"].append(bare_start(page, url + "/bare.html"))
            figures["bare warm"].append(bare_start(page, url + "/bare.html"))
            context.close()
        context = browser.new_context()
        page = context.new_page()
        sandbox_start(page, url + "/practise/written-exam/")
        rounds = [float(page.evaluate(ACTION, "G" if i % 2 else "VG")) for i in range(30)]
        context.close()
    median = {k: statistics.median(v) for k, v in figures.items()}
    for key, values in figures.items():
        print(f"{key:14} median {median[key]:7.0f} ms  ({', '.join(f'{v:.0f}' for v in values)})")
    print(f"ratio sandbox/bare: cold {median['sandbox cold'] / median['bare cold']:.2f}, "
          f"warm {median['sandbox warm'] / median['bare warm']:.2f}   (target ≤ 1.10)")
    print(f"where a warm start goes (last run): {stages}")
    total = sum(transferred.values())
    parts = ", ".join(f"{k} {v / 1024:.0f} KiB" for k, v in sorted(transferred.items(), key=lambda kv: -kv[1])[:6])
    print(f"bytes for a cold sandbox page, opened: {total / 1024 / 1024:.2f} MiB ({parts})")
    print(f"sandbox action round trip: median {statistics.median(rounds):.1f} ms, max {max(rounds):.1f} ms over "
          f"{len(rounds)} saves   (target < 50 ms)")


if __name__ == "__main__":
    main()
