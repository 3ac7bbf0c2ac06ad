// One engine per page, shared by every sandbox and tool on it: a worker running Pyodide, and the build's
// runtime.json (the rules, every label in both languages, the calendar table and the local settings).
let started = null;
const listeners = new Set();

export function onProgress(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(stage) {
  for (const listener of listeners) listener(stage);
}

let runtimeJson = null;

// The build's runtime.json, fetched once per page.
export function loadRuntime(root) {
  if (!runtimeJson) runtimeJson = fetch(new URL("assets/runtime.json", root)).then((r) => r.json());
  return runtimeJson;
}

export function engine(root) {
  if (!started) started = start(root);
  return started;
}

// Open a sandbox or tool: a titled box that shows, in the reader's language, what is loading; then the engine.
// Resolves to everything the widget needs, or to null (with a message in the box) when the engine cannot start.
export async function boot(widget, root, titleKey, readyKey) {
  const lang = widget.dataset.lang === "en" ? "en" : "sv";
  const name = widget.dataset.scenario || widget.dataset.tool;
  widget.querySelector(".ladok-open").hidden = true;
  const runtime = await loadRuntime(root);
  const t = translator(runtime, lang);
  const progress = h("progress", { max: 3, value: 0, "aria-label": t("ui.starting") });
  const status = h("p", { class: "ladok-status", role: "status" }, t("ui.starting"));
  const box = h("section", { class: "ladok-box", "aria-labelledby": `${name}-title` },
    h("h3", { id: `${name}-title` }, t(titleKey)), h("div", { class: "ladok-progress" }, progress, status));
  widget.append(box);
  const stages = { runtime: ["ui.loading_runtime", 1], engine: ["ui.loading_engine", 2], ready: [readyKey, 3] };
  const stop = onProgress((stage) => {
    status.textContent = t(stages[stage][0]);
    progress.value = stages[stage][1];
  });
  try {
    const { call } = await engine(root);
    status.textContent = t(readyKey);
    return { lang, runtime, t, box, status, call };
  } catch (error) {
    status.textContent = t("ui.start_failed");
    status.setAttribute("role", "alert");
    console.warn(error);
    return null;
  } finally {
    stop();
    progress.remove();
  }
}

async function start(root) {
  tell("runtime");
  performance.mark("ladok:open");
  const worker = new Worker(new URL("assets/worker.js", root), { type: "module" });
  const runtime = await loadRuntime(root);
  performance.mark("ladok:runtime-json");
  WebAssembly.compileStreaming(fetch(new URL(`${runtime.pyodide}pyodide.asm.wasm`, root)))
    .then((module) => worker.postMessage({ type: "module", module }))
    .catch(() => worker.postMessage({ type: "module", module: null })); // the worker compiles it itself
  const pending = new Map();
  let next = 1;
  const ready = new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === "progress") tell(message.stage);
      else if (message.type === "ready") resolve();
      else if (message.type === "failed") reject(new Error(message.error));
      else if (message.type === "answer") {
        pending.get(message.id)(JSON.parse(message.response));
        pending.delete(message.id);
      }
    };
    worker.onerror = (event) => reject(new Error(event.message || "worker error"));
  });
  const { pyodide, stdlib, engine, wheel } = runtime;
  worker.postMessage({ type: "start", root: new URL(root).href, runtime: { pyodide, stdlib, engine, wheel } });
  await ready;
  performance.mark("ladok:engine-ready");
  keepForOffline(root, runtime);
  tell("ready");
  function call(request) {
    return new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      worker.postMessage({ type: "call", id, request: JSON.stringify(request) });
    });
  }
  return { runtime, call };
}

// Ask the service worker to keep what this page loaded before it took control (the first visit), so that the
// sandbox and tools also start offline next time. It knows no file by name but the runtime's own list.
function keepForOffline(root, runtime) {
  const controller = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (!controller) return;
  const files = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json"]
    .map((name) => new URL(`${runtime.pyodide}${name}`, root).href);
  files.push(...[runtime.stdlib, runtime.engine].map((path) => new URL(path, root).href));
  files.push(...performance.getEntriesByType("resource").map((entry) => entry.name));
  controller.postMessage({ type: "keep", urls: [...new Set(files)] });
}

// Labels and small texts from the engine's catalog, in one language; {name} placeholders filled in.
export function translator(runtime, lang) {
  return (key, params = {}) => {
    const entry = runtime.rules.labels[key];
    if (!entry) throw new Error(`no text for ${key}`);
    return entry[lang].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
  };
}

// A tiny element builder: h("button", {type: "button", onclick}, "text").
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
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

export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
