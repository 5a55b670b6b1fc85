import { z } from 'astro/zod';
import { GATE_ANSWERS } from '@/shared/self-check';
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

const sectionId = (page: string) =>
	z
		.string({ error: `section must be the id of a section on ${page}, like "if-they-blocked-you"` })
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `section must be the id of a section on ${page}, without the #`);

/**
 * One question of the self-check's gate: is reaching out right at all? An answer in `stopWhen`
 * overrides every other answer, and the result sends the reader to `section` of /when-to-stop/.
 * Like a question, its wording is its id.
 */
export const gateQuestionSchema = z.object({
	/** The question as the reader sees it, answered "Yes", "No" or "Not sure". */
	text: text('text'),
	/** The answers that mean "don't reach out now", such as `[yes, not-sure]`; at least one. */
	stopWhen: z
		.array(z.enum(GATE_ANSWERS, { error: 'each stopWhen answer must be yes, no or not-sure' }))
		.min(1, 'stopWhen must list at least one of yes, no, not-sure'),
	/** The id of the section of /when-to-stop/ that a stop answer links, without the `#`. */
	section: sectionId('/when-to-stop/'),
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

/** The self-check's gate, its questions and the wording of its four possible readings (self-check.mdx only). */
export const selfCheckSchema = z.object({
	/** Asked first: whether reaching out is right at all. Any stop answer overrides the questions. */
	gate: z
		.array(gateQuestionSchema)
		.min(1, 'gate must list at least one question')
		.max(6, 'gate must list at most 6 questions'),
	/** About eight questions, each tied to one step. */
	questions: z
		.array(questionSchema)
		.min(3, 'questions must list 3 to 12 questions')
		.max(12, 'questions must list 3 to 12 questions'),
	/**
	 * What the result says when a gate answer says stop (it must never call the reader ready), when
	 * every answer is yes, when one or two are not, and when more are not.
	 */
	results: z.object(
		{
			stop: readingSchema('stop').refine((reading) => !/\bready\b/i.test(`${reading.title} ${reading.text}`), {
				message: 'stop must not say "ready": it is shown when reaching out is not right now',
			}),
			ready: readingSchema('ready'),
			nearly: readingSchema('nearly'),
			notYet: readingSchema('notYet'),
		},
		{ error: 'results must have stop, ready, nearly and notYet, each with a title and a text' },
	),
});

export type QuestionData = z.infer<typeof questionSchema>;
export type GateQuestionData = z.infer<typeof gateQuestionSchema>;
export type SelfCheckData = z.infer<typeof selfCheckSchema>;
