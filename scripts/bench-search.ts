/*
 * Search latency for the benchmark: from the keystroke that completes a query to its results
 * painted, on /search/, in Chromium with the CPU slowed 4x (a mid-range phone). Each query is
 * typed into a cleared box; the clock stops on the first animation frame after Pagefind's
 * summary names that query. Bytes are what a fresh page fetches from /pagefind/ up to the first
 * query's results (as served, uncompressed by the test server; Pagefind's index is gzipped).
 */
import type { Browser } from '@playwright/test';

/** Twenty worries in a reader's own words, across every step. */
export const SEARCH_QUERIES = [
	'apology',
	'say sorry',
	'explain why',
	'they need space',
	'time',
	'pressure',
	'trust',
	'promises',
	'change',
	'flaws',
	'fears',
	'toxic',
	'pride',
	'forgiveness',
	'closure',
	'no contact',
	'they won’t answer',
	'pushed away',
	'remorse',
	'ready',
] as const;

export interface SearchTiming {
	medianMs: number;
	p90Ms: number;
	firstQueryBytes: number;
	queries: number;
}

const percentile = (values: readonly number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Types each query into the search page at `origin` and times it. */
export async function measureSearch(
	browser: Browser,
	origin: string,
	queries: readonly string[],
): Promise<SearchTiming> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

	let bytes = 0;
	let counting = true;
	page.on('response', (response) => {
		if (!counting || !new URL(response.url()).pathname.startsWith('/pagefind/')) return;
		void response
			.body()
			.then((body) => (bytes += body.length))
			.catch(() => undefined);
	});

	await page.goto(`${origin}/search/`);
	await page.locator('mend-search-page input').waitFor();
	const times: number[] = [];
	for (const [index, query] of queries.entries()) {
		const ms = await page.evaluate(async (q) => {
			const input = document.querySelector<HTMLInputElement>('mend-search-page input');
			const summary = document.querySelector('mend-search-page pagefind-summary');
			if (!input || !summary) throw new Error('the search page has no box or summary');
			input.value = '';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((done) => setTimeout(done, 400));
			const shown = () => summary.textContent?.includes(`“${q}”`) ?? false;
			const started = performance.now();
			const painted = new Promise<number>((done) => {
				const observer = new MutationObserver(() => {
					if (!shown()) return;
					observer.disconnect();
					requestAnimationFrame(() => done(performance.now() - started));
				});
				observer.observe(summary, { subtree: true, childList: true, characterData: true });
			});
			input.value = q;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			return painted;
		}, query);
		times.push(ms);
		if (index === 0) {
			await page.waitForLoadState('networkidle');
			counting = false;
		}
	}
	await context.close();
	return {
		medianMs: Math.round(percentile(times, 50)),
		p90Ms: Math.round(percentile(times, 90)),
		firstQueryBytes: bytes,
		queries: times.length,
	};
}
