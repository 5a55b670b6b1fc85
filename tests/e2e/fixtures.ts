import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { test as base, expect, type Page } from '@playwright/test';

/** Requests a page made to any origin but the site's own. */
export interface OffsiteLog {
	urls: string[];
}

/** Console errors and CSP violation reports a page produced. */
export interface ProblemLog {
	messages: string[];
}

/** Records the console errors, uncaught errors and CSP violations of `page` in `log`. */
export async function watchProblems(page: Page, log: ProblemLog): Promise<void> {
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error') log.messages.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => log.messages.push(`${page.url()}: uncaught ${error.message}`));
}

/** Records in `log` every request `page` makes to an origin other than `origin`. */
export function watchOffsite(page: Page, origin: string, log: OffsiteLog): void {
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) log.urls.push(request.url());
	});
}

export const test = base.extend<{ offsite: OffsiteLog; steps: Steps; problems: ProblemLog }>({
	problems: async ({ page }, use) => {
		const log: ProblemLog = { messages: [] };
		await watchProblems(page, log);
		await use(log);
	},
	offsite: async ({ page, baseURL }, use) => {
		const log: OffsiteLog = { urls: [] };
		watchOffsite(page, new URL(baseURL ?? 'http://localhost').origin, log);
		await use(log);
	},
	steps: async ({ page }, use) => {
		await use(new Steps(page));
	},
});

/** Helpers for moving through the guide the way a reader does. */
export class Steps {
	constructor(private readonly page: Page) {}

	/** The step links in the header's "All steps" menu, opened first. */
	async menuLinks() {
		await this.page.getByRole('navigation', { name: 'Steps' }).getByText('All steps').click();
		return this.page.getByRole('navigation', { name: 'Steps' }).getByRole('link');
	}

	/** Presses Tab until the focused element matches `selector`, at most `limit` times. */
	async tabUntil(selector: string, limit = 80) {
		for (let i = 0; i < limit; i++) {
			await this.page.keyboard.press('Tab');
			if (await this.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
		}
		throw new Error(`focus never reached ${selector} after ${limit} presses of Tab`);
	}
}

export const STEP_PATHS = [
	'/steps/1-apologize/',
	'/steps/2-communicate/',
	'/steps/3-time-and-space/',
	'/steps/4-rebuild-trust/',
	'/steps/5-work-on-yourself/',
	'/steps/6-accept-their-answer/',
] as const;

export { expect };

/**
 * Waits for the page's own script, which loads once the page's text is on screen
 * (src/integrations/late-scripts.ts): a reader sees it arrive as the search button turns enabled.
 */
export async function scriptsRan(page: Page): Promise<void> {
	await expect(page.locator('mend-search > button')).toBeEnabled();
}

/**
 * `test.use(MOTION)` for the tests about a jump within the page: they run with smooth scrolling
 * and transitions, as a reader who has not asked for less motion sees them (the config asks for
 * reduced motion everywhere else).
 */
export const MOTION = { reducedMotion: 'no-preference' } as const;

/** The axe rules of the accessibility gate: WCAG 2.2 A and AA, and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The axe rules whose result depends on the colours a theme paints: the rest judge the page's
 * markup and layout, the same in either theme.
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's own bundle, read once per worker. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe violations on the page as it is now, one line per rule and element (empty when there are
 * none): every rule of AXE_TAGS, or only the given rules.
 *
 * axe runs in the page itself, put there once per page load. `@axe-core/playwright` was two thirds
 * of every check (measured on step 1: 1.5 s a run against 0.4 s): it sends the whole bundle again
 * on each call and opens a blank page to merge the frames' results. The site has no frames, and
 * a page that gains one fails here, so a frame is never skipped unchecked.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const options: RunOptions = {
		runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: AXE_TAGS },
		// Axe gives every node it checked a unique selector, passes included, unless told which
		// results are wanted: on a long page that is most of its time, and only violations are read.
		resultTypes: ['violations'],
	};
	const { violations } = await page.evaluate(async (runOptions) => {
		if (document.querySelector('iframe, frame, object[data]'))
			throw new Error('the page has a frame: axeViolations checks one document, so check the frame too');
		// Axe judges the colours a reader is left with. A transition (the theme toggle's, as its
		// media listener presses it; every colour, after a theme switch) lasts a hundredth of a
		// millisecond with reduced motion, but the headless shell can hold one at its first frame:
		// end each, once a style update has started it, until two frames pass with none left.
		for (let round = 0; round < 10; round++) {
			void document.documentElement.offsetHeight;
			const running = document.getAnimations();
			if (round > 0 && running.length === 0) break;
			for (const animation of running) {
				try {
					animation.finish();
				} catch {
					// An endless animation has no end to jump to; the site has none.
				}
			}
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		}
		const axe = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } })
			.axe;
		return axe.run(document, runOptions);
	}, options);
	return violations.flatMap((v) =>
		v.nodes.map((node) => `${page.url()} ${node.target.join(' ')}: ${v.id} (${v.help})`),
	);
}
