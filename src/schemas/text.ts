import { z } from 'astro/zod';

/** A required, non-blank line of text; the messages name `field` so the build error says which. */
export const text = (field: string) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) })
		.trim()
		.min(1, `${field} must not be empty`);

/** The one-sentence summary every page has: its meta description and its card text. */
export const summary = () => text('summary').max(200, 'summary must be one sentence of at most 200 characters');
