// "Where is my result?": the student's answers go to the engine ("diagnose"), which says the likely cause, the dates,
// what the part gives, whom to ask and a message to send. This module draws the form and asks; what the engine says
// is drawn by tool-diagnosis-answer.js. It knows no Ladok rule: the questions and their answers come from the page
// (the engine's declaration, put there by the build), every text and limit from runtime.json, every decision and
// every refusal from the engine.
// The address can carry the inputs, so staff can link to an answer; after an answer it is rewritten to hold them:
//   ?part=3&exam=2026-03-27&shows=nothing&registered=yes&on_time=yes&rest=yes&graded=no[&retake=…][&course=…]
//   [&parts=lab:1.5:lab1,lab2;exam:6:exam]  (the course's parts, when they differ from the usual division)
// A value that is not right is kept as it came and the engine's message, beside its field, says what is wrong.
import { clearProblems, refused, showAnswer, summary } from "./tool-diagnosis-answer.js";
import { toolParts } from "./tool-parts.js";
import { focusOn, h, stacked, today } from "./ui.js";

const TEXT_FIELDS = ["exam", "retake", "course"];
const momentsOf = (part) => part.moments.split(",").map((m) => m.trim()).filter(Boolean);

// The open tool, one record that its functions share: the page's `opened` (ui.boot), tool-parts.js's helpers, the
// questions, the course's parts as the form edits them, the reader's choices, and the form's elements.
export function mount(opened) {
  const { widget, lang, runtime } = opened;
  const parts = toolParts(opened, "diagnosis");
  const tool = {
    opened, parts, limits: runtime.rules.limits,
    questions: JSON.parse(widget.dataset.questions),
    course: runtime.rules.instalment_structure.map((p) => ({ name: p.name[lang], hp: parts.hp(p.hp),
      moments: p.moments.join(", ") })),
    own: false, // the reader changed the course's parts: they go with the request
    chosen: {}, // question -> answer, as the reader chose it or the address gave it (kept even if not valid)
  };
  buildForm(tool);
  const unread = readAddress(tool);
  drawStructure(tool);
  drawChoices(tool);
  fillIn(tool);
  parts.place(tool.form);
  if (unread) summary(tool, [unread]);
  else if (tool.linked) ask(tool);
  else focusOn(tool.select);
}

// --- the form ---------------------------------------------------------------------------------------------------

function buildForm(tool) {
  const { t } = tool.opened;
  const { id } = tool.parts;
  tool.select = h("select", { id: id("part"), onchange: (event) => { tool.chosen.part = event.currentTarget.value; } });
  const text = (name, attrs) => h("input", { type: "text", id: id(name), size: 14, ...attrs });
  tool.inputs = {
    exam: text("exam", { placeholder: t("ui.date_hint"), "aria-describedby": id("exam-hint") }),
    retake: text("retake", { placeholder: t("ui.date_hint") }),
    course: text("course", { size: 20 }),
  };
  tool.structure = h("div", { class: "ladok-structure" });
  tool.details = h("details", { class: "ladok-parts", id: id("structure") },
    h("summary", {}, t("tool.diagnosis_parts")), tool.structure);
  tool.form = h("form", { class: "ladok-form", novalidate: true, onsubmit: (event) => {
    event.preventDefault();
    ask(tool);
  } }, row(tool, "part", tool.select), tool.details, row(tool, "exam", tool.inputs.exam, t("diagnosis.hint.exam")),
  row(tool, "retake", tool.inputs.retake), ...tool.questions.map((q) => question(tool, q)),
  row(tool, "course", tool.inputs.course),
  h("button", { type: "submit", class: "md-button md-button--primary" }, t("tool.diagnosis_show")));
}

// A field on lines of its own (label, hint, control), so that a phone does not break it mid-row.
function row(tool, name, control, hint) {
  const { t } = tool.opened;
  const { id } = tool.parts;
  return h("div", { class: "ladok-field", id: id(`${name}-row`), style: "margin: 0.8em 0" },
    h("div", {}, h("label", { for: control.id }, t(`diagnosis.q.${name}`))),
    hint ? h("div", { class: "ladok-hint", id: id(`${name}-hint`) }, hint) : null, h("div", {}, control));
}

// A question of the engine's declaration and its answers, as a group of radio buttons.
function question(tool, [name, answers]) {
  const { t } = tool.opened;
  const { id } = tool.parts;
  const hint = t.has(`diagnosis.hint.${name}`) ? t(`diagnosis.hint.${name}`) : null;
  return h("fieldset", { class: "ladok-sc-question", id: id(name), style: "margin: 0.8em 0",
    "aria-describedby": hint ? id(`${name}-hint`) : null },
  h("legend", {}, t(`diagnosis.q.${name}`)),
  hint ? h("p", { class: "ladok-hint", id: id(`${name}-hint`) }, hint) : null,
  ...answers.map((answer) => h("label", { class: "ladok-sc-choice" },
    h("input", { type: "radio", name: id(name), value: answer, id: id(`${name}-${answer}`),
      onchange: () => { tool.chosen[name] = answer; } }), " ", t(`diagnosis.a.${answer}`))));
}

// A moment the engine names (its label), a numbered one, or one the reader typed, as it came.
function momentName(t, m) {
  const name = t.has(`moment.${m}`) ? t(`moment.${m}`) : /^\d+$/.test(m) ? t("tool.moment", { m }) : m;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// The parts to choose from, grouped by the course's parts (the usual division or the reader's own); the choice stays.
function drawChoices(tool) {
  const { t } = tool.opened;
  const { select, chosen } = tool;
  const keep = chosen.part ?? select.value;
  select.replaceChildren(h("option", { value: "" }, t("tool.diagnosis_choose")),
    ...tool.course.map((part) => h("optgroup", { label: `${part.name} (${part.hp} hp)` },
      ...momentsOf(part).map((m) => h("option", { value: m }, momentName(t, m))))));
  select.value = keep || "";
}

// The course's parts, as in the credit tool, folded away: most students keep the usual division. A change to them
// goes with the request from then on, and the parts to choose from follow it.
function drawStructure(tool) {
  const { t } = tool.opened;
  const changed = () => {
    tool.own = true;
    drawChoices(tool);
  };
  const cell = (part, i, key, label, attrs) => h("td", {}, h("input", { type: "text", value: part[key],
    "aria-label": `${t(label)} ${i + 1}`, ...attrs, onchange: (event) => {
      part[key] = event.currentTarget.value;
      changed();
    } }));
  const remove = (i) => h("td", {}, h("button", { type: "button", class: "md-button",
    "aria-label": `${t("tool.remove_part")} ${i + 1}`, onclick: () => {
      tool.course.splice(i, 1);
      drawStructure(tool);
      changed();
    } }, "×"));
  const rows = tool.course.map((part, i) => h("tr", {}, cell(part, i, "name", "tool.part_name", { size: 14 }),
    cell(part, i, "hp", "tool.part_hp", { size: 4 }), cell(part, i, "moments", "tool.part_moments", { size: 12 }),
    remove(i)));
  const heads = ["tool.part_name", "tool.part_hp", "tool.part_moments", "ui.actions"];
  tool.structure.replaceChildren(h("div", { class: "ladok-table" }, stacked(h("table", {},
    h("caption", {}, t("tool.structure")),
    h("thead", {}, h("tr", {}, ...heads.map((k) => h("th", { scope: "col" }, t(k))))), h("tbody", {}, rows)))),
  h("button", { type: "button", class: "md-button", onclick: () => addPart(tool) }, t("tool.add_part")));
}

// A new part starts as large as the engine says one does (`limits.new_part_hp`), numbered, with no moments yet.
function addPart(tool) {
  const { t } = tool.opened;
  tool.course.push({ name: `${t("tool.part_name")} ${tool.course.length + 1}`,
    hp: tool.parts.hp(tool.limits.new_part_hp), moments: "" });
  drawStructure(tool);
  tool.structure.querySelector("tr:last-child input").focus();
}

// --- asking the engine ------------------------------------------------------------------------------------------

// The part, the dates, the answers, the department's contact, and the course's own parts if the reader changed them.
function request(tool) {
  const { opened: { lang, runtime, widget }, inputs, chosen } = tool;
  const value = (name) => inputs[name].value.trim();
  const asked = { op: "diagnose", lang, calendar: runtime.calendar, settings: runtime.settings, today: today(),
    part: chosen.part ?? tool.select.value, exam: value("exam"), retake: value("retake") || null,
    course: value("course") || null, contact: widget.dataset.contact || null,
    answers: Object.fromEntries(tool.questions.map(([q]) => [q, chosen[q] ?? ""])) };
  if (tool.own) asked.structure = tool.course.map((p) => ({ name: p.name, hp: p.hp, moments: momentsOf(p) }));
  return asked;
}

async function ask(tool) {
  clearProblems(tool);
  const asked = request(tool);
  const answer = await tool.parts.ask(asked);
  if (!answer.ok) {
    if (answer.problems) return refused(tool, answer.problems);
    return summary(tool, [(answer.refusal || answer.error).text]);
  }
  showAnswer(tool, answer.answer);
  const link = linkOf(asked);
  if (link === null) return;
  history.replaceState(history.state, "", `?${link}${location.hash}`);
  tool.parts.out.append(h("p", { class: "ladok-hint" }, tool.opened.t("tool.diagnosis_link")));
}

// --- the address: read once, written after each answer -----------------------------------------------------------

// The address that opens this answer again, or null when the reader's own parts could not be read back from one.
function linkOf(asked) {
  const link = new URLSearchParams();
  for (const name of ["part", "exam", "retake", "course"]) if (asked[name]) link.set(name, asked[name]);
  for (const [q, v] of Object.entries(asked.answers)) if (v) link.set(q, v);
  if (asked.structure) {
    if (asked.structure.some((p) => /[:;]/.test(p.name))) return null;
    link.set("parts", asked.structure.map((p) => `${p.name}:${p.hp}:${p.moments.join(",")}`).join(";"));
  }
  // The parts' separators are allowed in a query as they are; written plainly, a link stays readable.
  return link.toString().replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%3B/g, ";");
}

// name:hp:moment,moment;… as parts, each null where it is not written so.
const readParts = (text) => text.split(";").map((p) => p.split(":"))
  .map(([name, size, moments, ...rest]) => (rest.length || !name || !size || !moments ? null
    : { name: name.trim(), hp: size.trim(), moments: moments.split(",").map((m) => m.trim()).join(", ") }));

// The course's own parts from the address, when it gives them readably. Returns what in the address cannot be read
// (a key given twice, parts not so written), to be said before anything is asked, or null.
function readAddress(tool) {
  const { parts, opened: { t } } = tool;
  const names = ["part", ...TEXT_FIELDS, ...tool.questions.map(([q]) => q), "parts"];
  tool.linked = names.some((name) => parts.address.has(name));
  const written = parts.address.get("parts");
  const course = written === null ? null : readParts(written);
  if (course && !course.includes(null)) {
    Object.assign(tool, { course, own: true });
    tool.details.open = true;
  }
  const twice = parts.repeated(...names);
  if (twice) return t("tool.repeated_key", { key: twice });
  return course && course.includes(null) ? t("tool.diagnosis_bad_parts", { value: written }) : null;
}

// The form as the address fills it in: a value kept as it came, even one that is not right.
function fillIn(tool) {
  const { address, id } = tool.parts;
  if (address.get("part") !== null) tool.chosen.part = address.get("part");
  tool.select.value = tool.chosen.part ?? "";
  for (const name of TEXT_FIELDS) tool.inputs[name].value = address.get(name) ?? "";
  for (const [name] of tool.questions) {
    const value = address.get(name);
    if (value === null) continue;
    tool.chosen[name] = value;
    const radio = [...tool.form.querySelectorAll(`input[name="${id(name)}"]`)].find((r) => r.value === value);
    if (radio) radio.checked = true;
  }
}
