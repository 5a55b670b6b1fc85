/*
 * The one place pages read the guide from. The collection's loader (guide-loader.ts) has already
 * checked the rules that span files; this orders the steps and adds what every page needs
 * (headings, reading time). The heading ids are checked again here against the ids Astro really
 * rendered, in case they ever differ from the loader's reading of the Markdown.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { checkSteps, checkUniqueIds, type StepInfo } from '@/lib/steps';
import { readingMinutes } from '@/lib/reading-time';
import { stepSectionIds } from '@/lib/sections';

type GuideEntry = CollectionEntry<'guide'>;
type Rendered = Awaited<ReturnType<typeof render>>;

/** A heading of a page's body, as Astro reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** A step with everything a page needs to show it. */
export interface Step extends StepInfo {
	entry: GuideEntry;
	Content: Rendered['Content'];
	headings: Heading[];
	minutes: number;
}

/** The intro, ready to show. */
export interface Intro {
	entry: GuideEntry;
	Content: Rendered['Content'];
	headings: Heading[];
	minutes: number;
}

let cached: Promise<{ intro: Intro; steps: Step[] }> | undefined;

async function load(): Promise<{ intro: Intro; steps: Step[] }> {
	const entries = await getCollection('guide');
	const infos = checkSteps(entries);
	const introEntry = entries.find((entry) => entry.data.step === undefined);
	if (introEntry === undefined) throw new Error('unreachable: checkSteps requires an intro');

	const introRendered = await render(introEntry);
	const intro: Intro = {
		entry: introEntry,
		Content: introRendered.Content,
		headings: introRendered.headings,
		minutes: readingMinutes(introEntry.body ?? ''),
	};
	const steps = await Promise.all(
		infos.map(async (info): Promise<Step> => {
			const entry = entries.find((candidate) => candidate.id === info.id) as GuideEntry;
			const { Content, headings } = await render(entry);
			return {
				...info,
				entry,
				Content,
				headings,
				minutes: readingMinutes(entry.body ?? '', ...info.inShort, ...info.tryThis),
			};
		}),
	);

	checkUniqueIds([
		{ file: introEntry.filePath ?? introEntry.id, ids: intro.headings.map((h) => h.slug) },
		...steps.map((step) => ({
			file: step.file,
			ids: [...stepSectionIds(step.number), ...step.headings.map((h) => h.slug)],
		})),
	]);
	return { intro, steps };
}

/** The intro and the steps in order, checked. Loaded once per build. */
export function getGuide(): Promise<{ intro: Intro; steps: Step[] }> {
	cached ??= load();
	return cached;
}
