// The registration screen, for the study administration: the course's students (admitted to this instance, or
// registered on an earlier one), where each stands, the registrations each has (first-time, continuation,
// re-registration), and Ladok's buttons Registrera, Fortsättningsregistrera and Omregistrera. The buttons the
// engine accepts for a student now are highlighted; the others answer, when tried, with Ladok's reason. Rows,
// standings and the accepted actions come from the engine's view (`registration`); nothing here knows a rule.
import { cells, pager, table } from "./sandbox-parts.js";
import { h } from "./ui.js";

const anchorOf = (row) => `registration:${row.student}`;

export function registrationScreen(ctx) {
  const { t, seen } = ctx;
  const data = seen.registration;
  if (!data) return [h("h4", { class: "ladok-module" }, t("ui.tab_registration"))];
  const actions = Object.keys(seen.forms).filter((a) => seen.forms[a].screen === ctx.ui.screen);
  const labels = [t("ui.student"), t("ui.registration_status"), t("ui.registration_made")];
  const body = data.rows.flatMap((row) => rowParts(ctx, row, actions, labels));
  return [
    h("h4", { class: "ladok-module" }, t("ui.registration_title", { course: data.course, instance: data.instance })),
    h("p", { class: "ladok-hint" }, t("ui.registration_terms", { terms: data.terms.join(", ") })),
    table(labels, body),
    pager(ctx, data, "registration_page"),
  ];
}

function rowParts(ctx, row, actions, labels) {
  const { t } = ctx;
  const made = row.registrations.length
    ? row.registrations.map((r) => t("ui.registration_entry", { kind: t(`registration.${r.kind}`), instance: r.instance,
      term: r.term })).join("; ")
    : t("ui.registration_none");
  const button = (action) => h("button", { type: "button",
    class: `md-button ladok-action${row.actions.includes(action) ? " md-button--primary" : ""}`,
    dataset: { focus: `${anchorOf(row)}|${action}`, action },
    onclick: () => ctx.act(action, { ...row.subject }, anchorOf(row)) }, t(`action.${action}`));
  const out = [
    h("tr", { class: "ladok-row", dataset: { anchor: anchorOf(row) } },
      ...cells(labels, [`${row.name} (${row.student})`, t(`ui.registration_${row.status}`), made])),
    h("tr", { class: "ladok-row-actions" }, h("td", { colspan: labels.length },
      h("div", { class: "ladok-buttons" }, ...actions.map(button)))),
  ];
  const message = ctx.outcomeFor(anchorOf(row));
  if (message) out.push(h("tr", { class: "ladok-row-outcome" }, h("td", { colspan: labels.length }, message)));
  return out;
}
