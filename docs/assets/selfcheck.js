// "Testa dig själv" / "Check yourself": the reader answers the questions the build wrote into the page, sees what
// Ladok does with the choice made (a scene's choices were played in the engine at build time), a score per topic,
// retries the ones missed, prints or saves a dated summary; questions come back on later visits. This module knows no
// Ladok rule: each question's marked answer is in its data-answer attribute, put there by the build from what the
// engine decided, and every text is in the page's data-texts. Answers stay in this browser (selfcheck-store.js), or
// in the learning platform when the SCORM package gives mount() its storage (embed-scorm.js); answers a link carries
// are added to them (selfcheck-link.js); every change is told to what holds the page (selfcheck-progress.js). The
// controls above the questions are drawn by selfcheck-controls.js, each question by selfcheck-question.js.
import { drawControls, drawScore, drawStorage } from "./selfcheck-controls.js";
import { addLinked } from "./selfcheck-link.js";
import { byTopic, progress, tell } from "./selfcheck-progress.js";
import { chosen, clear, drawBack, drawQuestion, show } from "./selfcheck-question.js";
import { answered, comeBack } from "./selfcheck-review.js";
import { openStore, readSaved, record } from "./selfcheck-store.js";
import { fill, saveFile, summaryLines } from "./selfcheck-summary.js";
import { mountTask } from "./selfcheck-task.js";
import { focusOn, h, today } from "./ui.js";

function styles() {
  if (document.querySelector("link[data-ladok-selfcheck]")) return;
  document.head.append(h("link", { rel: "stylesheet", href: new URL("selfcheck.css", import.meta.url).href,
    dataset: { ladokSelfcheck: "" } }));
}

// The mounted self-check, one record that its functions share (`check`): what the page holds (readPage), the
// reader's answers, tasks met and role as saved (readAnswers), and the elements drawn (selfcheck-controls.js).
// `storage` replaces the browser's (the SCORM package gives the learning platform's).
export function mount(root, { storage = null } = {}) {
  styles();
  const check = readPage(root);
  readAnswers(check, storage);
  root.prepend(drawControls(check, { role: (value) => pickRole(check, value), retry: () => retry(check),
    startOver: () => startOver(check), print: () => printSummary(check), save: () => saveSummary(check) }));
  for (const q of check.questions) drawQuestion(check, q, () => answer(check, q));
  if (check.back.length) {
    drawBack(check);
    save(check);
  }
  const onMet = (key) => taskMet(check, key);
  for (const task of check.tasks) mountTask(task, check.t, { metOn: check.met.get(task.dataset.task) ?? null, onMet });
  if (check.linked === "linked") save(check);
  drawStorage(check);
  filter(check, false);
}

// What the build wrote into the page: its language and texts (`t` fills in a text's {parameters}), topics and
// roles, the questions with the answer each marks (data-answer) and how many choices each has, and the sandbox tasks.
function readPage(root) {
  const texts = JSON.parse(root.dataset.texts);
  const questions = [...root.querySelectorAll(".ladok-question")];
  return {
    root,
    lang: root.dataset.lang === "en" ? "en" : "sv",
    t: (key, params = {}) => texts[key].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? "")),
    topics: JSON.parse(root.dataset.topics),
    roles: JSON.parse(root.dataset.roles),
    day: today(),
    questions,
    marked: new Map(questions.map((q) => [q.dataset.key, Number(q.dataset.answer)])),
    choices: new Map(questions.map((q) => [q.dataset.key, q.querySelectorAll(".ladok-choices li").length])),
    tasks: [...document.querySelectorAll(".ladok-task")],
  };
}

// The reader's answers as saved, with those a link carries added, read against what the page knows; what cannot
// be read is set aside (selfcheck-store.js). The questions that come back today wait for a new answer.
function readAnswers(check, storage) {
  const { choices, roles, marked, day } = check;
  const known = { choices, roles, marked, today: day, tasks: check.tasks.map((task) => task.dataset.task) };
  check.store = openStore(`ladok-guiden:selfcheck:${check.lang}`, storage);
  check.saved = readSaved(check.store.raw, known);
  if (check.saved.aside !== null) check.store.keepAside(check.saved.aside);
  check.linked = addLinked(check.saved, known); // "linked", "bad_link", or null when the address carries no answers
  check.answers = check.saved.answers; // question key -> {c: the choice, or null while it waits; d: day; n: run}
  check.met = check.saved.tasks; // task key -> the day its goal was first met
  check.role = check.saved.role;
  check.back = comeBack(check.answers, day);
  for (const key of check.back) check.answers.set(key, { ...check.answers.get(key), c: null });
}

// --- what is kept, and what the page shows of it -----------------------------------------------------------------

const recorded = ({ role, answers, saved, met }) => record(role, answers, saved.other, met, saved.otherTasks);
const shown = (check) => check.questions.filter((q) => !q.hidden);
const given = (check, q) => check.answers.get(q.dataset.key)?.c ?? null;
const tally = (check) => byTopic(shown(check), check.topics, (q) => given(check, q), check.marked);

function save(check) {
  check.store.write(recorded(check));
  drawStorage(check);
}

// The score drawn again, and told to what holds the page.
function score(check) {
  const { answers, marked, tasks, met, role } = check;
  const now = progress({ questions: shown(check), answers, marked, tasks, met, role });
  drawScore(check, tally(check), now.tasks);
  tell(check.root, { ...now, record: recorded(check) });
}

// Show only the questions of the role chosen (all of them for "all").
function filter(check, announce) {
  const { role } = check;
  for (const q of check.questions) q.hidden = role !== "all" && !q.dataset.roles.split(" ").includes(role);
  score(check);
  if (announce) check.live.textContent = check.t("shown", { n: shown(check).length });
}

// --- what the reader does -----------------------------------------------------------------------------------------

function pickRole(check, value) {
  check.role = value;
  save(check);
  filter(check, true);
}

function answer(check, q) {
  const choice = chosen(q);
  if (choice === null) {
    check.live.textContent = check.t("pick_first");
    focusOn(q.querySelector("input[type=radio]"));
    return;
  }
  const key = q.dataset.key;
  check.answers.set(key, answered(check.answers.get(key), choice, choice === check.marked.get(key), check.day));
  save(check);
  show(check, q, true);
  score(check);
}

function retry(check) {
  const missed = shown(check).filter((q) => q.dataset.state === "wrong");
  if (!missed.length) {
    check.live.textContent = check.t("nothing_missed");
    return;
  }
  missed.forEach((q) => clear(check, q, true));
  save(check);
  score(check);
  check.live.textContent = check.t("retrying");
  focusOn(missed[0].querySelector("input[type=radio]"));
}

function startOver(check) {
  check.questions.forEach((q) => clear(check, q, false));
  save(check);
  score(check);
  focusOn(check.scoreHeading);
}

// A sandbox task's goal met for the first time: its day is kept.
function taskMet(check, key) {
  if (check.met.has(key)) return;
  check.met.set(key, check.day);
  save(check);
  score(check);
}

// --- a dated summary, printed or saved as a file; nothing is sent anywhere --------------------------------------

const summaryOf = (check) => summaryLines({ t: check.t, day: check.day, tally: () => tally(check),
  questions: shown(check), given: (q) => given(check, q) });

function printSummary(check) {
  fill(check.summary, summaryOf(check));
  window.print();
}

function saveSummary(check) {
  const name = `${check.lang === "sv" ? "testa-dig-sjalv" : "check-yourself"}-${check.day}.txt`;
  saveFile(name, fill(check.summary, summaryOf(check)));
}
