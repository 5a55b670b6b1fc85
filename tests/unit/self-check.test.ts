import { describe, expect, test } from 'vitest';
import { decode } from '@/lib/storage';
import { stringsFor } from '@/model/strings';
import {
	countAnswered,
	GATE_ANSWERS,
	progressText,
	readingFor,
	result,
	selfCheckCodec,
	stopsFor,
	type Answers,
	type GateAnswer,
	type GateRef,
	type StepAnswer,
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

/** The gate as the content has it: "not sure" stops on every question; "yes" stops but for safety, where "no" does. */
const gate: GateRef[] = [
	{ id: 'no-contact', stopWhen: ['yes', 'not-sure'] },
	{ id: 'blocked', stopWhen: ['yes', 'not-sure'] },
	{ id: 'abuse', stopWhen: ['yes', 'not-sure'] },
	{ id: 'safe', stopWhen: ['no', 'not-sure'] },
];

/** A gate that lets the reader go on. */
const clearGate: Answers = { 'no-contact': 'no', blocked: 'no', abuse: 'no', safe: 'yes' };

/** All "yes" except the given answers. */
const answered = (others: Record<string, StepAnswer> = {}): Answers =>
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
		expect(result(questions, answered(others))).toEqual({ reading, stops: [], flagged, steps });
		expect(result(questions, { ...clearGate, ...answered(others) }, gate)).toEqual({
			reading,
			stops: [],
			flagged,
			steps,
		});
	});
});

describe('the gate', () => {
	/** Every combination of the gate's answers, each question also left unanswered: 4^4 = 256. */
	const choices: readonly (GateAnswer | undefined)[] = [...GATE_ANSWERS, undefined];
	const combinations = choices.flatMap((a) =>
		choices.flatMap((b) => choices.flatMap((c) => choices.map((d) => [a, b, c, d] as const))),
	);
	const gateAnswers = (combination: readonly (GateAnswer | undefined)[]): Answers =>
		Object.fromEntries(
			combination.flatMap((answer, i) => (answer === undefined ? [] : [[gate[i]?.id ?? '', answer] as const])),
		);
	/** The gate questions a combination stops on, worked out from the content's rules, not from stopWhen. */
	const expectedStops = (combination: readonly (GateAnswer | undefined)[]) =>
		gate
			.filter((question, i) => {
				const answer = combination[i];
				if (answer === undefined || answer === 'not-sure') return answer === 'not-sure';
				return question.id === 'safe' ? answer === 'no' : answer === 'yes';
			})
			.map((question) => question.id);

	test('the table covers every combination', () => {
		expect(new Set(combinations.map((c) => c.join())).size).toBe(256);
	});

	test.each(combinations.map((combination) => [combination.map((a) => a ?? '-').join(' / '), combination] as const))(
		'%s',
		(_name, combination) => {
			const stops = expectedStops(combination);
			const complete = combination.every((answer) => answer !== undefined);
			for (const steps of [answered(), answered({ q1: 'not-yet', q4: 'not-sure', q8: 'not-yet' }), {}]) {
				const answers = { ...steps, ...gateAnswers(combination) };
				const outcome = result(questions, answers, gate);
				expect(stopsFor(gate, answers)).toEqual(stops);
				if (stops.length > 0) {
					// Any stop answer overrides every other answer, answered or not, and sends to no step.
					expect(outcome).toEqual({ reading: 'stop', stops, flagged: [], steps: [] });
				} else if (!complete || Object.keys(steps).length === 0) {
					expect(outcome).toBeUndefined();
				} else {
					expect(outcome?.reading).not.toBe('stop');
					expect(outcome?.stops).toEqual([]);
				}
			}
		},
	);

	test.each([
		['asked for no contact', { 'no-contact': 'yes' }, ['no-contact']],
		['blocked', { blocked: 'yes' }, ['blocked']],
		['abuse', { abuse: 'yes' }, ['abuse']],
		['not safe', { safe: 'no' }, ['safe']],
	] as const)('%s, every step answered yes: do not reach out now', (_name, stop, stops) => {
		const answers = { ...clearGate, ...answered(), ...stop };
		expect(result(questions, answers, gate)).toEqual({ reading: 'stop', stops, flagged: [], steps: [] });
	});

	test('a stop shows at once, before the other questions are answered', () => {
		expect(result(questions, { safe: 'no' }, gate)?.reading).toBe('stop');
		expect(result(questions, { safe: 'yes' }, gate)).toBeUndefined();
	});

	test('an answer of the wrong kind on a gate question is not a stop', () => {
		expect(stopsFor(gate, { safe: 'not-yet' })).toEqual([]);
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
		[0, 12, false, '0 of 12 answered, 12 to go'],
		[5, 12, false, '5 of 12 answered, 7 to go'],
		[1, 12, true, '1 of 12 answered. Your result is below.'],
		[12, 12, true, 'All 12 answered. Your result is below.'],
	])('%i of %i (result shown: %s) reads "%s"', (done, total, shown, text) => {
		const en = stringsFor('en');
		const texts = { left: en['selfCheck.count'], shown: en['selfCheck.countShown'], all: en['selfCheck.countAll'] };
		expect(progressText(texts, done, total, shown)).toBe(text);
	});

	test("the progress line is written in the page's language", () => {
		const es = stringsFor('es');
		const texts = { left: es['selfCheck.count'], shown: es['selfCheck.countShown'], all: es['selfCheck.countAll'] };
		expect(progressText(texts, 5, 12)).toBe('5 de 12 respondidas, faltan 7');
		expect(progressText(texts, 12, 12)).toBe('Respondiste las 12. Tu resultado está abajo.');
	});
});

describe('stored answers', () => {
	const codec = selfCheckCodec(
		questions.map((q) => q.id),
		gate.map((q) => q.id),
	);

	test.each([
		[
			'saved answers, gate and steps',
			{ v: 2, data: { answers: { safe: 'no', q1: 'yes', q2: 'not-sure' } } },
			{ safe: 'no', q1: 'yes', q2: 'not-sure' },
		],
		[
			'answers saved before the gate existed (version 1) are kept, with the gate unanswered',
			{ v: 1, data: { answers: { q1: 'yes', q2: 'not-sure' } } },
			{ q1: 'yes', q2: 'not-sure' },
		],
		[
			'an answer to a reworded question is dropped',
			{ v: 2, data: { answers: { q1: 'yes', old: 'no' } } },
			{ q1: 'yes' },
		],
		['a value that is not an answer is dropped', { v: 2, data: { answers: { q1: 'maybe', q2: 3 } } }, {}],
		[
			'an answer that belongs to the other kind of question is dropped',
			{ v: 2, data: { answers: { q1: 'no', safe: 'not-yet', blocked: 'no' } } },
			{ blocked: 'no' },
		],
		['answers that are a list', { v: 2, data: { answers: ['yes'] } }, {}],
		['no answers field', { v: 2, data: {} }, {}],
		['a future version', { v: 3, data: { answers: { q1: 'yes' } } }, {}],
		['inherited keys are not answers', { v: 2, data: { answers: Object.create({ q1: 'yes' }) } }, {}],
	])('%s', (_name, stored, expected) => {
		expect(decode(codec, stored)).toEqual({ answers: expected });
	});
});
