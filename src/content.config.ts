import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideLoader } from './lib/guide-loader';
import { guideSchema, pageSchema } from './schemas/guide';

export const collections = {
	/** The intro and the six steps, one MDX file each, checked as a whole (see guide-loader.ts). */
	guide: defineCollection({
		loader: guideLoader(),
		schema: guideSchema,
	}),
	/** Standalone pages that are not steps (when-to-stop). */
	pages: defineCollection({
		loader: glob({ pattern: '*.mdx', base: './src/content/pages' }),
		schema: pageSchema,
	}),
};
