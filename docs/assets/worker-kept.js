// A start's own memory, kept for the next start (Pyodide's memory snapshot): the interpreter as it stood with the
// engine imported, before it read anything the reader made (worker.js: at most a new start of an exercise and its first
// view were answered). A later start restores it instead of starting Python again. It is made on the reader's own
// device, so it costs no download; it is tied to the exact runtime, standard library and engine (their names, which
// carry their hashes, are its key). A kept start that does not load is replaced by a mark that counts the failures
// (worker.js), and the runtime starts the usual way: it is kept anew after one failure, and after a second this build's
// start is no longer kept, so that a failure that always happens costs nothing more. The cache's name comes with
// runtime.json (start.keptCache).
const FAILED = "x-ladok-kept-failed"; // the header of the mark, and of a start kept after a failure
export const GIVE_UP = 2;
const KEPT_SETUP = 1; // raise it when the Python this worker runs before keeping changes, so no older start is used

export function keptKey(at, start) {
  const parts = [KEPT_SETUP, start.pyodide, start.stdlib, start.engine];
  return at(`kept-start?${parts.map((part) => encodeURIComponent(part)).join("&")}`);
}

// Most of the interpreter's memory is zeros (about 21 of 31 MB), so the kept copy holds only the 64 KiB pages
// that are not: a header of [mark, whole length, number of runs, then each run's start and length], then the runs.
// The browser's CompressionStream was measured against it (Chromium, desktop, 5 rounds each): gzip keeps 3.4 MB
// instead of 9.7 MB, but restoring it takes 150 to 650 ms against 5 to 13 ms, on the second start's critical path,
// and storing it 1.2 to 1.5 s of the worker's time against 0.16 s (deflate-raw, or gzip of these runs, no better).
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
export async function keptStart(cacheName, key) {
  let response;
  try {
    response = await (await caches.open(cacheName)).match(key);
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

export async function keepStart(cacheName, key, snapshot, failures) {
  try {
    const cache = await caches.open(cacheName);
    for (const request of await cache.keys()) if (request.url !== key) await cache.delete(request);
    const headers = failures ? { [FAILED]: String(failures) } : {};
    await cache.put(key, new Response(snapshot ? packed(snapshot) : null, { headers }));
  } catch (error) {
    console.warn("the start was not kept for next time", error); // storage full: the next start is the usual one
  }
}
