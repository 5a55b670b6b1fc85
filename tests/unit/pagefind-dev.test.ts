import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundleFile } from '@/integrations/pagefind';

/** A dist/ with a Pagefind bundle in it, and a file beside the bundle that must stay private. */
const dist = mkdtempSync(join(tmpdir(), 'mend-dist-'));
const bundle = join(dist, 'pagefind');
mkdirSync(join(bundle, 'fragment'), { recursive: true });
writeFileSync(join(bundle, 'pagefind.js'), '');
writeFileSync(join(bundle, 'fragment', 'en_1.pf_fragment'), '');
writeFileSync(join(dist, 'secret.txt'), '');

describe('bundleFile: what `astro dev` serves from the last build', () => {
	test.each([
		['/pagefind/pagefind.js', join(bundle, 'pagefind.js')],
		['/pagefind/fragment/en_1.pf_fragment?ts=1', join(bundle, 'fragment', 'en_1.pf_fragment')],
		['/pagefind/missing.js', undefined],
		['/pagefind/fragment', undefined],
		['/pagefind/../secret.txt', undefined],
		['/pagefind/%2e%2e/secret.txt', undefined],
		['/pagefind/..%2fsecret.txt', undefined],
		['/secret.txt', undefined],
		['/steps/1-apologize/', undefined],
		[undefined, undefined],
	])('%s → %s', (url, expected) => {
		expect(bundleFile(bundle, url)).toBe(expected);
	});
});
