import { describe, expect, test } from 'vitest';
import { decode } from '@/lib/storage';
import {
	countAnswered,
	progressText,
	readingFor,
	result,
	selfCheckCodec,
	type Answer,
	type Answers,
} from '@/islands/self-check/self-check';

/** Eight questions over six steps, as the content has them: steps 1 and 5 have two each. */
const questions = [
	{ id: 'q1', step: 1 },
	{ id: 'q2', step: 1 },
	{ id: 'q3', step: 2 },
	{ id: 'q4', step: 3 },
	{ id: 'q5', step: 4 },
	{ id: 'q6', step: 5 },
	{ id: 'q7', step: 5 },
	{ id: 'q8', step: 6 },
];

/** All "yes" except the given answers. */
const answered = (others: Record<string, Answer> = {}): Answers =>
	Object.fromEntries(questions.map((q) => [q.id, others[q.id] ?? 'yes']));

describe('reading', () => {
	test.each([
		[0, 'ready'],
		[1, 'nearly'],
		[2, 'nearly'],
		[3, 'not-yet'],
		[8, 'not-yet'],
	])('%i answers other than yes read as %s', (notYes, expected) => {
		expect(readingFor(notYes)).toBe(expected);
	});

	test.each([
		['every answer yes', {}, 'ready', [], []],
		['one not yet', { q3: 'not-yet' }, 'nearly', ['q3'], [2]],
		['"not sure" counts like "not yet"', { q8: 'not-sure' }, 'nearly', ['q8'], [6]],
		['two on the same step name the step once', { q6: 'not-yet', q7: 'not-sure' }, 'nearly', ['q6', 'q7'], [5]],
		[
			'three, listed in step order whatever the answers',
			{ q8: 'not-yet', q1: 'not-sure', q4: 'not-yet' },
			'not-yet',
			['q1', 'q4', 'q8'],
			[1, 3, 6],
		],
		[
			'all not yet',
			Object.fromEntries(questions.map((q) => [q.id, 'not-yet' as const])),
			'not-yet',
			questions.map((q) => q.id),
			[1, 2, 3, 4, 5, 6],
		],
	] as const)('%s', (_name, others, reading, flagged, steps) => {
		expect(result(questions, answered(others))).toEqual({ reading, flagged, steps });
	});
});

describe('progress', () => {
	test('there is no result while any question is open', () => {
		const partial = answered();
		const { q5: _skipped, ...rest } = partial;
		expect(countAnswered(questions, rest)).toBe(7);
		expect(result(questions, rest)).toBeUndefined();
		expect(result([], {})).toBeUndefined();
	});

	test('answers to questions that are not on the page are not counted', () => {
		expect(countAnswered(questions, { q1: 'yes', gone: 'yes' })).toBe(1);
	});

	test.each([
		[0, 8, '0 of 8 answered, 8 to go'],
		[5, 8, '5 of 8 answered, 3 to go'],
		[8, 8, 'All 8 answered. Your result is below.'],
	])('%i of %i reads "%s"', (done, total, text) => {
		expect(progressText(done, total)).toBe(text);
	});
});

describe('stored answers', () => {
	const codec = selfCheckCodec(questions.map((q) => q.id));

	test.each([
		['saved answers', { v: 1, data: { answers: { q1: 'yes', q2: 'not-sure' } } }, { q1: 'yes', q2: 'not-sure' }],
		[
			'an answer to a reworded question is dropped',
			{ v: 1, data: { answers: { q1: 'yes', old: 'no' } } },
			{ q1: 'yes' },
		],
		['a value that is not an answer is dropped', { v: 1, data: { answers: { q1: 'maybe', q2: 3 } } }, {}],
		['answers that are a list', { v: 1, data: { answers: ['yes'] } }, {}],
		['no answers field', { v: 1, data: {} }, {}],
		['a future version', { v: 2, data: { answers: { q1: 'yes' } } }, {}],
		['inherited keys are not answers', { v: 1, data: { answers: Object.create({ q1: 'yes' }) } }, {}],
	])('%s', (_name, stored, expected) => {
		expect(decode(codec, stored)).toEqual({ answers: expected });
	});
});
