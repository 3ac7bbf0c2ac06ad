// The certify screen, as in Ladok: the results marked as ready, a check box on each (the column "Choose") and one
// above the table to select them all (named once), "Certify", then the confirming "Certify results". Each chosen result goes to the engine in turn; the engine
// decides, and each outcome is told beside the button and in the status line.
import { h } from "./ui.js";

export const CERTIFY_ANCHOR = "certify";

export function certifyScreen(ctx) {
  const { t, seen, ui } = ctx;
  const ready = seen.rows.filter((r) => r.status === "ready");
  const refOf = (row) => String(row.ref);
  for (const ref of [...ui.selected]) if (!ready.some((r) => refOf(r) === ref)) ui.selected.delete(ref);
  const parts = [h("h4", { class: "ladok-module" }, t("ui.certify_results"))];
  if (!ready.length) {
    parts.push(h("p", {}, t("ui.no_ready")));
    parts.push(ctx.outcomeFor(CERTIFY_ANCHOR));
    return parts;
  }
  const labels = ["", t("ui.student"), t("ui.module"), t("ui.grade"), t("ui.exam_date"), t("ui.graded_by")];
  const all = h("input", { type: "checkbox", id: `${ctx.scenario}-select-all`, dataset: { focus: "certify|all" },
    checked: ready.every((r) => ui.selected.has(refOf(r))),
    onchange: (event) => {
      for (const row of ready) {
        if (event.target.checked) ui.selected.add(refOf(row));
        else ui.selected.delete(refOf(row));
      }
      ctx.redraw("certify|all");
    } });
  const grader = (id) => ctx.state.people.find((p) => p.id === id)?.name || "";
  const rows = ready.map((row) => {
    const name = row.name ? `${row.name} (${row.student})` : row.code;
    const box = h("input", { type: "checkbox", checked: ui.selected.has(refOf(row)),
      "aria-label": t("ui.select_row", { name: row.name || row.code, target: ctx.targetName(row.target) }),
      dataset: { focus: `certify|${row.ref}` },
      onchange: (event) => {
        if (event.target.checked) ui.selected.add(refOf(row));
        else ui.selected.delete(refOf(row));
        ctx.redraw(`certify|${row.ref}`);
      } });
    const cells = [box, name, ctx.targetName(row.target), row.grade, row.exam_date, grader(row.graded_by)];
    return h("tr", {}, ...cells.map((c, i) => h("td", { "data-label": labels[i] || t("ui.choose") }, c)));
  });
  parts.push(h("p", { class: "ladok-inline" }, all, h("label", { for: all.id }, t("ui.select_all"))));
  parts.push(h("div", { class: "ladok-table" }, h("table", { class: "ladok-stack" },
    h("thead", {}, h("tr", {}, ...labels.map((l, i) => h("th", { scope: "col" }, i ? l : t("ui.choose"))))),
    h("tbody", {}, rows))));
  const chosen = ready.filter((r) => ui.selected.has(refOf(r)));
  if (ui.confirming && chosen.length) {
    parts.push(h("div", { class: "ladok-confirm", role: "group", "aria-label": t("ui.certify_results") },
      h("p", {}, t("ui.confirm_certify", { n: chosen.length })),
      h("button", { type: "button", class: "md-button md-button--primary", dataset: { focus: "certify|confirm" },
        onclick: () => {
          ui.confirming = false;
          ctx.actMany("certify", chosen.map((r) => (r.student ? { student: r.student, target: r.target }
            : { result: r.ref, target: r.target })), CERTIFY_ANCHOR);
        } }, t("ui.certify_results")),
      h("button", { type: "button", class: "md-button", onclick: () => {
        ui.confirming = false;
        ctx.redraw("certify|start");
      } }, t("ui.cancel"))));
  } else {
    parts.push(h("p", {}, h("button", { type: "button", class: "md-button md-button--primary",
      dataset: { focus: "certify|start" }, onclick: () => {
        if (!chosen.length) {
          ctx.tell(CERTIFY_ANCHOR, { kind: "refused", text: t("ui.nothing_selected") });
          return;
        }
        ui.confirming = true;
        ctx.redraw("certify|confirm");
      } }, t("action.certify"))));
  }
  parts.push(ctx.outcomeFor(CERTIFY_ANCHOR));
  return parts;
}
