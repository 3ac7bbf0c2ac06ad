// What "Where is my result?" shows of the engine's answer: the likely cause, the dates, what the part gives, whom to
// ask and a message to send in either language; or, when the engine refuses the inputs, each problem beside its
// field and in a summary that takes focus, with a link to the field (GOV.UK's error summary). Every text is the
// engine's or the page's catalog's. No Ladok rule here.
import { h } from "./ui.js";

// tool: tool-diagnosis.js's record of the open tool ({opened, parts, form, ...}).

// The answer, line by line, as the engine wrote it.
export function showAnswer(tool, a) {
  const lines = [h("p", { class: "ladok-answer" }, h("strong", {}, a.title)), h("p", {}, a.why)];
  if (a.dates.length) lines.push(h("ul", { class: "ladok-dates" }, ...a.dates.map((d) => h("li", {}, d))));
  lines.push(h("p", {}, a.credits), h("p", {}, a.do), h("p", {}, h("strong", {}, a.ask)));
  for (const note of a.notes) lines.push(h("p", { class: "ladok-note" }, note));
  if (a.message) lines.push(...message(tool, a.message));
  tool.parts.show(...lines);
}

// The message to send, in the page's language with a button to copy it, and the same in the other language.
function message(tool, texts) {
  const { t, lang } = tool.opened;
  const look = "width: 100%; font: inherit";
  const area = h("textarea", { id: tool.parts.id("message"), rows: 9, readonly: true, style: look }, texts[lang]);
  const status = h("p", { role: "status", class: "ladok-status" });
  const other = lang === "sv" ? "en" : "sv";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = t("tool.diagnosis_copied");
    } catch {
      area.select();
      status.textContent = t("tool.diagnosis_copy_failed");
    }
  };
  return [h("h4", {}, h("label", { for: area.id }, t("tool.diagnosis_message"))), area,
    h("p", {}, h("button", { type: "button", class: "md-button", onclick: copy }, t("tool.diagnosis_copy"))), status,
    h("details", {}, h("summary", {}, t("tool.diagnosis_other_language")),
      h("textarea", { rows: 9, readonly: true, "aria-label": t("tool.diagnosis_other_language"), lang: other,
        style: look }, texts[other]))];
}

// The problems as a list under the summary's heading, which takes focus.
export function summary(tool, items) {
  const { t } = tool.opened;
  tool.parts.show(h("div", { class: "ladok-outcome ladok-outcome-refused", role: "alert" },
    h("p", {}, h("span", { class: "ladok-mark", "aria-hidden": "true" }, "✖"), " ",
      h("strong", {}, t("tool.diagnosis_problems"))), h("ul", {}, ...items.map((text) => h("li", {}, text)))));
}

const describedBy = (field) => (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);

function described(field, ids) {
  if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
  else field.removeAttribute("aria-describedby");
}

// The problems of the last answer go: their notes beside the fields, and what marked the fields.
export function clearProblems(tool) {
  tool.form.querySelectorAll(".ladok-field-error").forEach((e) => e.remove());
  tool.form.querySelectorAll("[aria-invalid]").forEach((field) => {
    field.removeAttribute("aria-invalid");
    described(field, describedBy(field).filter((i) => !i.endsWith("-error")));
  });
}

// One problem beside its field (a question's group and the course's parts take it under their heading); a problem
// about something the form has no field for goes beside the part. Returns the summary's link to it.
function beside(tool, problem) {
  const { form, parts } = tool;
  const place = form.querySelector(`#${parts.id(problem.field)}`) ? problem.field : "part";
  const field = form.querySelector(`#${parts.id(place)}`);
  const group = field.matches("fieldset, details");
  const note = h("p", { class: "ladok-error ladok-field-error", id: parts.id(`${place}-error`) }, problem.text);
  if (group) field.querySelector("legend, summary").after(note);
  else field.before(note);
  field.setAttribute("aria-invalid", "true");
  described(field, [...describedBy(field), note.id]);
  if (field.matches("details")) field.open = true;
  return h("a", { href: `#${parts.id(place)}`, onclick: (event) => {
    event.preventDefault();
    (group ? field.querySelector("input") : field).focus();
  } }, problem.text);
}

// The engine's problems with the inputs: each beside its field, and all in the summary.
export function refused(tool, problems) {
  summary(tool, problems.map((problem) => beside(tool, problem)));
}
