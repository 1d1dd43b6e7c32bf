// Service worker for the BIIP timeline: serves the whole site offline from one versioned cache.
// The build step (biip-site build) writes sw.js from this file, replacing the two markers with
// the precache list of every file in dist/ and a version derived from their content hashes.
'use strict';

const VERSION = /*BIIP_VERSION*/'dev';
const PRECACHE = /*BIIP_PRECACHE*/[];

// Resolve the build's relative URLs against this worker's own scope, so a sub-path deploy works.
const scopeUrl = new URL(self.registration.scope);
const urlOf = (path) => new URL(path, scopeUrl).href;

// One cache per build and per deploy path: two sites on one origin never delete each other's.
const PREFIX = `biip-timeline:${scopeUrl.pathname}:`;
const CACHE = `${PREFIX}${VERSION}`;

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

// Fetches one file of the build and checks it against the SHA-256 the build recorded, so a
// truncated or mixed-up download can never be installed.
async function fetchVerified({ url, sha256 }) {
  const response = await fetch(urlOf(url), { cache: 'reload' });
  if (!response.ok) throw new Error(`precache ${url}: HTTP ${response.status}`);
  const body = await response.clone().arrayBuffer();
  const actual = hex(await crypto.subtle.digest('SHA-256', body));
  if (actual !== sha256) throw new Error(`precache ${url}: content does not match this build`);
  return response;
}

self.addEventListener('install', (event) => {
  // Every file must arrive intact, or the install fails and the previous build keeps serving.
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      const responses = await Promise.all(PRECACHE.map(fetchVerified));
      await Promise.all(responses.map((response, i) => cache.put(urlOf(PRECACHE[i].url), response)));
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

// The new build takes over only when the reader accepts it (pwa.js sends this message).
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'biip-skip-waiting') self.skipWaiting();
  // The page asks every worker who it is before it offers it or lets it stay (pwa.js): a
  // worker that cannot answer, such as an empty or half-uploaded sw.js, is retired.
  if (event.data && event.data.type === 'biip-version' && event.ports[0]) {
    event.ports[0].postMessage({ app: 'biip-timeline', version: VERSION, cache: CACHE });
  }
});

// Each cached file's SHA-256, by its absolute URL.
const EXPECTED = new Map(PRECACHE.map(({ url, sha256 }) => [urlOf(url), sha256]));

// A cached response is served only while it still matches the hash this build recorded: a
// cache entry changed on the device (a tampered page, a truncated wasm) is dropped and fetched
// again, verified, and stored anew. When no intact copy can be had, the network answers, and
// the changed copy is never served.
async function intact(cache, key, hit) {
  const expected = EXPECTED.get(key);
  if (!expected) return hit;
  const actual = hex(await crypto.subtle.digest('SHA-256', await hit.clone().arrayBuffer()));
  if (actual === expected) return hit;
  await cache.delete(key);
  try {
    const fresh = await fetchVerified({ url: key, sha256: expected });
    await cache.put(key, fresh.clone());
    return fresh;
  } catch {
    return undefined;
  }
}

// The cached copy of `key` if there is an intact one.
async function cachedFile(cache, key) {
  const hit = await cache.match(key);
  return hit ? intact(cache, key, hit) : undefined;
}

// The page a navigation should get from the cache: the exact page, a folder's index page,
// or the 404 page, with the query string ignored (filters are read by the app).
async function cachedPage(cache, url) {
  const clean = new URL(url);
  clean.search = '';
  clean.hash = '';
  const candidates = [clean.href];
  if (!clean.pathname.endsWith('/')) candidates.push(clean.href + '/');
  for (const candidate of candidates) {
    const hit = await cachedFile(cache, candidate);
    if (hit) return hit;
  }
  const notFound = await cachedFile(cache, urlOf('404.html'));
  if (notFound) {
    return new Response(await notFound.blob(), { status: 404, headers: notFound.headers });
  }
  return undefined;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scopeUrl.href)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (request.mode === 'navigate') {
      const page = await cachedPage(cache, request.url);
      if (page) return page;
    } else {
      const clean = new URL(request.url);
      clean.search = '';
      const hit = await cachedFile(cache, clean.href);
      if (hit) return hit;
    }
    return fetch(request);
  })());
});
