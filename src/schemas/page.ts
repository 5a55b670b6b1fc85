import { z } from 'astro/zod';
import { askedAsSchema } from './asked-as';
import { urlSlug } from './guide';
import { PAGE_PLACES } from '@/lib/site-model';
import { selfCheckSchema } from './self-check';
import { summary, text } from './text';

const label = (field: string) => text(field).max(80, `${field} must be a short label of at most 80 characters`);

/**
 * Front matter of a standalone page in `src/content/CODE/pages/`: `NAME.mdx` is published at `/NAME/`
 * by one route (src/pages/[page].astro), and the front matter says where it is listed.
 */
export const pageSchema = z.object({
	/** Shown as the page's h1 and in its `<title>`. Plain text. */
	title: text('title'),
	/**
	 * The URL segment, where it differs from the file name: `slug: cuando-parar` in
	 * src/content/es/pages/when-to-stop.mdx publishes `/es/cuando-parar/`. Never change it once published.
	 */
	slug: urlSlug().optional(),
	/** One sentence: the meta description and the card text. */
	summary: summary(),
	/** `page` for reading, `tool` for an interactive page (its island: see `island`). Search labels results with it. */
	kind: z.enum(['page', 'tool'], { error: 'kind must be "page" or "tool"' }).default('page'),
	/**
	 * The lists that link to the page besides the 404 and search page lists, which show every page:
	 * `header` (the header's menu), `footer`, `intro` (the intro's list of tools and other pages),
	 * `after-steps` (the "next" link at the end of the last step; one page at most).
	 */
	appearsIn: z
		.array(
			z.enum(PAGE_PLACES, {
				error: (issue) =>
					`appearsIn: "${String(issue.input)}" is not a place a page can appear; use any of ${PAGE_PLACES.join(', ')}`,
			}),
		)
		.default([]),
	/** Lower comes first in every list the page appears in; pages without one come last, by title. */
	order: z.number({ error: 'order must be a number' }).optional(),
	/** A shorter label for the header menu and the footer; the title otherwise. */
	menuLabel: label('menuLabel').optional(),
	/** The footer's label, where it differs from `menuLabel`. */
	footerLabel: label('footerLabel').optional(),
	/** The label in the lists of every page (404, search page) and on the intro, where it differs from `menuLabel`. */
	listLabel: label('listLabel').optional(),
	/** One line under the page's link on the intro; the summary otherwise. */
	blurb: text('blurb').optional(),
	/** The small line above the title on the page's card and on the step-nav link ("Before you reach out"). */
	eyebrow: label('eyebrow').optional(),
	/**
	 * The island a tool page shows under its title: the name of a folder in `src/islands/` holding a
	 * `Tool.astro` (self-check, apology-checklist). The page's body is handed to it to place.
	 */
	island: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'island must be the name of a folder in src/islands/, like "self-check"')
		.optional(),
	/**
	 * The step this tool also ends, as that step's last section (the apology checklist ends step 1):
	 * a step number. The one-page guide gives it a short section there that links to the tool.
	 */
	endsStep: z
		.number({ error: 'endsStep must be the number of a step' })
		.int('endsStep must be the number of a step')
		.min(1, 'endsStep must be the number of a step')
		.optional(),
	/** Readers' own words for a section, by its id (`page`: the whole page); see src/schemas/asked-as.ts. */
	askedAs: askedAsSchema.optional(),
	/** Only in self-check.mdx: the quiz's questions and result wording. */
	selfCheck: selfCheckSchema.optional(),
});

export type PageData = z.infer<typeof pageSchema>;
