// The self-check's saved record in a few characters per answer, for the learning platform's suspend data (SCORM 1.2
// keeps 4096 characters, and a question's key alone can be 40) and for the link that carries the answers to the full
// guide. A question or task is named by a short hash of its key (32-bit FNV-1a in base 36), an answer written as
// hash.choice.YYMMDD.run ("-" for a question that came back and waits), a task met as hash.YYMMDD:
//   S1~teacher~1x2k9q.2.260301.1,0pz3ka.-.260228.0~1f0d3x.260301
// What a page cannot name (another build's question) is kept by its hash as it came. No Ladok rule here.
export const PREFIX = "S1";
const SEP = "~";

export function shortKey(key) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const short = (day) => day.slice(2).replace(/-/g, "");
const long = (day) => `20${day.slice(0, 2)}-${day.slice(2, 4)}-${day.slice(4, 6)}`;
const DAY6 = /^\d{6}$/;
const ANSWER = /^[0-9a-z]{1,7}\.(?:\d|-)\.\d{6}\.\d{1,2}$/;
const TASK = /^[0-9a-z]{1,7}\.\d{6}$/;
const HASHED = "#"; // a key that stands for an answer or task this page does not know: "#" + its hash

// The record as selfcheck-store.js writes it ({role, answers: {key: {c, d, n}}, tasks: {key: day}}), compacted.
export function encode(record) {
  const answers = Object.entries(record.answers || {}).map(([key, entry]) => (key.startsWith(HASHED)
    ? entry : `${shortKey(key)}.${entry.c === null ? "-" : entry.c}.${short(entry.d)}.${Math.min(entry.n, 99)}`));
  const tasks = Object.entries(record.tasks || {}).map(([key, day]) => (key.startsWith(HASHED)
    ? day : `${shortKey(key)}.${short(day)}`));
  return [PREFIX, record.role || "all", answers.join(","), tasks.join(",")].join(SEP);
}

// The record back, with the page's own keys for the hashes it knows (`keys`: its questions' and tasks' keys), as
// the JSON text selfcheck-store.js reads; null when the text is not this format, so that it is read (and set aside)
// as what it is.
export function decode(text, keys) {
  const parts = typeof text === "string" ? text.split(SEP) : [];
  if (parts.length !== 4 || parts[0] !== PREFIX || !/^[a-z_]{1,40}$/.test(parts[1])) return null;
  const named = new Map(keys.map((key) => [shortKey(key), key]));
  const answers = {};
  const tasks = {};
  for (const item of parts[2] ? parts[2].split(",") : []) {
    if (!ANSWER.test(item)) return null;
    const [hash, choice, day, run] = item.split(".");
    if (!named.has(hash)) answers[HASHED + hash] = item;
    else answers[named.get(hash)] = { c: choice === "-" ? null : Number(choice), d: long(day), n: Number(run) };
  }
  for (const item of parts[3] ? parts[3].split(",") : []) {
    if (!TASK.test(item) || !DAY6.test(item.split(".")[1])) return null;
    const [hash, day] = item.split(".");
    if (!named.has(hash)) tasks[HASHED + hash] = item;
    else tasks[named.get(hash)] = long(day);
  }
  return JSON.stringify({ v: 2, role: parts[1], answers, tasks });
}
