/*
 * The care rules of tests/unit/care.test.ts, on the Spanish standalone pages and tools
 * (src/content/es/pages/): a plain reading level, measured the Spanish way (tests/readability-es.ts);
 * every paragraph translated, not left in English; links that stay in Spanish and land on a
 * section that exists; and the self-check and the checklist keeping the rules they keep in English.
 * The guide's Spanish checks live beside these on the guide-es branch, in a block of their own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { proseOf } from '../readability';
import { countsEs, fernandezHuerta, syllablesEs } from '../readability-es';

const root = new URL('../../', import.meta.url).pathname;
const esDir = 'src/content/es/pages';
// The English pages move to src/content/en/pages/ with the language folders; either is the twin.
const enDir = ['src/content/en/pages', 'src/content/pages'].find((dir) => existsSync(join(root, dir))) ?? '';
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const names = readdirSync(join(root, esDir)).filter((name) => name.endsWith('.mdx'));
const frontMatter = (file: string) =>
	parse(/^---\n([\s\S]*?)\n---/.exec(read(file))?.[1] ?? '') as Record<string, unknown>;

/** The lowest Fernández Huerta reading ease a page may have: the bottom of "normal", a 7th–8th grade. */
const MIN_EASE = 60;

/** The shortest run of the English twin's words that counts as left untranslated. */
const ENGLISH_RUN = 6;

/** A Spanish heading's id: accents and ¿ ¡ dropped, then slugged as English ids are. */
function headingIdsEs(mdx: string): string[] {
	const slugger = new GithubSlugger();
	return [...mdx.matchAll(/^#{2,3}\s+(.+?)\s*$/gm)].map((m) =>
		slugger.slug(
			(m[1] ?? '')
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/[*_`]/g, '')
				.normalize('NFD')
				.replace(/\p{M}/gu, '')
				.replace(/[¿¡]/g, ''),
		),
	);
}

/** Each Spanish page's URL path and the ids of its sections. */
const pageIds = new Map(
	names.map((name) => {
		const slug = frontMatter(`${esDir}/${name}`)['slug'];
		return [
			`/es/${typeof slug === 'string' ? slug : name.replace(/\.mdx$/, '')}/`,
			headingIdsEs(read(`${esDir}/${name}`)),
		];
	}),
);

const links = (mdx: string) =>
	[...mdx.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)].map((m) => m[1] ?? m[2] ?? '');

describe('Spanish pages', () => {
	test('every English page has its Spanish twin, by file name', () => {
		const english = readdirSync(join(root, enDir)).filter((name) => name.endsWith('.mdx'));
		expect(names.toSorted()).toEqual(english.toSorted());
	});

	describe('syllable counter', () => {
		test.each([
			['casa', 2],
			['perdón', 2],
			['día', 2],
			['país', 2],
			['baúl', 2],
			['ciudad', 2],
			['cuidado', 3],
			['poeta', 3],
			['leer', 2],
			['que', 1],
			['tranquilo', 3],
			['guerra', 2],
			['pingüino', 3],
			['muy', 1],
			['y', 1],
			['ya', 1],
			['ahora', 3],
			['teléfono', 4],
			['arrepentimiento', 6],
		])('%s has %i', (word, expected) => {
			expect(syllablesEs(word)).toBe(expected);
		});
	});

	describe('reading level', () => {
		test('counts words, sentences and syllables, one sentence at least per block', () => {
			expect(countsEs(['¿Me escuchas? Sí.', 'Una lista'])).toEqual({ words: 5, sentences: 3, syllables: 9 });
		});

		test('long sentences of long words read below the line', () => {
			const dense =
				'La comunicación efectiva requiere necesariamente el reconocimiento de la responsabilidad individual, la demostración de coherencia y la priorización de la vulnerabilidad emocional de la persona afectada por tu distanciamiento.';
			expect(fernandezHuerta([dense])).toBeLessThan(MIN_EASE);
		});

		test.each(names)(`%s reads at ${MIN_EASE} or more (Fernández Huerta)`, (name) => {
			expect(
				fernandezHuerta(proseOf(read(`${esDir}/${name}`))),
				`reading ease of ${esDir}/${name}`,
			).toBeGreaterThanOrEqual(MIN_EASE);
		});
	});

	describe('translated throughout', () => {
		const words = (text: string) =>
			text
				.toLowerCase()
				.replace(/[’‘]/g, "'")
				.split(/[^\p{L}\p{N}']+/u)
				.filter(Boolean);
		const runs = (list: readonly string[]) =>
			list.slice(0, Math.max(0, list.length - ENGLISH_RUN + 1)).map((_, i) => list.slice(i, i + ENGLISH_RUN).join(' '));

		test.each(names)(`%s shares no run of ${ENGLISH_RUN} words with its English twin`, (name) => {
			const english = new Set(runs(words(proseOf(read(`${enDir}/${name}`)).join(' '))));
			const left = runs(words(proseOf(read(`${esDir}/${name}`)).join(' '))).filter((run) => english.has(run));
			expect(left, 'a sentence of the English twin, left untranslated').toEqual([]);
		});
	});

	describe('links', () => {
		test.each(names)('%s links only to Spanish pages', (name) => {
			const english = links(read(`${esDir}/${name}`)).filter((href) => !href.startsWith('/es/'));
			expect(english, 'link to the Spanish twin, like /es/cuando-parar/#si-te-bloquearon').toEqual([]);
		});

		test.each(names)('%s names the section of /es/cuando-parar/ each link is for', (name) => {
			const bare = links(read(`${esDir}/${name}`)).filter((href) => /^\/es\/cuando-parar\/?$/.test(href));
			expect(bare, 'link to the section that fits, like /es/cuando-parar/#si-te-pidio-que-no-le-escribas').toEqual([]);
		});

		test.each(names)('%s links to sections of the Spanish pages that exist', (name) => {
			const missing = links(read(`${esDir}/${name}`)).filter((href) => {
				const [path = '', id] = href.split('#');
				const ids = pageIds.get(path);
				return ids !== undefined && id !== undefined && !ids.includes(id);
			});
			expect(missing, `sections on the Spanish pages: ${JSON.stringify(Object.fromEntries(pageIds))}`).toEqual([]);
		});
	});

	describe('the tools', () => {
		const selfCheck = frontMatter(`${esDir}/self-check.mdx`)['selfCheck'] as {
			gate: { section: string }[];
			results: { stop: { title: string; text: string } };
		};

		test('every gate answer that says stop leads to a section of /es/cuando-parar/', () => {
			const ids = pageIds.get('/es/cuando-parar/') ?? [];
			expect(selfCheck.gate.map((question) => question.section).filter((id) => !ids.includes(id))).toEqual([]);
		});

		test('the stop result never calls the reader ready, in any form', () => {
			const { title, text } = selfCheck.results.stop;
			expect(`${title} ${text}`).not.toMatch(/(?<!\p{L})(?:list[oa]s?|preparad[oa]s?|en condiciones)(?!\p{L})/iu);
		});

		test('the apology checklist starts with whether they asked you to stay away', () => {
			const items = [...read(`${esDir}/apology-checklist.mdx`).matchAll(/^- \[ \] (.+)$/gm)].map((m) => m[1]);
			expect(items[0]).toBe('No me ha pedido que me aleje.');
			expect(items).toHaveLength([...read(`${enDir}/apology-checklist.mdx`).matchAll(/^- \[ \] (.+)$/gm)].length);
		});
	});

	describe('no promise, no push', () => {
		const PROMISES_AND_PUSHES =
			/(?<!\p{L})(?:va a funcionar|funcionará|te perdonará|volverá contigo|(?:la|lo) recuperarás|no te rindas|insiste|insistir hasta|sigue intentándolo)(?!\p{L})/iu;

		test('the check finds a promise', () => {
			expect('Si sigues estos pasos, te perdonará.').toMatch(PROMISES_AND_PUSHES);
		});

		test.each(names)('%s promises no outcome and urges no second try', (name) => {
			const found = proseOf(read(`${esDir}/${name}`)).filter((block) => PROMISES_AND_PUSHES.test(block));
			expect(found).toEqual([]);
		});
	});
});
