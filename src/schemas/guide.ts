import { z } from 'astro/zod';
import { askedAsSchema } from './asked-as';
import { summary, text } from './text';

/** The message for a step number that is not one; the loader checks the range against the files (lib/steps.ts). */
export const STEP_NUMBER = 'step must be a whole number from 1 to the number of steps';

/** A URL segment: lowercase words joined by hyphens. Part of a public URL, so never changed once published. */
export const urlSlug = () =>
	z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase words joined by hyphens, like "time-and-space"');

/**
 * Front matter of one file in `src/content/guide/`: the intro (no `step`) or one of the steps.
 * A step must also have `slug`, `inShort` and `tryThis`; the intro must not have them.
 */
export const guideSchema = z
	.object({
		/** Page title, also the `<title>` and the card title. Plain text. */
		title: text('title'),
		/** One sentence shown under the title, on the card, and used as the meta description. */
		summary: summary(),
		/** Step number, from 1 to the number of step files, each used once. Omit it for the intro. */
		step: z.number({ error: STEP_NUMBER }).int(STEP_NUMBER).min(1, STEP_NUMBER).optional(),
		/** URL segment after the number: `slug: apologize` publishes `/steps/1-apologize/`. Never change it once published. */
		slug: urlSlug().optional(),
		/** "In short": exactly three key takeaways, one sentence each. */
		inShort: z.array(text('each inShort item')).length(3, 'inShort must list exactly 3 takeaways').optional(),
		/** Readers' own words for a section, by its id (`page`: the whole page); see src/schemas/asked-as.ts. */
		askedAs: askedAsSchema.optional(),
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
