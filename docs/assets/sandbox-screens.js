// The search for a student by personal identity number (with or without its hyphen; an empty search says what to
// type) and the student's own view. What a role sees comes from the engine's view.
import { cells, table } from "./sandbox-parts.js";
import { h } from "./ui.js";

export function searchScreen(ctx) {
  const { t } = ctx;
  const input = h("input", { type: "text", size: 16, id: `${ctx.scenario}-pnr`, dataset: { focus: "search-input" },
    value: ctx.ui.edits.search?.pnr ?? "", oninput: (event) => ctx.edit("search", "pnr", event.currentTarget.value) });
  const form = h("form", { class: "ladok-inline", onsubmit: (event) => {
    event.preventDefault();
    const pnr = String(ctx.typed("search").pnr ?? "").trim();
    if (!pnr) ctx.tell("search", { kind: "refused", text: t("ui.search_empty_pnr") });
    else ctx.search(pnr, "search");
  } }, h("label", { for: input.id }, t("ui.search_student")), input,
  h("button", { type: "submit", class: "md-button md-button--primary", dataset: { focus: "search-button" } },
    t("ui.search")));
  return [h("h4", { class: "ladok-module" }, t("ui.tab_search")), form, ctx.outcomeFor("search")];
}

export function studentScreen(ctx) {
  const { t, seen, lang } = ctx;
  const labels = [t("ui.module"), t("ui.grade"), t("ui.exam_date"), t("ui.decision_date"), t("ui.points")];
  const body = seen.rows.map((r) => h("tr", {}, ...cells(labels, [ctx.targetName(r.target), r.grade, r.exam_date,
    r.decision_date || "–", r.points || "–"])));
  return [
    h("h4", { class: "ladok-module" }, t("ui.your_results")),
    body.length ? table(labels, body) : h("p", {}, t("ui.no_results_yet")),
    h("p", { class: "ladok-credits" }, `${t("ui.credits")}: ${seen.credits_text[lang]} ${t("ui.hp")}`),
  ];
}
