/*
 * The cascade layer order must be declared before any rule names a layer, or whichever layer a
 * page's CSS happens to name first ends up lowest (and a reset would beat every component).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { layerOrder } from '@/styles/layers.mjs';
import { readingPages } from '../../support/site';

describe('every page declares the cascade layer order before any layered rule', () => {
	test.each(readingPages().map((page) => [page.path, page.file]))('%s', (_path, file) => {
		const html = readFileSync(file, 'utf8');
		const first = html.indexOf('@layer');
		expect(first, 'the page has layered CSS').toBeGreaterThan(-1);
		expect(html.slice(first, first + layerOrder.length)).toBe(layerOrder);
	});
});
