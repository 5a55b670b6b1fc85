import { builtHtml } from '../../support/site';
import { expect, test } from './fixtures';

test('no page logs an error or a CSP violation', async ({ page, problems }) => {
	for (const { path } of builtHtml()) {
		await page.goto(path, { waitUntil: 'networkidle' });
		// Use each page's script a little, so code that runs on interaction is covered too.
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		if (await toggle.isVisible()) await toggle.click();
	}
	expect(problems.messages).toEqual([]);
});
