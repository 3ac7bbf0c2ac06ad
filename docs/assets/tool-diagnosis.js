// "Where is my result?": the student's answers go to the engine ("diagnose"), which says the likely cause, the dates,
// what the part gives, whom to ask and a message to send. This module draws the form and the answer and knows no
// Ladok rule: the questions and their answers come from the page (the engine's declaration, put there by the
// build), every text from runtime.json, every decision and every refusal from the engine.
// The address can carry the inputs, so staff can link to an answer; after an answer it is rewritten to hold them:
//   ?part=3&exam=2026-03-27&shows=nothing&registered=yes&on_time=yes&rest=yes&graded=no[&retake=…][&course=…]
//   [&parts=lab:1.5:lab1,lab2;exam:6:exam]  (the course's parts, when they differ from the usual division)
// A value that is not right is kept as it came and the engine's message, beside its field, says what is wrong.
import { focusOn, h, stacked, today } from "./ui.js";

const TEXT_FIELDS = ["exam", "retake", "course"];

export function mount(opened) {
  const { widget, lang, runtime, t, box, call } = opened;
  const questions = JSON.parse(widget.dataset.questions);
  const address = new URLSearchParams(location.search);
  const id = (name) => `diagnosis-${name}`;
  const quote = (text) => (lang === "sv" ? `”${text}”` : `“${text}”`);
  const hp = (n) => (lang === "sv" ? String(n).replace(".", ",") : String(n));
  const up = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  // A moment the engine names (its label), a numbered one, or one the reader typed, as it came.
  const momentName = (m) => up(t.has(`moment.${m}`) ? t(`moment.${m}`) : /^\d+$/.test(m) ? t("tool.moment", { m }) : m);
  const seed = runtime.rules.instalment_structure;
  let parts = seed.map((p) => ({ name: p.name[lang], hp: hp(p.hp), moments: p.moments.join(", ") }));
  let own = false; // the reader changed the course's parts: they go with the request
  const chosen = {}; // question -> answer, as the reader chose it or the address gave it (kept even if not valid)
  const out = h("div", { class: "ladok-result", id: id("result"), "aria-live": "polite" });
  const momentsOf = (part) => part.moments.split(",").map((m) => m.trim()).filter(Boolean);

  // --- the form -------------------------------------------------------------------------------------------------
  const select = h("select", { id: id("part"), onchange: () => { chosen.part = select.value; } });
  const drawParts = () => {
    const keep = chosen.part ?? select.value;
    select.replaceChildren(h("option", { value: "" }, t("tool.diagnosis_choose")),
      ...parts.map((part) => h("optgroup", { label: `${part.name} (${part.hp} hp)` },
        ...momentsOf(part).map((m) => h("option", { value: m }, momentName(m))))));
    select.value = keep || "";
  };
  // A field on lines of its own (label, hint, control), so that a phone does not break it mid-row.
  const row = (name, control, hint) => h("div", { class: "ladok-field", id: id(`${name}-row`), style: "margin: 0.8em 0" },
    h("div", {}, h("label", { for: control.id }, t(`diagnosis.q.${name}`))),
    hint ? h("div", { class: "ladok-hint", id: id(`${name}-hint`) }, hint) : null, h("div", {}, control));
  const text = (name, attrs = {}) => h("input", { type: "text", id: id(name), size: 14, ...attrs });
  const inputs = Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(name, name === "course"
    ? { size: 20 } : { placeholder: t("ui.date_hint") })]));
  inputs.exam.setAttribute("aria-describedby", id("exam-hint"));
  const groups = questions.map(([question, answers]) => {
    const hint = t.has(`diagnosis.hint.${question}`) ? t(`diagnosis.hint.${question}`) : null;
    return h("fieldset", { class: "ladok-sc-question", id: id(question), style: "margin: 0.8em 0",
      "aria-describedby": hint ? id(`${question}-hint`) : null },
      h("legend", {}, t(`diagnosis.q.${question}`)),
      hint ? h("p", { class: "ladok-hint", id: id(`${question}-hint`) }, hint) : null,
      ...answers.map((answer) => h("label", { class: "ladok-sc-choice" },
        h("input", { type: "radio", name: id(question), value: answer, id: id(`${question}-${answer}`),
          onchange: () => { chosen[question] = answer; } }), " ", t(`diagnosis.a.${answer}`))));
  });

  // The course's parts, as in the credit tool, folded away: most students keep the usual division.
  const structure = h("div", { class: "ladok-structure" });
  const details = h("details", { class: "ladok-parts", id: id("structure") }, h("summary", {}, t("tool.diagnosis_parts")),
    structure);
  const changed = () => { own = true; drawParts(); };
  function drawStructure() {
    const cell = (part, key, label, i, size) => h("td", {}, h("input", { type: "text", size, value: part[key],
      "aria-label": `${t(label)} ${i + 1}`, onchange: (e) => { part[key] = e.target.value; changed(); } }));
    const rows = parts.map((part, i) => h("tr", {}, cell(part, "name", "tool.part_name", i, 14),
      cell(part, "hp", "tool.part_hp", i, 4), cell(part, "moments", "tool.part_moments", i, 12),
      h("td", {}, h("button", { type: "button", class: "md-button", "aria-label": `${t("tool.remove_part")} ${i + 1}`,
        onclick: () => { parts.splice(i, 1); drawStructure(); changed(); } }, "×"))));
    structure.replaceChildren(h("div", { class: "ladok-table" }, stacked(h("table", {},
      h("caption", {}, t("tool.structure")),
      h("thead", {}, h("tr", {}, ...["tool.part_name", "tool.part_hp", "tool.part_moments", "ui.actions"]
        .map((k) => h("th", { scope: "col" }, t(k))))), h("tbody", {}, rows)))),
    h("button", { type: "button", class: "md-button", onclick: () => {
      parts.push({ name: `${t("tool.part_name")} ${parts.length + 1}`, hp: hp(2.5), moments: "" });
      drawStructure();
      structure.querySelector("tr:last-child input").focus();
    } }, t("tool.add_part")));
  }

  const form = h("form", { class: "ladok-form", novalidate: true, onsubmit: (event) => { event.preventDefault(); ask(); } },
    row("part", select), details, row("exam", inputs.exam, t("diagnosis.hint.exam")), row("retake", inputs.retake),
    ...groups, row("course", inputs.course),
    h("button", { type: "submit", class: "md-button md-button--primary" }, t("tool.diagnosis_show")));

  // --- asking the engine, and what it says ----------------------------------------------------------------------
  const request = () => {
    const value = (name) => inputs[name].value.trim();
    const answers = Object.fromEntries(questions.map(([q]) => [q, chosen[q] ?? ""]));
    const asked = { op: "diagnose", lang, calendar: runtime.calendar, settings: runtime.settings, today: today(),
      part: chosen.part ?? select.value, exam: value("exam"), retake: value("retake") || null,
      course: value("course") || null, contact: widget.dataset.contact || null, answers };
    if (own) {
      asked.structure = parts.map((p) => ({ name: p.name, hp: p.hp, moments: momentsOf(p) }));
    }
    return asked;
  };
  const show = (...lines) => {
    out.replaceChildren(...lines);
    focusOn(out.firstElementChild);
    const header = document.querySelector(".md-header");
    const top = out.getBoundingClientRect().top - (header ? header.getBoundingClientRect().bottom : 0) - 8;
    if (top < 0 || out.getBoundingClientRect().bottom > innerHeight) window.scrollBy({ top, behavior: "instant" });
  };
  const described = (field, ids) => (ids.length ? field.setAttribute("aria-describedby", ids.join(" "))
    : field.removeAttribute("aria-describedby"));
  const clearProblems = () => {
    form.querySelectorAll(".ladok-field-error").forEach((e) => e.remove());
    form.querySelectorAll("[aria-invalid]").forEach((field) => {
      field.removeAttribute("aria-invalid");
      described(field, (field.getAttribute("aria-describedby") || "").split(" ").filter((i) => i && !i.endsWith("-error")));
    });
  };
  // A problem is said twice: beside its field, and in a summary that takes focus, with a link to the field.
  const refused = (problems) => {
    const items = problems.map((problem) => {
      const place = form.querySelector(`#${id(problem.field)}`) ? problem.field : "part";
      const field = form.querySelector(`#${id(place)}`);
      const note = h("p", { class: "ladok-error ladok-field-error", id: id(`${place}-error`) }, problem.text);
      if (field.matches("fieldset, details")) field.querySelector("legend, summary").after(note);
      else field.before(note);
      field.setAttribute("aria-invalid", "true");
      described(field, [...(field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean), note.id]);
      if (field.matches("details")) field.open = true;
      return h("li", {}, h("a", { href: `#${id(place)}`, onclick: (event) => {
        event.preventDefault();
        (field.matches("fieldset, details") ? field.querySelector("input") : field).focus();
      } }, problem.text));
    });
    say(items);
  };
  const say = (items) => show(h("div", { class: "ladok-outcome ladok-outcome-refused", role: "alert" },
    h("p", {}, h("span", { class: "ladok-mark", "aria-hidden": "true" }, "✖"), " ",
      h("strong", {}, t("tool.diagnosis_problems"))), h("ul", {}, ...items)));

  async function ask() {
    clearProblems();
    const asked = request();
    const answer = await call(asked);
    if (!answer.ok) {
      if (answer.problems) return refused(answer.problems);
      return say([h("li", {}, (answer.refusal || answer.error).text)]);
    }
    const a = answer.answer;
    const lines = [h("p", { class: "ladok-answer" }, h("strong", {}, a.title)), h("p", {}, a.why)];
    if (a.dates.length) lines.push(h("ul", { class: "ladok-dates" }, ...a.dates.map((d) => h("li", {}, d))));
    lines.push(h("p", {}, a.credits), h("p", {}, a.do), h("p", {}, h("strong", {}, a.ask)));
    for (const note of a.notes) lines.push(h("p", { class: "ladok-note" }, note));
    if (a.message) lines.push(...message(a.message));
    show(...lines);
    const link = linkOf(asked);
    if (link === null) return;
    history.replaceState(history.state, "", `?${link}${location.hash}`);
    out.append(h("p", { class: "ladok-hint" }, t("tool.diagnosis_link")));
  }

  function message(texts) {
    const look = "width: 100%; font: inherit";
    const area = h("textarea", { id: id("message"), rows: 9, readonly: true, style: look }, texts[lang]);
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
          style: look },
          texts[other]))];
  }

  // --- the address: read once, written after each answer -----------------------------------------------------------
  const linkOf = (asked) => {
    const link = new URLSearchParams();
    for (const name of ["part", "exam", "retake", "course"]) if (asked[name]) link.set(name, asked[name]);
    for (const [q, v] of Object.entries(asked.answers)) if (v) link.set(q, v);
    if (asked.structure) {
      if (asked.structure.some((p) => /[:;]/.test(p.name))) return null; // a link could not be read back
      link.set("parts", asked.structure.map((p) => `${p.name}:${p.hp}:${p.moments.join(",")}`).join(";"));
    }
    // The parts' separators are allowed in a query as they are; written plainly, a link stays readable.
    return link.toString().replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%3B/g, ";");
  };
  const names = ["part", ...TEXT_FIELDS, ...questions.map(([q]) => q), "parts"];
  const twice = names.find((name) => address.getAll(name).length > 1);
  const written = address.get("parts");
  const readParts = (text) => text.split(";").map((p) => p.split(":"))
    .map(([name, size, moments, ...rest]) => (rest.length || !name || !size || !moments ? null
      : { name: name.trim(), hp: size.trim(), moments: moments.split(",").map((m) => m.trim()).join(", ") }));
  const fromAddress = written === null ? null : readParts(written);
  if (fromAddress && !fromAddress.includes(null)) {
    parts = fromAddress;
    own = true;
    details.open = true;
  }
  drawStructure();
  drawParts();
  if (address.get("part") !== null) chosen.part = address.get("part");
  select.value = chosen.part ?? "";
  for (const name of TEXT_FIELDS) inputs[name].value = address.get(name) ?? "";
  for (const [question] of questions) {
    const value = address.get(question);
    if (value === null) continue;
    chosen[question] = value;
    const radio = [...form.querySelectorAll(`input[name="${id(question)}"]`)].find((r) => r.value === value);
    if (radio) radio.checked = true;
  }
  box.append(form, out);
  if (twice) say([h("li", {}, t("tool.repeated_key", { key: twice }))]);
  else if (fromAddress && fromAddress.includes(null)) say([h("li", {}, t("tool.diagnosis_bad_parts", { value: written }))]);
  else if (names.some((name) => address.has(name))) ask();
  else focusOn(select);
}
