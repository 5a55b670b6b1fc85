import { builtHtml } from '../../support/site';
import { expect, test } from './fixtures';

// One walk for what every page must never do, so each page is loaded (and left to settle) once.
test('no page logs an error or a CSP violation, asks any other site for anything, or sets a cookie', async ({
	page,
	problems,
	offsite,
	context,
}) => {
	// Every built page, each left until its network is idle: past a minute on a loaded two-core machine.
	test.setTimeout(150_000);
	for (const { path } of builtHtml()) {
		await page.goto(path, { waitUntil: 'networkidle' });
		// Use each page's script a little, so code that runs on interaction is covered too.
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		if (await toggle.isVisible()) await toggle.click();
	}
	expect(problems.messages).toEqual([]);
	expect(offsite.urls).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});
