// The learning platform's screen: its gradebook (Canvas's Betygsbok), each column with its students' grades and,
// on the module it is linked to, what Ladok holds for them as Ladok shows it (state and grade, who graded it, who
// marked it as ready: a person or the integration user), and the gradebook's "Transfer to Ladok": a column, a Ladok
// module, an examination date and, where asked, the points. What a column is, where results land and which
// modules a transfer may go to come from the engine's view (`lms`); the form's fields from the action's declared
// fields (`forms`). The engine decides every transfer; nothing here knows a Ladok rule.
import { cells, table } from "./sandbox-parts.js";
import { h } from "./ui.js";

// Where the transfer's outcome is shown, and the key its form's values are kept under in the store.
export const LMS_ANCHOR = "lms:transfer";

// The gradebook's button: the action the view declares as the learning platform's own.
const transferAction = (seen) => Object.keys(seen.forms).find((a) => seen.forms[a].system === "lms");

export function lmsScreen(ctx) {
  const { t, seen } = ctx;
  const parts = [h("h4", { class: "ladok-module" }, t("ui.lms_title"))];
  const lms = seen.lms;
  if (!lms) return parts;
  parts.push(h("p", { class: "ladok-hint" }, t(`ui.lms_route_${lms.route}`), " ",
    t(lms.points_move ? "ui.lms_points_move" : "ui.lms_points_stay")));
  parts.push(transferForm(ctx, lms)); // the form and its outcome first, the gradebook under them
  for (const column of lms.columns) parts.push(...columnPart(ctx, column));
  return parts;
}

function columnPart(ctx, column) {
  const { t, lang } = ctx;
  const info = [t("ui.lms_column_info", { scheme: t(column.scheme_label), grader: column.graded_by || "–" })];
  if (column.target) info.push(t("ui.lms_linked", { module: ctx.targetName(column.target) }));
  if (!column.posted) info.push(t("ui.lms_not_posted"));
  const labels = [t("ui.student"), t("ui.lms_grade"), t("ui.lms_points"), t("ui.lms_in_ladok")];
  const body = column.grades.map((g) => h("tr", {}, ...cells(labels, [
    g.student ? `${g.name} (${g.student})` : g.name, g.grade || "–", g.points || "–", inLadok(ctx, g.ladok)])));
  return [h("h5", {}, column.name[lang]), h("p", { class: "ladok-hint" }, info.join(" ")), table(labels, body)];
}

// A student's result on the column's module as Ladok shows it, or that there is none.
function inLadok(ctx, ladok) {
  const { t, lang } = ctx;
  if (!ladok) return t("state.none");
  const parts = [`${t(`state.${ladok.status}`)}, ${ladok.grade}`];
  if (ladok.graded_by.length) parts.push(t("ui.lms_graded_by", { names: ladok.graded_by.join(", ") }));
  if (ladok.marked_ready_by) parts.push(t("ui.lms_marked_by", { name: ladok.marked_ready_by[lang] }));
  return parts.join("; ");
}

// The transfer's inputs, drawn by the kind of each field the action declares, each showing what the reader chose
// (kept in the store under the form's anchor, not drawn again as they type). A column's module starts as the module
// the column is linked to, and follows when another column is chosen, as the gradebook links them.
const INPUTS = {
  column: (ctx, lms, value, attrs) => select(attrs, lms.columns.map((c) => [c.id, c.name[ctx.lang]]), value),
  module: (ctx, lms, value, attrs) => select(attrs, lms.targets.map((m) => [m.code, m.name[ctx.lang]]), value),
  date: (ctx, lms, value, attrs) => h("input", { type: "text", inputmode: "numeric", size: 10, value: value || "",
    placeholder: ctx.t("ui.date_hint"), ...attrs }),
  flag: (ctx, lms, value, attrs) => h("input", { type: "checkbox", checked: Boolean(value), ...attrs }),
};
const LABELS = { column: "ui.lms_column", module: "ui.lms_module", date: "ui.exam_date", flag: "ui.lms_with_points" };

function select(attrs, options, value) {
  return h("select", attrs, ...options.map(([code, text]) => h("option", { value: code, selected: code === value },
    text)));
}

// The form's values as the reader left them: what they chose, else the first column and its module.
function chosen(lms, typed) {
  const column = lms.columns.find((c) => c.id === typed.column) || lms.columns[0];
  return { ...typed, column: column.id, target: typed.target || column.target || lms.targets[0].code };
}

// What a field's input keeps when the reader changes it. Another column brings its own module with it, which the
// form shows at once (a named update that redraws); the rest is kept quietly, since the input already shows it.
function keeper(ctx, lms, f) {
  const read = (input) => (input.type === "checkbox" ? input.checked : input.value);
  if (f.kind !== "column") return (event) => ctx.edit(LMS_ANCHOR, f.name, read(event.currentTarget));
  return (event) => {
    const column = lms.columns.find((c) => c.id === event.currentTarget.value);
    const target = column?.target || chosen(lms, ctx.typed(LMS_ANCHOR)).target;
    ctx.go("chose", { key: LMS_ANCHOR, values: { [f.name]: event.currentTarget.value, target },
      to: `lms|${f.name}` });
  };
}

function transferForm(ctx, lms) {
  const { t, seen } = ctx;
  const action = transferAction(seen);
  const declared = seen.forms[action].fields;
  const now = chosen(lms, ctx.ui.edits[LMS_ANCHOR] || {});
  const fields = declared.map((f) => {
    const id = `${ctx.scenario}-lms-${f.name}`;
    const keep = keeper(ctx, lms, f);
    const on = f.kind === "date" ? { oninput: keep } : { onchange: keep };
    const input = INPUTS[f.kind](ctx, lms, now[f.name], { id, dataset: { focus: `lms|${f.name}`, field: f.name },
      ...on });
    const label = h("label", { for: id }, t(LABELS[f.kind]));
    return h("p", { class: "ladok-inline" }, ...(f.kind === "flag" ? [input, " ", label] : [label, " ", input]));
  });
  const send = () => {
    const values = chosen(lms, ctx.typed(LMS_ANCHOR));
    const value = (f) => (f.kind === "flag" ? Boolean(values[f.name]) : String(values[f.name] ?? "").trim());
    ctx.act(action, Object.fromEntries(declared.map((f) => [f.name, value(f)])), LMS_ANCHOR);
  };
  return h("fieldset", { class: "ladok-lms-transfer" }, h("legend", {}, t("ui.lms_form")), ...fields,
    h("p", {}, h("button", { type: "button", class: "md-button md-button--primary", dataset: { focus: "lms|send" },
      onclick: send }, t(`action.${action}`))),
    ctx.outcomeFor(LMS_ANCHOR));
}
