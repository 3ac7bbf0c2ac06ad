// The self-check's controls, above its questions: a note on what was read (a saved record set aside, answers a link
// brought), where the answers are kept and when questions come back, the role picker, the score per topic with the
// tasks met, the buttons (retry, start over, print, save), the live region that announces, and the summary's place.
// Each function takes the mounted self-check (`check`, selfcheck.js), whose elements these are. No Ladok rule here:
// every text is the page's (`check.t`).
import { nextBack, RIGHT_AFTER } from "./selfcheck-review.js";
import { h } from "./ui.js";

// The controls, drawn once; `on` holds what each control does: {role(value), retry, startOver, print, save}.
export function drawControls(check, on) {
  const { t } = check;
  check.live = h("p", { class: "ladok-sc-live", role: "status", "aria-live": "polite" });
  check.scoreList = h("ul", { class: "ladok-sc-topics" });
  check.taskLine = h("p", { class: "ladok-sc-tasks", hidden: true });
  check.scoreHeading = h("h3", { class: "ladok-sc-heading", id: "ladok-sc-score", tabindex: "-1" }, t("score"));
  check.summary = h("div", { class: "ladok-sc-summary", hidden: true });
  check.stored = h("p", { class: "ladok-sc-stored" });
  check.schedule = h("p", { class: "ladok-sc-schedule" });
  const button = (key, onclick) => h("button", { type: "button", class: "md-button", onclick }, t(key));
  check.controls = h("div", { class: "ladok-sc-controls" }, ...notes(check), check.stored, check.schedule,
    rolePicker(check, on.role),
    h("section", { class: "ladok-sc-score", "aria-labelledby": "ladok-sc-score" }, check.scoreHeading,
      check.scoreList, check.taskLine,
      h("div", { class: "ladok-sc-buttons" }, button("retry", on.retry), button("reset", on.startOver),
        button("print", on.print), button("save", on.save))),
    check.live, check.summary);
  return check.controls;
}

// A note for each problem found in what was saved, and for answers a link brought (or could not bring).
function notes({ t, saved, linked }) {
  return [...saved.notes, linked].filter(Boolean).map((key) => h("p", { class: "ladok-sc-note" },
    key === "linked" ? null : h("span", { class: "ladok-mark", "aria-hidden": "true" }, "⚠ "),
    t(key, { n: saved.badCount })));
}

// "All roles" and the page's roles, as radio buttons; the one saved is chosen.
function rolePicker({ t, roles, role }, pick) {
  const choices = [["all", t("all_roles")], ...Object.entries(roles)].map(([value, name]) => h("label",
    { class: "ladok-sc-role" }, h("input", { type: "radio", name: "ladok-sc-role", value, checked: value === role,
      onchange: () => pick(value) }), " ", name));
  return h("fieldset", { class: "ladok-sc-roles" }, h("legend", {}, t("pick_role")), ...choices);
}

// Where the answers are kept (or why they cannot be), and when questions come back.
export function drawStorage({ t, store, answers, day, stored, schedule }) {
  const place = store.place === "platform" ? "_platform" : "";
  stored.textContent = t(`${store.problem === "full" ? "full" : store.problem ? "not_stored" : "stored"}${place}`);
  const next = nextBack(answers, day);
  const days = `${RIGHT_AFTER.slice(0, -1).join(", ")} ${t("and")} ${RIGHT_AFTER.at(-1)}`;
  schedule.replaceChildren(t("schedule", { days }), ...(next ? [" ", t("next_back", { date: next.day, n: next.count })]
    : []));
}

// The score per topic of the questions shown (`rows`, selfcheck-progress.js's byTopic), and the tasks met of the
// role chosen (`tasks`: {total, met}), hidden when the role has none.
export function drawScore({ t, scoreList, taskLine }, rows, tasks) {
  scoreList.replaceChildren(...rows.map((row) => h("li", { dataset: { right: row.right, total: row.total } },
    h("strong", {}, `${row.topic}: `), t("score_line", row))));
  taskLine.replaceChildren(h("strong", {}, `${t("tasks_topic")}: `), t("tasks_line", tasks));
  taskLine.hidden = !tasks.total;
}
