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

// A start's own memory, kept for the next start (Pyodide's memory snapshot): the interpreter as it stood with the
// engine imported, before it answered anything. A later start restores it instead of starting Python again. It
// is made on the reader's own device, so it costs no download; it is tied to the exact runtime, standard library
// and engine (their names, which carry their hashes, are its key). A kept start that does not load is replaced by
// a mark that counts the failures, and the runtime starts the usual way: it is kept anew after one failure, and
// after a second this build's start is no longer kept, so that a failure that always happens costs nothing more.
const KEPT = "ladok-kept-start";
const FAILED = "x-ladok-kept-failed"; // the header of the mark, and of a start kept after a failure
const GIVE_UP = 2;
const KEPT_SETUP = 1; // raise it when the Python this worker runs before keeping changes, so no older start is used

function keptKey(at, runtime) {
  const parts = [KEPT_SETUP, runtime.pyodide, runtime.stdlib, runtime.engine];
  return at(`kept-start?${parts.map((part) => encodeURIComponent(part)).join("&")}`);
}

// Most of the interpreter's memory is zeros (about 21 of 31 MB), so the kept copy holds only the 64 KiB pages
// that are not: a header of [mark, whole length, number of runs, then each run's start and length], then the runs.
const PAGE = 65536;
const MARK = 0x4c4b5331; // "LKS1"

function packed(snapshot) {
  const words = new Uint32Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength >>> 2);
  const runs = [];
  for (let page = 0; page < snapshot.byteLength; page += PAGE) {
    const end = Math.min(page + PAGE, snapshot.byteLength) >>> 2;
    let used = false;
    for (let i = page >>> 2; i < end; i++) {
      if (words[i] !== 0) {
        used = true;
        break;
      }
    }
    const last = runs[runs.length - 1];
    if (!used) continue;
    if (last && last[0] + last[1] === page) last[1] = Math.min(page + PAGE, snapshot.byteLength) - last[0];
    else runs.push([page, Math.min(PAGE, snapshot.byteLength - page)]);
  }
  const header = new Uint32Array([MARK, snapshot.byteLength, runs.length, ...runs.flat()]);
  return new Blob([header, ...runs.map(([start, length]) => snapshot.subarray(start, start + length))]);
}

function unpacked(bytes) {
  const words = new Uint32Array(bytes.buffer, 0, Math.min(3, bytes.byteLength >>> 2));
  if (words.length < 3 || words[0] !== MARK) throw new Error("not a kept start");
  const [, length, count] = words;
  if (length > 2 ** 30 || 12 + count * 8 > bytes.byteLength) throw new Error("a kept start of the wrong length");
  const runs = new Uint32Array(bytes.buffer, 12, count * 2);
  let at = 12 + count * 8;
  for (let i = 0; i < count; i++) {
    if (runs[2 * i] + runs[2 * i + 1] > length) throw new Error("a kept start of the wrong length");
    at += runs[2 * i + 1];
  }
  if (at !== bytes.byteLength) throw new Error("a kept start of the wrong length"); // checked before allocating
  const snapshot = new Uint8Array(length);
  at = 12 + count * 8;
  for (let i = 0; i < count; i++) {
    const [start, size] = [runs[2 * i], runs[2 * i + 1]];
    snapshot.set(bytes.subarray(at, at + size), start);
    at += size;
  }
  return snapshot;
}

// What is kept under the key, with the failures its header counts: a snapshot to restore, a mark (no bytes), or
// nothing; bytes that cannot be read are an error, which counts as a kept start that does not load.
async function keptStart(key) {
  let response;
  try {
    response = await (await caches.open(KEPT)).match(key);
  } catch {
    return { failures: 0 }; // no Cache Storage here (or it failed): start the usual way
  }
  if (!response) return { failures: 0 };
  const failures = Number(response.headers.get(FAILED)) || 0;
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength ? { snapshot: unpacked(bytes), failures } : { failures };
  } catch (error) {
    return { error, failures };
  }
}

async function keepStart(key, snapshot, failures) {
  try {
    const cache = await caches.open(KEPT);
    for (const request of await cache.keys()) if (request.url !== key) await cache.delete(request);
    const headers = failures ? { [FAILED]: String(failures) } : {};
    await cache.put(key, new Response(snapshot ? packed(snapshot) : null, { headers }));
  } catch (error) {
    console.warn("the start was not kept for next time", error); // storage full: the next start is the usual one
  }
}

async function start({ root, runtime }) {
  const at = (path) => new URL(path, root).href;
  const key = keptKey(at, runtime);
  const kept = keptStart(key); // read while the runtime's scripts load; it never rejects
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
  let restored = false;
  let keepable = true; // only the fast path's interpreter is kept: the fallback's has loaded a wheel
  let { snapshot, failures, error: unread } = await kept;
  if (unread) {
    console.warn("the kept start could not be read; starting the usual way", unread);
    failures += 1;
    await keepStart(key, null, failures);
  } else if (snapshot && (await engineBytes)) {
    try {
      pyodide = await loadPyodide({ ...options, stdLibURL: at(runtime.stdlib), _loadSnapshot: snapshot });
      delete pyodide._api?.config?._loadSnapshot; // Pyodide keeps its options: the 31 MB copy would stay alive
      postMessage({ type: "progress", stage: "engine" });
      pyodide.FS.writeFile(ENGINE_PATH, await engineBytes); // the same bytes the kept interpreter read its engine from
      handle = pyodide.pyimport("guide_engine").handle;
      restored = true;
      restoredFailed = () => keepStart(key, null, failures + 1); // if the restored interpreter breaks (answer)
    } catch (error) {
      console.warn("the kept start did not load; starting the usual way", error);
      failures += 1;
      await keepStart(key, null, failures);
      handle = null;
    }
  }
  snapshot = null;
  if (!restored) {
    try {
      pyodide = await loadPyodide({ ...options, stdLibURL: at(runtime.stdlib), _makeSnapshot: failures < GIVE_UP });
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
      keepable = false;
      pyodide.runPython(`import sys
sys.path[:] = [p for p in sys.path if p != "${ENGINE_PATH}"]
for name in [m for m in sys.modules if m.split(".")[0] == "guide_engine"]:
    del sys.modules[name]`);
      await pyodide.loadPackage(at(runtime.wheel), { messageCallback: () => {} });
      handle = pyodide.pyimport("guide_engine").handle;
    }
  }
  // The copy is taken before the first answer, so that the kept interpreter is one that has answered nothing, but
  // after "ready" is sent: copying the 31 MB memory (20 to 50 ms) then overlaps the page's turn before it asks.
  // A request that arrives meanwhile waits in the queue until the copy is taken.
  const keep = fast && keepable && !restored && !fellBack && failures < GIVE_UP;
  postMessage({ type: "ready", fast, restored, keeping: keep });
  let made = null;
  if (keep) {
    try {
      made = pyodide.makeMemorySnapshot();
    } catch (error) {
      console.warn("the start could not be kept for next time", error);
    }
  }
  for (const message of waiting.splice(0)) answer(message);
  if (made) {
    keeping = () => {
      keeping = null;
      keepStart(key, made, failures);
    };
    idleSoon();
    setTimeout(() => keeping?.(), LATEST_MS);
  }
}

// Storing the kept start packs 31 MB (about 30 ms on a desktop) and hands 10 MB to the browser's storage; it waits
// until the page has asked nothing for a second, so that it does not compete with the first views, or at the
// latest LATEST_MS after the start, so that a reader who never pauses does not hold the copy in memory for long.
const IDLE_MS = 1000;
const LATEST_MS = 20000;
let keeping = null;
let idle = null;
function idleSoon() {
  clearTimeout(idle);
  if (keeping) idle = setTimeout(() => keeping?.(), IDLE_MS);
}

let restoredFailed = null;

function answer({ id, request }) {
  let response;
  try {
    response = handle(request);
  } catch (error) {
    restoredFailed?.(); // the engine answers every request itself: an error here is the interpreter's, not Python's
    restoredFailed = null;
    response = JSON.stringify({ ok: false, error: { key: "worker_failed", text: String(error) } });
  }
  postMessage({ type: "answer", id, response });
  idleSoon();
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
