// A question of the self-check as the reader meets it: its choices (the page's list) made radio buttons with an
// Answer button; once answered, whether it was right, what Ladok does with the choice made (the build played each
// choice in the engine) and the explanation opened; emptied again for a retry or a start over. Questions that came
// back stand first, under a heading of their own. Each function takes the mounted self-check (`check`, selfcheck.js).
// No Ladok rule here: the marked answer is the page's (data-answer), every text the page's (`check.t`).
import { dueOn } from "./selfcheck-review.js";
import { focusOn, h } from "./ui.js";

const LETTERS = "ABCDEFG";

// The question's text becomes the legend of a group of radio buttons, one per choice, and an Answer button.
export function drawQuestion(check, q, onAnswer) {
  const text = q.querySelector(".ladok-q-text");
  const list = q.querySelector(".ladok-choices");
  const name = `ladok-sc-${q.dataset.key}`;
  const radios = [...list.children].map((li, i) => h("label", { class: "ladok-sc-choice" },
    h("input", { type: "radio", name, value: String(i) }), " ", `${LETTERS[i]}. ${li.textContent}`));
  const feedback = h("div", { class: "ladok-sc-feedback", hidden: true });
  const fieldset = h("fieldset", { class: "ladok-sc-question" },
    h("legend", {}, ...text.childNodes), ...radios,
    h("button", { type: "button", class: "md-button md-button--primary", onclick: onAnswer }, check.t("answer")),
    feedback);
  text.replaceWith(fieldset);
  list.remove();
  if (check.answers.get(q.dataset.key)?.c != null) show(check, q, false);
}

// The choice the reader has ticked, or null.
export function chosen(q) {
  const checked = q.querySelector("input[type=radio]:checked");
  return checked ? Number(checked.value) : null;
}

// Mark a question answered: right or not, what Ladok does with the choice, the explanation opened; on the
// reader's own answer, announce it and move focus to it.
export function show(check, q, announce) {
  const entry = check.answers.get(q.dataset.key);
  const right = entry.c === check.marked.get(q.dataset.key);
  q.dataset.state = right ? "right" : "wrong";
  for (const input of q.querySelectorAll("input[type=radio]")) {
    input.checked = Number(input.value) === entry.c;
    input.disabled = true;
  }
  q.querySelector("button.md-button--primary").disabled = true;
  const feedback = q.querySelector(".ladok-sc-feedback");
  const played = q.querySelector(`.ladok-consequences li[data-choice="${entry.c}"]`);
  for (const li of q.querySelectorAll(".ladok-consequences li")) li.classList.toggle("ladok-chosen", li === played);
  feedback.replaceChildren(...feedbackLines(check, entry, right, played));
  feedback.hidden = false;
  q.querySelector("details").open = true;
  if (announce) {
    check.live.textContent = [check.t(right ? "right" : "wrong"), played ? played.textContent : "",
      q.querySelector(".ladok-explanation").textContent].filter(Boolean).join(" ");
    focusOn(played ? feedback.querySelector(".ladok-sc-consequence") : q.querySelector(".ladok-explanation"));
  }
}

// Right or wrong and when the question comes back; then what Ladok did with the choice made, when the page has it.
function feedbackLines({ t }, entry, right, played) {
  const verdict = h("p", {}, h("span", { class: "ladok-mark", "aria-hidden": "true" }, right ? "✔ " : "✖ "),
    h("strong", {}, t(right ? "right" : "wrong")), " ",
    t(right ? "may_come_back" : "comes_back", { date: dueOn(entry) }));
  if (!played) return [verdict];
  return [verdict, h("p", { class: "ladok-sc-consequence" },
    h("strong", {}, `${t("your_choice")}, ${LETTERS[entry.c]}: `), played.textContent.replace(/^[A-G]\.\s*/, ""))];
}

// Empty a question again; what it was is kept (`keep`) for a retry, forgotten for a start over.
export function clear(check, q, keep) {
  const entry = check.answers.get(q.dataset.key);
  if (keep && entry) check.answers.set(q.dataset.key, { ...entry, c: null });
  else check.answers.delete(q.dataset.key);
  delete q.dataset.state;
  for (const input of q.querySelectorAll("input[type=radio]")) {
    input.checked = false;
    input.disabled = false;
  }
  q.querySelector("button.md-button--primary").disabled = false;
  q.querySelector(".ladok-sc-feedback").hidden = true;
  q.querySelector("details").open = false;
}

// Questions that came back (`check.back`) stand first, right after the controls, each saying why.
export function drawBack(check) {
  const { t, answers } = check;
  const group = h("section", { class: "ladok-sc-back", "aria-labelledby": "ladok-sc-back" },
    h("h3", { id: "ladok-sc-back" }, t("back_title")), h("p", {}, t("back_intro", { n: check.back.length })));
  for (const key of check.back) {
    const q = check.questions.find((x) => x.dataset.key === key);
    const entry = answers.get(key);
    q.dataset.back = entry.n === 0 ? "wrong" : "right";
    q.querySelector("legend").prepend(h("span", { class: "ladok-sc-back-tag" },
      t(entry.n === 0 ? "back_wrong" : "back_right", { date: entry.d }), " "));
    group.append(q);
  }
  check.controls.after(group);
}
