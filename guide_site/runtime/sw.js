// Ladok-guiden's service worker, written to the site's root by the build with what it must know of the build filled
// in (BUILT, guide_site/runtime/offline.py). It keeps what the reader has used, so a second visit starts from the
// cache and the guide works offline:
// - the runtime, the engine and the site's scripts (paths named for their version or content): from the cache once
//   fetched;
// - pages and everything else: from the network while online, from the cache when not;
// - a page never opened before, offline: a short page in the reader's language that says so.
// What must match the build (pages, runtime.json) is fetched past the browser's HTTP cache ("no-cache": asked again
// of the server, which may answer "not modified"), so that on a host that sends `Cache-Control: max-age=...` a new
// page never meets an old runtime.json and so an old engine.
// A new build is a new version: while it installs it fetches again, from the new build, every page and file the
// reader kept under the old one (or, offline, carries the old copy over), and keeps the runtime files and scripts
// the new build still uses; then its cache replaces the old ones.
// Workbox's strategies were measured in place of this file's answers and not taken (TOUCH_POINTS.md).
const BUILT = /* ladok:built */ null;
const PREFIX = BUILT.prefix;
const CACHE = `${PREFIX}${BUILT.version}`;
const SCOPE = new URL(self.registration.scope);
const OFFLINE = BUILT.offline;
const KEPT_FOR_GOOD = new RegExp(BUILT.immutable);

const fresh = (url) => fetch(url, { cache: "no-cache", credentials: "same-origin" });

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(Object.values(OFFLINE).map((p) => new Request(new URL(p, SCOPE).href, { cache: "no-cache" })));
    await carryOver(cache);
    await self.skipWaiting();
  })());
});

// What the reader kept under earlier builds, brought into this build's cache.
async function carryOver(cache) {
  const old = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
  if (!old.length) return;
  const used = BUILT.used.map((path) => new URL(path, SCOPE).pathname);
  for (const name of old) {
    const previous = await caches.open(name);
    for (const request of await previous.keys()) {
      const url = new URL(request.url);
      if (await cache.match(request)) continue;
      if (KEPT_FOR_GOOD.test(url.pathname)) {
        if (used.some((path) => url.pathname.startsWith(path))) await cache.put(request, await previous.match(request));
        continue;
      }
      const response = await fresh(request.url).catch(() => null);
      if (response && response.ok) await cache.put(request, response);
      else if (!response) await cache.put(request, await previous.match(request)); // offline: the old copy
    }
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// A page that started before this worker controlled it tells which files it already loaded. They are kept as the
// page loaded them, from the HTTP cache (a plain fetch): asked past it ("no-cache"), Chromium downloaded each of them
// again in full, which doubled a first visit to any page (measured: 272 against 136 KiB; benchmarks/page_weight.py).
// The page runs these very copies; a page or file that changes under its name is asked again (past the cache) each
// time it is used online (networkFirst), so an older copy kept here could only ever be shown offline.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "keep" && Array.isArray(event.data.urls)) {
    const own = event.data.urls.filter((u) => new URL(u).origin === SCOPE.origin);
    event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(own.map(async (url) => {
      await storing.get(url); // a copy on its way to the cache (below) is not fetched again
      if (await cache.match(url)) return;
      const response = await fetch(url, { credentials: "same-origin" }).catch(() => null);
      if (response && response.ok) await store(cache, url, response);
    }))));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin || url.pathname.endsWith("/sw.js")) return;
  if (KEPT_FOR_GOOD.test(url.pathname)) event.respondWith(cacheFirst(event, request));
  else event.respondWith(networkFirst(event, request, request.mode === "navigate"));
});

// A response goes to the page at once while its copy is stored in the background: the page reads the
// WebAssembly as it arrives (Pyodide compiles it while it downloads) instead of waiting until all of it is stored,
// and a copy that cannot be stored (the origin's storage full) costs the reader only the offline copy, not the
// download itself.
const storing = new Map(); // url -> the copy being stored
function keepCopy(event, cache, request, response) {
  if (!response.ok) return;
  const url = request.url;
  const done = store(cache, request, response.clone()).finally(() => storing.delete(url));
  storing.set(url, done);
  event.waitUntil(done);
}

// A runtime script (Pyodide's two, 1.3 MB) is the exception: it is stored first and answered from the stored copy,
// so that the engine's worker runs it from the cache already on the first visit. Chromium keeps a script's
// compiled code only beside a copy in the cache that it ran, never beside a network answer passed through, so
// otherwise the second start compiles Pyodide's JavaScript again (and stores its code) and only the third runs it
// compiled. If it cannot be stored, the answer is the download itself, held meanwhile. The site's own scripts, a
// few KB each, go to the page at once, as everything else does.
const SCRIPT = new RegExp(BUILT.storedFirst);
async function cacheFirst(event, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (!response.ok || !SCRIPT.test(new URL(request.url).pathname)) {
    keepCopy(event, cache, request, response);
    return response;
  }
  const download = response.clone();
  const kept = (await store(cache, request, response)) && (await cache.match(request));
  if (!kept) return download;
  download.body?.cancel().catch(() => {}); // frees the held download now, not when it is collected
  return kept;
}

// Stores a copy; one that cannot be stored (the origin's storage full) is only missing offline. True if stored.
function store(cache, request, response) {
  return cache.put(request, response).then(() => true, (error) => {
    console.warn("not kept", String(request.url || request), error);
    return false;
  });
}

async function networkFirst(event, request, isPage) {
  const cache = await caches.open(CACHE);
  try {
    // A navigation keeps its own request (a page's mode cannot be copied); it is asked past the HTTP cache too.
    const response = await (isPage ? fetch(new Request(request, { cache: "no-cache" })) : fresh(request.url));
    keepCopy(event, cache, request, response);
    return response;
  } catch (error) {
    const hit = await cache.match(request, { ignoreSearch: isPage });
    if (hit) return hit;
    if (!isPage) throw error;
    const english = new URL(request.url).pathname.startsWith(new URL("en/", SCOPE).pathname);
    return (await cache.match(new URL(english ? OFFLINE.en : OFFLINE.sv, SCOPE).href)) || Response.error();
  }
}
