/*
 * The care rules of tests/unit/care.test.ts, on the Spanish standalone pages and tools
 * (src/content/es/pages/): each paired with its English twin, a plain reading level measured the
 * Spanish way (tests/readability-es.ts), every paragraph translated, links that stay in Spanish and
 * land on a section that exists, no promise and no push, and the self-check and the checklist
 * keeping the rules they keep in English. The guide's twin checks are in care-es-guide.test.ts;
 * both read the MDX with tests/content-es.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { headingIds } from '@/lib/headings';
import { headingIdsEs, spanishFileChecks, withoutAccents } from '../content-es';
import { proseOf } from '../readability';
import { countsEs, fernandezHuerta, syllablesEs } from '../readability-es';

const root = new URL('../../', import.meta.url).pathname;
const esDir = 'src/content/es/pages';
// The English pages move to src/content/en/pages/ with the language folders; either is the twin.
const enDir = ['src/content/en/pages', 'src/content/pages'].find((dir) => existsSync(join(root, dir))) ?? '';
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const names = readdirSync(join(root, esDir)).filter((name) => name.endsWith('.mdx'));
const frontMatter = (file: string) =>
	parse(/^---\n([\s\S]*?)\n---/.exec(read(file))?.[1] ?? '') as {
		slug?: string;
		step?: number;
		askedAs?: Record<string, string[]>;
		selfCheck?: {
			gate: { section: string }[];
			questions: { step: number; section: string }[];
			results: { stop: { title: string; text: string } };
		};
	};

/** The lowest Fernández Huerta reading ease a page may have: the bottom of "normal", a 7th–8th grade. */
const MIN_EASE = 60;

/** Each Spanish page's URL path and the ids of its sections. */
const pageIds = new Map(
	names.map((name) => {
		const { slug } = frontMatter(`${esDir}/${name}`);
		return [`/es/${slug ?? name.replace(/\.mdx$/, '')}/`, headingIdsEs(read(`${esDir}/${name}`))];
	}),
);

/** Each Spanish step's section ids, by step number. */
const stepIds = new Map(
	readdirSync(join(root, 'src/content/es/guide')).map((name) => [
		frontMatter(`src/content/es/guide/${name}`).step,
		headingIdsEs(read(`src/content/es/guide/${name}`)),
	]),
);

describe('Spanish pages', () => {
	test('every English page has its Spanish twin, by file name', () => {
		const english = readdirSync(join(root, enDir)).filter((name) => name.endsWith('.mdx'));
		expect(names.toSorted()).toEqual(english.toSorted());
	});

	describe('paired with its English twin', () => {
		test.each(names)('%s has as many sections as the English', (name) => {
			expect(headingIdsEs(read(`${esDir}/${name}`))).toHaveLength(headingIds(read(`${enDir}/${name}`)).length);
		});

		// askedAs goes into the first search's bytes: a section asked for in Spanish gets no more
		// phrasings than its English twin, the section in the same place ("page" for the whole page).
		test.each(names)('%s asks for each section in no more phrasings than the English', (name) => {
			const perSection = (file: string, ids: string[]) =>
				Object.fromEntries(
					Object.entries(frontMatter(file).askedAs ?? {}).map(([id, list]) => [
						id === 'page' ? 'page' : ids.indexOf(id),
						list.length,
					]),
				);
			const es = perSection(`${esDir}/${name}`, headingIdsEs(read(`${esDir}/${name}`)));
			const en = perSection(`${enDir}/${name}`, headingIds(read(`${enDir}/${name}`)));
			expect(es, 'an askedAs key that is no section of the page').not.toHaveProperty('-1');
			for (const [section, count] of Object.entries(es)) {
				expect(count, `phrasings of section ${section} of ${name}`).toBeLessThanOrEqual(en[section] ?? 0);
			}
		});
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
			const ease = fernandezHuerta(proseOf(read(`${esDir}/${name}`)));
			expect(ease, `reading ease of ${esDir}/${name}`).toBeGreaterThanOrEqual(MIN_EASE);
		});
	});

	spanishFileChecks({ names, esDir, enDir, read, pageIds, exampleLink: '/es/cuando-parar/#si-te-bloquearon' });

	describe('the tools', () => {
		const selfCheck = frontMatter(`${esDir}/self-check.mdx`).selfCheck;

		test('every gate answer that says stop leads to a section of /es/cuando-parar/', () => {
			const ids = pageIds.get('/es/cuando-parar/') ?? [];
			expect(selfCheck?.gate.map((question) => question.section).filter((id) => !ids.includes(id))).toEqual([]);
		});

		test('every question leads to a section of its Spanish step', () => {
			const missing = selfCheck?.questions.filter(({ step, section }) => !stepIds.get(step)?.includes(section));
			expect(missing, `sections of the Spanish steps: ${JSON.stringify(Object.fromEntries(stepIds))}`).toEqual([]);
		});

		test('the stop result never calls the reader ready, in any form', () => {
			const stop = selfCheck?.results.stop;
			expect(withoutAccents(`${stop?.title} ${stop?.text}`)).not.toMatch(
				/(?<!\p{L})(?:list[oa]s?|preparad[oa]s?|en condiciones)(?!\p{L})/iu,
			);
		});

		test('the apology checklist starts with whether they asked you to stay away', () => {
			const items = (file: string) => [...read(file).matchAll(/^- \[ \] (.+)$/gm)].map((m) => m[1]);
			expect(items(`${esDir}/apology-checklist.mdx`)[0]).toBe('No me ha pedido que me aleje.');
			expect(items(`${esDir}/apology-checklist.mdx`)).toHaveLength(items(`${enDir}/apology-checklist.mdx`).length);
		});
	});
});
