// Opening a sandbox or a tool, and what a tool's first answer needs, fetched early. guide.js loads this module once
// the reader shows the intent to use a widget. A page with a tool also names it in its <head> (the build puts it
// there, with the page's tools: guide_site/output.py), so that when the address carries a tool's inputs (a staff
// member's link), the answer's files are asked for while the page is still being read, and the tool opens as soon
// as its element is in the page, not after Material's and the page's other scripts have run: on a slow phone those
// take most of a second. Nothing here knows a Ladok rule.
const root = new URL("../", import.meta.url); // the site's root: assets/ sits directly under it
const BUILT = /* ladok:built */ null; // filled in by the build: where runtime.json and each tool's answers are

// What a tool's first answer needs: its modules, all at once rather than each after the one that imports it,
// runtime.json and the engine's answers made at build time (a few tens of kilobytes; the runtime follows them).
// The two files are asked for at once, and handed to the modules that read them once those have come. Each name is
// written whole, for the build.
const TOOL_MODULES = {
  deadline: ["assets/tool-deadline.js"],
  credits: ["assets/tool-credits.js"],
  diagnosis: ["assets/tool-diagnosis.js", "assets/tool-diagnosis-answer.js"],
};
const SHARED_MODULES = ["assets/tools.js", "assets/ui.js", "assets/tool-parts.js"];
const prepared = {};
let runtimeAsked = null;

function load(path) {
  return import(new URL(path, root).href);
}

function ask(path, cache) {
  const asking = fetch(new URL(path, root), { cache, priority: "high" });
  asking.catch(() => { /* told by the module that reads it */ });
  return asking;
}

export function firstAnswers(tool) {
  if (!prepared[tool]) {
    runtimeAsked ||= ask(BUILT.runtime, "no-cache"); // as engine.js asks: it must be this build's
    const asked = runtimeAsked;
    const askedAnswers = BUILT.answers[tool] ? ask(BUILT.answers[tool], "default") : null;
    const runtime = load("assets/engine.js").then((m) => m.loadRuntime(root.href, asked));
    const answers = load("assets/first-answers.js").then((m) => m.loadAnswers(root.href, tool, askedAnswers));
    const own = TOOL_MODULES[tool] || [];
    const modules = [...SHARED_MODULES, ...own].map(load);
    // Resolves with the two modules that open the tool: tools.js (the first shared one) and the tool's own.
    prepared[tool] = Promise.all([...modules, runtime, answers])
      .then((loaded) => ({ tools: loaded[0], own: own.length ? loaded[SHARED_MODULES.length] : null }))
      .catch(() => null); // opening says what did not come
  }
  return prepared[tool];
}

// The runtime starts as soon as the reader shows the intent to open a sandbox or tool (pointing at, focusing or
// touching its button), never on page load, so a plain visit downloads no WebAssembly. A tool first fetches what
// answers before the engine has started: on a slow connection the runtime's megabytes would otherwise share the
// line with them.
export function warm(widget) {
  const tool = widget.classList.contains("ladok-tool") && widget.dataset.tool;
  Promise.all([load("assets/engine.js"), tool ? firstAnswers(tool) : null])
    .then(([m]) => m.engine(root.href, widget.dataset.pyodide))
    .catch(() => { /* opening will say what went wrong */ });
}

// The module that mounts the widget, and for a tool its own module: those firstAnswers has loaded, so that once
// they and the answer's files have come, the tool opens and answers in the same task, with no wait between (a wait
// lets the browser lay out and paint the page, and run Material's bundle, first: on a slow phone, most of a second).
function mounting(widget) {
  const tool = widget.classList.contains("ladok-tool") && widget.dataset.tool;
  if (!tool) return load("assets/sandbox.js").then((m) => [m, null]);
  return firstAnswers(tool).then((loaded) => (loaded ? [loaded.tools, loaded.own]
    : load("assets/tools.js").then((m) => [m, null]))); // something did not come: the tool's start says what
}

export function open(widget, auto) {
  if (widget.dataset.opened) return;
  widget.dataset.opened = "1";
  widget.querySelector(".ladok-open").hidden = true; // the widget's box comes in its place
  const opening = mounting(widget);
  warm(widget); // the runtime downloads while the widget's own modules do, not after them
  opening.then(([m, tool]) => m.mount(widget, { root: root.href, auto, tool })).catch((error) => {
    widget.dataset.opened = "";
    const button = widget.querySelector(".ladok-open");
    if (button) button.hidden = false;
    const note = document.createElement("p");
    note.className = "ladok-error";
    note.setAttribute("role", "alert");
    note.textContent = widget.dataset.fail;
    widget.appendChild(note);
    console.warn(error);
  });
}

// A tool whose element the parser has read to its end (its open button is its last element but for a <noscript>).
function whole(widget) {
  return Boolean(widget.querySelector(".ladok-open") && (widget.nextSibling || document.readyState !== "loading"));
}

// A widget's open button shown, and the runtime started at the first sign the reader means to use it (pointing at,
// focusing or touching the button); a tool opens at once when the address carries its inputs (?exam=…), so that it
// opens with the answer filled in. Done once per widget, by whichever comes first: this module for the tools its
// page names, or guide.js for every widget once the page is read.
export function prepare(widget, auto) {
  if (widget.dataset.prepared) return;
  widget.dataset.prepared = "1";
  const button = widget.querySelector(".ladok-open");
  button.hidden = Boolean(widget.dataset.opened);
  button.addEventListener("click", () => open(widget, false));
  for (const name of ["pointerenter", "focus", "touchstart"]) {
    button.addEventListener(name, () => warm(widget), { once: true, passive: true });
  }
  if (auto) open(widget, true);
}

// The tools the page names in its <head> are prepared as soon as the page holds them whole, before Material's and
// the page's other scripts have run; a linked tool's first answer is asked for at once.
function prepareEarly() {
  const named = document.querySelector("script[data-ladok-tools]");
  if (!named) return;
  const linked = location.search.indexOf("=") > 0;
  if (linked) named.dataset.ladokTools.split(" ").forEach(firstAnswers);
  const tools = document.getElementsByClassName("ladok-tool"); // live: grows as the parser reads the page
  const prepareWhole = () => {
    for (const widget of tools) if (whole(widget)) prepare(widget, linked);
  };
  if (document.readyState === "loading") {
    const observer = new MutationObserver(prepareWhole);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", () => {
      observer.disconnect();
      prepareWhole();
    }, { once: true });
  }
  prepareWhole();
}

prepareEarly();
