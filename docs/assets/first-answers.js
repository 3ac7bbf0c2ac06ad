// What a tool answers before its engine has started: the engine's own answers to the inputs a first visit gives,
// made by the build (guide_site/runtime/answers.py), one small file per tool, named for its content. A request is
// looked up whole, less what it sends as runtime.json holds it (the calendar, the settings) and less the reader's
// day, which picks the span of days an answer holds for. Found, it is what the engine answered; not found, the page
// waits for the engine. Nothing here knows a Ladok rule: the file holds answers, not the means to make them.
const BUILT = /* ladok:built */ null;
const tables = new Map();

// The tool's file, fetched once per page; without one (or when it cannot be had), null: everything waits.
// `asked`: a fetch of it the page has begun (guide.js).
export function loadAnswers(root, tool, asked = null) {
  const path = BUILT.answers && BUILT.answers[tool];
  if (!path) return Promise.resolve(null);
  if (!tables.has(tool)) {
    asked ||= fetch(new URL(path, root), { priority: "high" }); // before the page's own, lesser, requests
    tables.set(tool, asked.then((r) => (r.ok ? r.json() : null)).catch(() => null));
  }
  return tables.get(tool);
}

// The request as the build wrote its key: object keys sorted, no spaces (Python's json.dumps with sort_keys).
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const names = Object.keys(value).filter((name) => value[name] !== undefined).sort();
  return `{${names.map((name) => `${JSON.stringify(name)}:${canonical(value[name])}`).join(",")}}`;
}

// The engine's answer to `request` as the build has it, or null.
export function lookUp(table, runtime, request) {
  if (!table) return null;
  const asked = {};
  for (const [name, value] of Object.entries(request)) {
    if (value !== runtime[name] && name !== table.span) asked[name] = value;
  }
  const key = canonical(asked);
  if (!Object.hasOwn(table.keys, key)) return null;
  const entry = table.keys[key];
  const day = request[table.span];
  const at = typeof entry === "number" ? entry : entry.find(([first, last]) => first <= day && day <= last)?.[2];
  return at === undefined ? null : structuredClone(table.answers[at]);
}
