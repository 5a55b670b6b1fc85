/* Runs only in the `with-headers` project (playwright.config.ts), where dist/ is served with _headers. */
import { expect, STEP_PATHS, test } from './fixtures';

test('pages are served with the security headers the host is told to send', async ({ page }) => {
	const response = await page.goto(STEP_PATHS[2]);
	const headers = response?.headers() ?? {};
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("object-src 'none'");
	expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|'unsafe-eval'/);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['cross-origin-opener-policy']).toBe('same-origin');
	expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['cache-control'], 'pages are not cached for a year').toBeUndefined();
});
