import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/browser';

/** MEND_TEST_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env['MEND_TEST_PORT'] ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	// Generous: several specs walk every page, and CI's two cores are shared with the preview server.
	timeout: 60_000,
	workers: 2,
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: { executablePath: findChromium(), args: chromiumArgs },
		trace: 'off',
		// The offline copy downloads the whole site in the background of the first page; only the
		// specs about it (offline, privacy) let it run, so the others test what a page does by itself.
		serviceWorkers: 'block',
	},
	projects: [
		{ name: 'chromium', testIgnore: 'headers.spec.ts', use: { ...devices['Desktop Chrome'] } },
		{
			// The smoke path again, served with the generated _headers applied, so the headers
			// can never drift from what the pages need.
			name: 'with-headers',
			testMatch: /(smoke|headers)\.spec\.ts$/,
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
			command: `node scripts/serve-dist.ts ${port + 1}`,
			url: `http://localhost:${port + 1}/`,
			reuseExistingServer: !process.env['CI'],
			timeout: 30_000,
		},
	],
});
