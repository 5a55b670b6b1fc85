import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/browser';

/** MEND_TEST_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env['MEND_TEST_PORT'] ?? 4321);

/*
 * Wrangler sends nothing anywhere while it serves dist/: no usage metrics or error reports, no
 * check for a newer wrangler on the npm registry (it runs with the banner), and no download of
 * the `Request.cf` sample from workers.cloudflare.com (a canned one is used instead).
 * https://developers.cloudflare.com/workers/wrangler/system-environment-variables/
 */
const wranglerOffline = {
	WRANGLER_SEND_METRICS: 'false',
	WRANGLER_SEND_ERROR_REPORTS: 'false',
	WRANGLER_HIDE_BANNER: 'true',
	WRANGLER_NO_SKILLS_UPDATE_PROMPTS: 'true',
	CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	// On CI a failed test runs once more; one that then passes is listed as flaky at the end of the
	// output, by name. Here, none is retried, so a flaky test shows the first time it fails.
	retries: process.env['CI'] ? 1 : 0,
	// Generous: several specs walk every page, and CI's two cores are shared with the preview server.
	timeout: 60_000,
	workers: 2,
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: { executablePath: findChromium({ shell: true }), args: chromiumArgs },
		trace: 'off',
		// The offline copy downloads the whole site in the background of the first page; only the
		// specs about it (offline, privacy) let it run, so the others test what a page does by itself.
		serviceWorkers: 'block',
		// As a reader who asks for less motion: the page jumps to a section at once instead of
		// scrolling there (4 to 9 s less waiting across the browser tests, measured in pairs of
		// runs). The tests whose subject is such a jump (a table of contents link, a search result's
		// passage, the self-check's result) run with motion, as most readers have it: see MOTION in
		// tests/e2e/fixtures.ts.
		reducedMotion: 'reduce',
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: /(headers|console|offline|privacy)\.spec\.ts$/,
			use: { ...devices['Desktop Chrome'] },
		},
		{
			// The offline copy is registered when the browser is idle (src/client/offline-copy.ts). The
			// headless shell reports idle time only while it paints, so a page that has settled could
			// wait for ever; these specs run in the full browser, which idles as a reader's does.
			name: 'full-browser',
			testMatch: /(offline|privacy)\.spec\.ts$/,
			use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: findChromium(), args: chromiumArgs } },
		},
		{
			// Served by Cloudflare's asset engine with the generated _headers and _redirects applied:
			// the headers themselves, the smoke path again, and the walk of every page for errors and
			// CSP violations (which only a served policy can show), so the headers can never drift
			// from what the pages need.
			name: 'with-headers',
			testMatch: /(smoke|headers|console)\.spec\.ts$/,
			use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port + 1}` },
		},
	],
	webServer: [
		{
			command: `npx astro preview --port ${port} --host localhost`,
			url: `http://localhost:${port}/`,
			reuseExistingServer: !process.env['CI'],
			timeout: 60_000,
			env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0' },
		},
		{
			// `wrangler pages dev` is the code Cloudflare Pages serves sites with. The compatibility
			// date is pinned so a newer wrangler changes nothing until someone moves it.
			command: `npx wrangler pages dev dist --port ${port + 1} --ip localhost --compatibility-date=2026-11-17 --log-level warn --show-interactive-dev-session=false`,
			url: `http://localhost:${port + 1}/`,
			reuseExistingServer: !process.env['CI'],
			timeout: 90_000,
			env: wranglerOffline,
		},
	],
});
