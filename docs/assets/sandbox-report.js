// The report screen, as in Ladok: one module at a time (a picker of the course's modules and the course grade),
// a row per student with grade, examination date and, where the module has them, examination points; the row's
// buttons; "Mark as ready" opening its form with Graded by and Notify; removal under More functions.
// Which buttons a role may use comes from the engine's view; the others still answer, with Ladok's reason.
import { h } from "./ui.js";

const ON_CERTIFY_SCREEN = new Set(["certify"]); // done on the certify screen; here only under More functions
const NOT_ON_A_ROW = new Set(["setup_activity", "transfer_from_inspera"]);

export function rowAnchor(row) {
  return `row:${row.target}|${row.student || row.ref || row.code}`;
}

export function reportScreen(ctx) {
  const { t, seen, ui } = ctx;
  const targets = [...seen.course.modules.map((m) => m.code), "COURSE"];
  if (!targets.includes(ui.module)) ui.module = targets[0];
  const picker = h("div", { class: "ladok-picker", role: "group", "aria-label": t("ui.module") },
    ...targets.map((code) => h("button", {
      type: "button", class: `md-button${code === ui.module ? " md-button--primary" : ""}`,
      "aria-pressed": String(code === ui.module), dataset: { focus: `module|${code}` },
      onclick: () => { ui.module = code; ui.markReady = null; ctx.redraw(`module|${code}`); },
    }, ctx.targetName(code))));
  const rows = seen.rows.filter((r) => r.target === ui.module);
  const module = seen.course.modules.find((m) => m.code === ui.module);
  const points = module && (ui.points.has(ui.module) || rows.some((r) => r.points) || ctx.stepWants("points"));
  const course = seen.course;
  const instance = h("p", { class: "ladok-course" },
    `${course.code} ${course.name[ctx.lang]}, ${t("ui.course_instance").toLowerCase()} ${course.instance}`);
  return [instance, picker, moduleHeading(ctx, module), resultTable(ctx, rows, points), annotations(ctx, module, points)];
}

function moduleHeading(ctx, module) {
  const { t, seen, lang } = ctx;
  const hp = module ? module.hp : seen.course.hp;
  const scale = module ? module.scale : seen.course.scale;
  return h("h4", { class: "ladok-module" }, `${ctx.targetName(ctx.ui.module)} (${t("ui.module_hp", {
    hp: lang === "sv" ? String(hp).replace(".", ",") : hp, scale: t(`scale.${scale}`) })})`);
}

function annotations(ctx, module, shown) {
  if (!module || shown) return null;
  const { t, ui } = ctx;
  return h("details", { class: "ladok-more" }, h("summary", {}, t("ui.results_annotations")),
    h("button", { type: "button", class: "md-button", onclick: () => {
      ui.points.add(ui.module);
      ctx.redraw(`${ui.module}|points`);
    } }, `${t("ui.new_annotation")}: ${t("ui.add_points")}`));
}

function resultTable(ctx, rows, points) {
  const { t } = ctx;
  const head = ["ui.student", "ui.status", "ui.grade", "ui.exam_date", ...(points ? ["ui.points"] : [])];
  const body = rows.flatMap((row) => resultRow(ctx, row, points, head.map((k) => t(k))));
  return h("div", { class: "ladok-table" }, h("table", { class: "ladok-stack" },
    h("thead", {}, h("tr", {}, ...head.map((k) => h("th", { scope: "col" }, t(k))))), h("tbody", {}, body)));
}

function resultRow(ctx, row, points, labels) {
  const { t, runtime, ui } = ctx;
  const anchor = rowAnchor(row);
  const key = `${anchor}|${["none", "draft", "ready"].includes(row.status) ? "working" : "standing"}`;
  const who = row.name ? `${row.name} (${row.student})` : `${row.code} ${t("ui.hidden")}`;
  const label = (k) => `${t(k)}, ${row.name || row.code}, ${ctx.targetName(row.target)}`;
  const grade = h("select", { "aria-label": label("ui.grade"), dataset: { focus: `${key}|grade` } },
    h("option", { value: "" }, t("ui.no_grade")),
    ...row.grades.map((g) => h("option", { value: g, selected: g === row.grade }, g)));
  const date = h("input", { type: "text", inputmode: "numeric", size: 10, value: row.exam_date,
    placeholder: t("ui.date_hint"), "aria-label": label("ui.exam_date"), dataset: { focus: `${key}|date` } });
  const score = h("input", { type: "text", size: 5, value: row.points, "aria-label": label("ui.points"),
    dataset: { focus: `${key}|points` } });
  const visible = h("input", { type: "checkbox", checked: row.points_visible, "aria-label": label("ui.points_visible"),
    dataset: { focus: `${key}|visible` } });
  const comment = h("input", { type: "text", size: 22, maxlength: 500, value: row.comment || "",
    "aria-label": label("ui.comment"), dataset: { focus: `${key}|comment` } });
  const subject = row.student ? { student: row.student, target: row.target } : { result: row.ref, target: row.target };
  const paramsFor = (action) => {
    if (action === "save_draft") {
      return { ...subject, grade: grade.value, exam_date: date.value.trim(), points: points ? score.value.trim() : "",
        points_visible: points ? visible.checked : false };
    }
    if (action === "comment" || action === "unmark_ready") return { ...subject, comment: comment.value.trim() };
    if (action === "certify") {
      const changes = {};
      if (grade.value && grade.value !== row.grade) changes.grade = grade.value;
      if (date.value.trim() && date.value.trim() !== row.exam_date) changes.exam_date = date.value.trim();
      return { ...subject, ...changes };
    }
    return subject;
  };
  const button = (action) => h("button", { type: "button",
    class: `md-button ladok-action${row.actions.includes(action) ? " md-button--primary" : ""}`,
    dataset: { focus: `${key}|${action}`, action },
    onclick: () => {
      if (action === "mark_ready") {
        ui.markReady = anchor;
        ctx.redraw(`${anchor}|graded-by`);
      } else {
        ctx.act(action, paramsFor(action), anchor);
      }
    } }, t(action === "mark_ready" ? "ui.mark_ready" : `action.${action}`));
  const primary = row.actions.filter((a) => !ON_CERTIFY_SCREEN.has(a));
  const others = runtime.rules.actions.filter((a) => !primary.includes(a) && !NOT_ON_A_ROW.has(a));
  const more = h("details", { class: "ladok-more" }, h("summary", { dataset: { focus: `${key}|more` } },
    t("ui.more_functions")), h("div", { class: "ladok-buttons" }, ...others.map(button)));
  const cells = [who, t(`state.${row.status}`), grade, date,
    ...(points ? [h("span", {}, score, " ", h("label", { class: "ladok-visible" }, visible, t("ui.visible_short")))] : [])];
  const rowsOut = [
    h("tr", { class: "ladok-row", dataset: { anchor } }, ...cells.map((c, i) => h("td", { "data-label": labels[i] }, c))),
    h("tr", { class: "ladok-row-actions" }, h("td", { colspan: labels.length },
      h("div", { class: "ladok-buttons" },
        ["draft", "ready"].includes(row.status) && row.actions.length
          ? h("label", { class: "ladok-comment" }, t("ui.comment"), " ", comment) : null,
        ...primary.map(button), more))),
  ];
  if (ui.markReady === anchor && row.status === "draft") rowsOut.push(markReadyForm(ctx, row, subject, labels.length));
  const message = ctx.outcomeFor(anchor);
  if (message) rowsOut.push(h("tr", { class: "ladok-row-outcome" }, h("td", { colspan: labels.length }, message)));
  return rowsOut;
}

// Mark as ready: Graded by and Notify, then "Mark as ready and notify" sends it, in the order of Ladok's screen.
function markReadyForm(ctx, row, subject, span) {
  const { t, state, seen, ui } = ctx;
  const staff = state.people.filter((p) => !p.roles.includes("student"));
  const options = (chosen) => staff.map((p) => h("option", { value: p.id, selected: p.id === chosen },
    ctx.personLabel(p)));
  const me = ctx.me();
  const grader = me.roles.some((r) => r === "teacher" || r === "examiner") ? me.id
    : (staff.find((p) => p.roles.includes("teacher")) || me).id;
  const anchor = rowAnchor(row);
  const gradedBy = h("select", { id: `${ctx.scenario}-graded-by`, dataset: { focus: `${anchor}|graded-by` } },
    options(grader));
  const notify = h("select", { id: `${ctx.scenario}-notify` }, options(seen.course.examiners[0]));
  const form = h("fieldset", { class: "ladok-markready" },
    h("legend", {}, `${t("ui.mark_ready")}: ${row.name || row.code}, ${ctx.targetName(row.target)}`),
    h("label", { for: gradedBy.id }, t("ui.graded_by")), gradedBy,
    h("label", { for: notify.id }, t("ui.notify")), notify,
    h("button", { type: "button", class: "md-button md-button--primary", dataset: { focus: `${anchor}|send` },
      onclick: () => ctx.act("mark_ready", { ...subject, graded_by: gradedBy.value, notify: notify.value }, anchor) },
    t("action.mark_ready")),
    h("button", { type: "button", class: "md-button", onclick: () => {
      ui.markReady = null;
      ctx.redraw(`${anchor}|working|mark_ready`);
    } }, t("ui.cancel")));
  return h("tr", { class: "ladok-row-form" }, h("td", { colspan: span }, form));
}
