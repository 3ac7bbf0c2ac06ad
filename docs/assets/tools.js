// The two tools: the deadline calculator (staff) and the credit timeline (students). They run on the same engine
// and runtime as the sandbox; every text comes from the engine's catalog in the page's language.
// Both accept their inputs from the page's address, so staff can link to an answer already filled in:
//   deadlines page: ?exam=2026-01-15&retake=2026-02-06
//   credits page:   ?done=1:2026-03-20,2:2026-03-27&required=5&by=2026-06-01
// A value that is not right is filled in as it came, and the engine's message says what is wrong with it; a key
// given twice, a field left out or a `done` that is not pairs is named before anything is counted.
import { boot, focusOn, h, stacked } from "./ui.js";

export async function mount(widget, { root }) {
  if (widget.dataset.tool === "diagnosis") return (await import("./tool-diagnosis.js")).mount(widget, { root });
  const tool = widget.dataset.tool;
  const title = tool === "deadline" ? "tool.deadline_title" : "tool.credits_title";
  const opened = await boot(widget, root, title);
  if (!opened) return;
  const { lang, runtime, t, box, call } = opened;
  const id = (name) => `${tool}-${name}`;
  const out = h("div", { class: "ladok-result", id: id("result"), "aria-live": "polite" });
  const common = { calendar: runtime.calendar, settings: runtime.settings, lang };
  // A date the engine has read (YYYY-MM-DD) with its weekday; anything else as it is.
  const day = (iso) => {
    const weekday = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`).getUTCDay() : NaN;
    return Number.isNaN(weekday) ? iso : `${t(`weekday.${(weekday + 6) % 7}`)} ${iso}`;
  };
  const quote = (text) => (lang === "sv" ? `”${text}”` : `“${text}”`);
  const hp = (n) => (lang === "sv" ? String(n).replace(".", ",") : String(n));
  const address = new URLSearchParams(location.search);
  // The answer replaces the last one and takes focus, so it is read out and in view: from its first line down,
  // just under the site's header, when it does not fit where it is (on a phone, for one).
  const show = (...lines) => {
    out.replaceChildren(...lines);
    focusOn(out.firstElementChild);
    const header = document.querySelector(".md-header");
    const top = out.getBoundingClientRect().top - (header ? header.getBoundingClientRect().bottom : 0) - 8;
    if (top < 0 || out.getBoundingClientRect().bottom > innerHeight) window.scrollBy({ top, behavior: "instant" });
  };
  const problem = (answer) => say((answer.refusal || answer.error).text);
  const missing = (label) => say(t("tool.field_missing", { field: quote(label) }));
  // A key of the address given more than once: named, and nothing is counted from the address.
  const repeated = (...keys) => keys.find((key) => address.getAll(key).length > 1);
  const say = (text) => {
    show(h("p", { class: "ladok-error ladok-outcome ladok-outcome-refused", role: "alert" },
      h("span", { class: "ladok-mark", "aria-hidden": "true" }, "✖"), " ", h("strong", {}, `${t("ui.refused")}:`), " ",
      text));
  };
  const field = (name, label, attrs = {}) => {
    const input = h("input", { type: "text", id: id(name), size: 12, ...attrs });
    return [input, h("p", { class: "ladok-field" }, h("label", { for: input.id }, label), " ", input)];
  };

  if (tool === "deadline") {
    const [exam, examRow] = field("exam", t("tool.exam_date"), { placeholder: t("ui.date_hint") });
    const [retake, retakeRow] = field("retake", t("tool.retake_date"), { placeholder: t("ui.date_hint") });
    const form = h("form", { class: "ladok-form", onsubmit: async (event) => {
      event.preventDefault();
      if (!exam.value.trim()) return missing(t("tool.exam_date"));
      const answer = await call({ op: "deadline", ...common, exam: exam.value.trim(), retake: retake.value.trim() || null });
      if (!answer.ok) return problem(answer);
      const d = answer.deadline;
      const lines = [h("p", { class: "ladok-answer" }, h("strong", {}, t("tool.last_day", { day: day(d.last_day) })))];
      lines.push(h("p", {}, t("tool.by_working_days", { n: runtime.settings.working_days, day: day(d.by_working_days) })));
      if (d.by_retake) {
        lines.push(h("p", {}, t("tool.by_retake", { days: runtime.settings.retake_margin_days, day: day(d.by_retake) })));
      }
      lines.push(h("p", { class: "ladok-rule" }, t("tool.governs", { rule: t(`rule.${d.governing}`) })));
      lines.push(h("p", {}, d.moved_by.length
        ? t("tool.moved_by", { days: d.moved_by.map((o) => `${o[lang]} (${day(o.date)})`).join(", ") })
        : t("tool.moved_by_none")));
      show(...lines);
    } }, examRow, retakeRow, h("button", { type: "submit", class: "md-button md-button--primary" }, t("tool.calculate")));
    box.append(form, out);
    exam.value = address.get("exam") || "";
    retake.value = address.get("retake") || "";
    const twice = repeated("exam", "retake");
    if (twice) say(t("tool.repeated_key", { key: twice }));
    else if (exam.value || retake.value) form.requestSubmit();
    else exam.focus();
    return;
  }

  // --- the credit timeline --------------------------------------------------------------------------------------
  const seed = runtime.rules.instalment_structure;
  let parts = seed.map((p) => ({ name: p.name[lang], hp: hp(p.hp), moments: p.moments.join(", ") }));
  const finished = new Map(); // moment -> date
  const visible = new Set(); // parts already visible in Ladok, by index
  const structure = h("div", { class: "ladok-structure" });
  const moments = h("div", { class: "ladok-moments" });
  const momentName = (m) => (m === "project" ? t("moment.project") : t("tool.moment", { m }));
  const momentList = () => [...new Set(parts.flatMap((p) => p.moments.split(",").map((m) => m.trim()).filter(Boolean)))];

  function drawStructure() {
    const rows = parts.map((part, i) => h("tr", {},
      h("td", {}, h("input", { type: "text", size: 14, value: part.name, "aria-label": `${t("tool.part_name")} ${i + 1}`,
        oninput: (e) => { part.name = e.target.value; } })),
      h("td", {}, h("input", { type: "text", size: 4, value: part.hp, "aria-label": `${t("tool.part_hp")} ${i + 1}`,
        oninput: (e) => { part.hp = e.target.value; } })),
      h("td", {}, h("input", { type: "text", size: 12, value: part.moments,
        "aria-label": `${t("tool.part_moments")} ${i + 1}`,
        onchange: (e) => { part.moments = e.target.value; drawMoments(); } })),
      h("td", {}, h("input", { type: "checkbox", checked: visible.has(i), "aria-label": `${t("tool.already_visible")} ${i + 1}`,
        onchange: (e) => (e.target.checked ? visible.add(i) : visible.delete(i)) })),
      h("td", {}, h("button", { type: "button", class: "md-button", "aria-label": `${t("tool.remove_part")} ${i + 1}`,
        onclick: () => { parts.splice(i, 1); visible.clear(); drawStructure(); drawMoments(); } }, "×"))));
    structure.replaceChildren(
      h("div", { class: "ladok-table" }, stacked(h("table", {}, h("caption", {}, t("tool.structure")),
        h("thead", {}, h("tr", {}, ...["tool.part_name", "tool.part_hp", "tool.part_moments", "tool.already_visible",
          "ui.actions"].map((k) => h("th", { scope: "col" }, t(k))))), h("tbody", {}, rows)))),
      h("button", { type: "button", class: "md-button", onclick: () => {
        parts.push({ name: `${t("tool.part_name")} ${parts.length + 1}`, hp: hp(2.5), moments: "" });
        drawStructure();
      } }, t("tool.add_part")));
  }

  function drawMoments() {
    const rows = momentList().map((m) => {
      const date = h("input", { type: "text", size: 11, placeholder: t("ui.date_hint"), value: finished.get(m) || "",
        "aria-label": `${t("tool.finished_on")}: ${momentName(m)}`, dataset: { moment: m },
        oninput: (e) => (e.target.value.trim() ? finished.set(m, e.target.value.trim()) : finished.delete(m)) });
      const name = momentName(m);
      return h("tr", {}, h("td", {}, name.charAt(0).toUpperCase() + name.slice(1)), h("td", {}, date));
    });
    moments.replaceChildren(h("div", { class: "ladok-table" }, h("table", {}, h("caption", {}, t("tool.your_moments")),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("tool.moment", { m: "" }).trim()),
        h("th", { scope: "col" }, t("tool.finished_on")))), h("tbody", {}, rows))));
  }

  const [required, requiredRow] = field("required", t("tool.csn_required"), { size: 5 });
  const [by, byRow] = field("by", t("tool.csn_by"), { placeholder: t("ui.date_hint") });
  const form = h("form", { class: "ladok-form", onsubmit: async (event) => {
    event.preventDefault();
    if (by.value.trim() && !required.value.trim()) return missing(t("tool.csn_required"));
    if (required.value.trim() && !by.value.trim()) return missing(t("tool.csn_by"));
    const request = {
      op: "instalments", ...common,
      structure: parts.map((p) => ({ name: p.name, hp: p.hp, moments: p.moments.split(",").map((m) => m.trim()) })),
      finished: Object.fromEntries(momentList().filter((m) => finished.has(m)).map((m) => [m, finished.get(m)])),
    };
    if (required.value.trim()) {
      Object.assign(request, { required_hp: required.value.trim(), by: by.value.trim(),
        certified: [...visible].map((i) => `P${i + 1}`) });
    }
    const answer = await call(request);
    if (!answer.ok) return problem(answer);
    const lines = [];
    for (const part of answer.instalments) {
      const name = part.name[lang];
      if (part.missing.length) {
        lines.push(h("p", {}, t("tool.part_missing", { name, missing: part.missing.map(momentName).join(", ") })));
        continue;
      }
      lines.push(h("h4", {}, t("tool.part_done", { name, hp: hp(part.hp), day: day(part.finished_on) })));
      lines.push(h("ul", {}, ...part.steps.map((s) => h("li", {}, t("tool.step_when", {
        step: t(`student_step.${s.key}`), earliest: day(s.earliest), latest: day(s.latest) })))));
    }
    if (answer.instalments.every((p) => !p.missing.length)) lines.push(h("p", {}, t("tool.final_grade")));
    if (answer.csn) {
      const c = answer.csn;
      lines.push(h("p", { class: "ladok-answer" }, h("strong", {}, t(`tool.csn.${c.verdict}`, {
        have: hp(c.certified_hp), required: hp(c.required_hp), by: day(c.by ?? by.value.trim()) }))));
    }
    show(...lines);
  } }, moments, structure, h("fieldset", {}, h("legend", {}, t("tool.csn")), requiredRow, byRow),
  h("button", { type: "submit", class: "md-button md-button--primary" }, t("tool.show")));
  // done=1:2026-03-20,2:2026-03-27: moments and the dates they were done, in pairs.
  const done = address.get("done");
  const pairs = (done ?? "").split(",").map((pair) => pair.split(":").map((part) => part.trim()));
  const unpaired = done !== null && pairs.some((pair) => pair.length !== 2 || !pair[0] || !pair[1]);
  if (!unpaired) for (const [moment, date] of done === null ? [] : pairs) finished.set(moment, date);
  required.value = address.get("required") || "";
  by.value = address.get("by") || "";
  drawStructure();
  drawMoments();
  box.append(form, out);
  const twice = repeated("done", "required", "by");
  if (twice) say(t("tool.repeated_key", { key: twice }));
  else if (unpaired) say(t("tool.bad_done", { value: done }));
  else if (finished.size || required.value || by.value) form.requestSubmit();
  else focusOn(moments.querySelector("input") || structure.querySelector("input"));
}
