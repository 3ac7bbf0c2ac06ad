// What the sandbox and the tools share on screen: building elements, texts in the page's language, the box that
// says what is loading (and why it failed, with a way to try again), and feedback that stays in view.
// Nothing here knows a Ladok rule.
import { SLOW_START_MS, engine, loadRuntime, onProgress } from "./engine.js";
import { loadAnswers, lookUp } from "./first-answers.js";

// A tiny element builder: h("button", {type: "button", onclick}, "text"). Handlers are kept on the element
// (`listen`), so that a redraw that keeps the element (sandbox-morph.js) hands it the new ones.
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on")) listen(element, name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

// One listener per event type, calling whatever handler the element holds now.
export function listen(element, type, handler) {
  const on = element.ladokOn || (element.ladokOn = {});
  if (!(type in on)) element.addEventListener(type, (event) => element.ladokOn[type]?.(event));
  on[type] = handler;
}

// Labels and small texts in one language, {name} placeholders filled in: the engine's (Ladok's terms) and the
// interface's own (guide_site/texts), both written into runtime.json by the build.
export function translator(runtime, lang) {
  const labels = { ...runtime.rules.labels, ...runtime.texts };
  const t = (key, params = {}) => {
    const entry = labels[key];
    if (!entry) throw new Error(`no text for ${key}`);
    return entry[lang].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
  };
  t.has = (key) => Object.hasOwn(labels, key);
  return t;
}

export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// A table that stacks into cards on a phone (guide.css): each cell carries its column's name.
export function stacked(table) {
  const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  for (const row of table.querySelectorAll("tbody tr")) {
    [...row.children].forEach((cell, i) => heads[i] && cell.setAttribute("data-label", heads[i]));
  }
  table.classList.add("ladok-stack");
  return table;
}

// Focus an element that is not a control (a heading, a message): reachable by script, not by Tab.
export function focusOn(element) {
  if (!element) return;
  if (!element.hasAttribute("tabindex") && !element.matches("button, input, select, textarea, a[href], summary")) {
    element.setAttribute("tabindex", "-1");
  }
  element.focus({ preventScroll: true });
  // A form that opens is shown whole, its send button too; anything else just enough to be in view.
  (element.closest(".ladok-markready, .ladok-confirm") || element).scrollIntoView({ block: "nearest" });
}

// An outcome, done or refused, told apart by its mark and its first word as well as by colour.
export function outcomeMessage(t, outcome, attrs = {}) {
  const refused = outcome.kind !== "done";
  return h("p", { class: `ladok-outcome ladok-outcome-${refused ? "refused" : "done"}`, ...attrs },
    h("span", { class: "ladok-mark", "aria-hidden": "true" }, refused ? "✖" : "✔"), " ",
    h("strong", {}, `${t(refused ? "ui.refused" : "ui.done")}:`), " ", outcome.text);
}

// Open a sandbox or tool: a titled box that tells, in the reader's language, what is loading, how far it has
// come, when it is slow, and why it failed (with a button to try again). Resolves once the engine answers; a tool
// with the engine's answers made at build time (first-answers.js) at once, its engine starting behind it.
// The start-up's words: a tool's name the tool, a sandbox's the sandbox.
const STARTUP = {
  sandbox: { starting: "ui.starting", runtime: "ui.loading_runtime", ready: "ui.ready", failed: "ui.start_failed" },
  tool: { starting: "tool.starting", runtime: "tool.loading_runtime", ready: "tool.ready", failed: "tool.start_failed" },
};

export async function boot(widget, root, titleKey) {
  const lang = widget.dataset.lang === "en" ? "en" : "sv";
  const words = widget.dataset.tool ? STARTUP.tool : STARTUP.sandbox;
  const name = widget.dataset.scenario || widget.dataset.tool;
  widget.querySelector(".ladok-open").hidden = true;
  let runtime, table;
  try {
    [runtime, table] = await Promise.all([loadRuntime(root), widget.dataset.tool ? loadAnswers(root, name) : null]);
  } catch (error) {
    return failed(widget, lang, null, error, words);
  }
  const t = translator(runtime, lang);
  const heading = h("h3", { id: `${name}-title`, tabindex: "-1" }, t(titleKey));
  const progress = h("progress", { max: 3, value: 0, "aria-label": t(words.starting) });
  const status = h("p", { class: "ladok-status", role: "status" }, t(words.starting));
  const loading = h("div", { class: "ladok-progress" }, progress, status);
  const box = h("section", { class: "ladok-box", "aria-labelledby": heading.id }, heading, loading);
  widget.append(box);
  const stages = { runtime: [words.runtime, 1], engine: ["ui.loading_engine", 2], ready: [words.ready, 3] };
  const stop = onProgress((stage) => {
    status.textContent = t(stages[stage][0]);
    progress.value = stages[stage][1];
  });
  const slow = setTimeout(() => loading.append(retryButton(t, widget, "ui.slow_start")), SLOW_START_MS);
  const starting = engine(root, widget.dataset.pyodide);
  starting.catch(() => {}).finally(() => {
    clearTimeout(slow);
    stop();
  });
  if (table) return early({ lang, runtime, t, box, heading }, { widget, loading, status, starting, table, words });
  try {
    const { call } = await starting;
    return { lang, runtime, t, box, heading, call };
  } catch (error) {
    box.remove();
    return failed(widget, lang, t, error, words);
  } finally {
    loading.remove();
  }
}

// The tool opens before its engine has started: a request the build answered is answered so at once; any other
// waits for the engine, the box saying it is starting (`waiting` clears the last answer meanwhile), and once the
// engine is there every request goes to it. An answer already shown stays. Should the engine fail, the box says so
// where it said it was starting, and a request still waiting gets the same words as its answer.
function early(opened, { widget, loading, status, starting, table, words }) {
  const { runtime, t } = opened;
  let ready = null;
  starting.then((engine) => {
    ready = engine;
    loading.remove();
  }, () => {
    loading.replaceChildren(retryButton(t, widget, words.failed));
  });
  const call = async (request, waiting) => {
    const known = ready ? null : lookUp(table, runtime, request);
    if (known) return known;
    if (!ready) {
      waiting?.();
      focusOn(status);
    }
    try {
      return await (await starting).call(request);
    } catch {
      return { ok: false, error: { key: "start_failed", text: t(words.failed) } };
    }
  };
  return { ...opened, call };
}

function retryButton(t, widget, messageKey) {
  return h("p", { class: "ladok-error", role: "alert" }, t(messageKey), " ",
    h("button", { type: "button", class: "md-button", onclick: () => retry(widget) }, t("ui.retry")));
}

function retry(widget) {
  widget.querySelector(".ladok-box")?.remove();
  widget.querySelector(".ladok-failed")?.remove();
  widget.dataset.opened = "";
  const open = widget.querySelector(".ladok-open");
  open.hidden = false;
  open.click();
}

function failed(widget, lang, t, error, words = STARTUP.sandbox) {
  console.warn(error);
  // Without the runtime there is no catalog: the build put these two texts on the widget, in the page's language.
  const say = t || ((key) => (key === "ui.retry" ? widget.dataset.retry : widget.dataset.startFailed));
  const note = h("div", { class: "ladok-failed" }, retryButton(say, widget, words.failed));
  widget.append(note);
  focusOn(note.querySelector("button"));
  return null;
}

// A row of buttons reached with one Tab, as a toolbar: the chosen button holds the tab stop, and the arrow keys
// (Home, End) move among the others, so a reader does not Tab through every role, screen and module. Called again
// on a group whose buttons were redrawn, it hands the tab stop to the chosen one.
export function roving(group) {
  const all = [...group.querySelectorAll("button")];
  const current = all.find((b) => b.getAttribute("aria-pressed") === "true") || all[0];
  for (const b of all) b.tabIndex = b === current ? 0 : -1;
  if (group.dataset.roving) return group;
  group.dataset.roving = "true";
  group.setAttribute("role", "toolbar");
  listen(group, "keydown", (event) => { // the group on the page: a redraw may have kept it and handed this over
    const list = [...event.currentTarget.querySelectorAll("button")];
    const at = list.indexOf(document.activeElement);
    const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0,
      End: list.length - 1 };
    if (at < 0 || !(event.key in moves)) return;
    event.preventDefault();
    const to = (moves[event.key] + list.length) % list.length;
    list[at].tabIndex = -1;
    list[to].tabIndex = 0;
    list[to].focus();
  });
  return group;
}
