// One engine per page, shared by every sandbox and tool on it: a worker running Pyodide, and the build's
// runtime.json (the rules, every label in both languages, the calendar table and the local settings).
// This module knows how to start and talk to the worker; it knows no Ladok rule and draws nothing.
let started = null;
let runtimeJson = null;
const listeners = new Set();

export const SLOW_START_MS = 30000; // past this the reader is told it is slow, and may try again

export function onProgress(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(stage) {
  for (const listener of listeners) listener(stage);
}

// The build's runtime.json, fetched once per page (again after a failed fetch), past the HTTP cache: it must be
// the same build as the page, whatever caching headers the host sends.
export function loadRuntime(root) {
  if (!runtimeJson) {
    runtimeJson = fetch(new URL("assets/runtime.json", root), { cache: "no-cache" }).then((r) => {
      if (!r.ok) throw new Error(`runtime.json: ${r.status}`);
      return r.json();
    });
    runtimeJson.catch(() => { runtimeJson = null; });
  }
  return runtimeJson;
}

// `pyodide`, the widget's data-pyodide (the build's Pyodide folder), lets the WebAssembly download begin before
// runtime.json arrives; runtime.json still decides which one is used.
export function engine(root, pyodide) {
  if (!started) {
    started = start(root, pyodide);
    started.catch(() => { started = null; }); // a failed start can be tried again
  }
  return started;
}

function compile(root, folder) {
  const compiling = WebAssembly.compileStreaming(fetch(new URL(`${folder}pyodide.asm.wasm`, root)));
  compiling.catch(() => {}); // told below, or not needed
  return compiling;
}

async function start(root, hint) {
  tell("runtime");
  performance.mark("ladok:open");
  // The worker's script and the WebAssembly download while runtime.json does; the worker waits for "start".
  const worker = new Worker(new URL("assets/worker.js", root), { type: "module" });
  if (hint) worker.postMessage({ type: "prepare", root: new URL(root).href, pyodide: hint });
  const early = hint ? compile(root, hint) : null;
  let runtime;
  try {
    runtime = await loadRuntime(root);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  performance.mark("ladok:runtime-json");
  // A page kept from an older build may name another Pyodide: then runtime.json's is fetched, the early one dropped.
  (hint === runtime.pyodide ? early : compile(root, runtime.pyodide))
    .then((module) => worker.postMessage({ type: "module", module }))
    .catch(() => worker.postMessage({ type: "module", module: null })); // the worker compiles it itself
  const pending = new Map();
  let next = 1;
  const ready = new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === "progress") tell(message.stage);
      else if (message.type === "ready") resolve(message);
      else if (message.type === "failed") reject(new Error(message.error));
      else if (message.type === "answer") {
        pending.get(message.id)(JSON.parse(message.response));
        pending.delete(message.id);
      }
    };
    worker.onerror = (event) => reject(new Error(event.message || "worker error"));
  });
  const { pyodide, stdlib, engine: engineZip, wheel, lockfile } = runtime;
  const files = { pyodide, stdlib, engine: engineZip, wheel, lockfile };
  worker.postMessage({ type: "start", root: new URL(root).href, runtime: files });
  let readyMessage;
  try {
    readyMessage = await ready;
  } catch (error) {
    worker.terminate();
    throw error;
  }
  // Whether the worker restored the interpreter it kept from an earlier start, and whether it takes this one to
  // keep (if copying its memory then fails, nothing is kept); the tests and the benchmark read them.
  const { restored, keeping } = readyMessage;
  performance.mark("ladok:engine-ready", { detail: { restored, keeping } });
  tell("ready");
  keepForOffline(root, runtime);
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
  const files = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"]
    .map((name) => new URL(`${runtime.pyodide}${name}`, root).href);
  files.push(...[runtime.stdlib, runtime.engine].map((path) => new URL(path, root).href));
  files.push(...performance.getEntriesByType("resource").map((entry) => entry.name));
  controller.postMessage({ type: "keep", urls: [...new Set(files)] });
}
