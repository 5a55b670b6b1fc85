import { describe, expect, test } from 'vitest';
import { resolveGate, resolveQuestions, stepSections, type StepSections } from '@/lib/questions';
import { selfCheckSchema } from '@/schemas/self-check';

const file = 'src/content/en/pages/self-check.mdx';

const steps: StepSections[] = [1, 2].map((number) => ({
	number,
	title: `Step title ${number}`,
	href: `/steps/${number}-s${number}/`,
	file: `src/content/en/guide/${number}-s${number}.mdx`,
	sections: stepSections({
		number,
		headings: [
			{ slug: `first-${number}`, text: `First ${number}` },
			{ slug: `second-${number}`, text: `Second ${number}` },
		],
	}),
}));

function message(fn: () => unknown): string {
	try {
		fn();
	} catch (error) {
		return `${(error as Error).message}\nhint: ${(error as { hint?: string }).hint}`;
	}
	return 'no error';
}

describe('stepSections', () => {
	test('lists "In short", the headings and "Try this", in page order', () => {
		expect(stepSections({ number: 5, headings: [{ slug: 'own-your-flaws', text: 'Own your flaws' }] })).toEqual([
			{ id: 'step-5-in-short', text: 'In short' },
			{ id: 'own-your-flaws', text: 'Own your flaws' },
			{ id: 'step-5-try-this', text: 'Try this' },
		]);
	});
});

describe('resolveQuestions', () => {
	test('links each question to its step and section, keyed by its wording', () => {
		expect(
			resolveQuestions(
				file,
				[
					{ text: 'Can you say sorry without “but”?', step: 2, section: 'second-2' },
					{ text: 'Is it done?', step: 1, section: 'step-1-try-this' },
				],
				steps,
			),
		).toEqual([
			{
				id: 'can-you-say-sorry-without-but',
				text: 'Can you say sorry without “but”?',
				step: 2,
				stepTitle: 'Step title 2',
				stepHref: '/steps/2-s2/',
				sectionTitle: 'Second 2',
				href: '/steps/2-s2/#second-2',
			},
			{
				id: 'is-it-done',
				text: 'Is it done?',
				step: 1,
				stepTitle: 'Step title 1',
				stepHref: '/steps/1-s1/',
				sectionTitle: 'Try this',
				href: '/steps/1-s1/#step-1-try-this',
			},
		]);
	});

	test('names the file, the question and the sections that do exist', () => {
		expect(
			message(() =>
				resolveQuestions(
					file,
					[
						{ text: 'Fine?', step: 1, section: 'first-1' },
						{ text: 'Wrong section?', step: 2, section: 'first-1' },
						{ text: 'Wrong step?', step: 4, section: 'first-4' },
						{ text: 'Fine!', step: 2, section: 'second-2' },
					],
					steps,
				),
			),
		).toMatchInlineSnapshot(`
			"The self-check in src/content/en/pages/self-check.mdx has questions that point nowhere.
			- questions.1 ("Wrong section?").section: step 2 (src/content/en/guide/2-s2.mdx) has no section "first-1". Its sections are: step-2-in-short, first-2, second-2, step-2-try-this.
			- questions.2 ("Wrong step?").step: there is no step 4; steps run 1, 2.
			- questions.3 ("Fine!"): has the same wording as questions.0; each question must differ.
			hint: In src/content/en/pages/self-check.mdx, give each question a \`step\` from the guide and a \`section\` that is one of the ids listed for that step."
		`);
	});
});

describe('resolveGate', () => {
	const whenToStop = {
		url: '/when-to-stop/',
		sections: [
			{ id: 'if-they-blocked-you', text: 'If they blocked you' },
			{ id: 'if-youre-struggling', text: 'If you’re struggling' },
		],
	};

	test('links each gate question to its section of /when-to-stop/, keyed by its wording', () => {
		expect(
			resolveGate(
				file,
				[{ text: 'Have they blocked you?', stopWhen: ['yes'], section: 'if-they-blocked-you' }],
				whenToStop,
				['is-it-done'],
			),
		).toEqual([
			{
				id: 'have-they-blocked-you',
				text: 'Have they blocked you?',
				stopWhen: ['yes'],
				sectionTitle: 'If they blocked you',
				href: '/when-to-stop/#if-they-blocked-you',
			},
		]);
	});

	test('names the file, the question and the sections that do exist', () => {
		expect(
			message(() =>
				resolveGate(
					file,
					[
						{ text: 'Blocked?', stopWhen: ['yes'], section: 'if-they-blocked' },
						{ text: 'Is it done?', stopWhen: ['yes'], section: 'if-they-blocked-you' },
						{ text: 'Blocked!', stopWhen: ['no'], section: 'if-youre-struggling' },
					],
					whenToStop,
					['is-it-done'],
				),
			),
		).toMatchInlineSnapshot(`
			"The self-check's gate in src/content/en/pages/self-check.mdx has questions that point nowhere.
			- gate.0 ("Blocked?").section: /when-to-stop/ (src/content/en/pages/when-to-stop.mdx) has no section "if-they-blocked". Its sections are: if-they-blocked-you, if-youre-struggling.
			- gate.1 ("Is it done?"): has the same wording as one of the questions.
			- gate.2 ("Blocked!"): has the same wording as gate.0; each question must differ.
			hint: In src/content/en/pages/self-check.mdx, give each gate question its own wording and a \`section\` that is one of the ids listed for /when-to-stop/."
		`);
	});
});

describe('self-check front matter', () => {
	const reading = { title: 'T', text: 'Some text.' };
	const valid = {
		gate: [{ text: 'Have they blocked you?', stopWhen: ['yes', 'not-sure'], section: 'if-they-blocked-you' }],
		questions: [1, 2, 3].map((n) => ({ text: `Question ${n}?`, step: n, section: 'step-1-in-short' })),
		results: { stop: reading, ready: reading, nearly: reading, notYet: reading },
	};
	const problems = (data: unknown) => {
		const parsed = selfCheckSchema.safeParse(data);
		return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};

	test('accepts a gate, questions and four readings', () => {
		expect(problems(valid)).toEqual([]);
	});

	test.each([
		[
			'a section written as a link',
			{ ...valid, questions: [...valid.questions.slice(1), { text: 'Q?', step: 5, section: '#own-your-flaws' }] },
			[
				'questions.2.section: section must be the id of a section on the step page, like "own-your-flaws", without the #',
			],
		],
		[
			'a step that is not a number',
			{ ...valid, questions: [...valid.questions.slice(1), { text: 'Q?', step: 0, section: 'a' }] },
			['questions.2.step: step must be the number of a step, 1 or more'],
		],
		[
			'an empty question',
			{ ...valid, questions: [...valid.questions.slice(1), { text: ' ', step: 1, section: 'a' }] },
			['questions.2.text: text must not be empty'],
		],
		[
			'too few questions',
			{ ...valid, questions: valid.questions.slice(1) },
			['questions: questions must list 3 to 12 questions'],
		],
		[
			'a missing reading',
			{ ...valid, results: { stop: reading, ready: reading, nearly: reading } },
			['results.notYet: notYet must have a title and a text'],
		],
		[
			'a stop reading that says ready',
			{ ...valid, results: { ...valid.results, stop: { title: 'Not ready yet', text: 'Wait.' } } },
			['results.stop: stop must not say "ready": it is shown when reaching out is not right now'],
		],
		['no gate', { ...valid, gate: [] }, ['gate: gate must list at least one question']],
		[
			'a gate question that never stops',
			{ ...valid, gate: [{ ...valid.gate[0], stopWhen: [] }] },
			['gate.0.stopWhen: stopWhen must list at least one of yes, no, not-sure'],
		],
		[
			'a gate answer that is not an answer',
			{ ...valid, gate: [{ ...valid.gate[0], stopWhen: ['maybe'] }] },
			['gate.0.stopWhen.0: each stopWhen answer must be yes, no or not-sure'],
		],
		[
			'a gate section written as a link',
			{ ...valid, gate: [{ ...valid.gate[0], section: '/when-to-stop/#if-they-blocked-you' }] },
			['gate.0.section: section must be the id of a section on /when-to-stop/, without the #'],
		],
	])('rejects %s, naming the field', (_name, data, expected) => {
		expect(problems(data)).toEqual(expected);
	});
});
