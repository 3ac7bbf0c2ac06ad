// The engine's worker: Pyodide (served by this site) with the engine's wheel, answering JSON requests.
// Python never runs on the page's own thread, so the page stays responsive while it starts.
import { loadPyodide } from "../pyodide/pyodide.mjs";

let handle = null;
const waiting = [];

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
  if (message.type === "start") {
    start(message).catch((error) => postMessage({ type: "failed", error: String(error) }));
  } else if (message.type === "call") {
    if (handle) answer(message);
    else waiting.push(message);
  }
};
