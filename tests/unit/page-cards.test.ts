import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import pageCards from '@/integrations/page-cards';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site in a temporary folder, with the given pages (path under dist → HTML). */
function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'mend-cards-'));
	dirs.push(dir);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

const head = (image: string, title: string) =>
	`<!DOCTYPE html><html><head><meta property="og:title" content="${title}"><meta property="og:description" content="Eight questions, one for each step."><meta property="og:image" content="${image}"></head><body></body></html>`;

async function build(dir: string): Promise<string[]> {
	const messages: string[] = [];
	const hook = pageCards().hooks['astro:build:done'];
	await hook?.({ dir: pathToFileURL(`${dir}/`), logger: { info: (m: string) => messages.push(m) } } as never);
	return messages;
}

test('a page the guide has no card for gets a plain 1200x630 card of its own, under 100 KB', async () => {
	const dir = site({ 'self-check/index.html': head('https://mend.example/og/self-check.png', 'Are you ready?') });
	expect(await build(dir)).toEqual(['1 plain link-preview card drawn for pages outside the guide']);
	const png = readFileSync(join(dir, 'og/self-check.png'));
	expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	expect(png.length).toBeLessThan(100 * 1024);
}, 20_000);

test('a card the build already drew is left alone, and pages without og:image are skipped', async () => {
	const dir = site({
		'index.html': head('https://mend.example/og/index.png', 'Mend &amp; you'),
		'og/index.png': 'drawn from the content',
		'1/index.html': '<!doctype html><meta http-equiv="refresh" content="0; url=/steps/1-apologize/">',
	});
	expect(await build(dir)).toEqual(['0 plain link-preview cards drawn for pages outside the guide']);
	expect(readFileSync(join(dir, 'og/index.png'), 'utf8')).toBe('drawn from the content');
	expect(existsSync(join(dir, 'og/1.png'))).toBe(false);
});
