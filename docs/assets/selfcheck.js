// "Testa dig själv" / "Check yourself": the reader answers the questions the build wrote into the page, sees a score
// per topic, retries the ones missed, prints or saves a dated summary. This module knows no Ladok rule: the marked
// answer of each question is in its data-answer attribute, put there by the build from what the engine decided, and
// every text is in the page's data-texts. The sandbox tasks' goals are checked by the engine (sandbox.js asks it
// after every action and tells us with a "ladok:goal" event). Answers are kept in localStorage only.
import { focusOn, h } from "./ui.js";

const FORMAT = 1;

function storage(key) {
  const usable = (() => {
    try {
      localStorage.setItem(`${key}:probe`, "1");
      localStorage.removeItem(`${key}:probe`);
      return true;
    } catch (e) {
      return false;
    }
  })();
  return {
    usable,
    read() {
      if (!usable) return null;
      try {
        const saved = JSON.parse(localStorage.getItem(key) || "null");
        return saved && saved.v === FORMAT && typeof saved.answers === "object" && saved.answers ? saved : null;
      } catch (e) {
        return null; // damaged: start afresh, and the next answer writes a good copy
      }
    },
    write(data) {
      if (!usable) return false;
      try {
        localStorage.setItem(key, JSON.stringify({ v: FORMAT, ...data }));
        return true;
      } catch (e) {
        return false; // full: the answers stay on the page
      }
    },
  };
}

export function mount(root) {
  const lang = root.dataset.lang === "en" ? "en" : "sv";
  const texts = JSON.parse(root.dataset.texts);
  const topics = JSON.parse(root.dataset.topics);
  const roleNames = JSON.parse(root.dataset.roles);
  const t = (key, params = {}) => texts[key].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
  const store = storage(`ladok-guiden:selfcheck:${lang}`);
  const saved = store.read() || { role: "all", answers: {} };
  const answers = { ...saved.answers }; // question key -> the index the reader chose
  let role = saved.role in roleNames ? saved.role : "all";
  const questions = [...root.querySelectorAll(".ladok-question")];
  const byKey = new Map(questions.map((q) => [q.dataset.key, q]));

  const live = h("p", { class: "ladok-sc-live", role: "status", "aria-live": "polite" });
  const scoreList = h("ul", { class: "ladok-sc-topics" });
  const scoreHeading = h("h3", { class: "ladok-sc-heading", id: "ladok-sc-score", tabindex: "-1" }, t("score"));
  const summary = h("div", { class: "ladok-sc-summary", hidden: true });
  const save = () => store.write({ role, answers });

  // --- choosing a role ------------------------------------------------------------------------------------------
  const roleChoices = [["all", t("all_roles")], ...Object.entries(roleNames)].map(([value, name]) => h("label",
    { class: "ladok-sc-role" }, h("input", { type: "radio", name: "ladok-sc-role", value, checked: value === role,
      onchange: () => { role = value; save(); filter(true); } }), " ", name));
  const picker = h("fieldset", { class: "ladok-sc-roles" }, h("legend", {}, t("pick_role")), ...roleChoices);

  const controls = h("div", { class: "ladok-sc-controls" },
    h("p", { class: "ladok-sc-stored" }, t(store.usable ? "stored" : "not_stored")), picker,
    h("section", { class: "ladok-sc-score", "aria-labelledby": "ladok-sc-score" }, scoreHeading, scoreList,
      h("div", { class: "ladok-sc-buttons" },
        h("button", { type: "button", class: "md-button", onclick: retry }, t("retry")),
        h("button", { type: "button", class: "md-button", onclick: startOver }, t("reset")),
        h("button", { type: "button", class: "md-button", onclick: printSummary }, t("print")),
        h("button", { type: "button", class: "md-button", onclick: saveSummary }, t("save")))),
    live, summary);
  root.prepend(controls);

  // --- each question: its choices as radio buttons and an Answer button -------------------------------------------
  for (const q of questions) {
    const text = q.querySelector(".ladok-q-text");
    const list = q.querySelector(".ladok-choices");
    const name = `ladok-sc-${q.dataset.key}`;
    const radios = [...list.children].map((li, i) => h("label", { class: "ladok-sc-choice" },
      h("input", { type: "radio", name, value: String(i) }), " ", `${"ABCDEFG"[i]}. ${li.textContent}`));
    const feedback = h("p", { class: "ladok-sc-feedback", hidden: true });
    const fieldset = h("fieldset", { class: "ladok-sc-question" },
      h("legend", {}, ...text.childNodes), ...radios,
      h("button", { type: "button", class: "md-button md-button--primary", onclick: () => answer(q) }, t("answer")),
      feedback);
    text.replaceWith(fieldset);
    list.remove();
    if (q.dataset.key in answers) show(q, false);
  }

  function chosen(q) {
    const checked = q.querySelector("input[type=radio]:checked");
    return checked ? Number(checked.value) : null;
  }

  function answer(q) {
    const choice = chosen(q);
    if (choice === null) {
      live.textContent = t("pick_first");
      focusOn(q.querySelector("input[type=radio]"));
      return;
    }
    answers[q.dataset.key] = choice;
    save();
    show(q, true);
    score();
  }

  // Mark a question answered: right or not, the explanation opened; on the reader's own answer, announce and focus it.
  function show(q, announce) {
    const choice = answers[q.dataset.key];
    const right = choice === Number(q.dataset.answer);
    q.dataset.state = right ? "right" : "wrong";
    for (const input of q.querySelectorAll("input[type=radio]")) {
      input.checked = Number(input.value) === choice;
      input.disabled = true;
    }
    q.querySelector("button.md-button--primary").disabled = true;
    const feedback = q.querySelector(".ladok-sc-feedback");
    feedback.replaceChildren(h("span", { class: "ladok-mark", "aria-hidden": "true" }, right ? "✔ " : "✖ "),
      h("strong", {}, t(right ? "right" : "wrong")));
    feedback.hidden = false;
    const details = q.querySelector("details");
    details.open = true;
    const explanation = q.querySelector(".ladok-explanation");
    if (announce) {
      live.textContent = `${t(right ? "right" : "wrong")} ${explanation.textContent}`;
      focusOn(explanation);
    }
  }

  function clear(q) {
    delete answers[q.dataset.key];
    delete q.dataset.state;
    for (const input of q.querySelectorAll("input[type=radio]")) {
      input.checked = false;
      input.disabled = false;
    }
    q.querySelector("button.md-button--primary").disabled = false;
    q.querySelector(".ladok-sc-feedback").hidden = true;
    q.querySelector("details").open = false;
  }

  const shown = () => questions.filter((q) => !q.hidden);

  function filter(announce) {
    for (const q of questions) q.hidden = role !== "all" && !q.dataset.roles.split(" ").includes(role);
    score();
    if (announce) live.textContent = t("shown", { n: shown().length });
  }

  function tally() {
    const rows = {};
    for (const q of shown()) {
      const row = rows[q.dataset.topic] || (rows[q.dataset.topic] = { total: 0, n: 0, right: 0 });
      row.total += 1;
      if (q.dataset.key in answers) row.n += 1;
      if (answers[q.dataset.key] === Number(q.dataset.answer)) row.right += 1;
    }
    return Object.keys(topics).filter((k) => rows[k]).map((k) => ({ topic: topics[k], ...rows[k] }));
  }

  function score() {
    scoreList.replaceChildren(...tally().map((row) => h("li", { dataset: { right: row.right, total: row.total } },
      h("strong", {}, `${row.topic}: `), t("score_line", row))));
  }

  function retry() {
    const missed = shown().filter((q) => q.dataset.state === "wrong");
    if (!missed.length) {
      live.textContent = t("nothing_missed");
      return;
    }
    missed.forEach(clear);
    save();
    score();
    live.textContent = t("retrying");
    focusOn(missed[0].querySelector("input[type=radio]"));
  }

  function startOver() {
    questions.forEach(clear);
    save();
    score();
    focusOn(scoreHeading);
  }

  // --- a dated summary, printed or saved as a file; nothing is sent anywhere --------------------------------------
  function summaryLines() {
    const date = new Date().toISOString().slice(0, 10);
    const lines = [t("summary_title", { date }), ""];
    for (const row of tally()) lines.push(`${row.topic}: ${t("score_line", row)}`);
    lines.push("");
    for (const q of shown()) {
      if (!(q.dataset.key in answers)) continue;
      const legend = q.querySelector("legend").textContent.trim();
      const mine = q.querySelectorAll(".ladok-sc-choice")[answers[q.dataset.key]].textContent.trim();
      lines.push(`${q.dataset.state === "right" ? "✔" : "✖"} ${legend}`, `   ${mine}`);
    }
    return { date, lines };
  }

  function fillSummary() {
    const { date, lines } = summaryLines();
    summary.replaceChildren(h("h3", {}, lines[0]), h("pre", {}, lines.slice(2).join("\n")));
    summary.hidden = false;
    return date;
  }

  function printSummary() {
    fillSummary();
    window.print();
  }

  function saveSummary() {
    const date = fillSummary();
    const blob = new Blob([summaryLines().lines.join("\n") + "\n"], { type: "text/plain;charset=utf-8" });
    const link = h("a", { href: URL.createObjectURL(blob), download: `${lang === "sv" ? "testa-dig-sjalv" : "check-yourself"}-${date}.txt` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  filter(false);
  document.querySelectorAll(".ladok-task").forEach((task) => mountTask(task, t));
}

// --- a sandbox task: what the engine says about its goal, after every action ---------------------------------------
function mountTask(task, t) {
  const widget = task.querySelector(".ladok-sandbox");
  const status = h("div", { class: "ladok-goal", role: "status" });
  const input = h("input", { type: "text", class: "ladok-goal-answer", maxlength: "40", autocomplete: "off" });
  const form = h("form", { class: "ladok-goal-form", hidden: true, onsubmit: (event) => {
    event.preventDefault();
    widget.dataset.answer = input.value;
    widget.dispatchEvent(new CustomEvent("ladok:check"));
  } }, h("label", {}, t("task_answer"), " ", input), " ",
  h("button", { type: "submit", class: "md-button" }, t("task_check")));
  widget.before(status);
  if (widget.dataset.asks) widget.after(form);
  widget.addEventListener("ladok:goal", (event) => {
    const goal = event.detail;
    if (!goal.ok) return;
    form.hidden = false;
    task.dataset.met = goal.met ? "true" : "false";
    const parts = h("ul", { class: "ladok-goal-parts" }, ...goal.parts.map((p) => h("li",
      { class: p.done ? "ladok-goal-done" : "ladok-goal-open" },
      h("span", { class: "ladok-mark", "aria-hidden": "true" }, p.done ? "✔ " : "○ "), p.text)));
    const children = [h("p", {}, h("strong", {}, t(goal.met ? "task_met" : "task_open"))), parts];
    const read = goal.refusal && !goal.met ? task.querySelector(`li[data-refusal="${CSS.escape(goal.refusal)}"] a`) : null;
    if (read) children.push(h("p", { class: "ladok-goal-read" }, t("task_refused"), " ", read.cloneNode(true)));
    status.replaceChildren(...children);
  });
}
