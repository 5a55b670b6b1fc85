/*
 * Measures every built page as a browser on a fresh cache loads it, prints a table and fails
 * naming the page and the budget it broke (budgets in budget-rules.ts). Part of `npm test`,
 * after the build. Bytes, not time: timings belong in the benchmark.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';
import { lateScriptUrls } from '../src/lib/late-loader.ts';
import { chromiumArgs, findChromium } from '../support/browser.ts';
import { distDir, readingPages } from '../support/site.ts';
import {
	formatTable,
	overBudget,
	searchOverBudget,
	toolsIn,
	type PageCost,
	type SearchCost,
} from '../support/budget-rules.ts';
import { serveDist } from '../support/serve-dist.ts';

/** Brotli sizes by content: every page loads the same stylesheet and scripts, compressed once. */
const compressed = new Map<string, number>();
function brotli(data: Buffer | string): number {
	const key = createHash('sha256').update(data).digest('hex');
	let size = compressed.get(key);
	if (size === undefined) {
		size = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		compressed.set(key, size);
	}
	return size;
}

/** What a response carried: the built file for a site script, else the body the browser kept. */
function bodyOf(response: Response): Promise<Buffer> {
	const { pathname } = new URL(response.url());
	if (response.request().resourceType() === 'script' && existsSync(join(distDir, pathname)))
		return Promise.resolve(readFileSync(join(distDir, pathname)));
	return response.body();
}

const port = Number(process.env['MEND_BUDGET_PORT'] ?? 4399);
const server = await serveDist(distDir, port);
const browser = await chromium.launch({ executablePath: findChromium({ shell: true }), args: chromiumArgs });
const costs: PageCost[] = [];
const search: SearchCost = { bytes: 0, requests: 0, urls: [] };

/** Pages measured at once, each in its own fresh context: each waits for its network to go idle. */
const AT_ONCE = 4;

/** Resolves once `page` has had no request in flight for half a second. */
async function quiet(page: Page): Promise<void> {
	let inFlight = 0;
	let last = performance.now();
	const start = () => void inFlight++;
	const end = () => {
		inFlight--;
		last = performance.now();
	};
	page.on('request', start);
	page.on('requestfinished', end);
	page.on('requestfailed', end);
	while (inFlight > 0 || performance.now() - last < 500) await page.waitForTimeout(100);
	page.off('request', start);
	page.off('requestfinished', end);
	page.off('requestfailed', end);
}

/** Measures one page as a phone on a fresh cache loads it. */
async function measure(path: string, file: string): Promise<PageCost> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const html = readFileSync(file, 'utf8');
	const cost: PageCost = {
		path,
		htmlCssBytes: 0,
		jsBytes: 0,
		requests: 0,
		fonts: [],
		images: [],
		tools: toolsIn(html),
	};
	const pending: Promise<void>[] = [];
	page.on('request', () => void cost.requests++);
	page.on('response', (response) => {
		const type = response.request().resourceType();
		const url = response.url();
		pending.push(
			// The file as built: the browser sometimes no longer holds a script's body once it has run.
			bodyOf(response)
				.then((body) => {
					if (type === 'document' || type === 'stylesheet') cost.htmlCssBytes += brotli(body);
					else if (type === 'script') cost.jsBytes += brotli(body);
					else if (type === 'font') cost.fonts.push(url);
					else if (type === 'image' && !/\/favicon\.[a-z]+$/.test(url)) cost.images.push(url);
				})
				.catch(() => undefined),
		);
	});
	// The page's own scripts load once its text is on screen (late-scripts.ts):
	// wait until the page has asked for them and they have run, then for what they load in turn.
	const urls = lateScriptUrls(html);
	const late = urls.map((url) => page.waitForResponse((response) => response.url().endsWith(url)));
	await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
	await Promise.all(late);
	// The same URLs resolve to the modules the page imported: this waits for them, loading nothing new.
	await page.evaluate((list) => Promise.all(list.map((url) => import(url))).then(() => undefined), urls);
	await quiet(page);
	await Promise.all(pending);
	// Inline scripts run on load too; they travel inside the HTML, so count them as JS as well.
	for (const match of html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)) {
		cost.jsBytes += brotli(match[1] ?? '');
	}
	await context.close();
	return cost;
}

try {
	const queue = readingPages();
	await Promise.all(
		Array.from({ length: AT_ONCE }, async () => {
			for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
				costs.push(await measure(next.path, next.file));
			}
		}),
	);
	// In the order of the site, whichever finished first.
	const order = readingPages().map(({ path }) => path);
	costs.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));

	// A first search from a step page, on a phone: `/`, a word, its results.
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
	const page = await context.newPage();
	await page.goto(`http://localhost:${port}/steps/3-time-and-space/`, { waitUntil: 'networkidle' });
	// Any first key or tap also loads the share controls' passage links: not search's cost, so load them first.
	await page.locator('body').dispatchEvent('pointerdown');
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		search.requests++;
		search.urls.push(new URL(response.url()).pathname);
		pending.push(
			bodyOf(response)
				.then((body) => void (search.bytes += brotli(body)))
				.catch(() => undefined),
		);
	});
	await page.keyboard.press('/');
	await page.keyboard.type('space');
	await page.getByRole('dialog').locator('a[href^="/steps/3-time-and-space/"]').first().waitFor();
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
} finally {
	await browser.close();
	server.close();
}

console.log(formatTable(costs));
console.log(
	`\nFirst search from a step page: ${search.bytes.toLocaleString('en')} bytes brotli in ${search.requests} requests.`,
);
const problems = [...costs.flatMap((cost) => overBudget(cost)), ...searchOverBudget(search)];
if (problems.length > 0) {
	console.error(`\n${problems.length} budget(s) broken:\n${problems.map((p) => `- ${p}`).join('\n')}`);
	process.exit(1);
}
console.log(`\nAll ${costs.length} pages are within their budgets.`);
