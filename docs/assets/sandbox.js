// The practice sandbox: the reader acts in a made-up course as any role, and the engine (Python, in a worker)
// decides. This module holds the reader's work and draws the screens; every text comes from the engine's catalog
// in the page's language, and nothing here knows a Ladok rule.
//
// Feedback stays where the reader is: each outcome is shown beside what they acted on and in a status line that
// sticks to the top of the sandbox; focus moves to that outcome, to the view after a change of role, and to the
// heading after opening. The reader's own work is saved under its own key, and a shared link opens as a visit
// beside it, never over it.
import { activityScreen } from "./sandbox-activity.js";
import { certifyScreen } from "./sandbox-certify.js";
import { guideStep, journal, roleButtons, stepRow } from "./sandbox-guide.js";
import { insperaScreen } from "./sandbox-inspera.js";
import { hasLink, makeLink, takeLink } from "./sandbox-link.js";
import { lmsScreen } from "./sandbox-lms.js";
import { registrationScreen } from "./sandbox-registration.js";
import { reportScreen } from "./sandbox-report.js";
import { keeper } from "./sandbox-save.js";
import { searchScreen, studentScreen } from "./sandbox-screens.js";
import { newer, openStore, wellFormed } from "./sandbox-store.js";
import { boot, focusOn, h, outcomeMessage, roving, today } from "./ui.js";

// How each screen the view names (`view.screens`) is drawn, and its tab's label.
const SCREENS = { report: reportScreen, certify: certifyScreen, activities: activityScreen, search: searchScreen,
  inspera: insperaScreen, registration: registrationScreen, lms: lmsScreen };
const SCREEN_LABELS = { report: "ui.report_results", certify: "action.certify", activities: "ui.activities",
  search: "ui.tab_search", inspera: "ui.tab_inspera", registration: "ui.tab_registration", lms: "ui.tab_lms" };
// Which page of each screen is shown, as the view's options name them.
const PAGE_OPTIONS = { target: "module", page: "page", query: "query", certify_page: "certifyPage",
  activity: "activity", status: "status", activity_page: "activityPage", registration_page: "registrationPage" };

export async function mount(widget, { root, auto }) {
  const scenario = widget.dataset.scenario;
  const opened = await boot(widget, root, "ui.sandbox_title");
  if (!opened) return;
  const { lang, runtime, t, box, heading, call } = opened;
  const task = widget.dataset.task || null; // a self-check task: its own start, no guided steps, a goal to meet
  const storeName = task ? `${scenario}:task:${task}` : scenario;
  const store = openStore(storeName);
  let lastRefusal = null;

  let work = null; // what is shown: {state, actor, log}
  let own = null; // the reader's own work, kept aside while a link is visited
  let seen = null;
  let guide = null;
  let outcome = null; // the last action's outcome: {anchor, kind, text}
  let drawn = null; // the view an action's answer brought, drawn next instead of asking again
  const ui = { screen: "report", module: null, page: 0, query: "", certifyPage: 0, activity: null, status: null,
    activityPage: 0, form: null, points: new Set(), selected: new Set(), confirming: null, edits: new Map(),
    inspera: {} };
  const clearScreen = () => Object.assign(ui, { form: null, confirming: null, selected: new Set(), edits: new Map(),
    inspera: {} });

  const notices = h("div", { class: "ladok-notices" });
  const roles = h("div", { class: "ladok-roles", "aria-label": t("ui.act_as") });
  const linkBox = h("input", { type: "text", readonly: true, class: "ladok-link", "aria-label": t("ui.link_label") });
  const linkRow = h("p", { class: "ladok-linkrow", hidden: true }, h("label", {}, t("ui.link_label"), " ", linkBox));
  const statusBar = h("div", { class: "ladok-statusbar", role: "status" });
  // The status line sticks below the header; what is scrolled into view keeps clear of it (guide.css).
  new ResizeObserver(() => box.style.setProperty("--ladok-status-height", `${statusBar.offsetHeight}px`))
    .observe(statusBar);
  const guideBox = h("div", { class: "ladok-guide" });
  const tabs = h("div", { class: "ladok-tabs", "aria-label": t("ui.screens") });
  const viewHeading = h("h4", { class: "ladok-viewing", tabindex: "-1" });
  const view = h("div", { class: "ladok-view" });
  const logList = h("ol", { class: "ladok-log", role: "log", "aria-label": t("ui.log") });
  // Starting over and copying a link come last, after the view: between the roles and the rows they were two more
  // Tab stops on every way from an outcome back to the roles.
  box.append(notices,
    h("div", { class: "ladok-toolbar" }, h("span", { class: "ladok-label" }, t("ui.act_as")), roles),
    statusBar, guideBox, viewHeading, tabs, view,
    h("div", { class: "ladok-toolbar ladok-toolbar-end" },
      h("button", { type: "button", class: "md-button", onclick: () => busy(reset) }, t("ui.reset")),
      h("button", { type: "button", class: "md-button", onclick: () => busy(copyLink) }, t("ui.copy_link"))),
    linkRow,
    h("details", { class: "ladok-history" }, h("summary", {}, t("ui.log")), logList));

  // --- the reader's work --------------------------------------------------------------------------------------
  const person = (id) => work.state.people.find((p) => p.id === id);
  const personLabel = (p) => `${t(`role.${p.roles[0]}`)} – ${p.name}`;
  const visiting = () => own !== null;

  const { add: log, draw: drawLog } = journal(logList, () => work);
  function notice(key, kind = "info", extra = null) {
    notices.append(h("p", { class: `ladok-notice ladok-notice-${kind}`, role: kind === "error" ? "alert" : null },
      t(key), extra ? " " : "", extra));
  }
  const saver = keeper({ store, t, notices, box, takeIn, current: () => ({ actor: work.actor, state: work.state,
    log: work.log }) });
  function save() {
    if (!visiting()) saver.save({ actor: work.actor, state: work.state, log: work.log });
  }

  // Another tab saved this exercise: show its work (or keep it as own work while a link is visited).
  async function takeIn(saved) {
    if (!wellFormed(saved.parsed, scenario)) return false;
    const candidate = { state: saved.parsed.state, actor: saved.parsed.actor, log: saved.parsed.log || [] };
    if (visiting()) {
      own = candidate;
      return true;
    }
    let taken = false;
    await busy(async () => {
      Object.assign(ui, { markReady: null, selected: new Set(), confirming: false });
      const shownOutcome = outcome;
      outcome = null;
      taken = (await usable(candidate)).ok;
      if (!taken) {
        outcome = shownOutcome;
        return;
      }
      drawLog();
      statusBar.replaceChildren(t("ui.other_tab_taken"));
    });
    return taken;
  }

  async function fresh() {
    const local = widget.dataset.registrationBy ? { registration_by: widget.dataset.registrationBy } : {};
    const answer = await call(task ? { op: "task", task, lang, ...local } : { op: "scenario", scenario, lang, ...local });
    guide = answer.guide || null; // so a new start opens where the first step is done
    return { state: answer.state, actor: answer.actor || answer.guide?.steps[0]?.actor || answer.state.people[0].id,
      log: [] };
  }

  // A state is used only when the engine reads it and the sandbox can draw it; otherwise it is not adopted.
  // What is drawn and kept is the state as the engine read it (a state of an earlier format, upgraded).
  async function usable(candidate) {
    const answer = await call({ op: "view", state: candidate.state, actor: candidate.actor, lang, options: {} });
    if (!answer.ok) return { ok: false, key: answer.error.key };
    const previous = work;
    try {
      work = { ...candidate, state: answer.state };
      render(answer);
      return { ok: true };
    } catch (error) {
      console.warn(error);
      work = previous;
      return { ok: false, key: "undrawable" };
    }
  }

  async function loadOwn() {
    const saved = store.read();
    if (saved && wellFormed(saved.parsed, storeName)) {
      const candidate = { state: saved.parsed.state, actor: saved.parsed.actor, log: saved.parsed.log || [] };
      const checked = await usable(candidate);
      store.adopt(saved.parsed);
      if (checked.ok) return { ...work, saved: true };
      store.keepAside(saved.raw, checked.key === "newer_state_version" ? "newer" : "damaged");
      notice(checked.key === "newer_state_version" ? "ui.newer_saved" : "ui.bad_saved", "error");
    } else if (saved && newer(saved.parsed)) {
      store.keepAside(saved.raw, "newer");
      notice("ui.newer_saved", "error");
    } else if (saved) {
      store.keepAside(saved.raw, "damaged");
      notice("ui.bad_saved", "error");
    }
    return fresh();
  }

  async function openLink() {
    const taken = await takeLink();
    const problem = taken.problem || (taken.payload?.scenario !== scenario ? "other_exercise" : null);
    if (problem) {
      notice({ too_large: "ui.link_too_large", damaged: "ui.bad_link", newer: "ui.link_newer",
        other_exercise: "ui.link_other_exercise" }[problem], "error");
      return;
    }
    const { state, actor } = taken.payload;
    const shown = work; // usable() draws the candidate, so remember what was shown before
    const candidate = { state, actor: typeof actor === "string" ? actor : "", log: [] };
    const checked = typeof actor === "string" ? await usable(candidate) : { ok: false, key: "malformed_state" };
    if (!checked.ok) {
      notice({ newer_state_version: "ui.link_newer", malformed_request: "ui.link_too_large" }[checked.key]
        || "ui.link_refused", "error");
      await usable(shown); // what was shown before stays
      return;
    }
    own = own || shown;
    notices.replaceChildren();
    notice("ui.link_loaded", "info", h("button", { type: "button", class: "md-button", onclick: () => busy(backToMine) },
      t("ui.back_to_mine")));
    log("info", t("ui.link_loaded"));
  }

  async function backToMine() {
    work = own;
    own = null;
    notices.replaceChildren();
    saver.show(store.status);
    outcome = null;
    log("info", t("ui.restored"));
    await draw("view");
    statusBar.replaceChildren(t("ui.restored"));
  }

  async function reset() {
    const started = await fresh();
    work = { ...started, log: [] };
    logList.replaceChildren();
    clearScreen();
    outcome = null;
    log("info", t("ui.reset_done"));
    followGuide();
    await draw("view");
    statusBar.replaceChildren(t("ui.reset_done"));
    save();
    await checkGoal(); // self-check hook (selfcheck-task.js): a task's Check answer no longer holds after a new start
  }

  async function copyLink() {
    const link = await makeLink({ scenario, actor: work.actor, state: work.state });
    linkBox.value = link;
    linkRow.hidden = false;
    linkBox.select();
    try {
      await navigator.clipboard.writeText(link);
    } catch (e) { /* the link is selected in the box for copying by hand */ }
    statusBar.replaceChildren(t("ui.link_copied"));
    focusOn(linkBox);
  }

  // --- acting -------------------------------------------------------------------------------------------------
  // While the engine answers and the view redraws, the sandbox says it is busy (and tests wait for it).
  async function busy(task) {
    box.setAttribute("aria-busy", "true");
    try {
      await task();
    } finally {
      box.removeAttribute("aria-busy");
    }
  }

  // The day the engine is told: a guided exercise's own made-up day, so the page's walkthrough and the sandbox
  // give the same dates; the reader's own day only where there is no exercise.
  const day = () => (guide && guide.today) || today();
  const options = () => Object.fromEntries(Object.entries(PAGE_OPTIONS)
    .map(([name, key]) => [name, ui[key]]).filter(([, value]) => value !== null && value !== ""));

  // One request per action: the engine answers with the new state, the guide and what the actor now sees.
  async function perform(action, params) {
    const answer = await call({ op: "act", state: work.state, actor: work.actor, action, params, today: day(), lang,
      view: true, options: options(), calendar: runtime.calendar, settings: runtime.settings });
    if (answer.error) return { kind: "error", text: answer.error.text };
    work.state = answer.state;
    guide = answer.guide;
    drawn = { ok: true, view: answer.view, guide: answer.guide };
    if (!answer.ok) lastRefusal = answer.refusal.key;
    if (!answer.ok) return { kind: "refused", text: answer.refusal.text };
    return { kind: "done", text: answer.events.map((e) => e.text).join(" ") };
  }

  function tell(anchor, result) {
    outcome = { anchor, ...result };
    log(result.kind, result.text);
    return draw("outcome").then(() => checkGoal());
  }

  // A self-check task asks the engine after every action whether its goal is met, and tells the page (selfcheck.js).
  async function checkGoal(answer = widget.dataset.answer || "") {
    if (!task) return;
    const goal = await call({ op: "goal", task, state: work.state, answer, lang });
    widget.dispatchEvent(new CustomEvent("ladok:goal", { detail: { ...goal, refusal: lastRefusal } }));
  }
  widget.addEventListener("ladok:check", () => busy(() => checkGoal()));

  const act = (action, params, anchor) => busy(async () => {
    ui.form = null;
    const result = await perform(action, params);
    await tell(anchor, result);
    save();
  });

  // Several actions in turn (the certify screen's chosen rows), each decided by the engine: [[action, params]].
  const actMany = (list, anchor) => busy(async () => {
    const results = [];
    for (const [action, params] of list) results.push(await perform(action, params));
    const kind = results.every((r) => r.kind === "done") ? "done" : "refused";
    ui.selected = new Set();
    await tell(anchor, { kind, text: results.map((r) => r.text).join(" ") });
    save();
  });

  const search = (pnr, anchor) => busy(async () => {
    const answer = await call({ op: "search", state: work.state, actor: work.actor, pnr, lang });
    if (answer.error) return tell(anchor, { kind: "error", text: answer.error.text });
    work.state = answer.state;
    guide = answer.guide;
    await tell(anchor, { kind: answer.found.found === "not_found" ? "refused" : "done", text: answer.text });
    save();
  });

  const switchRole = (id) => busy(async () => {
    work.actor = id;
    drawLog();
    clearScreen();
    outcome = null;
    const text = t("ui.you_act_as", { name: personLabel(person(id)) });
    log("info", text);
    followGuide();
    await draw("step");
    statusBar.replaceChildren(text);
    save();
  });

  // Open the screen and module that the guided step is about: on opening, on a change of role and on a new start,
  // never right after an action, whose outcome stays where the reader acted.
  function followGuide() {
    const step = currentStep();
    if (!step) return;
    clearScreen();
    Object.assign(ui, { screen: step.screen, page: 0, query: "", certifyPage: 0, status: null, activityPage: 0 });
    if (step.params.target) ui.module = step.params.target;
    if (step.params.activity) ui.activity = step.params.activity;
  }

  function currentStep() {
    return guide && !guide.done ? guide.steps[guide.step] : null;
  }

  // --- drawing ------------------------------------------------------------------------------------------------
  const ctx = {
    t, lang, runtime, scenario, ui,
    get state() { return work.state; },
    get seen() { return seen; },
    me: () => person(work.actor),
    personLabel,
    personName: (p) => (person(p.id) ? personLabel(person(p.id)) : p.name),
    targetName: (code) => seen.course.targets.find((x) => x.code === code)?.name[lang] || code,
    step: currentStep,
    stepWants: (param) => {
      const step = currentStep();
      return Boolean(step && param in step.params && step.params.target === ui.module);
    },
    outcomeFor: (anchor) => (outcome && outcome.anchor === anchor
      ? outcomeMessage(t, outcome, { id: `${scenario}-outcome` }) : null),
    act, actMany, search,
    tell: (anchor, result) => busy(() => tell(anchor, result)), // an outcome the sandbox itself gives
    redraw: (focusKey) => busy(() => draw(focusKey)),
  };

  async function draw(focusKey) {
    const answer = drawn || await call({ op: "view", state: work.state, actor: work.actor, lang, options: options(),
      today: day() });
    drawn = null;
    if (!answer.ok) {
      statusBar.replaceChildren(outcomeMessage(t, { kind: "error", text: answer.error.text }));
      return;
    }
    render(answer);
    placeFocus(focusKey);
  }

  function render(answer) {
    seen = answer.view;
    guide = answer.guide;
    roles.replaceChildren(...roleButtons(work.state.people, work.actor, (id) => personLabel(person(id)), switchRole));
    roving(roles);
    const label = (id) => personLabel(person(id));
    guideBox.replaceChildren(...guideStep({ guide, t, lang, actor: work.actor, label, switchRole }));
    viewHeading.textContent = t("ui.view_of", { name: label(work.actor) });
    const screens = seen.screens.filter((s) => SCREENS[s]);
    if (screens.length && !screens.includes(ui.screen)) ui.screen = screens[0];
    if (seen.report) Object.assign(ui, { module: seen.report.target, page: seen.report.page });
    tabs.hidden = !screens.length;
    tabs.replaceChildren(...screens.map((s) => h("button", { type: "button",
      class: `md-button${s === ui.screen ? " md-button--primary" : ""}`, "aria-pressed": String(s === ui.screen),
      dataset: { focus: `screen|${s}` }, onclick: () => {
        Object.assign(ui, { screen: s, form: null, confirming: null });
        ctx.redraw(`screen|${s}`);
      } }, t(SCREEN_LABELS[s]))));
    roving(tabs);
    view.replaceChildren(...(screens.length ? SCREENS[ui.screen](ctx) : studentScreen(ctx)).filter(Boolean));
    statusBar.replaceChildren(...(outcome ? [outcomeMessage(t, outcome)] : []));
  }

  function placeFocus(key) {
    if (key === "outcome") {
      focusOn(view.querySelector(".ladok-outcome") || statusBar);
      return;
    }
    const target = key === "view" ? null : key === "step" ? stepRow(view, guide)
      : widget.querySelector(`[data-focus="${CSS.escape(key || "")}"]`);
    focusOn(target || viewHeading);
  }

  // --- start --------------------------------------------------------------------------------------------------
  await busy(async () => {
    const { saved, ...loaded } = await loadOwn();
    work = loaded;
    saver.show(store.status);
    if (hasLink()) await openLink();
    followGuide();
    await draw(null);
    if (!visiting() && !saved) save();
    await checkGoal();
  });
  window.addEventListener("hashchange", () => {
    if (hasLink()) busy(async () => { await openLink(); followGuide(); await draw("view"); });
  });
  performance.mark("ladok:interactive");
  if (!auto) focusOn(heading);
}
