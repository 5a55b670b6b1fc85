/*
 * The self-check's rules, free of the DOM: what counts as an answer, how stored answers are
 * read back, how many remain, and which reading and which steps to revisit a set of answers gives.
 *
 * The gate comes first: a few questions on whether reaching out is right at all (they asked for
 * no contact, they blocked you, there was abuse, you are not safe). An answer that says stop
 * overrides every other answer, answered or not: the reading is "stop", at once, with the gate
 * questions that said so and no steps to revisit.
 *
 * Otherwise, once everything is answered, the reading with N questions is:
 * - ready: every answer is "yes";
 * - nearly: one or two answers are "not yet" or "not sure";
 * - not yet: three or more are.
 * "Not sure" weighs the same as "not yet": if you cannot say yes, the step is worth another read.
 */
import { format } from '@/shared/i18n';
import type { Codec } from '@/lib/storage';

import { ANSWERS, GATE_ANSWERS } from '@/shared/self-check';

export { ANSWERS, GATE_ANSWERS };

export type StepAnswer = (typeof ANSWERS)[number];
export type GateAnswer = (typeof GATE_ANSWERS)[number];
export type Answer = StepAnswer | GateAnswer;

/** Answers by question id, gate and steps alike. */
export type Answers = Readonly<Record<string, Answer>>;

/** What the self-check keeps. */
export interface SelfCheckState {
	readonly answers: Answers;
}

/** The plain-language readings: "stop" when a gate answer says so, otherwise from the step answers. */
export type Reading = 'stop' | 'ready' | 'nearly' | 'not-yet';

/** How many answers other than "yes" still count as nearly ready. */
export const NEARLY_LIMIT = 2;

/** Where the answers are kept (localStorage). */
export const SELF_CHECK_KEY = 'mend:self-check';

/** A question as the rules need it: its id and the step it relates to. */
export interface QuestionRef {
	id: string;
	step: number;
}

/** A gate question as the rules need it: its id and the answers that mean "don't reach out now". */
export interface GateRef {
	id: string;
	stopWhen: readonly GateAnswer[];
}

/** What a set of answers means. */
export interface Result {
	reading: Reading;
	/** Gate questions whose answer says stop, in gate order; empty unless the reading is "stop". */
	stops: string[];
	/** Questions not answered "yes", in question order; empty when the reading is "stop". */
	flagged: string[];
	/** The steps those questions relate to, once each, in step order. */
	steps: number[];
}

/** Is this one of the answers to a question about a step? */
export const isAnswer = (value: unknown): value is StepAnswer => ANSWERS.includes(value as StepAnswer);

/** Is this one of the answers to a gate question? */
export const isGateAnswer = (value: unknown): value is GateAnswer => GATE_ANSWERS.includes(value as GateAnswer);

/**
 * The stored answers: `{ answers: { [questionId]: answer } }`. Answers to questions that no longer
 * exist (reworded or removed) are dropped, as are values that are not answers to that question.
 *
 * Version 2 added the gate and its "no" answer. Version 1 held only answers about the steps, which
 * version 2 reads as they were, with the gate unanswered. The bump keeps an older copy of the page
 * (a tab left open, a cached page) from reading gate answers it does not know: it finds a newer
 * version, starts empty and leaves the stored answers alone.
 */
export function selfCheckCodec(questionIds: readonly string[], gateIds: readonly string[] = []): Codec<SelfCheckState> {
	return {
		version: 2,
		empty: { answers: {} },
		migrate: { 1: (data) => data },
		parse(data) {
			if (typeof data !== 'object' || data === null) return undefined;
			const answers: unknown = (data as { answers?: unknown }).answers;
			if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
			const stored = answers as Record<string, unknown>;
			const kept: Record<string, Answer> = {};
			for (const [ids, valid] of [
				[questionIds, isAnswer],
				[gateIds, isGateAnswer],
			] as const) {
				for (const id of ids) {
					const value = stored[id];
					if (Object.hasOwn(stored, id) && valid(value)) kept[id] = value;
				}
			}
			return { answers: kept };
		},
	};
}

/** How many of the questions (gate and steps) have an answer. */
export function countAnswered(questions: readonly { id: string }[], answers: Answers): number {
	return questions.filter((question) => answers[question.id] !== undefined).length;
}

/** The reading for `notYes` step answers other than "yes", when no gate answer says stop. */
export function readingFor(notYes: number): Exclude<Reading, 'stop'> {
	if (notYes === 0) return 'ready';
	return notYes <= NEARLY_LIMIT ? 'nearly' : 'not-yet';
}

/** The gate questions whose answer says "don't reach out now", in gate order. */
export function stopsFor(gate: readonly GateRef[], answers: Answers): string[] {
	return gate
		.filter((question) => {
			const answer = answers[question.id];
			return isGateAnswer(answer) && question.stopWhen.includes(answer);
		})
		.map((question) => question.id);
}

/**
 * The result: "stop" as soon as any gate answer says so, whatever else is answered; otherwise the
 * reading once the gate and every question are answered; undefined while any is still open.
 */
export function result(
	questions: readonly QuestionRef[],
	answers: Answers,
	gate: readonly GateRef[] = [],
): Result | undefined {
	const stops = stopsFor(gate, answers);
	if (stops.length > 0) return { reading: 'stop', stops, flagged: [], steps: [] };
	if (questions.length === 0) return undefined;
	if (countAnswered([...gate, ...questions], answers) < gate.length + questions.length) return undefined;
	const flagged = questions.filter((question) => answers[question.id] !== 'yes');
	return {
		reading: readingFor(flagged.length),
		stops: [],
		flagged: flagged.map((question) => question.id),
		steps: [...new Set(flagged.map((question) => question.step))].sort((a, b) => a - b),
	};
}

/** The progress line's wordings, in the page's language (selfCheck.count* in src/i18n/). */
export interface ProgressTexts {
	/** "{answered} of {total} answered, {left} to go" */
	readonly left: string;
	/** "{answered} of {total} answered. Your result is below." */
	readonly shown: string;
	/** "All {total} answered. Your result is below." */
	readonly all: string;
}

/** The progress line under the questions; `shown` says whether a result is on screen. */
export function progressText(
	texts: ProgressTexts,
	answered: number,
	total: number,
	shown = answered === total,
): string {
	const template = answered === total ? texts.all : shown ? texts.shown : texts.left;
	return format(template, { answered, total, left: total - answered });
}
