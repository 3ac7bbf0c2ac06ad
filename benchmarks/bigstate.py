"""Big shared states in headless Chromium: the time to show a link at the link limits, and a role switch on it.

A link may carry a state of up to the sandbox's limits (MAX_INFLATED bytes once inflated, MAX_FRAGMENT characters
in the address) and the engine's (MAX_REQUEST_CHARS per request, MAX_MODULES modules). This benchmark fills a
state of the written exam with as many students as those limits let in, with 2 modules and with 40, opens it as a
link on the practice page, and prints: the link's size, the students and rows (modules x students), the time from
the link's page load to the sandbox's first drawn view, the elements drawn, and the time of a role switch (to the
examiner and back to the teacher). It measures whatever the engine and page do now, prints figures and never fails.

Target (issue 19): every accepted link shown and every role switch drawn within 1 s of engine and page work.
Run: .venv/bin/python benchmarks/bigstate.py [MODULE_COUNTS...]   (default: 2 40)
"""

from __future__ import annotations

import base64
import json
import os
import re
import sys
import time
import zlib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import ROOT, chromium, served_site

from guide_engine import all_scenarios, handle
from guide_engine.api import MAX_REQUEST_CHARS
from guide_engine.stateio import to_json

TIMEOUT_MS = 300_000  # past this a figure is printed as "more than"


def limit(name: str) -> int:
    source = (ROOT / "docs" / "assets" / "sandbox-link.js").read_text(encoding="utf-8")
    found = re.search(rf"export const {name} = ([\d_]+)", source)
    assert found, name
    return int(found.group(1).replace("_", ""))


def state_with(modules: int, students: int) -> dict[str, Any]:
    """The written exam's start with `modules` modules (the first is the one its guided steps are on) and
    `students` more students on the course instance."""
    state = to_json(all_scenarios()["written_exam"].start)
    course = state["course"]
    first = course["modules"][0]
    if modules != len(course["modules"]):
        course["modules"] = [first] + [{**first, "code": f"M{n:02d}", "name_sv": f"Del {n}", "name_en": f"Part {n}"}
                                       for n in range(2, modules + 1)]
        course["hp"] = sum(m["hp"] for m in course["modules"])
    state["students"] += [{"pnr": f"19{n:06d}-B{n % 1000:03d}", "name": f"Student {n}", "course_code": "INX101",
                           "instance": "HT2025"} for n in range(students)]
    return state


def fragment(payload: dict[str, Any]) -> str:
    packed = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packed.compress(json.dumps(payload).encode()) + packed.flush()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def biggest(modules: int) -> tuple[dict[str, Any], str, int]:
    """The link with the most students that every limit still lets in: (payload, fragment, students)."""
    most_inflated, most_fragment = limit("MAX_INFLATED"), limit("MAX_FRAGMENT")
    low, high = 0, 40_000
    while low < high:
        middle = (low + high + 1) // 2
        payload = {"v": 1, "scenario": "written_exam", "actor": "t-lea", "state": state_with(modules, middle)}
        text = json.dumps(payload)
        request = len(json.dumps({"op": "view", "state": payload["state"], "actor": "t-lea", "lang": "en"}))
        fits = len(text.encode()) <= most_inflated and request <= MAX_REQUEST_CHARS - 2000
        if fits and len(fragment(payload)) <= most_fragment:
            low = middle
        else:
            high = middle - 1
    payload = {"v": 1, "scenario": "written_exam", "actor": "t-lea", "state": state_with(modules, low)}
    return payload, fragment(payload), low


# Drawn: the view is there, the sandbox is not busy, and it says what it did with the link (opened or refused).
OPENED = """() => {
  const box = document.querySelector('.ladok-sandbox .ladok-box');
  return Boolean(box && !box.hasAttribute('aria-busy') && box.querySelector('.ladok-view > *')
    && box.querySelector('.ladok-notices .ladok-notice'));
}"""

SWITCH = """(person) => new Promise((resolve) => {
  const box = document.querySelector('.ladok-sandbox .ladok-box');
  const t0 = performance.now();
  document.querySelector(`.ladok-roles button[data-person="${person}"]`).click();
  const started = () => box.hasAttribute('aria-busy') ? finished() : setTimeout(started, 0);
  const finished = () => box.hasAttribute('aria-busy') ? setTimeout(finished, 20) : resolve(performance.now() - t0);
  started();
})"""


def engine_view_seconds(payload: dict[str, Any], paged: bool) -> float:
    """One view request through handle(): paged as the sandbox asks it, or every row with its decisions."""
    asked: dict[str, Any] = {"op": "view", "state": payload["state"], "actor": "t-lea", "lang": "en"}
    if paged:
        asked["options"] = {}
    request = json.dumps(asked)
    started = time.perf_counter()
    answer = json.loads(handle(request))
    seconds = time.perf_counter() - started
    return seconds if answer.get("ok") else float("nan")


def measure(browser: Any, url: str, payload: dict[str, Any], encoded: str, students: int, modules: int) -> None:
    rows = modules * students
    print(f"\n{modules} modules, {students:,} students ({rows:,} rows): link {len(encoded) / 1000:.0f} KB, "
          f"state {len(json.dumps(payload)) / 1000:.0f} KB inflated; CPython view request as the sandbox asks it "
          f"(one page) {engine_view_seconds(payload, True):.2f} s, every row decided {engine_view_seconds(payload, False):.2f} s")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(f"{url}/en/practise/written-exam/")  # warm: the runtime is started once before the link
        page.locator(".ladok-sandbox .ladok-open").click()
        page.wait_for_selector(".ladok-sandbox .ladok-view > *", timeout=TIMEOUT_MS)
        page.goto("about:blank")
        started = time.perf_counter()
        page.goto(f"{url}/en/practise/written-exam/#sandbox={encoded}")
        try:
            page.wait_for_function(OPENED, timeout=TIMEOUT_MS, polling=20)
            shown = time.perf_counter() - started
            elements = page.evaluate("() => document.querySelectorAll('.ladok-sandbox *').length")
            refused = page.locator(".ladok-notice-error").count() > 0
            print(f"  link shown in {shown:.2f} s (page load included), {elements:,} elements drawn"
                  + (" — refused with a message" if refused else ""))
        except Exception:
            print(f"  link not shown within {TIMEOUT_MS / 1000:.0f} s")
            return
        for person in ("e-ebba", "t-lea"):
            try:
                ms = page.evaluate(SWITCH, person)
                print(f"  role switch to {person}: {ms / 1000:.2f} s")
            except Exception:
                print(f"  role switch to {person}: more than {TIMEOUT_MS / 1000:.0f} s")
    finally:
        context.close()


def main(counts: list[int]) -> None:
    print(f"load average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    links = [(modules, *biggest(modules)) for modules in counts]
    with served_site() as (url, _site, _seconds), chromium() as browser:
        for modules, payload, encoded, students in links:
            measure(browser, url, payload, encoded, students, modules)
    print(f"\nload average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2, 40])
