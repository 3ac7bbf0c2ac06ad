// One engine per page, shared by every sandbox and tool on it: a worker running Pyodide, and the build's
// runtime.json (the rules, every label in both languages, the calendar table and the local settings).
// This module knows how to start and talk to the worker; it knows no Ladok rule and draws nothing.
//
// Filled in by the build (guide_site/runtime/scripts.py), which also names every script of the site for its
// content: this build's id, and the runtime files a start may fetch before runtime.json has come. A page thus
// runs its own build's scripts; runtime.json, which is not named for its content, must say the same build, or the
// start is refused (OtherBuild) rather than mixing two builds' protocols.
const BUILT = /* ladok:built */ null;
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

// A page whose scripts are of another build than the runtime.json the site now serves: a new build was published
// after the page was loaded (or the page came from a cache). `key` names the text that asks the reader to reload.
export class OtherBuild extends Error {
  constructor(page, site) {
    super(`this page is of build ${page}, the site now serves build ${site}: reload the page`);
    this.name = "OtherBuild";
    this.key = "ui.other_build";
  }
}

// The build's runtime.json, fetched once per page (again after a failed fetch), past the HTTP cache: it must be
// the same build as the page, whatever caching headers the host sends. `asked`: a fetch of it the page has begun
// (guide.js, on a page with a tool), so fetched the same way.
export function loadRuntime(root, asked = null) {
  if (!runtimeJson) {
    const asking = asked || fetch(new URL(BUILT.runtime, root), { cache: "no-cache", priority: "high" });
    runtimeJson = asking.then((r) => {
      if (!r.ok) throw new Error(`runtime.json: ${r.status}`);
      return r.json();
    }).then((runtime) => {
      if (runtime.build !== BUILT.build) throw new OtherBuild(BUILT.build, runtime.build);
      return runtime;
    });
    runtimeJson.catch(() => { runtimeJson = null; });
  }
  return runtimeJson;
}

// The engine, started once; a start that failed is forgotten, so that the next call starts afresh, in a new worker.
// (`hint`, the widget's data-pyodide, is no longer needed: the build tells this module its Pyodide.)
export function engine(root, hint) {
  if (!started) {
    const attempt = start(root);
    attempt.catch(() => { if (started === attempt) started = null; });
    started = attempt;
  }
  return started;
}

// Ends the start under way (or the engine that started) and forgets it: the next engine() starts in a new worker.
export function restart() {
  stopping?.();
  started = null;
}
let stopping = null;

function compile(root, wasm) {
  const compiling = typeof WebAssembly.compileStreaming === "function"
    ? WebAssembly.compileStreaming(fetch(new URL(wasm, root)))
    : Promise.reject(new Error("no WebAssembly.compileStreaming")); // the worker downloads it itself
  compiling.catch(() => {}); // told below, or not needed
  return compiling;
}

async function start(root) {
  tell("runtime");
  performance.mark("ladok:open");
  // The worker's script, Pyodide's and the WebAssembly download while runtime.json does; the worker waits for
  // "start". The build named this page's Pyodide (BUILT); runtime.json must be of the same build.
  const worker = new Worker(new URL("assets/worker.js", root), { type: "module" });
  const base = new URL(root).href;
  const failed = new Promise((_, reject) => {
    stopping = () => reject(new Error("the start was ended to begin again"));
    worker.onerror = (event) => reject(new Error(`the engine's worker failed: ${event.message || "not loaded"}`));
  });
  failed.catch(() => {});
  worker.postMessage({ type: "prepare", scripts: BUILT.scripts.map((path) => new URL(path, base).href) });
  const compiling = compile(root, BUILT.wasm);
  try {
    const runtime = await Promise.race([loadRuntime(root), failed]);
    performance.mark("ladok:runtime-json");
    return await running(root, worker, runtime, compiling, failed);
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

async function running(root, worker, runtime, compiling, failed) {
  compiling
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
      else if (message.type === "copied") {
        // The worker has copied its interpreter to keep (worker.js), after answering `answered` requests.
        performance.mark("ladok:start-copied", { detail: { answered: message.answered, made: message.made } });
      }
      else if (message.type === "answer") {
        pending.get(message.id)(JSON.parse(message.response));
        pending.delete(message.id);
      }
    };
  });
  worker.postMessage({ type: "start", root: new URL(root).href, start: runtime.start });
  const readyMessage = await Promise.race([ready, failed]);
  stopping = () => worker.terminate();
  // Whether the worker restored the interpreter it kept from an earlier start, and whether it takes this one to
  // keep (if copying its memory then fails, nothing is kept); the tests and the benchmark read them.
  const { restored, keeping } = readyMessage;
  performance.mark("ladok:engine-ready", { detail: { restored, keeping } });
  tell("ready");
  keepForOffline(root, runtime);
  worker.postMessage({ type: "keep", kept: JSON.stringify({ calendar: runtime.calendar, settings: runtime.settings }) });
  // `pristine`: the request carries nothing the reader made (an exercise's new start, and its first view): the
  // worker may answer it before it copies its interpreter to keep (worker.js). Any other request is copied before.
  function call(request, { pristine = false } = {}) {
    return new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      worker.postMessage({ type: "call", id, request: JSON.stringify(kept(request, runtime)), pristine });
    });
  }
  return { runtime, call };
}

// The worker keeps runtime.json's calendar and settings from its start (sent once, above): a request that carries
// them names them "kept" instead, so that an action does not send and read 25,000 characters of calendar again.
function kept(request, runtime) {
  const named = ["calendar", "settings"].filter((name) => request[name] && request[name] === runtime[name]);
  return named.length ? { ...request, ...Object.fromEntries(named.map((name) => [name, "kept"])) } : request;
}

// Ask the service worker to keep what this page loaded before it took control (the first visit), so that the
// sandbox and tools also start offline next time. It knows no file by name but the runtime's own list.
function keepForOffline(root, runtime) {
  const controller = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (!controller) return;
  const { script, core, wasm, stdlib, engine: archive } = runtime.start;
  const files = [script, core, wasm, stdlib, archive].map((path) => new URL(path, root).href);
  files.push(...performance.getEntriesByType("resource").map((entry) => entry.name));
  controller.postMessage({ type: "keep", urls: [...new Set(files)] });
}
