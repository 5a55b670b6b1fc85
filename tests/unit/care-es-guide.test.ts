/*
 * The care rules of tests/unit/care.test.ts, on the Spanish guide (src/content/es/guide/): a plain
 * reading level measured the Spanish way (tests/readability-es.ts), every paragraph translated,
 * links that stay in Spanish and land on a section that exists, no promise of an outcome and no
 * push toward someone; and each file still paired with its English twin, section for section, so
 * the two editions say the same things in the same order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { headingIds } from '@/lib/headings';
import {
	ENGLISH_RUN,
	headingIdsEs,
	PROMISES_AND_PUSHES,
	spanishFileChecks,
	withoutAccents,
	wordRuns,
} from '../content-es';
import { proseOf } from '../readability';
import { fernandezHuerta } from '../readability-es';

const root = new URL('../../', import.meta.url).pathname;
const esDir = 'src/content/es/guide';
// The English guide moves to src/content/en/guide/ with the language folders; either is the twin.
const enDir = ['src/content/en/guide', 'src/content/guide'].find((dir) => existsSync(join(root, dir))) ?? '';
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const names = readdirSync(join(root, esDir)).filter((name) => name.endsWith('.mdx'));

interface Front {
	step?: number;
	slug?: string;
	tryThis?: string[];
	askedAs?: Record<string, string[]>;
}
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(read(file))?.[1] ?? '') as Front;

/**
 * The lowest Fernández Huerta reading ease a Spanish page may have. Its scale puts 70–80 at
 * about a 6th grade and 60–70 at a 7th or 8th, so the English rule (about grade 6, never above 8)
 * becomes 60 or more.
 */
const MIN_EASE = 60;

/** The ids of each Spanish page this branch can see, by URL path: the steps, and the pages once present. */
const pageIds = new Map<string, string[]>(
	names.map((name) => {
		const { step, slug } = frontMatter(`${esDir}/${name}`);
		return [step === undefined ? '/es/' : `/es/pasos/${step}-${slug}/`, headingIdsEs(read(`${esDir}/${name}`))];
	}),
);
for (const name of existsSync(join(root, 'src/content/es/pages'))
	? readdirSync(join(root, 'src/content/es/pages'))
	: []) {
	const { slug } = frontMatter(`src/content/es/pages/${name}`);
	pageIds.set(`/es/${slug ?? name.replace(/\.mdx$/, '')}/`, headingIdsEs(read(`src/content/es/pages/${name}`)));
}

describe('the Spanish guide', () => {
	test('every English guide file has its Spanish twin, by file name', () => {
		const english = readdirSync(join(root, enDir)).filter((name) => name.endsWith('.mdx'));
		expect(names.toSorted()).toEqual(english.toSorted());
	});

	describe('paired with its English twin', () => {
		test.each(names)('%s has the same step, sections and "Try this" prompts', (name) => {
			const es = frontMatter(`${esDir}/${name}`);
			const en = frontMatter(`${enDir}/${name}`);
			expect(es.step).toBe(en.step);
			expect(headingIdsEs(read(`${esDir}/${name}`))).toHaveLength(headingIds(read(`${enDir}/${name}`)).length);
			expect(es.tryThis?.length).toBe(en.tryThis?.length);
		});

		// askedAs goes into the first search's bytes: a section asked for in Spanish gets no more
		// phrasings than its English twin, and the twin is the section in the same place.
		test.each(names)('%s asks for each section in no more phrasings than the English', (name) => {
			const perSection = (file: string, ids: string[]) =>
				Object.fromEntries(
					Object.entries(frontMatter(file).askedAs ?? {}).map(([id, list]) => [ids.indexOf(id), list.length]),
				);
			const es = perSection(`${esDir}/${name}`, headingIdsEs(read(`${esDir}/${name}`)));
			const en = perSection(`${enDir}/${name}`, headingIds(read(`${enDir}/${name}`)));
			expect(es).not.toHaveProperty('-1');
			for (const [section, count] of Object.entries(es)) {
				expect(count, `phrasings of section ${section} of ${name}`).toBeLessThanOrEqual(en[section] ?? 0);
			}
		});
	});

	describe('reading level', () => {
		test.each(names)(`%s reads at ${MIN_EASE} or more (Fernández Huerta)`, (name) => {
			const ease = fernandezHuerta(proseOf(read(`${esDir}/${name}`)));
			expect(ease, `reading ease of ${esDir}/${name}`).toBeGreaterThanOrEqual(MIN_EASE);
		});
	});

	spanishFileChecks({ names, esDir, enDir, read, pageIds, exampleLink: '/es/pasos/2-habla-con-sinceridad/' });

	describe('the checks themselves', () => {
		test('the check finds an English sentence left in', () => {
			const english = new Set(wordRuns('Keep yours short, and let them respond in their own time.', ENGLISH_RUN));
			const left = wordRuns('Que sea corto. Let them respond in their own time.', ENGLISH_RUN);
			expect(left.some((run) => english.has(run))).toBe(true);
		});

		test.each([
			'Si sigues estos pasos, te perdonará.',
			'Tranquilo: volvera contigo.',
			'No te rindas y escríbele otra vez.',
			'Si no contesta, insiste.',
			'Te garantizo que funcionará.',
		])('the check finds "%s"', (sentence) => {
			expect(withoutAccents(sentence)).toMatch(PROMISES_AND_PUSHES);
		});

		test.each([
			'Nada de lo que hay aquí puede prometerte que vuelva.',
			'No le escribas otra vez.',
			'No insistas.',
			'Si te perdona, y cuándo, lo decide esa persona.',
		])('a warning is not a push: "%s"', (sentence) => {
			expect(withoutAccents(sentence)).not.toMatch(PROMISES_AND_PUSHES);
		});
	});
});
