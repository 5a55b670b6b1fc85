/*
 * The one place pages read the guide from. The collection's loader (guide-loader.ts) has already
 * checked the rules that span files; this orders the steps and adds what every page needs
 * (headings, reading time). The heading ids are checked again here against the ids Astro really
 * rendered, in case they ever differ from the loader's reading of the Markdown.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n';
import { contentFolder, entryLang, localePath } from '@/lib/languages';
import { checkSteps, checkUniqueIds, type StepInfo } from '@/lib/steps';
import { readingMinutes } from '@/lib/reading-time';
import { stepSectionIds } from '@/lib/sections';
import { stringsFor } from './strings';

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

const cached = new Map<Lang, Promise<{ intro: Intro; steps: Step[] }>>();

async function load(lang: Lang): Promise<{ intro: Intro; steps: Step[] }> {
	const strings = stringsFor(lang);
	const entries = (await getCollection('guide')).filter((entry) => entryLang(entry.id).lang === lang);
	const infos = checkSteps(
		entries.map((entry) => ({ ...entry, id: entryLang(entry.id).name })),
		{ folder: `${contentFolder(lang)}/guide`, stepsPath: localePath(lang, `/${strings['path.steps']}/`) },
	);
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
			const entry = entries.find((candidate) => entryLang(candidate.id).name === info.id) as GuideEntry;
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
			ids: [...stepSectionIds(step.number, strings), ...step.headings.map((h) => h.slug)],
		})),
	]);
	return { intro, steps };
}

/** One language's intro and steps in order, checked; English by default. Loaded once per build. */
export function getGuide(lang: Lang = DEFAULT_LANG): Promise<{ intro: Intro; steps: Step[] }> {
	let guide = cached.get(lang);
	if (guide === undefined) {
		guide = load(lang);
		cached.set(lang, guide);
	}
	return guide;
}
