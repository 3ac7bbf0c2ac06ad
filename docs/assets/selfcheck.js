// "Testa dig själv" / "Check yourself": the reader answers the questions the build wrote into the page, sees what
// Ladok does with the choice made (a scene's choices were played in the engine at build time), a score per topic,
// retries the ones missed, prints or saves a dated summary; questions come back on later visits. This module knows no
// Ladok rule: each question's marked answer is in its data-answer attribute, put there by the build from what the
// engine decided, and every text is in the page's data-texts. Answers stay in this browser (selfcheck-store.js), or
// in the learning platform when the SCORM package gives mount() its storage (embed-scorm.js); answers a link carries
// are added to them (selfcheck-link.js); every change is told to what holds the page (selfcheck-progress.js).
import { focusOn, h, today } from "./ui.js";
import { addLinked } from "./selfcheck-link.js";
import { byTopic, progress, tell } from "./selfcheck-progress.js";
import { comeBack, nextBack, answered, dueOn, RIGHT_AFTER } from "./selfcheck-review.js";
import { openStore, readSaved, record } from "./selfcheck-store.js";
import { fill, saveFile, summaryLines } from "./selfcheck-summary.js";
import { mountTask } from "./selfcheck-task.js";

const LETTERS = "ABCDEFG";

function styles() {
  if (document.querySelector("link[data-ladok-selfcheck]")) return;
  document.head.append(h("link", { rel: "stylesheet", href: new URL("selfcheck.css", import.meta.url).href,
    dataset: { ladokSelfcheck: "" } }));
}

export function mount(root, { storage = null } = {}) {
  styles();
  const lang = root.dataset.lang === "en" ? "en" : "sv";
  const texts = JSON.parse(root.dataset.texts);
  const topics = JSON.parse(root.dataset.topics);
  const roleNames = JSON.parse(root.dataset.roles);
  const t = (key, params = {}) => texts[key].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
  const day = today();
  const questions = [...root.querySelectorAll(".ladok-question")];
  const marked = new Map(questions.map((q) => [q.dataset.key, Number(q.dataset.answer)]));
  const choices = new Map(questions.map((q) => [q.dataset.key, q.querySelectorAll(".ladok-choices li").length]));
  const tasks = [...document.querySelectorAll(".ladok-task")];
  const known = { choices, roles: roleNames, marked, today: day, tasks: tasks.map((task) => task.dataset.task) };
  const store = openStore(`ladok-guiden:selfcheck:${lang}`, storage);
  const saved = readSaved(store.raw, known);
  if (saved.aside !== null) store.keepAside(saved.aside);
  const linked = addLinked(saved, known); // "linked", "bad_link", or null when the address carries no answers
  const answers = saved.answers; // question key -> {c: the choice, or null while it waits; d: day; n: right in a row}
  const met = saved.tasks; // task key -> the day its goal was first met
  let role = saved.role;
  const back = comeBack(answers, day);
  for (const key of back) answers.set(key, { ...answers.get(key), c: null });

  const live = h("p", { class: "ladok-sc-live", role: "status", "aria-live": "polite" });
  const scoreList = h("ul", { class: "ladok-sc-topics" });
  const taskLine = h("p", { class: "ladok-sc-tasks", hidden: true });
  const scoreHeading = h("h3", { class: "ladok-sc-heading", id: "ladok-sc-score", tabindex: "-1" }, t("score"));
  const summary = h("div", { class: "ladok-sc-summary", hidden: true });
  const stored = h("p", { class: "ladok-sc-stored" });
  const schedule = h("p", { class: "ladok-sc-schedule" });
  const notes = [...saved.notes, linked].filter(Boolean).map((key) => h("p", { class: "ladok-sc-note" },
    key === "linked" ? null : h("span", { class: "ladok-mark", "aria-hidden": "true" }, "⚠ "),
    t(key, { n: saved.badCount })));
  const recorded = () => record(role, answers, saved.other, met, saved.otherTasks);
  const save = () => {
    store.write(recorded());
    tellStorage();
  };
  function tellStorage() {
    const place = store.place === "platform" ? "_platform" : "";
    stored.textContent = t(`${store.problem === "full" ? "full" : store.problem ? "not_stored" : "stored"}${place}`);
    const next = nextBack(answers, day);
    const days = `${RIGHT_AFTER.slice(0, -1).join(", ")} ${t("and")} ${RIGHT_AFTER.at(-1)}`;
    schedule.replaceChildren(t("schedule", { days }), ...(next ? [" ", t("next_back", { date: next.day, n: next.count })]
      : []));
  }

  // --- choosing a role ------------------------------------------------------------------------------------------
  const roleChoices = [["all", t("all_roles")], ...Object.entries(roleNames)].map(([value, name]) => h("label",
    { class: "ladok-sc-role" }, h("input", { type: "radio", name: "ladok-sc-role", value, checked: value === role,
      onchange: () => { role = value; save(); filter(true); } }), " ", name));
  const picker = h("fieldset", { class: "ladok-sc-roles" }, h("legend", {}, t("pick_role")), ...roleChoices);

  const controls = h("div", { class: "ladok-sc-controls" }, ...notes, stored, schedule, picker,
    h("section", { class: "ladok-sc-score", "aria-labelledby": "ladok-sc-score" }, scoreHeading, scoreList, taskLine,
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
      h("input", { type: "radio", name, value: String(i) }), " ", `${LETTERS[i]}. ${li.textContent}`));
    const feedback = h("div", { class: "ladok-sc-feedback", hidden: true });
    const fieldset = h("fieldset", { class: "ladok-sc-question" },
      h("legend", {}, ...text.childNodes), ...radios,
      h("button", { type: "button", class: "md-button md-button--primary", onclick: () => answer(q) }, t("answer")),
      feedback);
    text.replaceWith(fieldset);
    list.remove();
    if (answers.get(q.dataset.key)?.c != null) show(q, false);
  }

  // Questions that came back stand first, each saying why, under a heading of their own.
  if (back.length) {
    const intro = h("p", {}, t("back_intro", { n: back.length }));
    const group = h("section", { class: "ladok-sc-back", "aria-labelledby": "ladok-sc-back" },
      h("h3", { id: "ladok-sc-back" }, t("back_title")), intro);
    for (const key of back) {
      const q = questions.find((x) => x.dataset.key === key);
      const entry = answers.get(key);
      q.dataset.back = entry.n === 0 ? "wrong" : "right";
      q.querySelector("legend").prepend(h("span", { class: "ladok-sc-back-tag" },
        t(entry.n === 0 ? "back_wrong" : "back_right", { date: entry.d }), " "));
      group.append(q);
    }
    controls.after(group);
    save();
  }

  const chosen = (q) => {
    const checked = q.querySelector("input[type=radio]:checked");
    return checked ? Number(checked.value) : null;
  };

  function answer(q) {
    const choice = chosen(q);
    if (choice === null) {
      live.textContent = t("pick_first");
      focusOn(q.querySelector("input[type=radio]"));
      return;
    }
    const key = q.dataset.key;
    answers.set(key, answered(answers.get(key), choice, choice === marked.get(key), day));
    save();
    show(q, true);
    score();
  }

  // Mark a question answered: right or not, what Ladok does with the choice, the explanation opened; on the
  // reader's own answer, announce it and move focus to it.
  function show(q, announce) {
    const entry = answers.get(q.dataset.key);
    const right = entry.c === marked.get(q.dataset.key);
    q.dataset.state = right ? "right" : "wrong";
    for (const input of q.querySelectorAll("input[type=radio]")) {
      input.checked = Number(input.value) === entry.c;
      input.disabled = true;
    }
    q.querySelector("button.md-button--primary").disabled = true;
    const feedback = q.querySelector(".ladok-sc-feedback");
    const played = q.querySelector(`.ladok-consequences li[data-choice="${entry.c}"]`);
    for (const li of q.querySelectorAll(".ladok-consequences li")) li.classList.toggle("ladok-chosen", li === played);
    feedback.replaceChildren(h("p", {}, h("span", { class: "ladok-mark", "aria-hidden": "true" }, right ? "✔ " : "✖ "),
      h("strong", {}, t(right ? "right" : "wrong")), " ", t(right ? "may_come_back" : "comes_back", { date: dueOn(entry) })),
    ...(played ? [h("p", { class: "ladok-sc-consequence" }, h("strong", {}, `${t("your_choice")}, ${LETTERS[entry.c]}: `),
      played.textContent.replace(/^[A-G]\.\s*/, ""))] : []));
    feedback.hidden = false;
    q.querySelector("details").open = true;
    if (announce) {
      live.textContent = [t(right ? "right" : "wrong"), played ? played.textContent : "",
        q.querySelector(".ladok-explanation").textContent].filter(Boolean).join(" ");
      focusOn(played ? feedback.querySelector(".ladok-sc-consequence") : q.querySelector(".ladok-explanation"));
    }
  }

  // Empty a question again; what it was is kept (`keep`) for a retry, forgotten for a start over.
  function clear(q, keep) {
    const entry = answers.get(q.dataset.key);
    if (keep && entry) answers.set(q.dataset.key, { ...entry, c: null });
    else answers.delete(q.dataset.key);
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
  const given = (q) => answers.get(q.dataset.key)?.c ?? null;

  function filter(announce) {
    for (const q of questions) q.hidden = role !== "all" && !q.dataset.roles.split(" ").includes(role);
    score();
    if (announce) live.textContent = t("shown", { n: shown().length });
  }

  const tally = () => byTopic(shown(), topics, given, marked);

  function score() {
    const now = progress({ questions: shown(), answers, marked, tasks, met, role });
    scoreList.replaceChildren(...tally().map((row) => h("li", { dataset: { right: row.right, total: row.total } },
      h("strong", {}, `${row.topic}: `), t("score_line", row))));
    taskLine.replaceChildren(h("strong", {}, `${t("tasks_topic")}: `), t("tasks_line", now.tasks));
    taskLine.hidden = !now.tasks.total;
    tell(root, { ...now, record: recorded() });
  }

  function retry() {
    const missed = shown().filter((q) => q.dataset.state === "wrong");
    if (!missed.length) {
      live.textContent = t("nothing_missed");
      return;
    }
    missed.forEach((q) => clear(q, true));
    save();
    score();
    live.textContent = t("retrying");
    focusOn(missed[0].querySelector("input[type=radio]"));
  }

  function startOver() {
    questions.forEach((q) => clear(q, false));
    save();
    score();
    focusOn(scoreHeading);
  }

  // --- a dated summary, printed or saved as a file; nothing is sent anywhere --------------------------------------
  const summaryOf = () => summaryLines({ t, day, tally, questions: shown(), given });
  function printSummary() {
    fill(summary, summaryOf());
    window.print();
  }
  function saveSummary() {
    saveFile(`${lang === "sv" ? "testa-dig-sjalv" : "check-yourself"}-${day}.txt`, fill(summary, summaryOf()));
  }

  const taskMet = (key) => {
    if (met.has(key)) return;
    met.set(key, day);
    save();
    score();
  };
  for (const task of tasks) mountTask(task, t, { metOn: met.get(task.dataset.task) ?? null, onMet: taskMet });
  if (linked === "linked") save();
  tellStorage();
  filter(false);
}
