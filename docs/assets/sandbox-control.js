// The sandbox's controller: what the reader does that the engine (Python, in a worker) must answer. An action (or a
// search for a student) is one request, whose answer brings the new state, the guide and what the actor now sees of
// the screen shown; a change of which rows are shown (another module, page, search, session or filter, or a tab not
// yet asked for since the last change) asks for the view of them; everything else only changes the page, through
// the store, and asks nothing. While the engine answers, the sandbox says it is busy
// (and tests wait for that). No Ladok rule here: the engine decides, the view says what to draw.
//
// Each intent is a function of `env`: {store, call, t, lang, runtime, box, widget, task, saver} (sandbox-state.js's
// store, the engine, the page's texts, runtime.json, the sandbox, a self-check task and its widget, and
// sandbox-save.js's keeper), with the controller's own count of what it waits for.
import { needsRows, rowsKey, viewOptions } from "./sandbox-state.js";
import { today } from "./ui.js";

export async function busy(env, job) {
  env.waiting = (env.waiting || 0) + 1;
  env.box.setAttribute("aria-busy", "true");
  try {
    return await job();
  } finally {
    env.waiting -= 1;
    if (!env.waiting) env.box.removeAttribute("aria-busy");
  }
}

// The day the engine is told: a guided exercise's own made-up day, so the page's walkthrough and the sandbox
// give the same dates; the reader's own day only where there is no exercise.
const day = (env) => env.store.state.guide?.today || today();

// Ask the engine for the rows the store now holds, until what is drawn is what is held (the reader may have moved
// on while it answered). The same question is never asked twice in a row: an engine that makes no part for a
// screen leaves it undrawn rather than asked for again and again. `pristine`: the first question carries nothing
// the reader made (a new start's first view, sandbox-work.js); a later one may (the reader moved on meanwhile).
export async function rows(env, { pristine = false } = {}) {
  const { store, call, lang } = env;
  let last = null;
  while (needsRows(store.state)) {
    const s = store.state;
    const asked = rowsKey(s);
    if (`${asked}|${s.screen}` === last) return;
    const first = last === null;
    last = `${asked}|${s.screen}`;
    const answer = await call({ op: "view", state: s.work.state, actor: s.work.actor, lang, options: viewOptions(s),
      today: day(env) }, { pristine: pristine && first });
    if (rowsKey(store.state) !== asked) continue;
    if (!answer.ok) {
      store.dispatch("unviewable", { text: answer.error.text });
      return;
    }
    store.dispatch("viewed", { seen: answer.view, guide: answer.guide });
  }
}

// A change from the page, by name (sandbox-state.js): drawn at once, or once the rows it shows have come.
function go(env, name, payload) {
  env.store.dispatch(name, payload);
  return needsRows(env.store.state) ? busy(env, () => rows(env)) : Promise.resolve();
}

// Save the reader's own work (never a visited link's), and say beside the outcome when it could not be.
export function save({ store, saver }) {
  const s = store.state;
  if (s.own) return;
  const result = saver.save({ actor: s.work.actor, state: s.work.state, log: s.work.log });
  if (result !== "saved") store.dispatch("unsaved", { why: result });
}

// A self-check task asks the engine after every action whether its goal is met, and tells the page (selfcheck.js).
export async function checkGoal(env, answer = env.widget.dataset.answer || "") {
  const { store, call, lang, task, widget } = env;
  if (!task) return;
  const goal = await call({ op: "goal", task, state: store.state.work.state, answer, lang });
  widget.dispatchEvent(new CustomEvent("ladok:goal", { detail: { ...goal, refusal: env.lastRefusal ?? null } }));
}

async function perform(env, state, actor, action, params) {
  const { store, call, lang, runtime } = env;
  const answer = await call({ op: "act", state, actor, action, params, today: day(env), lang, view: true,
    options: viewOptions(store.state), calendar: runtime.calendar, settings: runtime.settings });
  if (answer.error) return { result: { kind: "error", text: answer.error.text }, answer: null };
  if (!answer.ok) env.lastRefusal = answer.refusal.key;
  const result = answer.ok ? { kind: "done", text: answer.events.map((e) => e.text).join(" ") }
    : { kind: "refused", text: answer.refusal.text };
  return { result, answer };
}

// Show an outcome where the reader acted (with the engine's answer, if it changed anything), then save.
async function finish(env, anchor, result, answer) {
  const { store } = env;
  const outcome = { anchor, ...result };
  const entries = [{ kind: result.kind, text: result.text, actor: store.state.work.actor }];
  if (answer) {
    store.dispatch("acted", { state: answer.state, guide: answer.guide, seen: answer.view, outcome, entries });
  } else {
    store.dispatch("told", { outcome, entries });
  }
  await rows(env);
  save(env);
  await checkGoal(env);
}

const act = (env, action, params, anchor) => busy(env, async () => {
  const { work } = env.store.state;
  const { result, answer } = await perform(env, work.state, work.actor, action, params);
  await finish(env, anchor, result, answer);
});

// Several actions in turn (the certify screen's chosen rows), each decided by the engine: [[action, params]].
const actMany = (env, list, anchor) => busy(env, async () => {
  let { state } = env.store.state.work;
  let last = null;
  const results = [];
  for (const [action, params] of list) {
    const { result, answer } = await perform(env, state, env.store.state.work.actor, action, params);
    results.push(result);
    if (answer) [state, last] = [answer.state, answer];
  }
  const kind = results.every((r) => r.kind === "done") ? "done" : "refused";
  await finish(env, anchor, { kind, text: results.map((r) => r.text).join(" ") }, last);
});

// A search by personal identity number: its answer changes the state (a student found stays in the list) and, like
// an action's, brings what the searcher now sees: one request.
const search = (env, pnr, anchor) => busy(env, async () => {
  const s = env.store.state;
  const answer = await env.call({ op: "search", state: s.work.state, actor: s.work.actor, pnr, lang: env.lang,
    view: true, options: viewOptions(s), today: day(env) });
  if (answer.error) return finish(env, anchor, { kind: "error", text: answer.error.text }, null);
  const result = !answer.ok ? { kind: "refused", text: answer.refusal.text }
    : { kind: answer.found.found === "not_found" ? "refused" : "done", text: answer.text };
  return finish(env, anchor, result, answer);
});

// An outcome the sandbox gives itself (nothing chosen, an empty search): no engine, nothing to save.
const tell = ({ store }, anchor, result) => store.dispatch("told", { outcome: { anchor, ...result },
  entries: [{ kind: result.kind, text: result.text, actor: store.state.work.actor }] });

const switchRole = (env, id) => busy(env, async () => {
  const { store, t } = env;
  const person = store.state.work.state.people.find((p) => p.id === id);
  const text = t("ui.you_act_as", { name: `${t(`role.${person.roles[0]}`)} – ${person.name}` });
  store.dispatch("role", { actor: id, text, entries: [{ kind: "info", text, actor: id }] });
  await rows(env);
  save(env);
});

// The controller's intents, each bound to `env`, for the views and sandbox-work.js.
export function controller(env) {
  env.widget.addEventListener("ladok:check", () => busy(env, () => checkGoal(env)));
  const intents = { busy, rows, go, save, checkGoal, act, actMany, search, tell, switchRole };
  return Object.fromEntries(Object.entries(intents).map(([name, intent]) => [name,
    (...args) => intent(env, ...args)]));
}
