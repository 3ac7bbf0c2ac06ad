// The activity sessions screen (an Inspera exam: codes, grades from Inspera, the transfer to Ladok) and the search
// for a student by personal identity number. What a role sees (codes or names) comes from the engine's view.
import { h } from "./ui.js";

export function insperaScreen(ctx) {
  const { t, seen, runtime } = ctx;
  const parts = [h("h4", { class: "ladok-module" }, t("ui.activities"))];
  const module = h("select", { "aria-label": t("ui.module"), dataset: { focus: "setup|module" } },
    ...seen.course.modules.map((m) => h("option", { value: m.code }, m.name[ctx.lang])));
  const date = h("input", { type: "text", size: 10, placeholder: t("ui.date_hint"), "aria-label": t("ui.date"),
    dataset: { focus: "setup|date" } });
  parts.push(h("p", { class: "ladok-inline" }, module, date, h("button", { type: "button", class: "md-button",
    dataset: { focus: "setup|create" },
    onclick: () => ctx.act("setup_activity", { target: module.value, date: date.value.trim() }, "setup") },
  t("action.setup_activity"))));
  parts.push(ctx.outcomeFor("setup"));
  for (const activity of seen.activities) {
    const scale = seen.course.modules.find((m) => m.code === activity.target).scale;
    const selects = activity.codes.map((c) => h("select", { "aria-label": `${t("ui.grades_in_inspera")}, ${c.code}`,
      dataset: { code: c.code, focus: `${activity.id}|${c.code}` } }, h("option", { value: "" }, t("ui.no_grade")),
    ...runtime.rules.scales[scale].map((g) => h("option", { value: g }, g))));
    const labels = [t("ui.code"), t("ui.name"), t("ui.grades_in_inspera")];
    const rows = activity.codes.map((c, i) => h("tr", {}, ...[c.code, c.name || t("ui.hidden"), selects[i]]
      .map((cell, k) => h("td", { "data-label": labels[k] }, cell))));
    parts.push(h("p", {}, h("strong", {}, `${t("ui.activity")} ${activity.id}`), ": ",
      `${ctx.targetName(activity.target)}, ${activity.date}`));
    parts.push(h("div", { class: "ladok-table" }, h("table", { class: "ladok-stack" },
      h("thead", {}, h("tr", {}, ...labels.map((l) => h("th", { scope: "col" }, l)))), h("tbody", {}, rows))));
    const anchor = `inspera:${activity.id}`;
    parts.push(h("p", {}, h("button", { type: "button", class: "md-button md-button--primary",
      dataset: { focus: `${activity.id}|transfer` }, onclick: () => {
        const grades = {};
        for (const s of selects) if (s.value) grades[s.dataset.code] = s.value;
        ctx.act("transfer_from_inspera", { activity: activity.id, grades }, anchor);
      } }, t("action.transfer_from_inspera"))));
    parts.push(ctx.outcomeFor(anchor));
  }
  return parts;
}

export function searchScreen(ctx) {
  const { t } = ctx;
  const input = h("input", { type: "text", size: 16, id: `${ctx.scenario}-pnr`, dataset: { focus: "search-input" } });
  const form = h("form", { class: "ladok-inline", onsubmit: (event) => {
    event.preventDefault();
    ctx.search(input.value.trim(), "search");
  } }, h("label", { for: input.id }, t("ui.search_student")), input,
  h("button", { type: "submit", class: "md-button md-button--primary", dataset: { focus: "search-button" } },
    t("ui.search")));
  return [h("h4", { class: "ladok-module" }, t("ui.tab_search")), form, ctx.outcomeFor("search")];
}

export function studentScreen(ctx) {
  const { t, seen, lang } = ctx;
  const labels = [t("ui.module"), t("ui.grade"), t("ui.exam_date"), t("ui.decision_date"), t("ui.points")];
  const rows = seen.rows.map((r) => h("tr", {}, ...[ctx.targetName(r.target), r.grade, r.exam_date,
    r.decision_date || "–", r.points || "–"].map((cell, i) => h("td", { "data-label": labels[i] }, cell))));
  const hp = lang === "sv" ? String(seen.credits).replace(".", ",") : String(seen.credits);
  return [
    h("h4", { class: "ladok-module" }, t("ui.your_results")),
    rows.length ? h("div", { class: "ladok-table" }, h("table", { class: "ladok-stack" },
      h("thead", {}, h("tr", {}, ...labels.map((l) => h("th", { scope: "col" }, l)))), h("tbody", {}, rows)))
      : h("p", {}, t("ui.no_results_yet")),
    h("p", { class: "ladok-credits" }, `${t("ui.credits")}: ${hp} ${t("ui.hp")}`),
  ];
}
