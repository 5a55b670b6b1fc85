import { z } from 'astro/zod';
import { GATE_ANSWERS } from '@/islands/self-check/self-check';

/** The number of steps the guide has; step numbers run 1..STEP_COUNT with no gaps. */
export const STEP_COUNT = 6;

const text = (field: string) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) })
		.trim()
		.min(1, `${field} must not be empty`);

/**
 * Front matter of one file in `src/content/guide/`: the intro (no `step`) or one of the steps.
 * A step must also have `slug`, `inShort` and `tryThis`; the intro must not have them.
 */
export const guideSchema = z
	.object({
		/** Page title, also the `<title>` and the card title. Plain text. */
		title: text('title'),
		/** One sentence shown under the title, on the card, and used as the meta description. */
		summary: text('summary').max(200, 'summary must be one sentence of at most 200 characters'),
		/** Step number, 1 to 6. Omit it for the intro. */
		step: z
			.number({ error: `step must be a whole number from 1 to ${STEP_COUNT}` })
			.int('step must be a whole number from 1 to 6')
			.min(1, 'step must be a whole number from 1 to 6')
			.max(STEP_COUNT, `step must be a whole number from 1 to ${STEP_COUNT}`)
			.optional(),
		/** URL segment after the number: `slug: apologize` publishes `/steps/1-apologize/`. Never change it once published. */
		slug: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase words joined by hyphens, like "time-and-space"')
			.optional(),
		/** "In short": exactly three key takeaways, one sentence each. */
		inShort: z.array(text('each inShort item')).length(3, 'inShort must list exactly 3 takeaways').optional(),
		/** "Try this": one to three reflection prompts the reader can act on today. */
		tryThis: z
			.array(text('each tryThis item'))
			.min(1, 'tryThis must list 1 to 3 prompts')
			.max(3, 'tryThis must list 1 to 3 prompts')
			.optional(),
	})
	.superRefine((data, ctx) => {
		if (data.step === undefined) return;
		for (const field of ['slug', 'inShort', 'tryThis'] as const) {
			if (data[field] === undefined) {
				ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required on a step` });
			}
		}
	});

export type GuideData = z.infer<typeof guideSchema>;

const stepNumber = (field: string) => {
	const message = `${field} must be a whole number from 1 to ${STEP_COUNT}`;
	return z.number({ error: message }).int(message).min(1, message).max(STEP_COUNT, message);
};

/** One question of the self-check. Its wording is also its id: rewording it resets saved answers to it. */
export const questionSchema = z.object({
	/** The question as the reader sees it, answered "Yes", "Not yet" or "Not sure". */
	text: text('text'),
	/** The step the question relates to, 1 to 6. */
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

/** Front matter of a standalone page in `src/content/pages/` (such as when-to-stop). */
export const pageSchema = z.object({
	/** Page title and `<title>`. */
	title: text('title'),
	/** One sentence, used as the meta description. */
	summary: text('summary').max(200, 'summary must be one sentence of at most 200 characters'),
	/** Only in self-check.mdx: the quiz's questions and result wording. */
	selfCheck: selfCheckSchema.optional(),
});
