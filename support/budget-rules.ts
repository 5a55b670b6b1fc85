/*
 * The byte and request budgets each page is held to (issue: "one round trip to read"). Numbers
 * are brotli-compressed bytes, as a browser on a fresh cache receives them. 14 KB is one TCP
 * initial congestion window (10 packets of about 1,460 bytes). Every language is held to the same
 * budgets: Spanish text runs longer than English, and its readers' phones are no faster.
 */
import { isGuidePath, isStepPath, LANGUAGES } from './site.ts';

/** What one page load cost, measured in a browser. */
export interface PageCost {
	path: string;
	/** The HTML document plus any stylesheet it loads, brotli-compressed. */
	htmlCssBytes: number;
	/** Scripts executed on load (inline and fetched), brotli-compressed. */
	jsBytes: number;
	/** Every request the load made, the document included. */
	requests: number;
	/** Font files requested. */
	fonts: string[];
	/** Images requested (the favicon aside). */
	images: string[];
	/** Reader's tools on the page (see toolsIn): the self-check, the checklist, the privacy page's button. */
	tools: number;
}

/** The limits for one page. */
export interface Budget {
	htmlCssBytes: number;
	jsBytes: number;
	requests: number;
	fonts: 0;
	imagesAllowed: boolean;
}

const KB = 1024;
/** Theme toggle and share controls: all a reading page may run on load. */
const READING_JS = 2 * KB;
/** What each reader's tool may add to the reading JS. */
const TOOL_JS = 4 * KB;

/**
 * The budget for a page, by its path and the number of reader's tools it shows (the self-check,
 * the apology checklist): each tool may add 4 KB of JavaScript and one request for its script.
 * A step gets no such allowance: it shows a tool only at its end (step 1, the checklist), whose
 * script waits until the reader nears it, so the step keeps a reading page's 2 KB.
 */
export function budgetFor(path: string, tools = 0): Budget {
	const base: Budget = {
		htmlCssBytes: isGuidePath(path) ? 30 * KB : 14 * KB,
		jsBytes: READING_JS,
		requests: 3,
		fonts: 0,
		imagesAllowed: !isStepPath(path),
	};
	if (LANGUAGES.some((language) => language.search === path)) return SEARCH_PAGE;
	if (isStepPath(path)) return base;
	return { ...base, jsBytes: base.jsBytes + tools * TOOL_JS, requests: base.requests + tools };
}

/**
 * The search page is search itself: arriving there is the intent every other page waits for, so
 * it loads Pagefind as it opens (the site's search script, Pagefind's engine, its entry file,
 * wasm and index metadata: the first results come with the query).
 */
const SEARCH_PAGE: Budget = { htmlCssBytes: 14 * KB, jsBytes: 32 * KB, requests: 9, fonts: 0, imagesAllowed: true };

/**
 * A reader's first search, from a step page: everything fetched from `/` until the results are
 * painted and the network is quiet. Pagefind's engine, wasm and index are about 85 KB of it.
 */
export const FIRST_SEARCH = { bytes: 100 * KB, requests: 8 } as const;

/** What a first search cost. */
export interface SearchCost {
	bytes: number;
	requests: number;
	urls: string[];
}

/** The first-search budgets broken, as sentences. */
export function searchOverBudget(cost: SearchCost): string[] {
	const problems: string[] = [];
	if (cost.bytes > FIRST_SEARCH.bytes)
		problems.push(
			`a first search fetched ${cost.bytes.toLocaleString('en')} bytes brotli, over its ${FIRST_SEARCH.bytes.toLocaleString('en')} budget`,
		);
	if (cost.requests > FIRST_SEARCH.requests)
		problems.push(
			`a first search made ${cost.requests} requests, over its budget of ${FIRST_SEARCH.requests}: ${cost.urls.join(', ')}`,
		);
	return problems;
}

/** How many reader's tools a page's HTML shows. */
export function toolsIn(html: string): number {
	return (html.match(/<mend-(self-check|apology-checklist|forget-all)[\s>]/g) ?? []).length;
}

/** The budgets a page broke, as sentences naming the page and the budget. */
export function overBudget(cost: PageCost, budget: Budget = budgetFor(cost.path, cost.tools)): string[] {
	const problems: string[] = [];
	const kb = (bytes: number) => `${bytes.toLocaleString('en')} bytes`;
	if (cost.htmlCssBytes > budget.htmlCssBytes)
		problems.push(
			`${cost.path}: HTML+CSS is ${kb(cost.htmlCssBytes)} brotli, over its ${kb(budget.htmlCssBytes)} budget`,
		);
	if (cost.jsBytes > budget.jsBytes)
		problems.push(
			`${cost.path}: JavaScript on load is ${kb(cost.jsBytes)} brotli, over its ${kb(budget.jsBytes)} budget`,
		);
	if (cost.requests > budget.requests)
		problems.push(`${cost.path}: ${cost.requests} requests on load, over its budget of ${budget.requests}`);
	if (cost.fonts.length > budget.fonts) problems.push(`${cost.path}: requests web fonts (${cost.fonts.join(', ')})`);
	if (!budget.imagesAllowed && cost.images.length > 0)
		problems.push(`${cost.path}: requests images on load (${cost.images.join(', ')})`);
	return problems;
}

/** The table the check prints. */
export function formatTable(costs: readonly PageCost[]): string {
	const rows = costs.map((c) => [c.path, `${c.htmlCssBytes}`, `${c.jsBytes}`, `${c.requests}`]);
	const header = ['page', 'HTML+CSS (br)', 'JS (br)', 'requests'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
	const line = (cells: string[]) =>
		cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
