// The practice sandbox: the reader acts in a made-up course as any role, and the engine (Python, in a worker)
// decides. Built as a store and its named updates (sandbox-state.js), views that are functions of what the store
// holds (sandbox-view.js and the screens' modules), and a controller that asks the engine (sandbox-control.js) and
// looks after the reader's work (sandbox-work.js). Every text comes from the page's catalog in its language, and
// nothing here knows a Ladok rule.
//
// Focus moves to an action's outcome, to the view after a change of role, and to the heading after opening. The
// reader's own work is saved under its own key, and a shared link opens as a visit beside it, never over it. The
// page around the sandbox is told of each change of the work shown ("ladok:work").
import { controller } from "./sandbox-control.js";
import { hasLink } from "./sandbox-link.js";
import { keeper } from "./sandbox-save.js";
import { createStore } from "./sandbox-state.js";
import { openStore } from "./sandbox-store.js";
import { frame } from "./sandbox-view.js";
import { work } from "./sandbox-work.js";
import { boot, focusOn } from "./ui.js";

export async function mount(widget, { root, auto }) {
  const scenario = widget.dataset.scenario;
  const opened = await boot(widget, root, "ui.sandbox_title");
  if (!opened) return;
  const { lang, runtime, t, box, heading, call } = opened;
  const task = widget.dataset.task || null; // a self-check task: its own start, no guided steps, a goal to meet
  const storeName = task ? `${scenario}:task:${task}` : scenario;
  const saved = openStore(storeName);
  const store = createStore();
  const intents = {};
  const { draw, saving } = frame({ box, t, lang, runtime, scenario, store, intents });
  store.subscribe(draw);
  store.subscribe((s, before) => tell(widget, scenario, s, before));
  const current = () => ({ actor: store.state.work.actor, state: store.state.work.state, log: store.state.work.log });
  const env = { store, call, t, lang, runtime, box, widget, task, scenario, storeName, saved };
  env.saver = keeper({ store: saved, t, notices: saving, takeIn: (found) => reader.takeIn(found), current });
  env.control = controller(env);
  const reader = work(env);
  Object.assign(intents, env.control, reader);

  await reader.start();
  window.addEventListener("hashchange", () => hasLink() && reader.linkOpened());
  performance.mark("ladok:interactive");
  if (!auto) focusOn(heading);
}

// The work shown, told to the page around the sandbox after each change of its state or of who acts ("ladok:work",
// bubbling from the widget): an embed page links the full guide to it (embed.js).
function tell(widget, scenario, s, before) {
  if (!s.work || (s.work.state === before.work?.state && s.work.actor === before.work?.actor)) return;
  widget.dispatchEvent(new CustomEvent("ladok:work", { bubbles: true,
    detail: { scenario, actor: s.work.actor, state: s.work.state } }));
}
