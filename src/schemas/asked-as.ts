import { z } from 'astro/zod';
import { WHOLE_PAGE } from '@/lib/asked-as';

const phrase = z
	.string({ error: 'each phrasing must be text' })
	.trim()
	.min(1, 'each phrasing must be non-empty text')
	.regex(/^[^<>]*$/, 'each phrasing must be plain text, without < or >');

const KEY_MESSAGE = `askedAs keys must be section ids (lowercase words joined by hyphens) or "${WHOLE_PAGE}"`;

/**
 * `askedAs` in a page's front matter: the ways readers ask for a section, in their own words,
 * keyed by the section's id (`page` for the page as a whole). Search indexes them with a weight
 * of their own and leads to that section (src/lib/asked-as.ts); whether each id names a section
 * of the page is checked when the index is built.
 */
export const askedAsSchema = z.record(
	z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, KEY_MESSAGE),
	z
		.array(phrase, { error: 'askedAs must map each section id to a list of phrasings' })
		.min(1, 'list one or more phrasings'),
	{
		error: (issue) =>
			issue.code === 'invalid_key'
				? KEY_MESSAGE
				: issue.code === 'invalid_type'
					? 'askedAs must map section ids to lists of phrasings, like "fair-is-fair: [how long should I wait]"'
					: undefined,
	},
);
