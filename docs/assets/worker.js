// The engine's worker: Pyodide (served by this site) with the engine's wheel, answering JSON requests.
// Python never runs on the page's own thread, so the page stays responsive while it starts.
import { loadPyodide } from "../pyodide/pyodide.mjs";

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

async function start({ root, wheel }) {
  postMessage({ type: "progress", stage: "runtime" });
  const pyodide = await loadPyodide({
    indexURL: new URL("pyodide/", root).href,
    packages: [new URL(wheel, root).href], // fetched while the runtime starts
    stdout: () => {},
    stderr: (line) => console.warn(line),
  });
  postMessage({ type: "progress", stage: "engine" });
  handle = pyodide.pyimport("guide_engine").handle;
  postMessage({ type: "ready" });
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
  } else if (message.type === "start") {
    start(message).catch((error) => postMessage({ type: "failed", error: String(error) }));
  } else if (message.type === "call") {
    if (handle) answer(message);
    else waiting.push(message);
  }
};
