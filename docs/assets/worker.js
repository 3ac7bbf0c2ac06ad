// The engine's worker: Pyodide (served by this site) with the engine, answering JSON requests. Python never runs
// on the page's own thread, so the page stays responsive while it starts.
//
// The fast path: the slimmed standard library, bytecode of only what start-up imports (start.stdlib), and the
// engine as a bytecode archive put on sys.path (start.engine), both compiled at build time by Pyodide's own
// Python; the lockfile's header comes with runtime.json, since no package is loaded from the lockfile. Anything
// else of the standard library, if a rare path imports it, comes from Pyodide's own archive, fetched then.
// The fallback, if either fails: Pyodide's own standard library and lockfile, and the engine's plain .py wheel.
// Every name the worker shares with the build comes in runtime.json's `start` (guide_site/runtime/names.py).
//
// A start that fails ends: the page is told why ("failed"), and starts a new worker to try again.
import * as wasm from "./worker-wasm.js";
import { GIVE_UP, keepStart, keptKey, keptStart } from "./worker-kept.js";

let handle = null; // the engine's handle(request, kept)
let keepIn = null; // the engine's keep(json): the calendar and settings, read once
let kept = null; // what it kept, which requests then name as "kept" instead of sending it
const waiting = []; // what came before the engine was ready (whenReady)

function use(pyodide) {
  const engine = pyodide.pyimport("guide_engine");
  keepIn = engine.keep;
  return engine.handle;
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Called by the slimmed standard library's finder (sitecustomize) the first time Python imports a module it lacks:
// Pyodide's full standard library, fetched synchronously, which a worker may do, so that the import can wait.
// Its archive is then in the file system, which a memory snapshot does not hold, so such a start is not kept.
let fellBack = false;
function fullStdlib(url) {
  return () => {
    fellBack = true;
    const request = new XMLHttpRequest();
    request.open("GET", url, false);
    request.responseType = "arraybuffer";
    request.send();
    if (request.status !== 200) throw new Error(`${request.status} ${url}`);
    return new Uint8Array(request.response);
  };
}

// What a failure says in the console and to the page. Pyodide rejects some failures with an object that is not an
// Error (Python's exit when its standard library did not download is an ExitStatus), which would read
// "[object Object]"; and a download that failed on the way is often the real reason, so it is named too.
const downloadsFailed = [];
const fetching = self.fetch;
self.fetch = async (input, init) => {
  try {
    const response = await fetching(input, init);
    if (!response.ok) downloadsFailed.push(`${response.status} ${response.statusText} ${response.url}`.trim());
    return response;
  } catch (error) {
    const url = String(input instanceof Request ? input.url : input);
    downloadsFailed.push(error.message.includes(url) ? error.message : `${error.message} ${url}`);
    throw error;
  }
};

function reason(error) {
  const text = error?.message ? `${error.name ?? typeof error}: ${error.message}` : String(error);
  const downloads = downloadsFailed.length ? ` (downloads that failed: ${downloadsFailed.join("; ")})` : "";
  return text + downloads;
}

async function start({ root, start: files }) {
  const at = (path) => new URL(path, root).href;
  wasm.expect(at(files.wasm));
  const key = keptKey(at, files);
  const kept = keptStart(files.keptCache, key); // read while the runtime's scripts load; it never rejects
  const { loadPyodide } = await import(at(files.script));
  postMessage({ type: "progress", stage: "runtime" });
  self[files.fallbackHook] = fullStdlib(at(files.fullStdlib));
  const options = {
    indexURL: at(files.pyodide),
    lockFileContents: files.lockfile,
    stdout: () => {},
    stderr: (line) => console.warn(line),
  };
  // Pyodide never settles if its WebAssembly fails (worker-wasm.js), so every start races that failure.
  const load = (more) => Promise.race([loadPyodide({ ...options, ...more }), wasm.failed]);
  const engineBytes = fetchBytes(at(files.engine)).catch(() => null); // downloads while the runtime starts
  const engineAt = files.engineArchive;
  let pyodide;
  let fast = true;
  let restored = false;
  let keepable = true; // only the fast path's interpreter is kept: the fallback's has loaded a wheel
  let { snapshot, failures, error: unread } = await kept;
  if (unread) {
    console.warn("the kept start could not be read; starting the usual way", unread);
    failures += 1;
    await keepStart(files.keptCache, key, null, failures);
  } else if (snapshot && (await engineBytes)) {
    try {
      pyodide = await load({ stdLibURL: at(files.stdlib), _loadSnapshot: snapshot });
      delete pyodide._api?.config?._loadSnapshot; // Pyodide keeps its options: the 31 MB copy would stay alive
      postMessage({ type: "progress", stage: "engine" });
      pyodide.FS.writeFile(engineAt, await engineBytes); // the same bytes the kept interpreter read its engine from
      handle = use(pyodide);
      restored = true;
      restoredFailed = () => keepStart(files.keptCache, key, null, failures + 1); // if it breaks (answer)
    } catch (error) {
      if (error instanceof wasm.Failed) throw error;
      console.warn("the kept start did not load; starting the usual way", error);
      failures += 1;
      await keepStart(files.keptCache, key, null, failures);
      handle = null;
    }
  }
  snapshot = null;
  if (!restored) {
    try {
      pyodide = await load({ stdLibURL: at(files.stdlib), _makeSnapshot: failures < GIVE_UP });
    } catch (error) {
      if (error instanceof wasm.Failed) throw error;
      console.warn("the byte-compiled standard library did not load; using Pyodide's own", reason(error));
      fast = false;
      pyodide = await load({ lockFileContents: undefined }); // and its own lockfile, fetched, not the header
    }
    postMessage({ type: "progress", stage: "engine" });
    const bytes = fast ? await engineBytes : null;
    try {
      if (!bytes) throw new Error("no engine bytecode");
      pyodide.FS.writeFile(engineAt, bytes);
      pyodide.runPython(`import sitecustomize\nsitecustomize.use_engine(${JSON.stringify(engineAt)})`);
      handle = use(pyodide);
    } catch (error) {
      console.warn("the engine's bytecode did not load; using its wheel", reason(error));
      keepable = false;
      pyodide.runPython(`import sys
sys.path[:] = [p for p in sys.path if p != ${JSON.stringify(engineAt)}]
for name in [m for m in sys.modules if m.split(".")[0] == "guide_engine"]:
    del sys.modules[name]`);
      await pyodide.loadPackage(at(files.wheel), { messageCallback: () => {} });
      handle = use(pyodide);
    }
  }
  // The copy is of an interpreter that has read nothing the reader made (the practise page says so): taken before
  // the first request that may carry such a thing, or COPY_MS after the last of those the page marks as carrying
  // none (`pristine`: a new start of an exercise and its first view, sandbox-work.js). So a first visit's first
  // view does not wait for it (copying the 31 MB took 27 to 54 ms on the desktop, and its garbage more): it is
  // taken while the reader reads that view. A request that comes meanwhile waits until it is taken.
  const keep = fast && keepable && !restored && !fellBack && failures < GIVE_UP;
  postMessage({ type: "ready", fast, restored, keeping: keep });
  if (keep) {
    copying = () => {
      copying = null;
      let made = null;
      try {
        made = pyodide.makeMemorySnapshot();
      } catch (error) {
        console.warn("the start could not be kept for next time", error);
      }
      postMessage({ type: "copied", answered, made: Boolean(made) }); // when, for the tests and the benchmark
      if (!made) return;
      keeping = () => {
        keeping = null;
        keepStart(files.keptCache, key, made, failures);
      };
      idleSoon();
      setTimeout(() => keeping?.(), LATEST_MS);
    };
    settleSoon();
  }
  for (const job of waiting.splice(0)) job();
}

// The copy, until it is taken (the end of start): COPY_MS after the worker's last answer (or its start).
const COPY_MS = 150;
let [copying, settled, answered] = [null, null, 0]; // answered: requests answered before the copy was taken
function settleSoon() {
  clearTimeout(settled);
  if (copying) settled = setTimeout(() => copying?.(), COPY_MS);
}

// Storing the kept start packs 31 MB (about 30 ms on a desktop) and hands 10 MB to the browser's storage; it waits
// until the page has asked nothing for a second, so that it does not compete with the first views, or at the
// latest LATEST_MS after the copy, so that a reader who never pauses does not hold the copy in memory for long.
const IDLE_MS = 1000;
const LATEST_MS = 20000;
let keeping = null;
let idle = null;
function idleSoon() {
  clearTimeout(idle);
  if (keeping) idle = setTimeout(() => keeping?.(), IDLE_MS);
}

let restoredFailed = null;

// The calendar and settings the page sends once, after the start (engine.js): read now, for every request after.
function takeKept(message) {
  try {
    kept = keepIn(message.kept);
  } catch (error) {
    console.warn("the calendar and settings were not kept: a request that names them is refused", reason(error));
  }
}

// What comes before the engine has started waits for it, in the order it came.
const whenReady = (job) => (handle ? job() : waiting.push(job));

function answer({ id, request, pristine }) {
  if (!pristine) copying?.(); // the copy is taken before the engine reads what may be the reader's
  let response;
  try {
    response = handle(request, kept);
  } catch (error) {
    restoredFailed?.(); // the engine answers every request itself: an error here is the interpreter's, not Python's
    restoredFailed = null;
    response = JSON.stringify({ ok: false, error: { key: "worker_failed", text: String(error) } });
  }
  postMessage({ type: "answer", id, response });
  if (copying) answered += 1;
  settleSoon();
  idleSoon();
}

// A start that failed and fell back can leave promises of Pyodide's own rejected with nothing to hear them (its
// package index when the lockfile's header was refused): said as a warning, not as the page's error.
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  console.warn("unheard of in the engine's worker:", reason(event.reason));
});

onmessage = (event) => {
  const message = event.data;
  if (message.type === "module") {
    wasm.hand(message.module);
  } else if (message.type === "prepare") {
    // Sent by engine.js before runtime.json has come, with the scripts of the build it belongs to: Pyodide's two
    // scripts download and compile now, and loadPyodide later finds them already imported.
    for (const url of message.scripts) import(url).catch(() => {});
  } else if (message.type === "start") {
    start(message).catch((error) => {
      console.warn("the engine did not start", reason(error));
      postMessage({ type: "failed", error: reason(error) });
    });
  } else if (message.type === "call") {
    whenReady(() => answer(message));
  } else if (message.type === "keep") {
    whenReady(() => takeKept(message));
  }
};
