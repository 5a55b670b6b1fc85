import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryId, guideLoader } from './model/guide-loader';
import { guideSchema } from './schemas/guide';
import { pageSchema } from './schemas/page';

/*
 * One folder per language, src/content/CODE/ (README "Languages"): each collection loads every
 * language's files, with ids like `es/guide/1-apologize`.
 */
export const collections = {
	/** The intro and the steps, one MDX file each, each language's checked as a whole (see model/guide-loader.ts). */
	guide: defineCollection({
		loader: guideLoader(),
		schema: guideSchema,
	}),
	/** Standalone pages and tools: `NAME.mdx` is published at `/NAME/`, or at its `slug` (see src/lib/site-model.ts). */
	pages: defineCollection({
		loader: glob({ pattern: '*/pages/*.mdx', base: './src/content', generateId: entryId }),
		schema: pageSchema,
	}),
};
