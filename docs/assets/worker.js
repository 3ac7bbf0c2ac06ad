// The engine's worker: Pyodide (served by this site) with the engine, answering JSON requests. Python never runs
// on the page's own thread, so the page stays responsive while it starts.
//
// The fast path: the slimmed standard library, bytecode of only what start-up imports (runtime.stdlib), and the
// engine as a bytecode archive put on sys.path (runtime.engine), both compiled at build time by Pyodide's own
// Python; the lockfile's header comes with runtime.json, since no package is loaded from the lockfile. Anything
// else of the standard library, if a rare path imports it, comes from Pyodide's own archive, fetched then.
// The fallback, if either fails: Pyodide's own standard library, and the engine's plain .py wheel.
let handle = null;
const waiting = [];

// The page compiles Pyodide's WebAssembly and hands the compiled module over: Chromium keeps optimised code for
// a module compiled on the page in its code cache, but not for one compiled in a worker, so a warm start would
// otherwise run unoptimised code. Pyodide's own instantiateStreaming call then instantiates the handed module.
let compiled;
const moduleArrived = new Promise((resolve) => { compiled = resolve; });
const realFetch = self.fetch.bind(self);
self.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.endsWith("/pyodide.asm.wasm")) return realFetch(input, init);
  // The page downloads the WebAssembly once; the worker does not fetch it again unless the page could not.
  return moduleArrived.then((module) => (module ? new Response(new ArrayBuffer(0)) : realFetch(input, init)));
};
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = async (source, imports) => {
  const module = await moduleArrived;
  if (!module) return instantiateStreaming(source, imports);
  const instance = await WebAssembly.instantiate(module, imports);
  return { instance, module };
};

const ENGINE_PATH = "/lib/guide_engine.zip"; // where the bytecode was compiled to live (see pyodide_compile.py)

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Called by the slimmed standard library's finder (sitecustomize) the first time Python imports a module it lacks:
// Pyodide's full standard library, fetched synchronously, which a worker may do, so that the import can wait.
function fullStdlib(url) {
  return () => {
    const request = new XMLHttpRequest();
    request.open("GET", url, false);
    request.responseType = "arraybuffer";
    request.send();
    if (request.status !== 200) throw new Error(`${request.status} ${url}`);
    return new Uint8Array(request.response);
  };
}

async function start({ root, runtime }) {
  const at = (path) => new URL(path, root).href;
  const { loadPyodide } = await import(at(`${runtime.pyodide}pyodide.mjs`));
  postMessage({ type: "progress", stage: "runtime" });
  self.ladokStdlibFallback = fullStdlib(at(`${runtime.pyodide}python_stdlib.zip`));
  const options = {
    indexURL: at(runtime.pyodide),
    lockFileContents: runtime.lockfile,
    stdout: () => {},
    stderr: (line) => console.warn(line),
  };
  const engineBytes = fetchBytes(at(runtime.engine)).catch(() => null); // downloads while the runtime starts
  let pyodide;
  let fast = true;
  try {
    pyodide = await loadPyodide({ ...options, stdLibURL: at(runtime.stdlib) });
  } catch (error) {
    console.warn("the byte-compiled standard library did not load; using Pyodide's own", error);
    fast = false;
    pyodide = await loadPyodide(options);
  }
  postMessage({ type: "progress", stage: "engine" });
  const bytes = fast ? await engineBytes : null;
  try {
    if (!bytes) throw new Error("no engine bytecode");
    pyodide.FS.writeFile(ENGINE_PATH, bytes);
    pyodide.runPython(`import sitecustomize\nsitecustomize.use_engine("${ENGINE_PATH}")`); // the slim library's
    handle = pyodide.pyimport("guide_engine").handle;
  } catch (error) {
    console.warn("the engine's bytecode did not load; using its wheel", error);
    pyodide.runPython(`import sys
sys.path[:] = [p for p in sys.path if p != "${ENGINE_PATH}"]
for name in [m for m in sys.modules if m.split(".")[0] == "guide_engine"]:
    del sys.modules[name]`);
    await pyodide.loadPackage(at(runtime.wheel), { messageCallback: () => {} });
    handle = pyodide.pyimport("guide_engine").handle;
  }
  postMessage({ type: "ready", fast });
  for (const message of waiting.splice(0)) answer(message);
}

function answer({ id, request }) {
  let response;
  try {
    response = handle(request);
  } catch (error) {
    response = JSON.stringify({ ok: false, error: { key: "worker_failed", text: String(error) } });
  }
  postMessage({ type: "answer", id, response });
}

onmessage = (event) => {
  const message = event.data;
  if (message.type === "module") {
    compiled(message.module);
  } else if (message.type === "prepare") {
    // Sent by engine.js from the page's data-pyodide before runtime.json has come: Pyodide's two scripts download
    // and compile now, and loadPyodide later finds them already imported (a guess from an older page just fails).
    for (const name of ["pyodide.mjs", "pyodide.asm.mjs"]) {
      import(new URL(`${message.pyodide}${name}`, message.root).href).catch(() => {});
    }
  } else if (message.type === "start") {
    start(message).catch((error) => postMessage({ type: "failed", error: String(error) }));
  } else if (message.type === "call") {
    if (handle) answer(message);
    else waiting.push(message);
  }
};
