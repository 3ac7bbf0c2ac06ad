// Ladok-guiden's service worker, written to the site's root by the build with the build's version filled in.
// It keeps what the reader has used, so a second visit starts from the cache and the guide works offline:
// - the runtime and the engine (paths named for their version or content): from the cache once fetched;
// - pages and everything else: from the network while online, from the cache when not;
// - a page never opened before, offline: a short page in the reader's language that says so.
// A new build is a new version: its caches replace the old ones, and because a new engine has a new path and
// runtime.json comes from the network while online, a new page never meets a stale engine.
const VERSION = "__VERSION__";
const CACHE = `ladok-guiden-${VERSION}`;
const SCOPE = new URL(self.registration.scope);
const OFFLINE = { sv: "offline.html", en: "en/offline.html" };
const KEPT_FOR_GOOD = /\/(pyodide\/[^/]+|engine|wheels\/[^/]+)\/[^/]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(Object.values(OFFLINE).map((p) => new URL(p, SCOPE).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("ladok-guiden-") && k !== CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// A page that started before this worker controlled it tells which runtime files it already loaded.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "keep" && Array.isArray(event.data.urls)) {
    const own = event.data.urls.filter((u) => new URL(u).origin === SCOPE.origin);
    event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(own.map(async (url) => {
      if (!(await cache.match(url))) await cache.add(url).catch(() => {});
    }))));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin || url.pathname.endsWith("/sw.js")) return;
  if (KEPT_FOR_GOOD.test(url.pathname)) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request, request.mode === "navigate"));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request, isPage) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request, { ignoreSearch: isPage });
    if (hit) return hit;
    if (!isPage) throw error;
    const english = new URL(request.url).pathname.startsWith(new URL("en/", SCOPE).pathname);
    return (await cache.match(new URL(english ? OFFLINE.en : OFFLINE.sv, SCOPE).href)) || Response.error();
  }
}
