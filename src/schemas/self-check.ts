import { z } from 'astro/zod';
import { text } from './text';

/** A step's number; whether that step exists is checked against the guide (lib/questions.ts). */
const stepNumber = (field: string) => {
	const message = `${field} must be the number of a step, 1 or more`;
	return z.number({ error: message }).int(message).min(1, message);
};

/** One question of the self-check. Its wording is also its id: rewording it resets saved answers to it. */
export const questionSchema = z.object({
	/** The question as the reader sees it, answered "Yes", "Not yet" or "Not sure". */
	text: text('text'),
	/** The number of the step the question relates to. */
	step: stepNumber('step'),
	/**
	 * The id of the section on that step's page that a "not yet" answer sends the reader to, without
	 * the `#`: a heading's id (as in the step's "On this page" links), `step-N-in-short` or `step-N-try-this`.
	 */
	section: z
		.string({ error: 'section must be the id of a section on the step page, like "own-your-flaws"' })
		.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
			'section must be the id of a section on the step page, like "own-your-flaws", without the #',
		),
});

/** The wording of one reading of the self-check's result. */
const readingSchema = (name: string) =>
	z.object(
		{
			/** Short, shown as the result's heading. */
			title: text('title'),
			/** One or two sentences under it. */
			text: text('text'),
		},
		{ error: `${name} must have a title and a text` },
	);

/** The self-check's questions and the wording of its three possible readings (self-check.mdx only). */
export const selfCheckSchema = z.object({
	/** About eight questions, each tied to one step. */
	questions: z
		.array(questionSchema)
		.min(3, 'questions must list 3 to 12 questions')
		.max(12, 'questions must list 3 to 12 questions'),
	/** What the result says when every answer is yes, when one or two are not, and when more are not. */
	results: z.object(
		{ ready: readingSchema('ready'), nearly: readingSchema('nearly'), notYet: readingSchema('notYet') },
		{ error: 'results must have ready, nearly and notYet, each with a title and a text' },
	),
});

export type QuestionData = z.infer<typeof questionSchema>;
export type SelfCheckData = z.infer<typeof selfCheckSchema>;
