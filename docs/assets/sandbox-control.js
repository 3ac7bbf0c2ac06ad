// The sandbox's controller: what the reader does that the engine (Python, in a worker) must answer. An action is
// one request, whose answer brings the new state, the guide and what the actor now sees; a change of which rows
// are shown (another module, page, search, session or filter) asks for the view of them; everything else only
// changes the page, through the store, and asks nothing. While the engine answers, the sandbox says it is busy
// (and tests wait for that). No Ladok rule here: the engine decides, the view says what to draw.
import { needsRows, rowsKey } from "./sandbox-state.js";
import { today } from "./ui.js";

// store: sandbox-state.js; call: the engine; box: the sandbox (busy while it waits); widget: where a self-check
// task's events go; task: the self-check task, if any; saver: sandbox-save.js's keeper.
export function controller({ store, call, t, lang, runtime, box, widget, task, saver }) {
  let waiting = 0;
  let lastRefusal = null;

  async function busy(job) {
    waiting += 1;
    box.setAttribute("aria-busy", "true");
    try {
      return await job();
    } finally {
      waiting -= 1;
      if (!waiting) box.removeAttribute("aria-busy");
    }
  }

  // The day the engine is told: a guided exercise's own made-up day, so the page's walkthrough and the sandbox
  // give the same dates; the reader's own day only where there is no exercise.
  const day = () => store.state.guide?.today || today();

  // Ask the engine for the rows the store now holds, until what is drawn is what is held (the reader may have
  // moved on while it answered).
  async function rows() {
    while (needsRows(store.state)) {
      const s = store.state;
      const asked = rowsKey(s);
      const answer = await call({ op: "view", state: s.work.state, actor: s.work.actor, lang, options: s.options,
        today: day() });
      if (rowsKey(store.state) !== asked) continue;
      if (!answer.ok) {
        store.dispatch("unviewable", { text: answer.error.text });
        return;
      }
      store.dispatch("viewed", { seen: answer.view, guide: answer.guide });
    }
  }

  // A change from the page, by name (sandbox-state.js): drawn at once, or once the rows it shows have come.
  function go(name, payload) {
    store.dispatch(name, payload);
    return needsRows(store.state) ? busy(rows) : Promise.resolve();
  }

  // Save the reader's own work (never a visited link's), and say beside the outcome when it could not be.
  function save() {
    const s = store.state;
    if (s.own) return;
    const result = saver.save({ actor: s.work.actor, state: s.work.state, log: s.work.log });
    if (result !== "saved") store.dispatch("unsaved", { why: result });
  }

  // A self-check task asks the engine after every action whether its goal is met, and tells the page (selfcheck.js).
  async function checkGoal(answer = widget.dataset.answer || "") {
    if (!task) return;
    const goal = await call({ op: "goal", task, state: store.state.work.state, answer, lang });
    widget.dispatchEvent(new CustomEvent("ladok:goal", { detail: { ...goal, refusal: lastRefusal } }));
  }
  widget.addEventListener("ladok:check", () => busy(() => checkGoal()));

  async function perform(state, actor, action, params) {
    const answer = await call({ op: "act", state, actor, action, params, today: day(), lang, view: true,
      options: store.state.options, calendar: runtime.calendar, settings: runtime.settings });
    if (answer.error) return { result: { kind: "error", text: answer.error.text }, answer: null };
    if (!answer.ok) lastRefusal = answer.refusal.key;
    const result = answer.ok ? { kind: "done", text: answer.events.map((e) => e.text).join(" ") }
      : { kind: "refused", text: answer.refusal.text };
    return { result, answer };
  }

  // Show an outcome where the reader acted (with the engine's answer, if it changed anything), then save.
  async function finish(anchor, result, answer) {
    const outcome = { anchor, ...result };
    const entries = [{ kind: result.kind, text: result.text, actor: store.state.work.actor }];
    if (answer) {
      store.dispatch("acted", { state: answer.state, guide: answer.guide, seen: answer.view, outcome, entries });
    } else {
      store.dispatch("told", { outcome, entries });
    }
    await rows();
    save();
    await checkGoal();
  }

  const act = (action, params, anchor) => busy(async () => {
    const s = store.state;
    const { result, answer } = await perform(s.work.state, s.work.actor, action, params);
    await finish(anchor, result, answer);
  });

  // Several actions in turn (the certify screen's chosen rows), each decided by the engine: [[action, params]].
  const actMany = (list, anchor) => busy(async () => {
    let { state } = store.state.work;
    let last = null;
    const results = [];
    for (const [action, params] of list) {
      const { result, answer } = await perform(state, store.state.work.actor, action, params);
      results.push(result);
      if (answer) [state, last] = [answer.state, answer];
    }
    const kind = results.every((r) => r.kind === "done") ? "done" : "refused";
    await finish(anchor, { kind, text: results.map((r) => r.text).join(" ") }, last);
  });

  // A search by personal identity number: its answer changes the state (a student found stays in the list) but
  // brings no view, so the rows are asked for after it.
  const search = (pnr, anchor) => busy(async () => {
    const s = store.state;
    const answer = await call({ op: "search", state: s.work.state, actor: s.work.actor, pnr, lang });
    if (answer.error) return finish(anchor, { kind: "error", text: answer.error.text }, null);
    const result = !answer.ok ? { kind: "refused", text: answer.refusal.text }
      : { kind: answer.found.found === "not_found" ? "refused" : "done", text: answer.text };
    return finish(anchor, result, { state: answer.state, guide: answer.guide });
  });

  // An outcome the sandbox gives itself (nothing chosen, an empty search): no engine, nothing to save.
  const tell = (anchor, result) => store.dispatch("told", { outcome: { anchor, ...result },
    entries: [{ kind: result.kind, text: result.text, actor: store.state.work.actor }] });

  const switchRole = (id) => busy(async () => {
    const person = store.state.work.state.people.find((p) => p.id === id);
    const text = t("ui.you_act_as", { name: `${t(`role.${person.roles[0]}`)} – ${person.name}` });
    store.dispatch("role", { actor: id, text, entries: [{ kind: "info", text, actor: id }] });
    await rows();
    save();
  });

  return { busy, rows, go, save, checkGoal, act, actMany, search, tell, switchRole };
}
