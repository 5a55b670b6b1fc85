/*
 * The benchmark (`npm run bench`, not part of `npm test`): what byte budgets cannot say.
 * - Lighthouse (mobile emulation, system Chromium) on five pages: median of 3 runs.
 * - Search: keystroke to results painted, under 4x CPU throttling, over 20 queries.
 * - Build: whole build time (median of 3), output size, search index size.
 * - Scale: copies of the site with 100 and 1,000 generated steps, built in a temporary folder.
 * - Floor: Lighthouse LCP of the intro and step 1 beside a bare Astro build of the same text,
 *   interleaved run by run (median of 3). `--floor` runs only this and updates results.json.
 * - Search as a reader meets it (support/bench-search.ts): accuracy, focus, latency, first-search cost.
 * Writes bench/results.json and prints a table. Timings are medians; the machine is named.
 * `--search` builds once and runs only the search figures and /search/'s Lighthouse, keeping the
 * rest of bench/results.json; `--before` (with --search) files them as the "before" figures that
 * the table shows beside the current ones; `--no-build` measures dist/ as it stands.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as prettier from 'prettier';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, findChromium } from '../support/browser.ts';
import { copyProject } from '../support/project-copy.ts';
import { serveDist } from '../support/serve-dist.ts';
import { SEARCH_QUERIES, benchSearch, measureSearch, type SearchTiming } from '../support/bench-search.ts';
import { bareProject } from './bench-floor.ts';

const root = new URL('../', import.meta.url).pathname;
const chromePath = findChromium();
const quick = process.argv.includes('--quick');
const floorOnly = process.argv.includes('--floor');
const searchOnly = process.argv.includes('--search');
const before = process.argv.includes('--before');
/** Measure dist/ as it is (for "before" figures taken from a build of the code before a change). */
const noBuild = process.argv.includes('--no-build');
const SEARCH_PAGE = '/search/?q=space';
// Three Lighthouse runs a page, --search included: one run of /search/ scored from 90 to 100 on the
// same code in one evening, held back by total blocking time alone, so one is not a figure to file.
const runs = quick ? 1 : 3;

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function sizeOf(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function build(dir: string): number {
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		// A 1,000-step build logs far more than spawnSync's 1 MB default and would be cut off.
		maxBuffer: 512 * 1024 * 1024,
	});
	if (result.status !== 0) throw new Error(`build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
	return performance.now() - started;
}

/** Lighthouse's four category scores, and LCP, TBT and CLS. */
export interface LighthouseResult {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Main-thread time Lighthouse puts in style and layout, simulated (4x CPU slowdown). */
	styleLayoutMs: number;
}

/** Tries for one Lighthouse run: it sometimes fails to record its trace (NO_NAVSTART) and says so. */
const LIGHTHOUSE_TRIES = 3;

/** One Lighthouse run on one URL; a run Lighthouse reports as failed is run again, not filed as zeros. */
async function lighthouseRun(url: string): Promise<LighthouseResult> {
	for (let attempt = 1; ; attempt++) {
		const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
		try {
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`lighthouse returned nothing for ${url}`);
			if (lhr.runtimeError) {
				if (attempt < LIGHTHOUSE_TRIES) {
					console.warn(`lighthouse failed on ${url} (${lhr.runtimeError.code}); running it again`);
					continue;
				}
				throw new Error(`lighthouse failed ${LIGHTHOUSE_TRIES} times on ${url}: ${lhr.runtimeError.message}`);
			}
			const work = lhr.audits['mainthread-work-breakdown']?.details;
			const groups = work && 'items' in work ? (work.items as { group?: string; duration?: number }[]) : [];
			return {
				performance: (lhr.categories['performance']?.score ?? 0) * 100,
				accessibility: (lhr.categories['accessibility']?.score ?? 0) * 100,
				bestPractices: (lhr.categories['best-practices']?.score ?? 0) * 100,
				seo: (lhr.categories['seo']?.score ?? 0) * 100,
				lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
				tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
				cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
				styleLayoutMs: groups.filter((g) => g.group === 'styleLayout').reduce((sum, g) => sum + (g.duration ?? 0), 0),
			};
		} finally {
			chrome.kill();
		}
	}
}

/** Each number the median of several runs. */
function medianResult(results: readonly LighthouseResult[]): LighthouseResult {
	const keys = Object.keys(results[0] ?? {}) as (keyof LighthouseResult)[];
	return Object.fromEntries(
		keys.map((key) => [key, median(results.map((r) => r[key]))]),
	) as unknown as LighthouseResult;
}

/** Lighthouse on one URL, each number the median of `runs`. */
async function lighthouseScores(url: string): Promise<LighthouseResult> {
	const results: LighthouseResult[] = [];
	for (let i = 0; i < runs; i++) results.push(await lighthouseRun(url));
	return medianResult(results);
}

/** One page beside its bare copy: medians, the LCP ratio, and every run's LCP to show the noise. */
export interface FloorResult {
	site: LighthouseResult;
	bare: LighthouseResult;
	ratio: number;
	lcpRuns: { site: number[]; bare: number[] };
}

/** The pages held to the floor: the first a reader opens, and the heaviest reading page. */
const FLOOR_PAGES = ['/', '/steps/1-apologize/'];

/** LCP of the site's pages and of a bare Astro build of the same text, measured run by run in turn. */
async function floor(): Promise<Record<string, FloorResult>> {
	const dir = bareProject(root, join(root, 'dist'), FLOOR_PAGES);
	try {
		build(dir);
		const site = await serveDist(join(root, 'dist'), 4395);
		const bare = await serveDist(join(dir, 'dist'), 4394);
		try {
			const runsOf = Object.fromEntries(
				FLOOR_PAGES.map((p) => [p, { site: [] as LighthouseResult[], bare: [] as LighthouseResult[] }]),
			);
			for (let i = 0; i < runs; i++) {
				for (const path of FLOOR_PAGES) {
					console.log(`Floor ${path}, run ${i + 1} of ${runs}…`);
					runsOf[path]?.site.push(await lighthouseRun(`http://localhost:4395${path}`));
					runsOf[path]?.bare.push(await lighthouseRun(`http://localhost:4394${path}`));
				}
			}
			return Object.fromEntries(
				Object.entries(runsOf).map(([path, r]) => {
					const s = medianResult(r.site);
					const b = medianResult(r.bare);
					const lcpRuns = {
						site: r.site.map((x) => Math.round(x.lcpMs)),
						bare: r.bare.map((x) => Math.round(x.lcpMs)),
					};
					return [path, { site: s, bare: b, ratio: s.lcpMs / b.lcpMs, lcpRuns }];
				}),
			);
		} finally {
			site.close();
			bare.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A copy of the project whose guide has `count` steps, made from the six real ones. */
function scaledCopy(count: number): string {
	// The number of steps comes from the files, so adding files is all it takes.
	const dir = copyProject(root, `scale-${count}`);
	const guide = join(dir, 'src/content/en/guide');
	const templates = readdirSync(guide)
		.filter((name) => /^\d-/.test(name))
		.sort()
		.map((name) => readFileSync(join(guide, name), 'utf8'));
	for (let n = 7; n <= count; n++) {
		const template = templates[(n - 1) % templates.length] ?? '';
		const text = template
			.replace(/^step: \d+$/m, `step: ${n}`)
			.replace(/^slug: (.+)$/m, `slug: $1-${n}`)
			.replace(/^title: (.+)$/m, (_m, title: string) =>
				`title: ${title.replace(/^"|"$/g, '')} (part ${n})`.replace(/: (.*:.*)$/, ': "$1"'),
			)
			.replace(/^(#{2,3} .+)$/gm, `$1 (part ${n})`);
		writeFileSync(join(guide, `${n}-generated.mdx`), text);
	}
	return dir;
}

async function searchAt(dir: string, browser: Browser, port: number): Promise<SearchTiming> {
	const server = await serveDist(join(dir, 'dist'), port);
	try {
		return await measureSearch(
			browser,
			`http://localhost:${port}`,
			quick ? SEARCH_QUERIES.slice(0, 5) : SEARCH_QUERIES,
		);
	} finally {
		server.close();
	}
}

const resultsFile = join(root, 'bench/results.json');
const writeResults = async (results: Record<string, unknown>) => {
	mkdirSync(join(root, 'bench'), { recursive: true });
	// Written as prettier writes it, so `npm test`'s format check passes after a benchmark run.
	const options = (await prettier.resolveConfig(resultsFile)) ?? {};
	const json = JSON.stringify(results, null, '\t');
	writeFileSync(resultsFile, await prettier.format(json, { ...options, filepath: resultsFile }));
	console.log(execFileSync(process.execPath, [join(root, 'scripts/bench-table.ts')], { encoding: 'utf8' }));
};

if (floorOnly) {
	console.log('Building the site…');
	build(root);
	const before = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>;
	// The run before stays beside the new one, so a change can be judged against it.
	await writeResults({
		...before,
		previousFloor: before['floor'],
		floor: { date: new Date().toISOString(), pages: await floor() },
	});
	process.exit(0);
}

const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
const previous = existsSync(resultsFile)
	? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>)
	: {};
const results: Record<string, unknown> = {
	...(searchOnly ? previous : { searchBefore: previous['searchBefore'] }),
	date: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
};

try {
	console.log('Building the site…');
	const buildTimes = Array.from({ length: searchOnly ? (noBuild ? 0 : 1) : runs }, () => build(root));
	if (!searchOnly) {
		results['build'] = {
			medianMs: Math.round(median(buildTimes)),
			outputBytes: sizeOf(join(root, 'dist')),
			indexBytes: sizeOf(join(root, 'dist/pagefind')),
		};
	}

	const port = 4398;
	const server = await serveDist(join(root, 'dist'), port);
	try {
		const pages = searchOnly
			? [SEARCH_PAGE]
			: ['/', '/steps/3-time-and-space/', '/guide/', '/self-check/', SEARCH_PAGE];
		const scores: Record<string, unknown> = { ...(results['lighthouse'] as object | undefined) };
		for (const path of pages) {
			console.log(`Lighthouse ${path}…`);
			scores[path] = await lighthouseScores(`http://localhost:${port}${path}`);
		}
		results['lighthouse'] = scores;
		console.log('Search as a reader meets it…');
		const bench = await benchSearch(
			browser,
			`http://localhost:${port}`,
			quick ? SEARCH_QUERIES.slice(0, 5) : SEARCH_QUERIES,
		);
		if (before) results['searchBefore'] = { ...bench, lighthouse: scores[SEARCH_PAGE] };
		else results['searchBench'] = bench;
	} finally {
		server.close();
	}
	if (!searchOnly) {
		results['floor'] = { date: results['date'], pages: await floor() };

		console.log('Search latency…');
		results['search'] = await searchAt(root, browser, 4397);

		const scale: Record<string, unknown> = {};
		for (const count of quick ? [100] : [100, 1000]) {
			console.log(`Scale: ${count} steps…`);
			const dir = scaledCopy(count);
			try {
				const ms = build(dir);
				scale[count] = {
					buildMs: Math.round(ms),
					outputBytes: sizeOf(join(dir, 'dist')),
					indexBytes: sizeOf(join(dir, 'dist/pagefind')),
					search: await searchAt(dir, browser, 4396),
				};
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
		results['scale'] = scale;
	}
} finally {
	await browser.close();
}

await writeResults(results);
