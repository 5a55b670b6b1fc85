/*
 * Helpers shared by the specs of the self-check, the apology checklist and what they store: the
 * accessibility check of an interactive state, storage that throws, is seeded or is read, and the
 * weight and placement of each tool's script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { lateScriptUrls } from '../../src/lib/late-loader';
import { builtHtml, distDir } from '../../support/site';

export { axeViolations } from './fixtures';

/** Makes every localStorage read and write throw, as blocked storage and some private modes do. */
export async function breakStorage(page: Page) {
	await page.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		Storage.prototype.getItem = refuse;
		Storage.prototype.setItem = refuse;
		Storage.prototype.removeItem = refuse;
	});
}

/** Stores `value` under `key` before any script of the page runs. */
export async function seedStorage(page: Page, key: string, value: string) {
	await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
}

/** What the page's localStorage holds under `key`, or null. */
export function stored(page: Page, key: string): Promise<string | null> {
	return page.evaluate((k) => localStorage.getItem(k), key);
}

/** A script a built page runs: its own inline text, or a file it loads, with the files that imports. */
interface PageScript {
	code: string;
	brotli: number;
}

function moduleWithImports(file: string, seen = new Set<string>()): string {
	if (seen.has(file)) return '';
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	const imports = [...code.matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => join(distDir, '_astro', m[1] ?? ''));
	return code + imports.map((dep) => moduleWithImports(dep, seen)).join('');
}

/** The brotli size of a built module with the files it imports. */
export function moduleBrotli(file: string): number {
	return brotliCompressSync(moduleWithImports(file)).length;
}

/** Every script each built page runs, keyed by the page's URL path. */
export function scriptsByPage(): Map<string, PageScript[]> {
	const result = new Map<string, PageScript[]>();
	for (const { file, path } of builtHtml()) {
		const html = readFileSync(file, 'utf8');
		const tags = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs = '', inline = '']) => {
			const src = /src="\/([^"]+)"/.exec(attrs)?.[1];
			return src ? moduleWithImports(join(distDir, src)) : inline;
		});
		// The page's own modules, which its inline loader imports once the text is on screen (src/lib/late-loader.ts).
		const late = lateScriptUrls(html).map((url) => moduleWithImports(join(distDir, url)));
		result.set(
			path,
			[...tags, ...late].map((code) => ({ code, brotli: brotliCompressSync(code).length })),
		);
	}
	return result;
}

/** The pages whose scripts define `element`, and the brotli size of the script that does. */
export function toolScript(element: string): { pages: string[]; brotli: number[] } {
	const pages: string[] = [];
	const sizes: number[] = [];
	for (const [path, scripts] of scriptsByPage()) {
		const defines = new RegExp(`customElements\\.define\\(['"\`]${element}['"\`]`);
		const script = scripts.find((s) => defines.test(s.code));
		if (!script) continue;
		pages.push(path);
		sizes.push(script.brotli);
	}
	return { pages, brotli: sizes };
}
