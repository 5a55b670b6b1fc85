/*
 * The guide collection's loader: Astro's glob loader, then the rules that span files. Running
 * them here, while content is synced, stops a broken guide before any page is written, so a
 * failed build never leaves a half-built dist/ behind.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { GuideData } from '@/schemas/guide';
import { headingIds } from '@/lib/headings';
import { stepSectionIds } from '@/lib/sections';
import { checkSteps, checkUniqueIds } from '@/lib/steps';

/** Loads src/content/guide/*.mdx and checks the guide as a whole. */
export function guideLoader(base = './src/content/guide'): Loader {
	const inner = glob({ pattern: '*.mdx', base });
	return {
		name: 'mend-guide',
		load: async (context) => {
			await inner.load(context);
			const entries = [...context.store.values()].map((entry) => ({
				id: entry.id,
				filePath: entry.filePath,
				data: entry.data as GuideData,
				body: entry.body ?? '',
			}));
			checkSteps(entries);
			checkUniqueIds(
				entries.map((entry) => ({
					file: entry.filePath ?? entry.id,
					ids: [...(entry.data.step === undefined ? [] : stepSectionIds(entry.data.step)), ...headingIds(entry.body)],
				})),
			);
		},
	};
}
