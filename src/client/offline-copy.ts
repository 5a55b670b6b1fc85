/*
 * Asks the browser to keep the offline copy (the service worker in service-worker.js), once the
 * page has loaded and the browser is idle, so the copy never competes with the page a reader
 * opened. A reader whose browser asks to save data (Save-Data) gets no copy: it is the whole
 * site, about a megabyte.
 */

/** The part of the Network Information API this reads; only some browsers have it. */
type WithConnection = Navigator & { connection?: { saveData?: boolean } };

/** Registers /sw.js after load, when idle, unless the browser asks to save data. */
export function keepOfflineCopy(): void {
	const { serviceWorker, connection } = navigator as WithConnection;
	if (!serviceWorker || connection?.saveData) return;
	const register = () => void serviceWorker.register('/sw.js').catch(() => undefined);
	const idle = () => (window.requestIdleCallback ?? setTimeout)(register);
	if (document.readyState === 'complete') idle();
	else window.addEventListener('load', idle, { once: true });
}
