"""A later start restores the interpreter an earlier one kept (worker.js, Pyodide's memory snapshot) instead of
starting Python again, and the reader's work goes on in it. A kept start that does not load (damaged, or made by
another build) is marked as failed and kept anew, and after a second failure no longer kept; one that cannot be
stored (storage full) costs only the speed. In each case the sandbox opens, the usual way. The service worker is
kept out, so that only the engine's worker stores."""

from __future__ import annotations

import json
from typing import Any

import pytest

from guide_engine import all_scenarios, handle
from tests.browser.conftest import Watch
from tests.browser.driver import KEY, do_step, open_sandbox, step_number, wait_ready
from tests.browser.test_sandbox import people_and_modules

pytestmark = pytest.mark.browser
PAGE = "/practise/written-exam/"
KEPT = "() => caches.open('ladok-kept-start').then((cache) => cache.keys()).then((keys) => keys.map((r) => r.url))"
RESTORED = "() => performance.getEntriesByName('ladok:engine-ready')[0].detail.restored"
KEEPING = "() => performance.getEntriesByName('ladok:engine-ready')[0].detail.keeping"
# What the cache holds under the one key: [the failures its header counts, the bytes of its body].
HELD = """() => caches.open('ladok-kept-start').then(async (cache) => {
  const keys = await cache.keys();
  if (keys.length !== 1) return keys.map((r) => r.url);
  const response = await cache.match(keys[0]);
  return [response.headers.get('x-ladok-kept-failed'), (await response.arrayBuffer()).byteLength];
})"""
# The worker keeps its start once the page has asked nothing for a second: this waits until the cache holds that
# one start, of this build (its key names the build's standard library), and nothing else.
KEPT_ONE = """() => new Promise((resolve, reject) => {
  const until = Date.now() + 30000;
  const look = async () => {
    const cache = await caches.open('ladok-kept-start');
    const keys = await cache.keys();
    if (keys.length === 1 && keys[0].url.includes('python_stdlib_slim-')
        && (await (await cache.match(keys[0])).arrayBuffer()).byteLength > 1e6) return resolve(keys[0].url);
    if (Date.now() > until) return reject(new Error(`not kept: ${keys.map((r) => r.url)}`));
    setTimeout(look, 100);
  };
  look();
})"""


def started(browser: Any, server: str, prepare: str | None = None) -> tuple[Any, Any, Watch]:
    context = browser.new_context(service_workers="block", viewport={"width": 1280, "height": 900})
    watch = Watch(server)
    page = context.new_page()
    watch.attach(page)
    page.goto(server + PAGE)
    if prepare:
        page.evaluate(prepare)
    open_sandbox(page)
    return context, page, watch


def reopened(page: Any) -> None:
    """The page again, as a reader with no saved work (which would reopen the sandbox by itself) opens it."""
    page.evaluate("() => localStorage.clear()")
    page.reload()
    open_sandbox(page)


def test_the_next_start_restores_the_kept_interpreter_and_the_work_goes_on_in_it(browser: Any,
                                                                                  server: str) -> None:
    names, modules = people_and_modules("written_exam")
    steps = all_scenarios()["written_exam"].steps
    old = "() => caches.open('ladok-kept-start').then((c) => c.put('/kept-start?an-older-build', new Response('x')))"
    context, page, watch = started(browser, server, old)
    try:
        assert page.evaluate(RESTORED) is False and page.evaluate(KEEPING) is True
        do_step(page, steps[0], "sv", names, modules)
        page.evaluate(KEPT_ONE)  # and the older build's is gone
        page.reload()  # the saved work reopens the sandbox by itself
        wait_ready(page)
        assert page.evaluate(RESTORED) is True and page.evaluate(KEEPING) is False
        assert step_number(page) == 2
        do_step(page, steps[1], "sv", names, modules)
        assert step_number(page) == 3
    finally:
        context.close()
    assert watch.errors == []


# When the worker copied its interpreter to keep, once it has: how many requests it had answered before.
COPIED = """() => new Promise((resolve, reject) => {
  const until = Date.now() + 30000;
  const look = () => {
    const [copied] = performance.getEntriesByName('ladok:start-copied');
    if (copied) return resolve(copied.detail);
    if (Date.now() > until) return reject(new Error('the worker copied nothing'));
    setTimeout(look, 50);
  };
  look();
})"""
# Whether each text's bytes are in the kept copy (its body, as stored).
HOLDS = """(texts) => caches.open('ladok-kept-start').then(async (cache) => {
  const [key] = await cache.keys();
  const body = new TextDecoder('latin1').decode(await (await cache.match(key)).arrayBuffer());
  return texts.map((text) => body.includes(text));
})"""


def test_a_first_visits_first_view_does_not_wait_for_the_copy(browser: Any, server: str) -> None:
    """A new start's two requests (the exercise and its first view) carry nothing the reader made, so the worker
    answers them first and copies its interpreter after; the reader's first action is then answered by an
    interpreter already copied, and the copy is kept."""
    context, page, watch = started(browser, server)
    try:
        assert page.evaluate(COPIED) == {"answered": 2, "made": True}
        asked = page.evaluate(
            "() => performance.getEntriesByName('ladok:start-copied')[0].startTime"
            " - performance.getEntriesByName('ladok:interactive')[0].startTime")
        assert asked > 0  # after the first view was drawn
        page.evaluate(KEPT_ONE)
    finally:
        context.close()
    assert watch.errors == []


def test_the_kept_copy_holds_nothing_of_the_readers_saved_work(browser: Any, server: str) -> None:
    """Saved work opens the sandbox by itself: its state is the reader's, so the worker copies its interpreter
    before it reads it, and the copy (as stored) holds none of it. The seed stands for the work: the page draws it
    at a new start and the state carries it; this one no new start would draw."""
    mark = "ReadersOwnWork" + "7" * 20 + "Zq"
    request = {"op": "scenario", "scenario": "written_exam", "seed": mark, "lang": "sv"}
    answer = json.loads(handle(json.dumps(request)))
    assert answer["ok"] and mark in json.dumps(answer["state"])
    work = {"v": 1, "scenario": "written_exam", "actor": answer["state"]["people"][0]["id"], "state": answer["state"],
            "log": []}
    context = browser.new_context(service_workers="block", viewport={"width": 1280, "height": 900})
    watch = Watch(server)
    page = context.new_page()
    watch.attach(page)
    try:
        page.goto(server + PAGE)
        page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [KEY, json.dumps(work)])
        page.reload()
        wait_ready(page)
        assert page.evaluate(RESTORED) is False
        assert page.evaluate(COPIED) == {"answered": 0, "made": True}
        page.evaluate(KEPT_ONE)
        # The search finds what is there: the engine's own names are in the copy; the reader's work is not.
        assert page.evaluate(HOLDS, ["guide_engine.scenarios", "written_exam", mark]) == [True, True, False]
    finally:
        context.close()
    assert watch.errors == []


# The kept copy is a header ([mark, length, number of runs, each run's start and length]), then the runs; the first
# run begins with Pyodide's own header: mark, offsets, then the id of the build that made it.
DAMAGE = """async (damage) => {
  const cache = await caches.open('ladok-kept-start');
  const [key] = await cache.keys();
  const kept = await cache.match(key);
  const bytes = new Uint8Array(await kept.arrayBuffer());
  const runs = new Uint32Array(bytes.buffer, 0, 3)[2];
  if (damage === 'made by another build') bytes[12 + runs * 8 + 20] ^= 0xff;  // a byte of the build id
  const body = damage === 'not a kept start' ? new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]) : bytes;
  await cache.put(key, new Response(body, { headers: kept.headers }));  // the failures it counts stay
}"""
DAMAGES = ["not a kept start", "made by another build"]


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_kept_start_that_does_not_load_is_kept_anew_once_then_no_more(browser: Any, server: str,
                                                                        damage: str) -> None:
    context, page, watch = started(browser, server)
    try:
        page.evaluate(KEPT_ONE)
        page.evaluate(DAMAGE, damage)
        reopened(page)
        assert page.evaluate(RESTORED) is False and page.evaluate(KEEPING) is True
        page.evaluate(KEPT_ONE)  # a whole one again (the mark that replaced the damaged one holds no bytes)
        assert page.evaluate(HELD)[0] == "1"  # one failure, counted
        reopened(page)
        assert page.evaluate(RESTORED) is True

        page.evaluate(DAMAGE, damage)  # a second failure: this build's start is no longer kept
        reopened(page)
        assert page.evaluate(RESTORED) is False and page.evaluate(KEEPING) is False
        assert page.evaluate(HELD) == ["2", 0]
        reopened(page)
        assert page.evaluate(RESTORED) is False and page.evaluate(KEEPING) is False
        assert page.locator(".ladok-sandbox .ladok-failed").count() == 0
    finally:
        context.close()
    assert watch.errors == []


def test_with_the_storage_full_the_start_is_not_kept_and_each_start_is_the_usual_one(browser: Any,
                                                                                   server: str) -> None:
    refuse = """self.refused = [];
Cache.prototype.put = function (request) {
  self.refused.push(String(request.url || request));
  return Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
};
"""

    def full(route: Any) -> None:
        response = route.fetch()
        route.fulfill(response=response, body=refuse + response.text())

    context = browser.new_context(service_workers="block")
    context.route("**/assets/worker.*.js", full)
    watch = Watch(server)
    page = context.new_page()
    watch.attach(page)
    try:
        page.goto(server + PAGE)
        for start in range(2):
            reopened(page)
            assert page.evaluate(RESTORED) is False, f"start {start + 1}"
            refused = page.workers[-1].evaluate("""() => new Promise((resolve, reject) => {
              const until = Date.now() + 30000;
              const wait = () => self.refused.length ? resolve(self.refused)
                : Date.now() > until ? reject(new Error('nothing was stored')) : setTimeout(wait, 50);
              wait();
            })""")
            assert [url for url in refused if "/kept-start?" in url], refused
        assert page.evaluate(KEPT) == []
    finally:
        context.close()
    assert watch.errors == []
