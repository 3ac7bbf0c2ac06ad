// What the staff screens share: a row's inputs drawn from the kinds of the fields the engine's view names, the
// values an action takes from the row (its subject, as the view names it, and those fields), tables that stack on a
// phone, paging and the search box. Which fields a row shows and which actions take which fields come from the
// view (`row.fields`, `forms`); nothing here knows a Ladok rule.
import { h } from "./ui.js";

// A row's place on screen: the student, or the code for a viewer who sees only codes, on one target.
export function rowAnchor(row) {
  return `row:${row.target}|${row.student || row.code || row.ref}`;
}

// What the row shows of the student: name and personal identity number, or the anonymisation code alone.
export function whoOf(ctx, row) {
  return row.name ? `${row.name} (${row.student})` : `${row.code} ${ctx.t("ui.hidden")}`;
}

// The short form for labels: exactly what the row shows, never more.
export const shortWho = (row) => row.name || row.code;

// The people a field of this kind offers, and the one chosen first (from the view's `people`).
export const PEOPLE_KINDS = { grader: ["graders", "default_grader"], examiner: ["examiners", "default_notify"] };

export function opensForm(ctx, action) {
  return ctx.seen.forms[action].fields.some((f) => PEOPLE_KINDS[f.kind]);
}

export function kindOf(ctx, name) {
  for (const form of Object.values(ctx.seen.forms)) {
    const field = form.fields.find((f) => f.name === name);
    if (field) return field.kind;
  }
  return "comment";
}

// A row and the result on it: a student's row may stand twice, once for a standing and once for a working result.
export const rowKey = (row) => `${rowAnchor(row)}|${row.working ? "working" : "standing"}`;

export function forget(ctx, row) {
  ctx.forget(rowKey(row));
}

// A field's value as the reader left it: what they typed or chose, else the row's own.
export function valueOf(ctx, row, name) {
  const changes = ctx.typed(rowKey(row));
  const value = name in changes ? changes[name] : row[name];
  return typeof value === "string" ? value.trim() : value;
}

// The engine's limits on what a field takes (describe()'s `limits`), so that a field never takes more.
export const limits = (ctx) => ctx.runtime.rules.limits;

// A button's look: an action that takes a result away (the engine's `limits.destructive`) never looks like the
// main one; otherwise the main look when `main`.
export function actionClass(ctx, action, main) {
  if (limits(ctx).destructive.includes(action)) return "md-button ladok-action ladok-destructive";
  return `md-button ladok-action${main ? " md-button--primary" : ""}`;
}

const INPUTS = {
  grade: (ctx, row, value, attrs) => h("select", attrs, h("option", { value: "" }, ctx.t("ui.no_grade")),
    ...row.grades.map((g) => h("option", { value: g, selected: g === value }, g))),
  date: (ctx, row, value, attrs) => h("input", { type: "text", inputmode: "numeric", size: 10, value,
    placeholder: ctx.t("ui.date_hint"), ...attrs }),
  points: (ctx, row, value, attrs) => h("input", { type: "text", size: 5, maxlength: limits(ctx).points_chars, value,
    ...attrs }),
  comment: (ctx, row, value, attrs) => h("input", { type: "text", size: 22, maxlength: limits(ctx).comment_chars,
    value, ...attrs }),
  flag: (ctx, row, value, attrs) => h("input", { type: "checkbox", checked: Boolean(value), ...attrs }),
};

// The input for one of a row's fields, showing what the reader typed (kept in the store, not drawn again).
export function field(ctx, row, name, focus) {
  const kind = kindOf(ctx, name);
  const key = rowKey(row);
  const changes = ctx.ui.edits[key] || {};
  const value = name in changes ? changes[name] : row[name] ?? "";
  const label = `${ctx.t(`ui.${name}`)}, ${shortWho(row)}, ${ctx.targetName(row.target)}`;
  const keep = (event) => ctx.edit(key, name, event.currentTarget.type === "checkbox" ? event.currentTarget.checked
    : event.currentTarget.value);
  return (INPUTS[kind] || INPUTS.comment)(ctx, row, value, { "aria-label": label, dataset: { focus }, oninput: keep,
    onchange: keep });
}

// An input where the row takes the field, its value as plain text otherwise.
export function fieldOrText(ctx, row, name, focus) {
  return row.fields.includes(name) ? field(ctx, row, name, focus) : String(row[name] || "–");
}

// What an action takes from a row: the row's subject as the view gives it (`row.subject`, the very subject its
// `actions` were decided with: the row's own result, never another beside it), then each field the action
// declares, as the reader left it.
export function paramsFor(ctx, row, action, extra = {}) {
  const params = { ...row.subject };
  for (const f of ctx.seen.forms[action].fields) {
    const value = valueOf(ctx, row, f.name);
    if (value !== undefined && value !== null) params[f.name] = value;
  }
  return { ...params, ...extra };
}

// A table that stacks into cards on a phone; `body` is its rows, or its row groups (a <tbody> each, so that one
// row's group can be drawn again alone).
export function table(labels, body, attrs = {}) {
  const groups = body.length && body.every((part) => part.tagName === "TBODY") ? body : [h("tbody", {}, body)];
  return h("div", { class: "ladok-table" }, h("table", { class: "ladok-stack", ...attrs },
    h("thead", {}, h("tr", {}, ...labels.map((l) => h("th", { scope: "col" }, l)))), ...groups));
}

export function cells(labels, values) {
  return values.map((c, i) => h("td", { "data-label": labels[i] || null }, c));
}

// Paging controls for one screen's list; `key` is the view's option that holds the page.
export function pager(ctx, data, key) {
  if (!data || data.pages <= 1) return null;
  const { t } = ctx;
  const go = (page, to) => ctx.go("paged", { key, page, to });
  return h("nav", { class: "ladok-pager", "aria-label": t("ui.paging") },
    h("button", { type: "button", class: "md-button", disabled: data.page === 0, dataset: { focus: `${key}|prev` },
      onclick: () => go(data.page - 1, `${key}|prev`) }, t("ui.page_prev")),
    h("span", { role: "status" }, t("ui.page_of", { n: data.page + 1, total: data.pages, count: data.total })),
    h("button", { type: "button", class: "md-button", disabled: data.page >= data.pages - 1,
      dataset: { focus: `${key}|next` }, onclick: () => go(data.page + 1, `${key}|next`) }, t("ui.page_next")));
}

export const LIST_SEARCH = "list-search";

// The search box over the report screen's list: name, personal identity number (with or without its hyphen) or
// code, only among what the viewer sees; the engine does the matching.
export function listSearch(ctx, data) {
  const { t } = ctx;
  const typed = ctx.ui.edits[LIST_SEARCH]?.query;
  // Built again only when what it shows changed: its handlers read the store when they run.
  const form = ctx.memo(LIST_SEARCH, [typed ?? null, data.query || ""], () => searchForm(ctx, data, typed));
  const parts = [form];
  if (data.query) {
    const said = data.total ? t("ui.search_found", { count: data.total, query: data.query })
      : t("ui.search_none", { query: data.query });
    parts.push(h("p", { class: "ladok-inline", role: "status" }, said, " ", h("button", { type: "button",
      class: "md-button", dataset: { focus: "list-search|clear" },
      onclick: () => ctx.go("query", { query: "", to: "list-search|input" }) }, t("ui.search_clear"))));
  }
  parts.push(ctx.outcomeFor(LIST_SEARCH));
  return parts;
}

function searchForm(ctx, data, typed) {
  const { t } = ctx;
  const input = h("input", { type: "search", size: 18, id: `${ctx.scenario}-list-search`,
    value: typed ?? (data.query || ""), dataset: { focus: "list-search|input" },
    oninput: (event) => ctx.edit(LIST_SEARCH, "query", event.currentTarget.value) });
  const form = h("form", { class: "ladok-inline ladok-search-rows", role: "search", onsubmit: (event) => {
    event.preventDefault();
    const query = (ctx.typed(LIST_SEARCH).query ?? data.query ?? "").trim();
    ctx.forget(LIST_SEARCH);
    if (!query) {
      ctx.tell(LIST_SEARCH, { kind: "refused", text: t("ui.search_empty") });
      return;
    }
    ctx.go("query", { query, to: "list-search|input" });
  } }, h("label", { for: input.id }, t("ui.search_rows")), input,
  h("button", { type: "submit", class: "md-button", dataset: { focus: "list-search|go" } },
    t("ui.search_rows_button")));
  return form;
}
