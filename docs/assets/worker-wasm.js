// Pyodide's WebAssembly in the engine's worker: the module the page compiled, handed over, and a start that never
// hangs on it. Imported first by worker.js, so that it is in place before Pyodide's scripts run.
//
// The page compiles pyodide.asm.wasm (engine.js) and hands the module over: Chromium keeps optimised code in its
// cache only for a module compiled on a page, not in a worker, so a warm start would otherwise run unoptimised
// code. Pyodide 314 fetches the file and instantiates it with WebAssembly.instantiateStreaming; here that fetch
// gets an empty body and the instantiation the handed module (private touch points, guide_site/runtime/
// TOUCH_POINTS.md). A Pyodide that instantiates from the bytes instead gets the handed module too: an empty body
// is never a WebAssembly module (its header alone is 8 bytes), so WebAssembly.instantiate given one is ours. If the
// page could not compile the module, or it does not instantiate, the worker downloads the file itself.
//
// Pyodide only warns when its WebAssembly fails to download or instantiate, and its loadPyodide then never settles.
// So every such failure here rejects `failed`, which the start races: the reader is told, and may try again.
let url = null; // the file this build's runtime names (expect)
let handed;
const arrived = new Promise((resolve) => { handed = resolve; });
let reject;
export const failed = new Promise((_, rejected) => { reject = rejected; });
failed.catch(() => {}); // raced by the start; unheard of if the start fails for another reason first

export class Failed extends Error {
  constructor(cause) {
    super(`Pyodide's WebAssembly did not load: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "WebAssemblyFailed";
  }
}
const fail = (error) => reject(new Failed(error));

export function expect(wasm) { url = wasm; }
export function hand(module) { handed(module); }

const realFetch = self.fetch.bind(self);
const real = { instantiate: WebAssembly.instantiate, streaming: WebAssembly.instantiateStreaming };

// A download of the file, told as a failure of the start if it does not come.
async function download() {
  try {
    const response = await realFetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText} ${url}`);
    return response;
  } catch (error) {
    fail(error);
    throw error;
  }
}

self.fetch = (input, init) => {
  if (!url || String(input instanceof Request ? input.url : input) !== url) return realFetch(input, init);
  // The page downloads the WebAssembly once; the worker fetches it only if the page could not.
  return arrived.then((module) => (module ? new Response(new ArrayBuffer(0)) : download()));
};

// The handed module instantiated, or (none, or it fails) the file downloaded here and instantiated from it.
async function instantiated(imports, source) {
  const module = await arrived;
  try {
    if (module) {
      try {
        return { instance: await real.instantiate.call(WebAssembly, module, imports), module };
      } catch (error) {
        console.warn("the page's WebAssembly module did not instantiate; downloading it here", error);
      }
    }
    const response = module || !source ? download() : source;
    if (real.streaming) return await real.streaming.call(WebAssembly, response, imports);
    return await real.instantiate.call(WebAssembly, await (await response).arrayBuffer(), imports);
  } catch (error) {
    fail(error);
    throw error;
  }
}

WebAssembly.instantiateStreaming = (source, imports) => instantiated(imports, source);

const isEmpty = (bytes) => (ArrayBuffer.isView(bytes) || bytes instanceof ArrayBuffer) && bytes.byteLength === 0;
WebAssembly.instantiate = (source, imports) => {
  if (url && isEmpty(source)) return instantiated(imports, null); // the empty body our fetch gave: Pyodide's module
  return real.instantiate.call(WebAssembly, source, imports);
};
