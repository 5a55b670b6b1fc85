import { describe, expect, test } from 'vitest';
import { checkSteps, checkUniqueIds, stepHref, type GuideEntryLike } from '@/lib/steps';
import { neighbours } from '@/lib/navigation';

const step = (n: number, id = `${n}-step`): GuideEntryLike => ({
	id,
	filePath: `src/content/en/guide/${id}.mdx`,
	data: { title: `Step ${n}`, summary: 'S.', step: n, slug: `s${n}`, inShort: ['a', 'b', 'c'], tryThis: ['t'] },
});
const intro: GuideEntryLike = {
	id: 'intro',
	filePath: 'src/content/en/guide/intro.mdx',
	data: { title: 'I', summary: 'S.' },
};
const allSix = [1, 2, 3, 4, 5, 6].map((n) => step(n));

function message(fn: () => unknown): string {
	try {
		fn();
	} catch (error) {
		return `${(error as Error).message}\nhint: ${(error as { hint?: string }).hint}`;
	}
	return 'no error';
}

describe('checkSteps', () => {
	test('returns the steps in order with their URLs', () => {
		const steps = checkSteps([intro, ...[...allSix].reverse()]);
		expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(steps[2]?.href).toBe('/steps/3-s3/');
		expect(steps[2]?.file).toBe('src/content/en/guide/3-step.mdx');
	});

	test('names both files when a step number is used twice', () => {
		expect(message(() => checkSteps([intro, ...allSix, step(3, '3-copy')]))).toMatchInlineSnapshot(`
			"The guide's steps are numbered wrongly.
			- step: 3 is used by 2 files (src/content/en/guide/3-step.mdx, src/content/en/guide/3-copy.mdx); each step number must be used exactly once.
			hint: Give each file in src/content/en/guide/ a unique \`step\` from 1 to 6, and leave it out only in intro.mdx."
		`);
	});

	test('names the gap in the numbering', () => {
		const gap = [...allSix.filter((s) => s.data.step !== 4), step(7)];
		expect(message(() => checkSteps([intro, ...gap]))).toMatchInlineSnapshot(`
			"The guide's steps are numbered wrongly.
			- step: 7 in src/content/en/guide/7-step.mdx: step must be a whole number from 1 to 6, as the guide has 6 steps.
			- step: 4 is missing; steps must run 1 to 6 with no gaps (found 1, 2, 3, 5, 6, 7).
			hint: Give each file in src/content/en/guide/ a unique \`step\` from 1 to 6, and leave it out only in intro.mdx."
		`);
	});

	// The messages a maintainer sees when a step file is broken (one real broken build is in tests/dist).
	test.each([
		['a step number out of range', { 3: 9 }, ['3-step.mdx', 'step', 'step must be a whole number from 1 to 6']],
		[
			'a step number used twice',
			{ 3: 2 },
			['step: 2 is used by 2 files', '3-step.mdx', '2-step.mdx', 'step: 3 is missing'],
		],
	])('%s names the file and the field', (_name, renumber, expected) => {
		const entries = allSix.map((entry) => {
			const to = (renumber as Record<number, number>)[entry.data.step ?? 0];
			return to === undefined ? entry : { ...entry, data: { ...entry.data, step: to } };
		});
		const text = message(() => checkSteps([intro, ...entries]));
		for (const part of expected) expect(text).toContain(part);
	});

	test('takes the number of steps from the files: a number past it is out of range', () => {
		const seven = { ...step(3), data: { ...step(3).data, step: 7 } };
		expect(message(() => checkSteps([intro, ...allSix.filter((s) => s.data.step !== 3), seven]))).toContain(
			'step: 7 in src/content/en/guide/3-step.mdx: step must be a whole number from 1 to 6, as the guide has 6 steps.',
		);
		expect(checkSteps([intro, ...allSix.slice(0, 4)]).map((s) => s.number)).toEqual([1, 2, 3, 4]);
	});

	test('needs exactly one intro', () => {
		expect(message(() => checkSteps(allSix))).toContain(
			'No intro: one file in src/content/en/guide/ must have no `step` field',
		);
		expect(message(() => checkSteps([intro, { ...intro, id: 'intro-2', filePath: 'x.mdx' }, ...allSix]))).toContain(
			'More than one intro (src/content/en/guide/intro.mdx, x.mdx)',
		);
	});
});

describe('checkUniqueIds', () => {
	test('accepts ids that are unique across files', () => {
		expect(() =>
			checkUniqueIds([
				{ file: 'a.mdx', ids: ['one', 'two'] },
				{ file: 'b.mdx', ids: ['three'] },
			]),
		).not.toThrow();
	});

	test('names both files that share a heading id', () => {
		expect(
			message(() =>
				checkUniqueIds([
					{ file: 'a.mdx', ids: ['why'] },
					{ file: 'b.mdx', ids: ['why'] },
				]),
			),
		).toMatchInlineSnapshot(`
				"Two sections of the guide share an id, so a link to it would be ambiguous on /guide/.
				- #why is used in a.mdx and b.mdx
				hint: Reword one of the \`##\` headings so that every heading in the guide is unique."
			`);
	});
});

describe('navigation', () => {
	const steps = [1, 2, 3].map((step) => ({ step }));
	test.each([
		[1, undefined, 2],
		[2, 1, 3],
		[3, 2, undefined],
	])('step %i has previous %s and next %s', (number, prev, next) => {
		const result = neighbours(steps, number);
		expect(result.prev?.step).toBe(prev);
		expect(result.next?.step).toBe(next);
	});

	test('URLs keep the published shape', () => {
		expect(stepHref(3, 'time-and-space')).toBe('/steps/3-time-and-space/');
	});
});

describe('headingIds', () => {
	test('slugs ## and ### headings the way Astro does, skipping code and deeper headings', async () => {
		const { headingIds } = await import('@/lib/headings');
		const body = [
			'## Don’t rush their *forgiveness*',
			'text',
			'### See [step 5](/steps/5-work-on-yourself/)',
			'```',
			'## not a heading',
			'```',
			'#### Too deep',
			'## Don’t rush their forgiveness',
		].join('\n');
		expect(headingIds(body)).toEqual(['dont-rush-their-forgiveness', 'see-step-5', 'dont-rush-their-forgiveness-1']);
	});
});
