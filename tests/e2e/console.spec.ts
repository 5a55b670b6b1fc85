/*
 * What every page must never do, on every built page. It runs in the with-headers project only:
 * each page carries its Content-Security-Policy in a <meta> tag and again, whole, in `_headers`,
 * and only the host's engine applies both, so only there can a page be seen breaking either;
 * everything else this checks (errors, other sites, cookies) shows there as well.
 */
import { builtHtml } from '../../support/site';
import { expect, test, watchOffsite, watchProblems, type OffsiteLog, type ProblemLog } from './fixtures';

/** Pages loaded at once: each waits for its network to be idle, and the waits overlap. */
const AT_ONCE = 4;

test('no page logs an error or a CSP violation, asks any other site for anything, or sets a cookie', async ({
	context,
	baseURL,
}) => {
	// Every built page, each left until its network is idle.
	test.setTimeout(150_000);
	const problems: ProblemLog = { messages: [] };
	const offsite: OffsiteLog = { urls: [] };
	const origin = new URL(baseURL ?? 'http://localhost').origin;
	const queue = builtHtml().map(({ path }) => path);
	expect(queue.length).toBeGreaterThan(40);
	await Promise.all(
		Array.from({ length: AT_ONCE }, async () => {
			const page = await context.newPage();
			await watchProblems(page, problems);
			watchOffsite(page, origin, offsite);
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				await page.goto(path, { waitUntil: 'networkidle' });
				// Use each page's script a little, so code that runs on interaction is covered too.
				const toggle = page.locator('mend-theme-toggle button');
				if (await toggle.isVisible()) await toggle.click();
			}
		}),
	);
	expect(problems.messages).toEqual([]);
	expect(offsite.urls).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});
