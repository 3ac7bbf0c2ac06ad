// The certify screen, as in Ladok: what waits for the examiner (results marked as ready and removals prepared for
// certification, each marked for what it is and whether it was notified to you), a check box on each and one to
// select them all, "Certify", then the confirming "Certify results" (or "Certify removal"). Before certifying, a
// row's grade or examination date can be changed, and a row can be sent back with "Remove ready mark" and a
// comment. Under the list stand the drafts that do not wait here, with the screen's note on why. The same list
// serves the activity session's own certify view. Every fact comes from the engine's view (`certify`, `activity`,
// `row.awaits`, `row.fields`, `row.actions`); the engine decides each action.
import {
  PEOPLE_KINDS, actionClass, cells, field, fieldOrText, forget, pager, paramsFor, rowAnchor, rowKey, shortWho, table,
  whoOf,
} from "./sandbox-parts.js";
import { h } from "./ui.js";

export const CERTIFY_ANCHOR = "certify";
const IN_COLUMNS = new Set(["grade", "exam_date"]); // drawn in the row's own columns

export function certifyScreen(ctx) {
  const { t, seen } = ctx;
  const data = seen.certify;
  const parts = [h("h4", { class: "ladok-module" }, t("ui.certify_results"))];
  if (data.rows.length) {
    parts.push(h("p", { class: "ladok-hint" }, t("ui.change_before_certify")));
    parts.push(...certifyList(ctx, data.rows, { anchor: CERTIFY_ANCHOR, codes: false }),
      pager(ctx, data, "certify_page"));
  } else {
    parts.push(h("p", {}, t("ui.no_ready")), ctx.outcomeFor(CERTIFY_ANCHOR));
  }
  parts.push(notListed(ctx, data.not_listed));
  return parts;
}

const refOf = (row) => String(row.ref);

function checkbox(ctx, row, chosen, anchor) {
  const { t } = ctx;
  return h("input", { type: "checkbox", checked: chosen, dataset: { focus: `${anchor}|${row.ref}` },
    "aria-label": t("ui.select_row", { name: shortWho(row), target: ctx.targetName(row.target) }),
    onchange: (event) => ctx.go("tick", { refs: [refOf(row)], on: event.currentTarget.checked,
      to: `${anchor}|${row.ref}` }) });
}

function what(ctx, row) {
  if (!row.awaits) return ctx.t(`state.${row.status}`);
  return `${ctx.t(`ui.awaits.${row.awaits}`)}; ${ctx.t(row.notified_to_you ? "ui.notified_you" : "ui.notified_other")}`;
}

// The list with its check boxes and the two steps. `codes`: the anonymisation code in a column of its own.
export function certifyList(ctx, rows, { anchor, codes }) {
  const { t, ui } = ctx;
  const waiting = rows.filter((r) => r.awaits);
  const labels = [t("ui.choose_column"), ...(codes ? [t("ui.code")] : []), t("ui.student"),
    ...(codes ? [] : [t("ui.module")]), t("ui.concerns"), t("ui.grade"), t("ui.exam_date"), t("ui.graded_by")];
  const body = rows.map((row) => {
    const key = rowKey(row);
    const chosen = ui.selected.includes(refOf(row));
    return ctx.memo(`${anchor}|${key}`, [row, codes, chosen, ui.edits[key]], () => h("tbody", {},
      certifyRow(ctx, row, { anchor, codes, labels, chosen })));
  });
  const parts = [];
  if (waiting.length) parts.push(selectAll(ctx, waiting, anchor));
  parts.push(table(labels, body));
  parts.push(twoSteps(ctx, waiting.filter((r) => ui.selected.includes(refOf(r))), anchor));
  parts.push(ctx.outcomeFor(anchor));
  return parts;
}

function certifyRow(ctx, row, { anchor, codes, labels, chosen }) {
  const { t } = ctx;
  const key = rowKey(row);
  const grader = (id) => ctx.state.people.find((p) => p.id === id)?.name || "–";
  const who = codes ? (row.name ? `${row.name} (${row.student})` : t("ui.hidden")) : whoOf(ctx, row);
  const values = [row.awaits ? checkbox(ctx, row, chosen, anchor) : "",
    ...(codes ? [row.code] : []), who, ...(codes ? [] : [ctx.targetName(row.target)]), what(ctx, row),
    fieldOrText(ctx, row, "grade", `${key}|grade`), fieldOrText(ctx, row, "exam_date", `${key}|exam_date`),
    grader(row.graded_by)];
  const out = [h("tr", { class: "ladok-row", dataset: { anchor: rowAnchor(row) } }, ...cells(labels, values))];
  const back = sendBack(ctx, row, anchor);
  if (back) out.push(h("tr", { class: "ladok-row-actions" }, h("td", { colspan: labels.length }, back)));
  return out;
}

function selectAll(ctx, waiting, anchor) {
  const { t, ui } = ctx;
  const all = h("input", { type: "checkbox", id: `${ctx.scenario}-${anchor}-all`, dataset: { focus: `${anchor}|all` },
    checked: waiting.every((r) => ui.selected.includes(refOf(r))),
    onchange: (event) => ctx.go("tick", { refs: waiting.map(refOf), on: event.currentTarget.checked,
      to: `${anchor}|all` }) });
  return h("p", { class: "ladok-inline" }, all, h("label", { for: all.id }, t("ui.select_all")));
}

// The row's other allowed actions on this screen (Remove ready mark), with the fields they take beside them.
function sendBack(ctx, row, anchor) {
  const { t } = ctx;
  const key = rowKey(row);
  const actions = row.actions.filter((a) => a !== row.awaits);
  if (!actions.length) return null;
  const inputs = actions.flatMap((a) => ctx.seen.forms[a].fields)
    .filter((f, i, all) => row.fields.includes(f.name) && !IN_COLUMNS.has(f.name) && !PEOPLE_KINDS[f.kind]
      && all.findIndex((g) => g.name === f.name) === i)
    .map((f) => h("label", { class: "ladok-comment" }, t(`ui.${f.name}`), " ",
      field(ctx, row, f.name, `${key}|${f.name}`)));
  return h("div", { class: "ladok-buttons" }, ...inputs, ...actions.map((action) => h("button", { type: "button",
    class: actionClass(ctx, action, false), dataset: { focus: `${key}|${action}`, action }, onclick: () => {
      const params = paramsFor(ctx, row, action);
      forget(ctx, row);
      ctx.act(action, params, anchor);
    } }, t(`action.${action}`))));
}

// Certify, then the confirming step: one button for each kind of what is chosen (results, removals).
function twoSteps(ctx, chosen, anchor) {
  const { t, ui } = ctx;
  if (ui.confirming !== anchor || !chosen.length) {
    return h("p", {}, h("button", { type: "button", class: "md-button md-button--primary",
      dataset: { focus: `${anchor}|start` }, onclick: () => {
        if (!chosen.length) {
          ctx.tell(anchor, { kind: "refused", text: t("ui.nothing_selected") });
          return;
        }
        ctx.go("confirm", { anchor, to: `${anchor}|confirm` });
      } }, t("action.certify")));
  }
  const kinds = [...new Set(chosen.map((r) => r.awaits))];
  const steps = kinds.flatMap((kind, i) => {
    const group = chosen.filter((r) => r.awaits === kind);
    return [h("p", {}, t(`ui.confirm_text.${kind}`, { n: group.length })),
      h("button", { type: "button", class: actionClass(ctx, kind, true),
        dataset: i ? {} : { focus: `${anchor}|confirm` },
        onclick: () => {
          const list = group.map((row) => [kind, paramsFor(ctx, row, kind)]);
          for (const row of group) forget(ctx, row);
          ctx.actMany(list, anchor);
        } }, t(`ui.confirm_button.${kind}`))];
  });
  return h("div", { class: "ladok-confirm", role: "group", "aria-label": t("ui.certify_results") }, ...steps,
    h("button", { type: "button", class: "md-button",
      onclick: () => ctx.go("confirm", { anchor: null, to: `${anchor}|start` }) }, t("ui.cancel")));
}

// Drafts do not wait for certification: the screen says so, and its Certify button on each lets the engine say why.
function notListed(ctx, rows) {
  if (!rows.length) return null;
  const { t } = ctx;
  const labels = [t("ui.student"), t("ui.module"), t("ui.status"), t("ui.grade"), t("ui.actions")];
  const body = rows.flatMap((row) => {
    const anchor = rowAnchor(row);
    const key = `not-listed|${rowKey(row)}`;
    const button = h("button", { type: "button", class: "md-button ladok-action", dataset: { focus: key },
      onclick: () => ctx.act("certify", paramsFor(ctx, row, "certify"), anchor) }, t("action.certify"));
    const out = [h("tr", { class: "ladok-row" }, ...cells(labels, [whoOf(ctx, row), ctx.targetName(row.target),
      t(`state.${row.status}`), row.grade || "–", button]))];
    const message = ctx.outcomeFor(anchor);
    if (message) out.push(h("tr", { class: "ladok-row-outcome" }, h("td", { colspan: labels.length }, message)));
    return out;
  });
  return h("section", { class: "ladok-not-listed", "aria-label": t("ui.not_listed_title") },
    h("h5", {}, t("ui.not_listed_title")), h("p", {}, t("ui.not_listed_note")), table(labels, body));
}
