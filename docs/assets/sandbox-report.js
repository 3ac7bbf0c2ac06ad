// The report screen, as in Ladok: one module at a time (a picker of the course's modules and the course grade),
// a page of rows with the search box over them, a row per student with grade, examination date and, where the
// module has them, examination points; the row's buttons; an action that names people (Mark as ready) opening
// its form. What a row shows as inputs (`row.fields`), which buttons are highlighted (`row.actions`) and which
// fields each action takes (`forms`) come from the engine's view; the other actions stay under More functions
// and answer, when tried, with Ladok's reason.
import {
  PEOPLE_KINDS, actionClass, cells, field, fieldOrText, forget, kindOf, listSearch, opensForm, pager, paramsFor,
  rowAnchor, rowKey,
  shortWho, table, whoOf,
} from "./sandbox-parts.js";
import { h, roving } from "./ui.js";

export { rowAnchor };

// Fields drawn in the row's own columns; any other field an allowed action takes goes beside the row's buttons.
const IN_COLUMNS = new Set(["grade", "exam_date", "points", "points_visible"]);

export function reportScreen(ctx) {
  const { t, seen, ui, lang } = ctx;
  const report = seen.report;
  const course = seen.course;
  // What stays while the module shown does (the course is part of every memo's view) is built once for it.
  const picker = ctx.memo("report|picker", [report.target], () => roving(h("div", { class: "ladok-picker",
    "aria-label": t("ui.module") }, ...course.targets.map(({ code, name }) => h("button", {
    type: "button", class: `md-button${code === report.target ? " md-button--primary" : ""}`,
    "aria-pressed": String(code === report.target), dataset: { focus: `module|${code}` },
    onclick: () => ctx.go("module", { target: code, to: `module|${code}` }),
  }, name[lang])))));
  const target = course.targets.find((x) => x.code === report.target);
  const rows = report.rows;
  const points = !target.course_grade && (ui.points.includes(target.code) || rows.some((r) => r.points)
    || ctx.stepWants("points"));
  const instance = ctx.memo("report|course", [], () => h("p", { class: "ladok-course" },
    `${course.code} ${course.name[lang]}, ${t("ui.course_instance").toLowerCase()} ${course.instance}`));
  const heading = ctx.memo("report|module", [target.code], () => moduleHeading(ctx, target));
  const more = target.course_grade || points ? null
    : ctx.memo("report|annotations", [target.code], () => annotations(ctx, target));
  return [instance, picker, heading, ...listSearch(ctx, report), resultTable(ctx, rows, points),
    pager(ctx, report, "page"), more];
}

function moduleHeading(ctx, target) {
  const { t, seen, lang } = ctx;
  const part = seen.course.modules.find((m) => m.code === target.code) || seen.course;
  return h("h4", { class: "ladok-module" }, `${target.name[lang]} (${t("ui.module_hp", {
    hp: part.hp_text[lang], scale: t(`scale.${part.scale}`) })})`);
}

function annotations(ctx, target) {
  const { t } = ctx;
  return h("details", { class: "ladok-more" }, h("summary", {}, t("ui.results_annotations")),
    h("button", { type: "button", class: "md-button",
      onclick: () => ctx.go("showPoints", { target: target.code, to: `${target.code}|points` }) },
    `${t("ui.new_annotation")}: ${t("ui.add_points")}`));
}

function resultTable(ctx, rows, points) {
  const { t } = ctx;
  const labels = ["ui.student", "ui.status", "ui.grade", "ui.exam_date", ...(points ? ["ui.points"] : [])].map(t);
  const last = new Map(rows.map((row, i) => [rowAnchor(row), i])); // a student's outcome once, after their last row
  return table(labels, rows.map((row, i) => {
    const withOutcome = last.get(rowAnchor(row)) === i;
    const key = rowKey(row);
    const { ui } = ctx;
    const deps = [row, points, withOutcome && ui.outcome?.anchor === rowAnchor(row) && ui.outcome, ui.screen,
      ui.form?.key === key && ui.form, ui.edits[key], ui.edits[`${key}|form`]];
    return ctx.memo(key, deps, () => h("tbody", {}, resultRow(ctx, row, points, labels, withOutcome)));
  }));
}

function pointsCell(ctx, row, key) {
  const { t } = ctx;
  if (!row.fields.includes("points")) {
    return row.points ? `${row.points}${row.points_visible ? ` (${t("ui.visible_short")})` : ""}` : "–";
  }
  return h("span", {}, field(ctx, row, "points", `${key}|points`), " ",
    h("label", { class: "ladok-visible" }, field(ctx, row, "points_visible", `${key}|points_visible`),
      t("ui.visible_short")));
}

// A row's group: the row, its buttons, its form when open and its outcome. The row and its buttons are parts of
// their own (memo), so that opening or closing the form, or an outcome told beside it, builds neither again.
function resultRow(ctx, row, points, labels, withOutcome) {
  const { ui } = ctx;
  const anchor = rowAnchor(row);
  const key = rowKey(row);
  const own = [row, points, ui.screen, ui.edits[key]]; // all that the row and its buttons show
  const out = [
    ctx.memo(`${key}|row`, own, () => h("tr", { class: "ladok-row", dataset: { anchor } },
      ...cells(labels, rowValues(ctx, row, points)))),
    ctx.memo(`${key}|buttons`, own, () => rowButtons(ctx, row, labels.length)),
  ];
  if (ui.form && ui.form.key === key) out.push(rowForm(ctx, row, ui.form.action, labels.length));
  const message = withOutcome ? ctx.outcomeFor(anchor) : null;
  if (message) out.push(h("tr", { class: "ladok-row-outcome" }, h("td", { colspan: labels.length }, message)));
  return out;
}

function rowValues(ctx, row, points) {
  const key = rowKey(row);
  return [whoOf(ctx, row), ctx.t(`state.${row.status}`), fieldOrText(ctx, row, "grade", `${key}|grade`),
    fieldOrText(ctx, row, "exam_date", `${key}|exam_date`), ...(points ? [pointsCell(ctx, row, key)] : [])];
}

function rowButtons(ctx, row, span) {
  const { t, seen, ui } = ctx;
  const key = rowKey(row);
  const button = (action) => h("button", { type: "button",
    class: actionClass(ctx, action, row.actions.includes(action)),
    dataset: { focus: `${key}|${action}`, action },
    onclick: () => {
      if (opensForm(ctx, action)) {
        ctx.go("openForm", { key, action, to: `${key}|form` });
      } else {
        const params = paramsFor(ctx, row, action);
        forget(ctx, row);
        ctx.act(action, params, rowAnchor(row));
      }
    } }, buttonLabel(ctx, action));
  const primary = row.actions.filter((a) => seen.forms[a].screen === ui.screen);
  const others = seen.row_actions.filter((a) => !primary.includes(a));
  const why = whyNot(ctx, row);
  const more = h("details", { class: "ladok-more" },
    h("summary", { dataset: { focus: `${key}|more` }, "aria-describedby": why?.id }, t("ui.more_functions")),
    h("div", { class: "ladok-buttons" }, ...others.map(button)));
  const extra = row.fields.filter((name) => !IN_COLUMNS.has(name) && !PEOPLE_KINDS[kindOf(ctx, name)])
    .map((name) => h("label", { class: "ladok-comment" }, t(`ui.${name}`), " ",
      field(ctx, row, name, `${key}|${name}`)));
  return h("tr", { class: "ladok-row-actions" }, h("td", { colspan: span },
    why, h("div", { class: "ladok-buttons" }, ...extra, ...primary.map(button), more)));
}

// Why nothing can be done on the row, when the view says it is because of whom the row is about (a student
// registered on another course): said on the row, in the engine's words, before anything is tried.
function whyNot(ctx, row) {
  if (!row.why_not) return null;
  return h("p", { class: "ladok-hint ladok-why-not", id: `${ctx.scenario}-why-${rowKey(row)}` },
    row.why_not.text[ctx.lang]);
}

// An action that names people opens its form on the row: the button on the row is the screen's own word
// ("Mark as ready"), the form's send button the action's full name ("Mark as ready and notify").
function buttonLabel(ctx, action) {
  return opensForm(ctx, action) && ctx.t.has(`ui.${action}`) ? ctx.t(`ui.${action}`) : ctx.t(`action.${action}`);
}

// The form of an action that names people (Graded by, Notify), in the order of Ladok's screen; people from the
// view, the first chosen as the view says until the reader chooses another.
function rowForm(ctx, row, action, span) {
  const { t, seen } = ctx;
  const key = rowKey(row);
  const form = `${key}|form`; // what the reader chose in it, kept in the store like a row's fields
  const people = seen.forms[action].fields.filter((f) => PEOPLE_KINDS[f.kind]);
  const chosen = (f) => ctx.typed(form)[f.name] ?? seen.people[PEOPLE_KINDS[f.kind][1]];
  const inputs = people.flatMap((f, i) => {
    const select = h("select", { id: `${ctx.scenario}-${f.name}`, dataset: i ? {} : { focus: form },
      onchange: (event) => ctx.edit(form, f.name, event.currentTarget.value) },
    ...seen.people[PEOPLE_KINDS[f.kind][0]].map((p) => h("option", { value: p.id, selected: p.id === chosen(f) },
      ctx.personName(p))));
    return [h("label", { for: select.id }, t(`ui.${f.name}`)), select];
  });
  const send = () => {
    const extra = Object.fromEntries(people.map((f) => [f.name, chosen(f)]));
    ctx.forget(form);
    ctx.act(action, paramsFor(ctx, row, action, extra), rowAnchor(row));
  };
  // Its own key: opened above an outcome, it is added, and the outcome's row stays the element it was.
  return h("tr", { class: "ladok-row-form", dataset: { key: "form" } }, h("td", { colspan: span }, h("fieldset", {
    class: "ladok-markready" },
    h("legend", {}, `${buttonLabel(ctx, action)}: ${shortWho(row)}, ${ctx.targetName(row.target)}`), ...inputs,
    h("button", { type: "button", class: "md-button md-button--primary", dataset: { focus: `${key}|send` },
      onclick: send }, t(`action.${action}`)),
    h("button", { type: "button", class: "md-button", onclick: () => {
      ctx.forget(form);
      ctx.go("closeForm", { to: `${key}|${action}` });
    } }, t("ui.cancel")))));
}
