/*
 * The self-check's rules, free of the DOM: what counts as an answer, how stored answers are
 * read back, how many remain, and which reading and which steps to revisit a set of answers gives.
 *
 * The reading, with N questions:
 * - ready: every answer is "yes";
 * - nearly: one or two answers are "not yet" or "not sure";
 * - not yet: three or more are.
 * "Not sure" weighs the same as "not yet": if you cannot say yes, the step is worth another read.
 */
import type { Codec } from '@/lib/storage';

/** The three answers, as stored and as radio values. */
export const ANSWERS = ['yes', 'not-yet', 'not-sure'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Answers by question id. */
export type Answers = Readonly<Record<string, Answer>>;

/** What the self-check keeps. */
export interface SelfCheckState {
	readonly answers: Answers;
}

/** The three plain-language readings a complete set of answers gives. */
export type Reading = 'ready' | 'nearly' | 'not-yet';

/** How many answers other than "yes" still count as nearly ready. */
export const NEARLY_LIMIT = 2;

/** Where the answers are kept (localStorage). */
export const SELF_CHECK_KEY = 'mend:self-check';

/** A question as the rules need it: its id and the step it relates to. */
export interface QuestionRef {
	id: string;
	step: number;
}

/** What a complete set of answers means. */
export interface Result {
	reading: Reading;
	/** Questions not answered "yes", in question order. */
	flagged: string[];
	/** The steps those questions relate to, once each, in step order. */
	steps: number[];
}

/** Is this one of the three answers? */
export const isAnswer = (value: unknown): value is Answer => ANSWERS.includes(value as Answer);

/**
 * The stored answers, version 1: `{ answers: { [questionId]: answer } }`. Answers to questions
 * that no longer exist (reworded or removed) are dropped, as are values that are not answers.
 */
export function selfCheckCodec(questionIds: readonly string[]): Codec<SelfCheckState> {
	return {
		version: 1,
		empty: { answers: {} },
		parse(data) {
			if (typeof data !== 'object' || data === null) return undefined;
			const answers: unknown = (data as { answers?: unknown }).answers;
			if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
			const kept: Record<string, Answer> = {};
			for (const id of questionIds) {
				const value: unknown = (answers as Record<string, unknown>)[id];
				if (Object.hasOwn(answers, id) && isAnswer(value)) kept[id] = value;
			}
			return { answers: kept };
		},
	};
}

/** How many of the questions have an answer. */
export function countAnswered(questions: readonly QuestionRef[], answers: Answers): number {
	return questions.filter((question) => answers[question.id] !== undefined).length;
}

/** The reading for `notYes` answers other than "yes". */
export function readingFor(notYes: number): Reading {
	if (notYes === 0) return 'ready';
	return notYes <= NEARLY_LIMIT ? 'nearly' : 'not-yet';
}

/** The result once every question is answered; undefined while any is still open. */
export function result(questions: readonly QuestionRef[], answers: Answers): Result | undefined {
	if (questions.length === 0 || countAnswered(questions, answers) < questions.length) return undefined;
	const flagged = questions.filter((question) => answers[question.id] !== 'yes');
	return {
		reading: readingFor(flagged.length),
		flagged: flagged.map((question) => question.id),
		steps: [...new Set(flagged.map((question) => question.step))].sort((a, b) => a - b),
	};
}

/** The progress line under the questions. */
export function progressText(answered: number, total: number): string {
	return answered < total
		? `${answered} of ${total} answered, ${total - answered} to go`
		: `All ${total} answered. Your result is below.`;
}
