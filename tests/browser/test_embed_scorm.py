"""The self-check's SCORM package in Chromium under a maintained SCORM runtime: scorm-again's Scorm12API (npm,
pinned in package.json) stands as the learning platform, in the page that frames the package's launch page, as a
platform does. The package is unzipped and served on a port of its own with the platform's page; every request is
watched, so that nothing is asked of any host but the package (and the platform's own page and runtime).

A learner comes back to the test: the platform gives the answers kept from an earlier session (the role, every one of
the teacher's tasks met but the written exam's VG), the learner answers every question shown and meets that last task
in the package's own sandbox, and the platform reads back completion, score and suspend data; reopened, the answers
are there."""

from __future__ import annotations

import functools
import http.server
import json
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from guide_engine import all_scenarios, goals
from guide_site import texts
from guide_site.embed.code import SCORM_FILES
from tests.browser.conftest import ROOT, _Quiet
from tests.browser.driver import do_step, settle, wait_ready
from tests.browser.test_embed import InFrame
from tests.browser.test_selfcheck import names_and_modules
from tests.browser.test_site import axe_findings

SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm12.min.js"
PLATFORM = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A learning platform</title>
<link rel="icon" href="data:,"><script src="scorm-again/scorm12.min.js"></script>
<script>
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  if (window.earlier) window.API.loadFromJSON(window.earlier, "cmi");
</script></head>
<body><h1>A course</h1><iframe src="package-LANG/index.html" title="The self-check" width="1000" height="700"></iframe>
</body></html>"""
CMI = """() => {
  const cmi = API.renderCMIToJSONObject().cmi;  // as the platform stores it (exit and session_time are write-only)
  return {status: cmi.core.lesson_status, raw: cmi.core.score.raw, min: cmi.core.score.min, max: cmi.core.score.max,
          suspend: cmi.suspend_data, exit: cmi.core.exit, session: cmi.core.session_time};
}"""
# The teacher's tasks met in an earlier session: all but the one the learner meets here (the self-check gives a role
# every task of that role, so a new task of the teacher's is one more met before, not a broken count).
TEACHER_TASKS = tuple(key for key, task in goals.tasks().items() if task.role == "teacher")
EARLIER_TASKS = tuple(key for key in TEACHER_TASKS if key != "vg_written")


def short_key(key: str) -> str:
    """selfcheck-compact.js's name for a key: 32-bit FNV-1a in base 36, written again here as a platform's record
    would have been written by the package."""
    value = 0x811C9DC5
    for byte in key.encode():
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    digits = ""
    while True:
        value, rest = divmod(value, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[rest] + digits
        if not value:
            return digits


@pytest.fixture(scope="module")
def platform(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The platform's page, scorm-again, and each language's package unzipped, on a port of their own."""
    if not SCORM_AGAIN.exists():
        pytest.fail("scorm-again is needed: run npm ci (package.json pins it)")
    folder = tmp_path_factory.mktemp("platform")
    (folder / "scorm-again").mkdir()
    (folder / "scorm-again" / SCORM_AGAIN.name).write_bytes(SCORM_AGAIN.read_bytes())
    for lang, name in SCORM_FILES.items():
        with zipfile.ZipFile(site_dir / "downloads" / name) as archive:
            archive.extractall(folder / f"package-{lang}")
        (folder / f"platform-{lang}.html").write_text(PLATFORM.replace("LANG", lang), encoding="utf-8")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class Session:
    """One launch of the package on the platform's page: the page, the package's frame and every request made."""

    def __init__(self, context: Any, platform: str, lang: str, earlier: dict[str, Any] | None) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        if earlier is not None:
            self.page.add_init_script(f"window.earlier = {json.dumps(earlier)};")
        self.page.goto(f"{platform}/platform-{lang}.html")
        self.frame = InFrame(self.page, self.page.frame(url=lambda url: url.endswith(f"package-{lang}/index.html")))
        self.frame.wait_for_selector(".ladok-sc-controls")

    def cmi(self) -> dict[str, str]:
        found: dict[str, str] = self.page.evaluate(CMI)
        return found

    def leave(self) -> None:
        """The learner leaves the package: the platform takes the frame away (the package finishes its session)."""
        self.page.evaluate("() => document.querySelector('iframe').remove()")


def answer_shown(frame: InFrame, wrong_first: bool) -> int:
    questions = frame.locator(".ladok-question:not([hidden])")
    for i in range(questions.count()):
        question = questions.nth(i)
        marked = int(question.get_attribute("data-answer"))
        choice = (marked + 1) % question.locator("input[type=radio]").count() if wrong_first and i == 0 else marked
        question.locator("input[type=radio]").nth(choice).check()
        question.locator("button.md-button--primary").click()
    return int(questions.count())


def meet_the_vg_task(frame: InFrame, lang: str) -> None:
    """The written exam's steps in the task's own sandbox (its points left out: the task is about grade and date),
    then Check."""
    task = frame.locator(".ladok-task[data-task='vg_written']")
    task.locator(".ladok-open").click()
    wait_ready(frame)
    names, modules = names_and_modules("vg_written")
    for step in all_scenarios()["written_exam"].steps:
        plain = replace(step, params={k: v for k, v in step.params.items() if not k.startswith("points")})
        do_step(frame, plain, lang, names, modules)
    settle(frame)
    task.locator(".ladok-goal-form button[type=submit]").click()
    frame.wait_for_selector(".ladok-task[data-task='vg_written'][data-met='true']")


def test_a_learner_s_sessions_are_kept_and_reported_by_the_platform(browser: Any, platform: str) -> None:
    lang, day = "sv", "260110"
    earlier = {"suspend_data": "S1~teacher~~" + ",".join(f"{short_key(k)}.{day}" for k in EARLIER_TASKS),
               "core": {"lesson_status": "incomplete", "score": {"raw": "6", "min": "0", "max": "100"}}}
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    try:
        first = Session(context, platform, lang, earlier)
        frame = first.frame
        assert frame.locator("input[name=ladok-sc-role][value=teacher]").is_checked(), "the role came back"
        assert frame.locator(".ladok-sc-stored").inner_text() == texts.label("selfcheck.ui.stored_platform", lang)
        met_of = f"av {len(TEACHER_TASKS)} klara"
        assert frame.locator(".ladok-sc-tasks").inner_text().endswith(f"{len(EARLIER_TASKS)} {met_of}")
        for key in EARLIER_TASKS:
            assert "2026-01-10" in frame.locator(f".ladok-task[data-task='{key}'] .ladok-goal-earlier").inner_text()
        shown = answer_shown(frame, wrong_first=True)
        assert shown == frame.locator(".ladok-question[data-roles~='teacher']").count() > 20, "the teacher's questions"
        assert first.cmi()["status"] == "incomplete", "a task is still open"
        meet_the_vg_task(frame, lang)
        cmi = first.cmi()
        assert cmi["status"] == "completed"
        tasks = len(TEACHER_TASKS)
        assert cmi["raw"] == str(round(100 * (shown - 1 + tasks) / (shown + tasks)))
        assert (cmi["min"], cmi["max"]) == ("0", "100")
        assert cmi["suspend"].startswith("S1~teacher~") and len(cmi["suspend"]) <= 4096
        assert f"{short_key('vg_written')}." in cmi["suspend"]
        assert f"{short_key(EARLIER_TASKS[0])}.{day}" in cmi["suspend"], "a task keeps the day it was first met"
        assert frame.locator(".ladok-sc-tasks").inner_text().endswith(f"{tasks} {met_of}")
        assert axe_findings(frame) == []
        assert frame.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length") == 0
        assert not [u for u in first.requests if u.endswith("sw.js")], "no service worker is even asked for"
        first.leave()
        left = first.cmi()
        assert left["exit"] == "suspend" and left["session"] != "00:00:00", "the session is finished and timed"
        assert first.errors == []
        own = [u for u in first.requests if not u.startswith((f"{platform}/package-{lang}/", "data:", "blob:"))]
        assert own == [f"{platform}/platform-{lang}.html", f"{platform}/scorm-again/scorm12.min.js"]
        asked = {u.rsplit("/", 1)[1].split("?")[0] for u in first.requests}
        assert "pyodide.asm.wasm" in asked and any(name.startswith("guide_engine") for name in asked), \
            "the engine ran from inside the package"

        again = Session(context, platform, lang, {"suspend_data": left["suspend"],
                                                  "core": {"lesson_status": left["status"]}})
        questions = again.frame.locator(".ladok-question:not([hidden])")
        states = [questions.nth(i).get_attribute("data-state") for i in range(questions.count())]
        assert states == ["wrong"] + ["right"] * (shown - 1), "reopened, every answer is there"
        assert again.frame.locator(".ladok-sc-tasks").inner_text().endswith(f"{tasks} {met_of}")
        assert again.cmi()["status"] == "completed" and again.cmi()["raw"] == cmi["raw"]
        assert again.errors == []
    finally:
        context.close()


def test_without_a_platform_the_package_says_so_and_keeps_the_answers_in_the_browser(browser: Any,
                                                                                      platform: str) -> None:
    context = browser.new_context(viewport={"width": 800, "height": 800})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{platform}/package-en/index.html")
        page.wait_for_selector(".ladok-sc-controls")
        assert page.locator(".ladok-embed-note").inner_text() == texts.label("embed.scorm.no_platform", "en")
        assert page.locator(".ladok-sc-stored").inner_text() == texts.label("selfcheck.ui.stored", "en")
        question = page.locator(".ladok-question").first
        question.locator("input[type=radio]").nth(int(question.get_attribute("data-answer"))).check()
        question.locator("button.md-button--primary").click()
        page.reload()
        page.wait_for_selector(".ladok-sc-controls")
        assert page.locator(".ladok-question").first.get_attribute("data-state") == "right"
        assert errors == []
    finally:
        context.close()
