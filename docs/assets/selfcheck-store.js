// The self-check's answers, kept in this browser (localStorage) or, in the SCORM package, by the learning platform
// (a storage with the same three methods, given to openStore), and sent nowhere else. Read so that nothing saved
// can break the page: a record that does not parse, a role that is not one of the page's, an answer that is not one
// of its question's choices, each is set aside with a clear note, and everything else is kept as it was, answers to
// questions this page does not show included. Written so that a full or blocked storage loses nothing on the page.
//
// Format 2: {v: 2, role, answers: {key: {c: choice or null, d: "YYYY-MM-DD", n: right answers in a row}},
// tasks: {key: "YYYY-MM-DD" the goal was first met}}; c is null while a question that came back waits for its new
// answer. Format 1 kept {key: choice} and is read as answered today; a record without tasks has none met.
export const FORMAT = 2;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Why a write failed: the site's storage is full (QuotaExceededError in Chromium, Firefox and Safari; older ones give
// code 22 or Firefox's own name), or the browser does not let the page store at all (blocked, private mode, policy).
function failure(error) {
  const full = error && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED"
    || error.code === 22 || error.code === 1014);
  return full ? "full" : "blocked";
}

// `storage`: an object with getItem, setItem and removeItem, as localStorage has (the default); its `place` names
// where the answers are kept ("browser" or "platform"), for what the page tells the reader.
export function openStore(key, storage = null) {
  const area = () => storage || window.localStorage; // the getter itself throws where storage is blocked
  let raw = null;
  let readable = true;
  try {
    raw = area().getItem(key);
  } catch (e) {
    readable = false;
  }
  let problem = readable ? null : "blocked"; // "full", "blocked" or null: what the page tells the reader
  if (readable) {
    try {
      area().setItem(`${key}:probe`, "1");
      area().removeItem(`${key}:probe`);
    } catch (e) {
      problem = failure(e);
    }
  }
  return {
    raw,
    place: (storage && storage.place) || "browser",
    get problem() { return problem; },
    write(data) {
      if (!readable) return false;
      try {
        area().setItem(key, JSON.stringify({ v: FORMAT, ...data }));
        problem = null;
        return true;
      } catch (e) {
        problem = failure(e);
        return false;
      }
    },
    // What could not be used is kept under a key of its own rather than written over (best effort: storage may be
    // full, and then it stays where it was, since the answers are not written either).
    keepAside(value) {
      try {
        area().setItem(`${key}:set-aside`, typeof value === "string" ? value : JSON.stringify(value));
      } catch (e) { /* nothing more can be done; the saved record itself is left as it was */ }
    },
  };
}

const isChoice = (value, count) => Number.isInteger(value) && value >= 0 && value < count;

// The saved record, checked against the page: `choices` is question key -> its number of choices, `roles` the page's
// own role names. Returns what the page uses, what it keeps untouched, and notes for the reader.
export function readSaved(raw, { choices, roles, marked, today, tasks = [] }) {
  const fresh = { role: "all", answers: new Map(), other: {}, tasks: new Map(), otherTasks: {}, notes: [],
    aside: null };
  if (raw === null) return fresh;
  let saved;
  try {
    saved = JSON.parse(raw);
  } catch (e) {
    return { ...fresh, notes: ["bad_saved"], aside: raw };
  }
  if (!saved || typeof saved !== "object" || Array.isArray(saved)) return { ...fresh, notes: ["bad_saved"], aside: raw };
  if (typeof saved.v === "number" && saved.v > FORMAT) return { ...fresh, notes: ["newer_saved"], aside: raw };
  if (saved.v !== 1 && saved.v !== FORMAT) return { ...fresh, notes: ["bad_saved"], aside: raw };
  const out = { ...fresh, notes: [] };
  if (saved.role === "all" || (typeof saved.role === "string" && Object.hasOwn(roles, saved.role))) {
    out.role = saved.role;
  } else if (saved.role !== undefined) {
    out.notes.push("bad_role");
  }
  const given = saved.answers && typeof saved.answers === "object" && !Array.isArray(saved.answers) ? saved.answers : {};
  const bad = {};
  for (const [key, value] of Object.entries(given)) {
    if (!choices.has(key)) {
      out.other[key] = value; // a question this page does not show (another build or setting): kept as it is
      continue;
    }
    const entry = saved.v === 1 ? { c: value, d: today, n: value === marked.get(key) ? 1 : 0 } : value;
    const usable = entry && typeof entry === "object" && (entry.c === null || isChoice(entry.c, choices.get(key)));
    if (!usable) {
      bad[key] = value;
      continue;
    }
    out.answers.set(key, {
      c: entry.c,
      d: typeof entry.d === "string" && DAY.test(entry.d) && entry.d <= today ? entry.d : today,
      n: Number.isInteger(entry.n) && entry.n >= 0 ? Math.min(entry.n, 99) : 0,
    });
  }
  readTasks(saved.tasks, new Set(tasks), today, out);
  if (Object.keys(bad).length) {
    out.notes.push("bad_answers");
    out.aside = JSON.stringify(bad);
    out.badCount = Object.keys(bad).length;
  }
  return out;
}

// The tasks met, by the day each was first met; a task this page does not have is kept as it came.
function readTasks(saved, known, today, out) {
  if (!saved || typeof saved !== "object" || Array.isArray(saved)) return;
  for (const [key, day] of Object.entries(saved)) {
    if (!known.has(key)) out.otherTasks[key] = day;
    else if (typeof day === "string" && DAY.test(day)) out.tasks.set(key, day <= today ? day : today);
  }
}

// The record to write: the page's answers and tasks, and every answer and task it does not use, as it was.
export function record(role, answers, other, tasks = new Map(), otherTasks = {}) {
  return { role, answers: { ...other, ...Object.fromEntries(answers) },
    tasks: { ...otherTasks, ...Object.fromEntries(tasks) } };
}

// Answers and tasks from a link (read as a saved record is), added to the page's own: a question answered in both
// keeps the later answer (the link's, on the same day), and a task keeps the first day it was met.
export function merge(own, linked) {
  for (const [key, entry] of linked.answers) {
    const mine = own.answers.get(key);
    if (!mine || entry.d >= mine.d) own.answers.set(key, entry);
  }
  for (const [key, day] of linked.tasks) {
    if (!own.tasks.has(key) || day < own.tasks.get(key)) own.tasks.set(key, day);
  }
  if (linked.role !== "all") own.role = linked.role;
}
