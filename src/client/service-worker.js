/*
 * The service worker that keeps the offline copy, built into dist/sw.js by
 * src/integrations/offline.ts: workbox-build lists and revisions the files, and injects that list
 * as MANIFEST below. It needs none of Workbox's runtime, as it only serves a fixed list.
 *
 * Versions never mix. Each build's copy lives in its own cache, named from its file list and
 * revisions. A new build's worker fills its cache while the old one keeps serving its own, then
 * waits. At the reader's next navigation, if that tab is the only one open on the site, the old
 * worker hands over: it asks the new one for its cache's name, tells it to take over, and from
 * then on answers everything (that navigation first) from the new cache, until the new worker is
 * active and answers for itself. With other tabs open, the new version waits until they close,
 * as browsers do by default. Only once it is active are the old caches deleted.
 *
 * Files are served cache first: a reader with a slow connection gets the page at once, and the
 * browser checks /sw.js (served no-cache) for a new build at each navigation. Query strings are
 * ignored, as no file of a static site changes with one (`/search/?q=…`, Pagefind's
 * `pagefind-entry.json?ts=…`, `?pagefind-highlight=…`). A navigation to a page that is not in the
 * copy goes to the network, and offline gets the site's own offline page in its language.
 */

/** @type {{ url: string, revision: string | null }[]} */
const MANIFEST = self.__WB_MANIFEST;
const PREFIX = 'mend-offline-';
/**
 * Each language's offline page, by the prefix of its pages, longest first: src/integrations/offline.ts
 * fills this line in from the site model, so a Spanish page gets /es/sin-conexion/.
 * @type {Record<string, string>}
 */
const OFFLINE_PAGES = { '/': '/offline/' };
/** The header a cached file carries its revision in, so a later build can tell it is unchanged. */
const REVISION = 'x-mend-revision';

/** The name of this build's cache: a hash (FNV-1a) of its files and their revisions. */
const CACHE =
	PREFIX +
	[...JSON.stringify(MANIFEST)]
		.reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261)
		.toString(36);
const KEPT = new Set(MANIFEST.map(({ url }) => url));

/** The cache requests are answered from: this build's, or a newer build's once it is taking over. */
let serving = CACHE;

self.addEventListener('install', (event) => event.waitUntil(fill()));
self.addEventListener('activate', (event) => event.waitUntil(dropOldCopies()));
self.addEventListener('message', (event) => {
	if (event.data === 'cache-name') event.ports[0]?.postMessage(CACHE);
	if (event.data === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) return;
	const path = url.pathname.replace(/\/index\.html$/, '/');
	const navigate = request.mode === 'navigate';
	// Anything outside the copy (the link-preview cards) is left to the browser.
	if (!KEPT.has(path) && !navigate) return;
	event.respondWith(respond(request, path, navigate));
});

/** Puts every file of this build into its cache, reusing unchanged ones from an older copy. */
async function fill() {
	const cache = await caches.open(CACHE);
	const older = await Promise.all(
		(await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.open(name)),
	);
	await Promise.all(
		MANIFEST.map(async ({ url, revision }) => {
			if (await cache.match(url)) return;
			for (const copy of older) {
				const kept = await copy.match(url);
				// Files without a revision are named by their content: the same name is the same file.
				if (kept && (revision === null || kept.headers.get(REVISION) === revision)) return cache.put(url, kept);
			}
			const response = await fetch(url, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`The offline copy could not fetch ${url}: ${response.status}`);
			const headers = new Headers(response.headers);
			if (revision !== null) headers.set(REVISION, revision);
			await cache.put(url, new Response(await response.blob(), { status: response.status, headers }));
		}),
	);
}

async function dropOldCopies() {
	const names = await caches.keys();
	await Promise.all(
		names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
	);
}

/**
 * @param {Request} request
 * @param {string} path
 * @param {boolean} navigate
 */
async function respond(request, path, navigate) {
	if (navigate) await handOver();
	const cache = await caches.open(serving);
	const cached = await cache.match(path);
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		const offline = navigate ? await cache.match(offlinePage(path)) : undefined;
		if (offline) return offline;
		throw error;
	}
}

/**
 * The offline page in the language of the page asked for.
 * @param {string} path
 */
function offlinePage(path) {
	const prefix = Object.keys(OFFLINE_PAGES).find((start) => path.startsWith(start)) ?? '/';
	return OFFLINE_PAGES[prefix] ?? '/offline/';
}

/** Lets a waiting new version take over, if no other tab still shows this one. */
async function handOver() {
	const waiting = self.registration.waiting;
	if (serving !== CACHE || !waiting) return;
	const tabs = await self.clients.matchAll({ type: 'window' });
	if (tabs.length > 1) return;
	const channel = new MessageChannel();
	const name = await new Promise((resolve) => {
		channel.port1.onmessage = (event) => resolve(event.data);
		waiting.postMessage('cache-name', [channel.port2]);
	});
	if (typeof name !== 'string' || !(await caches.has(name))) return;
	serving = name;
	// Activation waits until this worker has no request in hand, so it is not awaited here.
	waiting.postMessage('skip-waiting');
}
