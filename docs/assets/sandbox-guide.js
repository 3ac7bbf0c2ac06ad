// The guided step above the screens, the role switcher, and the row a step acts on: drawn from the engine's guide
// (its step, its actor, its parameters), with no rule of its own.
import { kept } from "./sandbox-morph.js";
import { h } from "./ui.js";

// The box that says what to do next, with a button to become the step's actor when the reader is someone else.
export function guideStep({ guide, t, lang, actor, label, switchRole }) {
  if (!guide) return [];
  if (guide.done) return [h("p", { class: "ladok-done" }, t("ui.scenario_done"))];
  const step = guide.steps[guide.step];
  const parts = [h("p", {}, h("strong", {}, t("ui.step_of", { n: guide.step + 1, total: guide.steps.length })), " ",
    step.text[lang])];
  if (step.actor !== actor) {
    parts.push(h("button", { type: "button", class: "md-button md-button--primary", dataset: { focus: "switch-role" },
      onclick: () => switchRole(step.actor) }, t("ui.switch_role", { role: label(step.actor) })));
  }
  return [h("div", { class: "ladok-step", role: "group", "aria-label": t("ui.guide") }, ...parts)];
}

// One button per person of the exercise; the one acted as is pressed.
export function roleButtons(people, actor, label, switchRole) {
  return people.map((p) => h("button", { type: "button",
    class: `md-button${p.id === actor ? " md-button--primary" : ""}`, "aria-pressed": String(p.id === actor),
    dataset: { focus: `role|${p.id}`, person: p.id }, onclick: () => p.id !== actor && switchRole(p.id) },
  label(p.id)));
}

// The first cell of the row the guided step acts on, when it is on screen: after a change of role the reader
// starts there, not above the screens and modules they would Tab through to reach it. A viewer who sees only codes
// is told the step's student by the code the row shows (`params.code`), as the row is named on screen.
export function stepRow(view, guide) {
  const step = guide && !guide.done ? guide.steps[guide.step] : null;
  const { student, code, target } = step ? step.params : {};
  const who = student || code;
  if (!who || !target) return null;
  return view.querySelector(`tr.ladok-row[data-anchor="${CSS.escape(`row:${target}|${who}`)}"] td`);
}

// Each person in the exercise has a log of their own: what was told to one is not shown to another, so a teacher
// who sees codes never reads in the log a name that was told to the study administrator. An entry is drawn once
// (`drawn`, a WeakMap of entry to element: an entry never changes), so that the log, up to 100 entries, costs an
// action only its new entry.
export function journal(work, drawn = new WeakMap()) {
  const mark = (entry) => ({ done: "✔ ", refused: "✖ ", error: "✖ " }[entry.kind] || "");
  const item = (entry) => drawn.get(entry) || drawn.set(entry,
    kept(h("li", { class: `ladok-log-${entry.kind}` }, mark(entry) + entry.text), entry)).get(entry);
  return (work.log || []).filter((e) => !e.actor || e.actor === work.actor).map(item);
}
