// A sandbox task of the self-check: a goal stated as an end state, free work in the sandbox below it, and a Check
// that asks the engine what the state holds and names each part of the goal that is missing or wrong, what stands
// instead and the section to read. The sandbox's own "Start over" takes the task back to its start.
//
// The sandbox (sandbox.js) answers a "ladok:check" event on its widget with a "ladok:goal" event carrying the
// engine's answer; it sends one after each action and after starting over too. Only the answer to the reader's own
// Check is shown; any later change to the sandbox takes that answer away, since it no longer describes the sandbox.
// A goal met is kept (`onMet`), and the day it was first met (`metOn`) is said under the task on later visits.
import { focusOn, h } from "./ui.js";

export function mountTask(task, t, { metOn = null, onMet = () => {} } = {}) {
  const widget = task.querySelector(".ladok-sandbox");
  const panel = h("div", { class: "ladok-goal", tabindex: "-1", hidden: true });
  const hint = h("p", { class: "ladok-goal-read", hidden: true });
  const input = h("input", { type: "text", class: "ladok-goal-answer", maxlength: "40", autocomplete: "off",
    id: `ladok-goal-answer-${task.dataset.task}` });
  let asked = false;
  let lastRefusal = null;
  const form = h("form", { class: "ladok-goal-form", hidden: true, onsubmit: (event) => {
    event.preventDefault();
    widget.dataset.answer = input.value;
    asked = true;
    widget.dispatchEvent(new CustomEvent("ladok:check"));
  } },
  ...(widget.dataset.asks ? [h("label", { for: input.id }, t("task_answer")), " ", input, " "] : []),
  h("button", { type: "submit", class: "md-button md-button--primary" }, t("task_check")));
  const earlier = h("p", { class: "ladok-goal-earlier", hidden: !metOn },
    metOn ? t("task_met_on", { date: metOn }) : "");
  widget.before(earlier);
  widget.after(hint, form, panel);

  const link = (selector) => task.querySelector(`${selector} a`);

  widget.addEventListener("ladok:goal", (event) => {
    const goal = event.detail;
    if (!goal || !goal.ok) return;
    form.hidden = false;
    showRefusal(goal.refusal);
    if (!asked) {
      panel.hidden = true; // the sandbox changed since the last Check: that answer no longer holds
      panel.replaceChildren();
      delete task.dataset.met;
      return;
    }
    asked = false;
    task.dataset.met = goal.met ? "true" : "false";
    if (goal.met) onMet(task.dataset.task);
    panel.dataset.met = task.dataset.met;
    panel.replaceChildren(...(goal.met ? done(goal) : missing(goal)));
    panel.hidden = false;
    focusOn(panel);
  });

  // A refused step in the sandbox: right after it, where to read about it.
  function showRefusal(refusal) {
    const read = refusal && refusal !== lastRefusal ? link(`li[data-refusal="${CSS.escape(refusal)}"]`) : null;
    lastRefusal = refusal || null;
    hint.hidden = !read;
    hint.replaceChildren(...(read ? [t("task_refused"), " ", read.cloneNode(true)] : []));
  }

  function done(goal) {
    return [h("p", {}, h("span", { class: "ladok-mark", "aria-hidden": "true" }, "✔ "), h("strong", {}, t("task_met"))),
      list(goal.parts)];
  }

  function missing(goal) {
    const open = goal.parts.filter((p) => !p.done).length;
    return [h("p", {}, h("strong", {}, t("task_open", { n: open, total: goal.parts.length }))), list(goal.parts),
      h("p", { class: "ladok-goal-reset" }, t("task_reset"))];
  }

  function list(parts) {
    return h("ul", { class: "ladok-goal-parts" }, ...parts.map((p) => {
      const read = p.done ? null : link(`li[data-section="${CSS.escape(p.section)}"]`);
      return h("li", { class: p.done ? "ladok-goal-done" : "ladok-goal-open" },
        h("span", { class: "ladok-mark", "aria-hidden": "true" }, p.done ? "✔ " : "✖ "),
        h("span", { class: "ladok-goal-part" }, p.text, h("span", { class: "ladok-sr" },
          ` ${t(p.done ? "task_done" : "task_missing")}`)),
        ...(p.now ? [h("span", { class: "ladok-goal-now" }, ` ${p.now}.`)] : []),
        ...(read ? [" ", h("span", { class: "ladok-goal-link" }, `${t("task_read")}: `, read.cloneNode(true))] : []));
    }));
  }
}
