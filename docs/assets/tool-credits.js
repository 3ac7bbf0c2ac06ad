// The credit timeline (students): when each part of a course reported in instalments reaches Ladok and CSN, from
// the moments the student has done, on the course's own structure (the engine's example course to start with, or
// the student's own), and whether the credits CSN asks for are there by a date. Every date, count and rule comes
// from the engine: its answer, and its limits (`rules.limits`: what a new part starts with, the codes it gives a
// student's own parts). Inputs from the address too: ?done=1:2026-03-20,2:2026-03-27&required=5&by=2026-06-01
// (a `done` that is not moments and dates in pairs is named before anything is counted). No Ladok rule here.
import { toolParts } from "./tool-parts.js";
import { focusOn, h, stacked } from "./ui.js";

export function mount(opened) {
  const { lang, runtime, t } = opened;
  const parts = toolParts(opened, "credits");
  const limits = runtime.rules.limits;
  const course = {
    parts: runtime.rules.instalment_structure.map((p) => ({ name: p.name[lang], hp: parts.hp(p.hp),
      moments: p.moments.join(", ") })),
    finished: new Map(), // moment -> date
    visible: new Set(), // parts already visible in Ladok, by index
  };
  const moments = h("div", { class: "ladok-moments" });
  const structure = h("div", { class: "ladok-structure" });
  const draw = () => {
    drawStructure(opened, course, structure, { ...parts, limits, draw });
    drawMoments(opened, course, moments);
  };
  const [required, requiredRow] = parts.field("required", t("tool.csn_required"), { size: 5 });
  const [by, byRow] = parts.field("by", t("tool.csn_by"), { placeholder: t("ui.date_hint") });
  const form = h("form", { class: "ladok-form", onsubmit: (event) => {
    event.preventDefault();
    return answer(opened, course, parts, { required: required.value.trim(), by: by.value.trim(), limits });
  } }, moments, structure, h("fieldset", {}, h("legend", {}, t("tool.csn")), requiredRow, byRow),
  h("button", { type: "submit", class: "md-button md-button--primary" }, t("tool.show")));
  // done=1:2026-03-20,2:2026-03-27: moments and the dates they were done, in pairs.
  const done = parts.address.get("done");
  const pairs = (done ?? "").split(",").map((pair) => pair.split(":").map((part) => part.trim()));
  const unpaired = done !== null && pairs.some((pair) => pair.length !== 2 || !pair[0] || !pair[1]);
  if (!unpaired) for (const [moment, date] of done === null ? [] : pairs) course.finished.set(moment, date);
  required.value = parts.address.get("required") || "";
  by.value = parts.address.get("by") || "";
  draw();
  parts.place(form);
  const twice = parts.repeated("done", "required", "by");
  if (twice) parts.say(t("tool.repeated_key", { key: twice }));
  else if (unpaired) parts.say(t("tool.bad_done", { value: done }));
  else if (course.finished.size || required.value || by.value) form.requestSubmit();
  else focusOn(moments.querySelector("input") || structure.querySelector("input"));
}

const momentsOf = (course) => [...new Set(course.parts.flatMap((p) => p.moments.split(",").map((m) => m.trim())
  .filter(Boolean)))];

// A moment's name: the catalog's own word for it where it has one, else "moment N".
const momentName = (t, m) => (t.has(`moment.${m}`) ? t(`moment.${m}`) : t("tool.moment", { m }));

function drawStructure({ t }, course, box, { hp, limits, draw }) {
  // A part's field; its moments redraw the dates asked for once changed.
  const input = (part, i, name, label, attrs, on = "input") => h("input", { type: "text", value: part[name],
    "aria-label": `${t(label)} ${i + 1}`, ...attrs, [`on${on}`]: (e) => {
      part[name] = e.target.value;
      if (on === "change") draw();
    } });
  const rows = course.parts.map((part, i) => h("tr", {},
    h("td", {}, input(part, i, "name", "tool.part_name", { size: 14 })),
    h("td", {}, input(part, i, "hp", "tool.part_hp", { size: 4 })),
    h("td", {}, input(part, i, "moments", "tool.part_moments", { size: 12 }, "change")),
    h("td", {}, h("input", { type: "checkbox", checked: course.visible.has(i),
      "aria-label": `${t("tool.already_visible")} ${i + 1}`,
      onchange: (e) => (e.target.checked ? course.visible.add(i) : course.visible.delete(i)) })),
    h("td", {}, h("button", { type: "button", class: "md-button", "aria-label": `${t("tool.remove_part")} ${i + 1}`,
      onclick: () => {
        course.parts.splice(i, 1);
        course.visible.clear();
        draw();
      } }, "×"))));
  const heads = ["tool.part_name", "tool.part_hp", "tool.part_moments", "tool.already_visible", "ui.actions"];
  box.replaceChildren(
    h("div", { class: "ladok-table" }, stacked(h("table", {}, h("caption", {}, t("tool.structure")),
      h("thead", {}, h("tr", {}, ...heads.map((k) => h("th", { scope: "col" }, t(k))))), h("tbody", {}, rows)))),
    h("button", { type: "button", class: "md-button", onclick: () => {
      course.parts.push({ name: `${t("tool.part_name")} ${course.parts.length + 1}`, hp: hp(limits.new_part_hp),
        moments: "" });
      draw();
    } }, t("tool.add_part")));
}

function drawMoments({ t }, course, box) {
  const rows = momentsOf(course).map((m) => {
    const date = h("input", { type: "text", size: 11, placeholder: t("ui.date_hint"),
      value: course.finished.get(m) || "", "aria-label": `${t("tool.finished_on")}: ${momentName(t, m)}`,
      dataset: { moment: m },
      oninput: (e) => (e.target.value.trim() ? course.finished.set(m, e.target.value.trim())
        : course.finished.delete(m)) });
    const name = momentName(t, m);
    return h("tr", {}, h("td", {}, name.charAt(0).toUpperCase() + name.slice(1)), h("td", {}, date));
  });
  box.replaceChildren(h("div", { class: "ladok-table" }, h("table", {}, h("caption", {}, t("tool.your_moments")),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("tool.moment", { m: "" }).trim()),
      h("th", { scope: "col" }, t("tool.finished_on")))), h("tbody", {}, rows))));
}

async function answer({ lang, runtime, t }, course, parts, { required, by, limits }) {
  if (by && !required) return parts.missing(t("tool.csn_required"));
  if (required && !by) return parts.missing(t("tool.csn_by"));
  const request = {
    op: "instalments", calendar: runtime.calendar, settings: runtime.settings, lang,
    structure: course.parts.map((p) => ({ name: p.name, hp: p.hp,
      moments: p.moments.split(",").map((m) => m.trim()) })),
    finished: Object.fromEntries(momentsOf(course).filter((m) => course.finished.has(m))
      .map((m) => [m, course.finished.get(m)])),
  };
  if (required) {
    Object.assign(request, { required_hp: required, by,
      certified: [...course.visible].map((i) => limits.own_part_codes[i]) });
  }
  const found = await parts.ask(request);
  if (!found.ok) return parts.problem(found);
  const { day, hp } = parts;
  const lines = [];
  for (const part of found.instalments) {
    const name = part.name[lang];
    if (part.missing.length) {
      lines.push(h("p", {}, t("tool.part_missing", { name, missing: part.missing.map((m) => momentName(t, m))
        .join(", ") })));
      continue;
    }
    lines.push(h("h4", {}, t("tool.part_done", { name, hp: hp(part.hp), day: day(part.finished_on) })));
    lines.push(h("ul", {}, ...part.steps.map((s) => h("li", {}, t("tool.step_when", {
      step: t(`student_step.${s.key}`), earliest: day(s.earliest), latest: day(s.latest) })))));
  }
  if (found.instalments.every((p) => !p.missing.length)) lines.push(h("p", {}, t("tool.final_grade")));
  if (found.csn) {
    const c = found.csn;
    lines.push(h("p", { class: "ladok-answer" }, h("strong", {}, t(`tool.csn.${c.verdict}`, {
      have: hp(c.certified_hp), required: hp(c.required_hp), by: day(c.by ?? by) }))));
  }
  return parts.show(...lines);
}
