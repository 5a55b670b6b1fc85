/*
 * A stand-in for Astro's content layer, as Starlight's __tests__/test-utils.ts does it: tests
 * call `vi.mock('astro:content', () => mockedAstroContent({ guide, pages }))` and the site model
 * reads those entries as if they were the MDX files, in milliseconds and without a build.
 */
import type { GuideData } from '@/schemas/guide';
import type { PageData } from '@/schemas/page';

interface Entry<T> {
	id: string;
	filePath: string;
	body: string;
	data: T;
}

/** A step's front matter, complete enough for the guide's rules. */
export function stepData(number: number, slug: string, title = `Step ${number} title`): GuideData {
	return {
		title,
		summary: `What step ${number} is about.`,
		step: number,
		slug,
		inShort: ['One.', 'Two.', 'Three.'],
		tryThis: ['Try this.'],
	};
}

/** A standalone page's front matter, as the schema leaves it after its defaults. */
export function pageData(title: string, more: Partial<PageData> = {}): PageData {
	return { title, summary: `About ${title}.`, kind: 'page', appearsIn: [], ...more };
}

/** The guide of `count` steps and an intro, as content entries. */
export function guideEntries(count = 6): Entry<GuideData>[] {
	return [
		{
			id: 'en/guide/intro',
			filePath: 'src/content/en/guide/intro.mdx',
			body: '## Why\n\nWords.',
			data: { title: 'How to mend', summary: 'Why this guide exists.' },
		},
		...Array.from({ length: count }, (_, index) => ({
			id: `en/guide/${index + 1}-s${index + 1}`,
			filePath: `src/content/en/guide/${index + 1}-s${index + 1}.mdx`,
			body: `## Part of step ${index + 1}\n\nWords.`,
			data: stepData(index + 1, `s${index + 1}`),
		})),
	];
}

/** Standalone pages as content entries: file name to front matter. */
export function pageEntries(pages: Record<string, PageData>): Entry<PageData>[] {
	return Object.entries(pages).map(([id, data]) => ({
		id: `en/pages/${id}`,
		filePath: `src/content/en/pages/${id}.mdx`,
		body: '',
		data,
	}));
}

/** English entries as another language's twins: the same files under src/content/CODE/. */
export function translated<T>(entries: readonly Entry<T>[], lang: string): Entry<T>[] {
	return entries.map((entry) => ({
		...entry,
		id: entry.id.replace(/^en\//, `${lang}/`),
		filePath: entry.filePath.replace('src/content/en/', `src/content/${lang}/`),
	}));
}

/**
 * The module `astro:content` would be, holding these collections. English entries get twins in
 * every other language of src/i18n/ (`translated`) unless `others` says which to give.
 */
export function mockedAstroContent(
	collections: { guide: Entry<GuideData>[]; pages: Entry<PageData>[] },
	others: readonly string[] = ['es'],
) {
	const twins = <T>(entries: Entry<T>[]) => [
		...entries,
		...others.flatMap((lang) =>
			translated(
				entries.filter((entry) => entry.id.startsWith('en/')),
				lang,
			),
		),
	];
	const all = { guide: twins(collections.guide), pages: twins(collections.pages) } as Record<string, Entry<unknown>[]>;
	return {
		getCollection: async (name: string) => all[name] ?? [],
		getEntry: async (name: string, id: string) => all[name]?.find((entry) => entry.id === id),
		render: async (entry: Entry<unknown>) => ({
			Content: () => null,
			headings: [...entry.body.matchAll(/^(#{2,3}) (.+)$/gm)].map((match) => ({
				depth: match[1]?.length ?? 2,
				text: match[2] ?? '',
				slug: (match[2] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-'),
			})),
		}),
	};
}
