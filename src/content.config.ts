import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideLoader } from './model/guide-loader';
import { guideSchema } from './schemas/guide';
import { pageSchema } from './schemas/page';

export const collections = {
	/** The intro and the steps, one MDX file each, checked as a whole (see model/guide-loader.ts). */
	guide: defineCollection({
		loader: guideLoader(),
		schema: guideSchema,
	}),
	/** Standalone pages and tools: `NAME.mdx` is published at `/NAME/` (see src/lib/site-model.ts). */
	pages: defineCollection({
		loader: glob({ pattern: '*.mdx', base: './src/content/pages' }),
		schema: pageSchema,
	}),
};
