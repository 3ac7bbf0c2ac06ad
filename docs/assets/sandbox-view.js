// The sandbox on screen: its frame (notices, the roles, the status line, the guided step, the screens' tabs, the
// screen, the log) and `draw`, a function of what the store holds, which shapes the page to it (sandbox-morph.js)
// and then puts focus where the last update asked. Feedback stays where the reader is: an outcome is shown beside
// what they acted on and in the status line that sticks to the top of the sandbox. No Ladok rule here.
import { activityScreen } from "./sandbox-activity.js";
import { certifyScreen } from "./sandbox-certify.js";
import { guideStep, journal, roleButtons, stepRow } from "./sandbox-guide.js";
import { insperaScreen } from "./sandbox-inspera.js";
import { lmsScreen } from "./sandbox-lms.js";
import { memoizer, morphChildren } from "./sandbox-morph.js";
import { registrationScreen } from "./sandbox-registration.js";
import { reportScreen } from "./sandbox-report.js";
import { searchScreen, studentScreen } from "./sandbox-screens.js";
import { needsRows } from "./sandbox-state.js";
import { focusOn, h, outcomeMessage, roving } from "./ui.js";

// How each screen the view names (`view.screens`) is drawn, and its tab's label.
const SCREENS = { report: reportScreen, certify: certifyScreen, activities: activityScreen, search: searchScreen,
  registration: registrationScreen, inspera: insperaScreen, lms: lmsScreen };
const SCREEN_LABELS = { report: "ui.report_results", certify: "action.certify", activities: "ui.activities",
  search: "ui.tab_search", registration: "ui.tab_registration", inspera: "ui.tab_inspera", lms: "ui.tab_lms" };

// The frame, once; `intents` are the controller's (act, go, switchRole, reset, copyLink...).
export function frame({ box, t, lang, runtime, scenario, store, intents }) {
  const parts = {
    saving: h("div", { class: "ladok-saving" }), // sandbox-save.js's own notices: storage, another tab
    notices: h("div", { class: "ladok-notice-list" }),
    roles: h("div", { class: "ladok-roles", "aria-label": t("ui.act_as") }),
    status: h("div", { class: "ladok-statusbar", role: "status" }),
    guide: h("div", { class: "ladok-guide" }),
    heading: h("h4", { class: "ladok-viewing", tabindex: "-1" }),
    tabs: h("div", { class: "ladok-tabs", "aria-label": t("ui.screens") }),
    view: h("div", { class: "ladok-view" }),
    link: h("input", { type: "text", readonly: true, class: "ladok-link", "aria-label": t("ui.link_label") }),
    log: h("ol", { class: "ladok-log", role: "log", "aria-label": t("ui.log") }),
  };
  const linkRow = h("p", { class: "ladok-linkrow", hidden: true }, h("label", {}, t("ui.link_label"), " ", parts.link));
  // The status line sticks below the header; what is scrolled into view keeps clear of it (guide.css).
  new ResizeObserver(() => box.style.setProperty("--ladok-status-height", `${parts.status.offsetHeight}px`))
    .observe(parts.status);
  // Starting over and copying a link come last, after the view: between the roles and the rows they were two more
  // Tab stops on every way from an outcome back to the roles.
  box.append(h("div", { class: "ladok-notices" }, parts.saving, parts.notices),
    h("div", { class: "ladok-toolbar" }, h("span", { class: "ladok-label" }, t("ui.act_as")), parts.roles),
    parts.status, parts.guide, parts.heading, parts.tabs, parts.view,
    h("div", { class: "ladok-toolbar ladok-toolbar-end" },
      h("button", { type: "button", class: "md-button", onclick: () => intents.reset() }, t("ui.reset")),
      h("button", { type: "button", class: "md-button", onclick: () => intents.copyLink() }, t("ui.copy_link"))),
    linkRow, h("details", { class: "ladok-history" }, h("summary", {}, t("ui.log")), parts.log));
  const env = { t, lang, runtime, scenario, store, intents, memo: memoizer(), log: new WeakMap() };
  const drawn = new Map(); // each part of the frame: what it was last drawn from
  let focused = 0; // the last focus request placed
  function draw(s) {
    if (!s.work || !s.seen || needsRows(s)) return; // the rows asked for are on their way
    try {
      shape(s);
      env.memo.drawn();
    } catch (error) {
      env.memo.failed();
      drawn.clear();
      throw error;
    }
    if (s.focus && s.focus.n !== focused) {
      focused = s.focus.n;
      place(parts, s, s.focus.to);
    }
  }
  // A part of the frame is drawn again only when what it is drawn from changed (compared value by value): an action
  // changes a row, the status line and the log, not the roles, the tabs or the notices.
  function part(name, from, build) {
    const last = drawn.get(name);
    if (last && last.length === from.length && last.every((value, i) => value === from[i])) return false;
    drawn.delete(name);
    morphChildren(parts[name], build());
    drawn.set(name, from);
    return true;
  }
  function shape(s) {
    const ctx = context(env, s);
    const { actor, state } = s.work;
    const people = JSON.stringify(state.people);
    part("notices", [s.notices], () => s.notices.map((n) => notice(ctx, n)));
    if (part("roles", [people, actor], () => roleButtons(state.people, actor, ctx.personLabel, intents.switchRole))) {
      roving(parts.roles);
    }
    part("guide", [JSON.stringify(s.guide), people, actor], () => guideStep({ guide: s.guide, t, lang, actor,
      label: ctx.personLabel, switchRole: intents.switchRole }));
    part("heading", [people, actor], () => [t("ui.view_of", { name: ctx.personLabel(actor) })]);
    const screens = s.seen.screens.filter((name) => SCREENS[name]);
    parts.tabs.toggleAttribute("hidden", !screens.length);
    if (part("tabs", [screens.join(), s.screen], () => screens.map((name) => tab(ctx, name)))) roving(parts.tabs);
    morphChildren(parts.view, screens.length ? SCREENS[s.screen](ctx) : studentScreen(ctx));
    part("status", [s.said], () => (s.said?.outcome ? [outcomeView(t, s.said.outcome)] : [s.said?.text]));
    part("log", [s.work.log, actor], () => journal(s.work, env.log));
    linkRow.toggleAttribute("hidden", s.link === null);
    if (s.link !== null && parts.link.value !== s.link) parts.link.value = s.link;
  }
  return { draw, saving: parts.saving };
}

function tab(ctx, name) {
  const chosen = name === ctx.ui.screen;
  return h("button", { type: "button", class: `md-button${chosen ? " md-button--primary" : ""}`,
    "aria-pressed": String(chosen), dataset: { focus: `screen|${name}` },
    onclick: () => ctx.go("screen", { screen: name, to: `screen|${name}` }) }, ctx.t(SCREEN_LABELS[name]));
}

function notice(ctx, { key, kind, offer = [] }) {
  const buttons = offer.map(({ label, intent }) => h("button", { type: "button", class: "md-button",
    onclick: () => ctx.intents[intent]() }, ctx.t(label)));
  return h("p", { class: `ladok-notice ladok-notice-${kind}`, role: kind === "error" ? "alert" : null,
    dataset: { key } }, ctx.t(key), ...buttons.flatMap((b) => [" ", b]));
}

// An outcome, and, when it could not be saved, why, so "Done" never reads as saved.
function outcomeView(t, outcome, attrs) {
  const message = outcomeMessage(t, outcome, attrs);
  if (outcome.unsaved) message.append(" ", h("span", { class: "ladok-unsaved" }, t(`ui.not_saved.${outcome.unsaved}`)));
  return message;
}

// What the screens draw from: the store's state as drawn, helpers on it, and the controller's intents.
function context({ t, lang, runtime, scenario, store, intents, memo }, s) {
  const person = (id) => s.work.state.people.find((p) => p.id === id);
  let viewKey = null; // what every row's drawing reads of the view besides the row itself
  const seenKey = () => viewKey ?? (viewKey = JSON.stringify([lang, s.seen.forms, s.seen.row_actions, s.seen.people,
    s.seen.course]));
  const personLabel = (id) => `${t(`role.${person(id).roles[0]}`)} – ${person(id).name}`;
  const step = () => (s.guide && !s.guide.done ? s.guide.steps[s.guide.step] : null);
  return {
    t, lang, runtime, scenario, intents, ui: s, seen: s.seen, options: s.options, state: s.work.state,
    personLabel,
    personName: (p) => (person(p.id) ? personLabel(p.id) : p.name),
    targetName: (code) => s.seen.course.targets.find((x) => x.code === code)?.name[lang] || code,
    step,
    stepWants: (param) => Boolean(step() && param in step().params && step().params.target === s.options.target),
    outcomeFor: (anchor) => (s.outcome && s.outcome.anchor === anchor
      ? outcomeView(t, s.outcome, { id: `${scenario}-outcome` }) : null),
    // What the reader has typed on a row or form so far: read when a handler runs, not when it was drawn.
    // A part of a screen drawn again only when `deps` (and the view besides its rows) changed (sandbox-morph.js).
    memo: (key, deps, build) => memo(key, JSON.stringify([seenKey(), deps]), build),
    typed: (key) => store.state.edits[key] || {},
    edit: (key, name, value) => store.dispatch("edit", { key, name, value }),
    forget: (key) => store.dispatch("forget", { key }),
    go: intents.go, act: intents.act, actMany: intents.actMany, search: intents.search, tell: intents.tell,
  };
}

function place(parts, s, key) {
  if (key === "outcome") {
    focusOn(parts.view.querySelector(".ladok-outcome") || parts.status);
  } else if (key === "link") {
    parts.link.select();
    focusOn(parts.link);
  } else {
    const target = key === "view" ? null : key === "step" ? stepRow(parts.view, s.guide)
      : parts.view.closest(".ladok-box").querySelector(`[data-focus="${CSS.escape(key || "")}"]`);
    focusOn(target || parts.heading);
  }
}
