import { describe, expect, test } from 'vitest';
import { guideSchema } from '@/schemas/guide';
import { pageSchema } from '@/schemas/page';

const validStep = {
	title: 'Give them time and space',
	step: 3,
	slug: 'time-and-space',
	summary: 'Step back and let them decide.',
	inShort: ['One.', 'Two.', 'Three.'],
	tryThis: ['Wait a day before you write again.'],
};

/** The messages a build would print, as "field: message" lines. */
function problems(data: unknown): string[] {
	const result = guideSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guide front matter', () => {
	test('accepts a complete step and an intro', () => {
		expect(problems(validStep)).toEqual([]);
		expect(problems({ title: 'Intro', summary: 'Why this guide exists.' })).toEqual([]);
	});

	test.each([
		['a missing title', { ...validStep, title: undefined }, ['title: title is required']],
		['a blank title', { ...validStep, title: '   ' }, ['title: title must not be empty']],
		['a title that is not text', { ...validStep, title: 42 }, ['title: title must be text']],
		['an empty summary', { ...validStep, summary: '' }, ['summary: summary must not be empty']],
		// Whether a step number is in range depends on the other files: tests/unit/steps.test.ts.
		['step 0', { ...validStep, step: 0 }, ['step: step must be a whole number from 1 to the number of steps']],
		['step 2.5', { ...validStep, step: 2.5 }, ['step: step must be a whole number from 1 to the number of steps']],
		[
			'a step written as text',
			{ ...validStep, step: 'three' },
			['step: step must be a whole number from 1 to the number of steps'],
		],
		[
			'a slug with capitals',
			{ ...validStep, slug: 'Time And Space' },
			['slug: slug must be lowercase words joined by hyphens, like "time-and-space"'],
		],
		['two takeaways', { ...validStep, inShort: ['One.', 'Two.'] }, ['inShort: inShort must list exactly 3 takeaways']],
		[
			'an empty takeaway',
			{ ...validStep, inShort: ['One.', '', 'Three.'] },
			['inShort.1: each inShort item must not be empty'],
		],
		['no prompts', { ...validStep, tryThis: [] }, ['tryThis: tryThis must list 1 to 3 prompts']],
		['four prompts', { ...validStep, tryThis: ['a', 'b', 'c', 'd'] }, ['tryThis: tryThis must list 1 to 3 prompts']],
		[
			'a step without its parts',
			{ title: 'A step', summary: 'Something.', step: 2 },
			[
				'slug: slug is required on a step',
				'inShort: inShort is required on a step',
				'tryThis: tryThis is required on a step',
			],
		],
	])('rejects %s, naming the field', (_name, data, expected) => {
		expect(problems(data)).toEqual(expected);
	});
});

describe('page front matter', () => {
	test('needs a title and a summary', () => {
		const result = pageSchema.safeParse({ title: '' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['title', 'summary']);
	});

	test('a page is a reading page in no list unless it says otherwise', () => {
		expect(pageSchema.parse({ title: 'T', summary: 'S.' })).toEqual({
			title: 'T',
			summary: 'S.',
			kind: 'page',
			appearsIn: [],
		});
	});

	test.each([
		['an unknown kind', { kind: 'quiz' }, ['kind: kind must be "page" or "tool"']],
		[
			'an unknown place',
			{ appearsIn: ['header', 'sidebar'] },
			[
				'appearsIn.1: appearsIn: "sidebar" is not a place a page can appear; use any of header, footer, intro, after-steps',
			],
		],
		['an order written as text', { order: 'first' }, ['order: order must be a number']],
		[
			'an island that is not a folder name',
			{ kind: 'tool', island: 'Self Check' },
			['island: island must be the name of a folder in src/islands/, like "self-check"'],
		],
		[
			'a step ended by a tool written as text',
			{ endsStep: 'one' },
			['endsStep: endsStep must be the number of a step'],
		],
		['step 0 ended by a tool', { endsStep: 0 }, ['endsStep: endsStep must be the number of a step']],
	])('rejects %s, naming the field', (_name, extra, expected) => {
		const result = pageSchema.safeParse({ title: 'T', summary: 'S.', ...extra });
		expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(expected);
	});
});
