"""The tools' first answer from navigation, on a first visit, on the phone profiles of sandbox.py (issue 37).

For each tool, a new browser context (empty HTTP cache, no service worker yet) opens a page and the time is taken
from navigation (performance.timeOrigin) to the first answer drawn (the first child of `.ladok-result`), as a
MutationObserver sees it:

- linked: the tool's address carries its inputs (a staff member's link), so the tool opens with the answer;
- typed (the calculator): the reader presses "Open the tool" as soon as it shows and the exam date is filled in
  at once, so only the page's own time is counted.

The inputs are those the build answers beforehand (guide_site/runtime/answers.py); the figures say whether each
answer came before the engine was ready (`before engine`), as it should. Printed as each run ends: the median and
the 90th percentile over the repetitions, with the load average. The site is served as a host with precompressed
files (common.served_site), built once; LADOK_SITE=/path/to/site serves a site already built instead.

Run: .venv/bin/python benchmarks/first_answer.py [REPETITIONS] [PROFILE ...]   (profiles: desktop, fast-4G, slow-4G)
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import os
import statistics
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import _Encoding, chromium, served_site, throttle
from sandbox import PROFILES

from guide_site.runtime import answers

TARGETS = {"fast 4G": 1.5, "slow 4G": 3.0}

WATCH = """(() => {
  new MutationObserver((_, observer) => {
    const answer = document.querySelector('.ladok-result > *');
    if (!answer) return;
    window.ladokFirstAnswer = performance.now();
    window.ladokBeforeEngine = !performance.getEntriesByName('ladok:engine-ready').length;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();"""

TYPED = """() => {
  const input = document.querySelector('#deadline-exam');
  input.value = '%s';
  input.form.requestSubmit();
}"""


def runs(day: dt.date) -> dict[str, tuple[str, bool]]:
    """Each measured run: its page (with the inputs in the address) and whether it is opened by hand."""
    d = answers.DIAGNOSIS_EXAMPLE
    exam = (day - dt.timedelta(days=answers.DIAGNOSIS_EXAM_BEFORE)).isoformat()
    linked = "&".join(f"{q}={d[q]}" for q in ("shows", "registered", "on_time", "rest", "graded"))
    done = ",".join(f"{m}:{when}" for m, when in answers.CREDITS_EXAMPLE.items())
    return {
        "deadline linked": (f"/teacher/deadlines/?exam={day.isoformat()}", False),
        "deadline typed": ("/teacher/deadlines/", True),
        "credits linked": (f"/student/credits/?done={done}", False),
        "diagnosis linked": (f"/student/where-is-my-result/?part={d['part']}&exam={exam}&{linked}", False),
    }


def first_answer(browser: Any, base: str, path: str, typed: bool, profile: str, day: dt.date) -> tuple[float, bool]:
    cpu, network = PROFILES[profile]
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_default_timeout(240_000)
        throttle(context, page, cpu, network)
        page.add_init_script(WATCH)
        page.goto(base + path, wait_until="commit")
        if typed:
            button = page.locator(".ladok-tool .ladok-open")
            button.wait_for(state="visible")
            button.click()
            page.wait_for_selector("#deadline-exam")
            page.evaluate(TYPED % day.isoformat())
        page.wait_for_function("() => window.ladokFirstAnswer !== undefined")
        seconds = page.evaluate("() => window.ladokFirstAnswer") / 1000
        before = bool(page.evaluate("() => window.ladokBeforeEngine"))
        page.goto("about:blank")  # the runtime's download and its worker end before the context does
        return seconds, before
    finally:
        context.close()


@contextmanager
def site() -> Iterator[str]:
    built = os.environ.get("LADOK_SITE")
    if not built:
        with served_site(encoded=True) as (base, _, seconds):
            print(f"built in {seconds:.1f} s", flush=True)
            yield base
        return
    handler = functools.partial(_Encoding, directory=built)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]  # a page closed mid-download
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    names = {name.replace(" ", "-"): name for name in PROFILES}
    profiles = [names[arg] for arg in sys.argv[2:]] or ["fast 4G", "slow 4G"]
    day = dt.date.fromisoformat(os.environ.get("LADOK_DAY", dt.date.today().isoformat()))  # the build's day
    with site() as base, chromium() as browser:
        for profile in profiles:
            for name, (path, typed) in runs(day).items():
                times, early = [], 0
                for n in range(repetitions):
                    seconds, before = first_answer(browser, base, path, typed, profile, day)
                    times.append(seconds)
                    early += before
                    print(f"  {profile:8} {name:17} run {n + 1}: {seconds:5.2f} s", flush=True)
                times.sort()
                p90 = times[min(len(times) - 1, round(0.9 * (len(times) - 1)))]
                target = TARGETS.get(profile)
                verdict = "" if target is None else ("  within target" if p90 <= target else "  OVER target")
                load = os.getloadavg()[0]
                print(
                    f"{profile:8} {name:17} median {statistics.median(times):5.2f} s  p90 {p90:5.2f} s  "
                    f"(target {target} s){verdict}  before engine {early}/{repetitions}  load {load:.2f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
