// The learning platform's SCORM 1.2 runtime, as the self-check's package uses it: found as SCORM 1.2 says (an `API`
// object in this window or a parent, at most seven up, else in the window that opened it), started, and told the
// score and completion; the answers are kept in its suspend data, compacted (selfcheck-compact.js), through a storage
// with localStorage's three methods that the self-check's own store takes. No Ladok rule here.
import { decode, encode } from "./selfcheck-compact.js";

export const MAX_SUSPEND = 4096; // characters of cmi.suspend_data SCORM 1.2 guarantees

function apiIn(win) {
  try {
    return win && win.API && typeof win.API.LMSInitialize === "function" ? win.API : null;
  } catch (e) {
    return null; // a window of another origin cannot be looked into
  }
}

function climb(start) {
  let current = start;
  for (let step = 0; current && step <= 7; step += 1) {
    const api = apiIn(current);
    if (api) return api;
    let parent = null;
    try {
      parent = current.parent;
    } catch (e) {
      return null;
    }
    if (!parent || parent === current) return null;
    current = parent;
  }
  return null;
}

export function findApi(win = window) {
  const openers = [() => win.opener, () => win.top.opener];
  let found = climb(win);
  for (const opener of openers) {
    if (found) break;
    try {
      found = opener() ? climb(opener()) : null;
    } catch (e) {
      found = null;
    }
  }
  return found;
}

const yes = (answer) => String(answer) === "true";
const pad = (n) => String(n).padStart(2, "0");

// Start a session with the platform. `key` is the self-check's store key, `keys` the page's question and task keys.
// Returns null when the platform does not start one.
export function connect(api, { key, keys }) {
  if (!yes(api.LMSInitialize(""))) return null;
  const started = Date.now();
  let finished = false;
  let committing = false;
  let completed = api.LMSGetValue("cmi.core.lesson_status") === "completed";
  const set = (name, value) => yes(api.LMSSetValue(name, value));
  const commit = () => {
    if (committing || finished) return;
    committing = true;
    queueMicrotask(() => {
      committing = false;
      if (!finished) api.LMSCommit("");
    });
  };
  if (!["completed", "incomplete", "passed", "failed"].includes(api.LMSGetValue("cmi.core.lesson_status"))) {
    set("cmi.core.lesson_status", "incomplete");
  }
  set("cmi.core.score.min", "0");
  set("cmi.core.score.max", "100");
  commit();

  // The self-check's record goes to the suspend data; anything else it keeps (a copy set aside, the probe that tells
  // whether saving works) stays in the browser, as best it can.
  const storage = {
    place: "platform",
    getItem(name) {
      if (name !== key) return local((s) => s.getItem(name), null);
      const data = api.LMSGetValue("cmi.suspend_data");
      return data ? decode(data, keys) ?? data : null;
    },
    setItem(name, value) {
      if (name !== key) return local((s) => s.setItem(name, value));
      const data = encode(JSON.parse(value));
      if (data.length > MAX_SUSPEND) throw new DOMException("the suspend data is full", "QuotaExceededError");
      if (!set("cmi.suspend_data", data)) throw new Error(`the platform refused the answers: ${api.LMSGetLastError()}`);
      commit();
      return undefined;
    },
    removeItem(name) {
      if (name !== key) local((s) => s.removeItem(name));
    },
  };

  // The score is the share of questions answered rightly and tasks met, of those shown for the chosen role; the
  // self-check is complete once every one is answered or met, and stays complete.
  function report({ questions, tasks }) {
    const total = questions.total + tasks.total;
    set("cmi.core.score.raw", String(total ? Math.round((100 * (questions.right + tasks.met)) / total) : 0));
    if (!completed && questions.answered === questions.total && tasks.met === tasks.total) {
      completed = set("cmi.core.lesson_status", "completed");
    }
    commit();
  }

  function finish() {
    if (finished) return;
    const seconds = Math.round((Date.now() - started) / 1000);
    set("cmi.core.exit", "suspend"); // so that the platform gives the answers back next time
    const time = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map(pad).join(":");
    set("cmi.core.session_time", time); // HH:MM:SS, SCORM 1.2's CMITimespan
    api.LMSCommit("");
    finished = true;
    api.LMSFinish("");
  }

  return { storage, report, finish };
}

function local(use, otherwise = undefined) {
  try {
    return use(window.localStorage);
  } catch (e) {
    return otherwise;
  }
}
