/*
 * What search shows is the guide's prose, never its controls: Pagefind's record of each page (the
 * text excerpts are cut from) holds no button label, no "Link to section", no screen-reader-only
 * control text. Read from the built index, so any control added later is caught too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { ASKED_END, ASKED_START } from '@/lib/asked-as';
import { builtHtml, distDir } from '../../support/site';

interface Fragment {
	url: string;
	content: string;
}

const fragmentDir = join(distDir, 'pagefind/fragment');
const fragments: Fragment[] = readdirSync(fragmentDir).map(
	(name) => JSON.parse(gunzipSync(readFileSync(join(fragmentDir, name))).subarray('pagefind_dcd'.length).toString('utf8')) as Fragment,
);

/** The texts of a page's controls inside its indexed part: buttons, and labels only screen readers hear. */
function controlTexts(html: string): string[] {
	const body = parse(html).querySelectorAll('[data-pagefind-body]');
	return body
		.flatMap((part) => part.querySelectorAll('button, [role="button"], label, a .sr-only, summary'))
		.map((el) => el.textContent.replace(/\s+/g, ' ').trim())
		.filter((text) => text.length > 0);
}

/** The prose Pagefind holds, without the askedAs words (which result excerpts leave out). */
const prose = (content: string) =>
	content.replace(new RegExp(`${ASKED_START}[\\s\\S]*?${ASKED_END}`, 'g'), ' ').replace(/\s+/g, ' ');

describe('the search index holds only prose', () => {
	const pages = builtHtml().filter((page) => readFileSync(page.file, 'utf8').includes('data-pagefind-body'));

	test('every indexed page is in it', () => {
		expect(fragments.map((f) => f.url).sort()).toEqual(pages.map((p) => p.path).sort());
	});

	test.each(pages.map((page) => [page.path, page.file]))('%s: no control text', (path, file) => {
		const fragment = fragments.find((f) => f.url === path);
		const content = prose(fragment?.content ?? '');
		expect(content).not.toMatch(/Link to section|Copy link|Clear highlight/);
		const leaked = controlTexts(readFileSync(file, 'utf8')).filter((text) => content.includes(text));
		expect(leaked).toEqual([]);
	});
});
