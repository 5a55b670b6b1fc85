/*
 * Two builds of a copy of the project, proving end to end what unit tests show rule by rule
 * (tests/unit/steps.test.ts, schema.test.ts, site-model.test.ts, languages.test.ts):
 * - a broken step file stops the build with a message that names the file and the field, and
 *   leaves no half-written site behind (a page without its twin stops the model the same way:
 *   site-model.test.ts);
 * - in one build, a new page is one MDX file in each language, appearing where its front matter
 *   says and in the sitemap, the search index and the cards with no other edit; and a new language
 *   is one content folder and one strings file, with its own pages, <html lang>, hreflang links
 *   from English and search index.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseFragment } from '@/lib/search-index';
import { copyProject } from '../../support/project-copy';

const root = new URL('../../', import.meta.url).pathname;
const copies: string[] = [];
/** A whole build of the copy: seconds on an idle machine, minutes on a loaded two-core one. */
const BUILD_TIMEOUT = 300_000;

/** Builds a copy of the project after `change` edits it; returns what a maintainer would see. */
function buildWith(change: (dir: string) => void) {
	const dir = copyProject(root, 'changed');
	copies.push(dir);
	change(dir);
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const out = join(dir, 'dist');
	return {
		dir,
		out,
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`,
		written: existsSync(out) ? readdirSync(out, { recursive: true }).length : 0,
	};
}

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('a broken step file fails the build, naming the file and the field', () => {
	test('a missing title', () => {
		const { status, output, written } = buildWith((dir) => {
			const file = join(dir, 'src/content/en/guide/3-time-and-space.mdx');
			const before = readFileSync(file, 'utf8');
			const after = before.replace(/^title: .*\n/m, '');
			expect(after, 'the edit changed the file').not.toBe(before);
			writeFileSync(file, after);
		});
		expect(status, output).not.toBe(0);
		for (const text of ['3-time-and-space.mdx', 'title', 'title is required']) expect(output).toContain(text);
		expect(written, 'nothing is written to dist/').toBe(0);
	}, BUILD_TIMEOUT);
});

/** A new page, in English and Spanish. */
function addPage(dir: string) {
	const page = (front: string[], heading: string) =>
		['---', ...front, 'appearsIn: [footer]', 'order: 50', '---', '', `## ${heading}`, '', 'Words for this test.', ''].join(
			'\n',
		);
	writeFileSync(
		join(dir, 'src/content/en/pages/late-at-night.mdx'),
		page(
			['title: Late at night', 'summary: "What to do with the urge to write to them when you cannot sleep."'],
			'Put the phone in another room',
		),
	);
	writeFileSync(
		join(dir, 'src/content/es/pages/late-at-night.mdx'),
		page(
			[
				'slug: de-noche',
				'title: De noche',
				'summary: "Qué hacer con las ganas de escribirle cuando no puedes dormir."',
			],
			'Deja el teléfono en otra habitación',
		),
	);
}

describe('a new page and a new language, in one build', () => {
	let built: ReturnType<typeof buildWith>;
	beforeAll(() => {
		built = buildWith((dir) => {
			addPage(dir);
			cpSync(join(dir, 'src/content/en'), join(dir, 'src/content/xx'), { recursive: true });
			const strings = readFileSync(join(dir, 'src/i18n/en.ts'), 'utf8')
				.replace("'language.name': 'English'", "'language.name': 'Xx'")
				.replace("'language.tag': 'en'", "'language.tag': 'xx'")
				.replace("'language.ogLocale': 'en_US'", "'language.ogLocale': 'xx_XX'");
			expect(strings, 'the copy changed the language keys').toContain("'language.tag': 'xx'");
			writeFileSync(join(dir, 'src/i18n/xx.ts'), strings);
		});
	}, BUILD_TIMEOUT);

	test('the build passes', () => {
		expect(built.status, built.output).toBe(0);
	});

	test('a new page is one MDX file in each language: in the footer, the sitemap, the search index and the cards', () => {
		const { out } = built;
		const twin = readFileSync(join(out, 'es/de-noche/index.html'), 'utf8');
		expect(twin, 'the Spanish twin is at its slug, with an id without accents').toContain(
			'id="deja-el-telefono-en-otra-habitacion"',
		);
		const page = readFileSync(join(out, 'late-at-night/index.html'), 'utf8');
		expect(page).toMatch(/<h1[^>]*>Late at night<\/h1>/);

		const intro = readFileSync(join(out, 'index.html'), 'utf8');
		const footer = /<footer[\s\S]*<\/footer>/.exec(intro)?.[0] ?? '';
		expect(footer, 'the footer links to it').toMatch(/<a href="\/late-at-night\/"[^>]*>Late at night<\/a>/);
		const header = /<header[\s\S]*?<\/header>/.exec(intro)?.[0] ?? '';
		expect(header, 'it did not ask for the header').not.toContain('/late-at-night/');
		expect(readFileSync(join(out, '404.html'), 'utf8'), 'the 404 lists every page').toContain('href="/late-at-night/"');

		expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('/late-at-night/</loc>');
		expect(existsSync(join(out, 'og/late-at-night.png')), 'it has a card').toBe(true);
		expect(page).toContain('/og/late-at-night.png');

		const indexed = readdirSync(join(out, 'pagefind/fragment')).flatMap((name) => {
			const bytes = gunzipSync(readFileSync(join(out, 'pagefind/fragment', name)));
			const fragment = parseFragment(JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')));
			return fragment ? [fragment] : [];
		});
		expect(indexed.find((fragment) => fragment.url === '/late-at-night/')).toMatchObject({
			kind: 'page',
			sections: ['put-the-phone-in-another-room'],
		});
	});

	test('a new language is one content folder and one strings file: its pages, <html lang>, hreflang and search index', () => {
		const { out } = built;
		const home = readFileSync(join(out, 'xx/index.html'), 'utf8');
		expect(home).toContain('<html lang="xx"');
		expect(readFileSync(join(out, 'xx/steps/3-time-and-space/index.html'), 'utf8')).toContain('<html lang="xx"');
		expect(existsSync(join(out, 'xx/404.html')), 'its own 404').toBe(true);
		const english = readFileSync(join(out, 'steps/3-time-and-space/index.html'), 'utf8');
		expect(english).toMatch(/<link rel="alternate" hreflang="xx" href="[^"]*\/xx\/steps\/3-time-and-space\/">/);
		expect(english).toMatch(/<a href="\/xx\/steps\/3-time-and-space\/" hreflang="xx" lang="xx"[^>]*>Xx<\/a>/);
		const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es', 'xx']);
		expect(entry.languages['xx']?.page_count).toBe(entry.languages['en']?.page_count);
	});
});
