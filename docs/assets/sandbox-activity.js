// The activity sessions screen: creating a session (an action on the course, whose fields come from `forms`), and
// a session's own certify view, as the Inspera pages describe it: the session's results by anonymisation code,
// with names beside the codes for those allowed to see them, and Ladok's status filter (Klarmarkerade,
// Attesterade), so a code can be found while certifying and after. Which rows, names and filters: the view's
// `activities` and `activity`.
import { certifyList } from "./sandbox-certify.js";
import { pager } from "./sandbox-parts.js";
import { h, roving } from "./ui.js";

export const ACTIVITY_ANCHOR = "activity";

export function activityScreen(ctx) {
  const { t, seen } = ctx;
  const parts = [h("h4", { class: "ladok-module" }, t("ui.activities")), ...courseForms(ctx)];
  if (!seen.activities.length || !seen.activity) {
    parts.push(h("p", {}, t("ui.no_activities")));
    return parts;
  }
  parts.push(sessionPicker(ctx), h("h5", {}, t("ui.activity_certify")), statusFilter(ctx));
  const data = seen.activity;
  if (data.rows.length) parts.push(...certifyList(ctx, data.rows, { anchor: ACTIVITY_ANCHOR, codes: true }));
  else parts.push(h("p", {}, t("ui.no_rows_with_status")), ctx.outcomeFor(ACTIVITY_ANCHOR));
  parts.push(pager(ctx, data, "activity_page"));
  return parts;
}

function sessionPicker(ctx) {
  const { t, seen } = ctx;
  const chosen = seen.activity.id;
  return roving(h("div", { class: "ladok-picker", "aria-label": t("ui.activity") },
    ...seen.activities.map((a) => h("button", { type: "button",
      class: `md-button${a.id === chosen ? " md-button--primary" : ""}`, "aria-pressed": String(a.id === chosen),
      dataset: { focus: `activity|${a.id}` },
      onclick: () => ctx.go("activity", { activity: a.id, to: `activity|${a.id}` }) },
    t("ui.activity_of", { activity: a.id, target: ctx.targetName(a.target), date: a.date, count: a.count })))));
}

function statusFilter(ctx) {
  const { t, seen } = ctx;
  const data = seen.activity;
  return roving(h("div", { class: "ladok-picker ladok-filter", "aria-label": t("ui.filter_by_status") },
    ...data.filters.map((f) => h("button", { type: "button",
      class: `md-button${f === data.status ? " md-button--primary" : ""}`, "aria-pressed": String(f === data.status),
      dataset: { focus: `filter|${f}` }, onclick: () => ctx.go("status", { status: f, to: `filter|${f}` }) },
    t(`ui.filter_${f}`)))));
}

// The actions on the course that belong on this screen (Create activity session), each with the inputs its
// fields' kinds ask for, keeping what the reader typed in the store.
function courseForms(ctx) {
  const { t, seen, ui } = ctx;
  return Object.entries(seen.forms).filter(([, form]) => form.on_course && form.screen === ui.screen)
    .flatMap(([action, form]) => {
      const anchor = `course:${action}`;
      const typed = ui.edits[anchor] || {};
      const inputs = form.fields.map((f) => courseInput(ctx, f, `${action}|${f.name}`, typed[f.name],
        (event) => ctx.edit(anchor, f.name, event.currentTarget.value)));
      const send = () => {
        const now = ctx.typed(anchor);
        const first = (f) => (f.kind === "module" ? firstModule(ctx) : "");
        const params = Object.fromEntries(form.fields.map((f) => [f.name, String(now[f.name] ?? first(f)).trim()]));
        ctx.act(action, params, anchor);
      };
      return [h("div", { class: "ladok-inline", role: "group", "aria-label": t("ui.create_activity") },
        ...inputs, h("button", { type: "button", class: "md-button", dataset: { focus: `${action}|send` },
          onclick: send }, t(`action.${action}`))), ctx.outcomeFor(anchor)];
    });
}

const modules = (ctx) => ctx.seen.course.targets.filter((x) => !x.course_grade);
const firstModule = (ctx) => modules(ctx)[0]?.code ?? "";

const COURSE_INPUTS = {
  module: (ctx, value, attrs) => h("select", attrs, ...modules(ctx)
    .map((x) => h("option", { value: x.code, selected: x.code === value }, x.name[ctx.lang]))),
  date: (ctx, value, attrs) => h("input", { type: "text", size: 10, placeholder: ctx.t("ui.date_hint"),
    value: value ?? "", ...attrs }),
};

function courseInput(ctx, f, focus, value, keep) {
  const label = ctx.t(f.kind === "module" ? "ui.module" : "ui.date");
  return (COURSE_INPUTS[f.kind] || COURSE_INPUTS.date)(ctx, value, { "aria-label": label, dataset: { focus },
    oninput: keep, onchange: keep });
}
