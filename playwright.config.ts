import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/browser';

/** MEND_TEST_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env['MEND_TEST_PORT'] ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: { executablePath: findChromium(), args: chromiumArgs },
		trace: 'off',
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npx astro preview --port ${port} --host localhost`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
		env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0' },
	},
});
