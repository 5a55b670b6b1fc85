/*
 * The guide collection's loader: Astro's glob loader over every language's folder, then the rules
 * that span files, checked for each language's guide on its own. Running them here, while content
 * is synced, stops a broken guide before any page is written, so a failed build never leaves a
 * half-built dist/ behind.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { GuideData } from '@/schemas/guide';
import { headingIds } from '@/lib/headings';
import { contentFolder, entryLang } from '@/lib/languages';
import { stepSectionIds } from '@/lib/sections';
import { checkSteps, checkUniqueIds } from '@/lib/steps';
import { STRINGS } from './strings';

/**
 * Ids `en/guide/1-apologize`: the language folder, the collection and the file name. (Astro's
 * default would be the front matter's `slug`, which two languages' steps could share.)
 */
export const entryId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

/** Loads src/content/CODE/guide/*.mdx for every language and checks each language's guide as a whole. */
export function guideLoader(base = './src/content'): Loader {
	const inner = glob({ pattern: '*/guide/*.mdx', base, generateId: entryId });
	return {
		name: 'mend-guide',
		load: async (context) => {
			await inner.load(context);
			const byLang = new Map<string, { id: string; filePath?: string | undefined; data: GuideData; body: string }[]>();
			for (const entry of context.store.values()) {
				const { lang, name } = entryLang(entry.id);
				byLang.set(lang, [
					...(byLang.get(lang) ?? []),
					{ id: name, filePath: entry.filePath, data: entry.data as GuideData, body: entry.body ?? '' },
				]);
			}
			for (const [lang, entries] of byLang) {
				const strings = STRINGS[lang];
				checkSteps(entries, { folder: `${contentFolder(lang)}/guide`, stepsPath: '/' });
				checkUniqueIds(
					entries.map((entry) => ({
						file: entry.filePath ?? entry.id,
						ids: [
							...(entry.data.step === undefined ? [] : stepSectionIds(entry.data.step, strings)),
							...headingIds(entry.body),
						],
					})),
				);
			}
		},
	};
}
