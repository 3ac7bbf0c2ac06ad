// The deadline calculator (staff): the last day for a result after an exam, and after a re-take, with the rule that
// governs it and the days off that moved it, all from the engine. It accepts its inputs from the page's address, so
// staff can link to an answer already filled in: ?exam=2026-01-15&retake=2026-02-06. No Ladok rule here.
import { toolParts } from "./tool-parts.js";
import { h } from "./ui.js";

export function mount(opened) {
  const { lang, runtime, t } = opened;
  const parts = toolParts(opened, "deadline");
  const { day } = parts;
  const [exam, examRow] = parts.field("exam", t("tool.exam_date"), { placeholder: t("ui.date_hint") });
  const [retake, retakeRow] = parts.field("retake", t("tool.retake_date"), { placeholder: t("ui.date_hint") });

  async function answer(event) {
    event.preventDefault();
    if (!exam.value.trim()) return parts.missing(t("tool.exam_date"));
    const found = await parts.ask({ op: "deadline", calendar: runtime.calendar, settings: runtime.settings, lang,
      exam: exam.value.trim(), retake: retake.value.trim() || null });
    if (!found.ok) return parts.problem(found);
    const d = found.deadline;
    const lines = [h("p", { class: "ladok-answer" }, h("strong", {}, t("tool.last_day", { day: day(d.last_day) }))),
      h("p", {}, t("tool.by_working_days", { n: runtime.settings.working_days, day: day(d.by_working_days) }))];
    if (d.by_retake) {
      lines.push(h("p", {}, t("tool.by_retake", { days: runtime.settings.retake_margin_days, day: day(d.by_retake) })));
    }
    lines.push(h("p", { class: "ladok-rule" }, t("tool.governs", { rule: t(`rule.${d.governing}`) })));
    lines.push(h("p", {}, d.moved_by.length
      ? t("tool.moved_by", { days: d.moved_by.map((o) => `${o[lang]} (${day(o.date)})`).join(", ") })
      : t("tool.moved_by_none")));
    return parts.show(...lines);
  }

  const form = h("form", { class: "ladok-form", onsubmit: answer }, examRow, retakeRow,
    h("button", { type: "submit", class: "md-button md-button--primary" }, t("tool.calculate")));
  parts.place(form);
  exam.value = parts.address.get("exam") || "";
  retake.value = parts.address.get("retake") || "";
  const twice = parts.repeated("exam", "retake");
  if (twice) parts.say(t("tool.repeated_key", { key: twice }));
  else if (exam.value || retake.value) form.requestSubmit();
  else exam.focus();
}
