/*
 * Which pages have their own link-preview card, and what each says, read from the guide's
 * content so a retitled step gets a new card on the next build. The intro's card comes first: it
 * is the fallback for pages without a card of their own (the 404, pages added later).
 */
import { getEntry } from 'astro:content';
import { getGuide } from './guide';
import type { Card } from './social';

let cached: Promise<Card[]> | undefined;

async function load(): Promise<Card[]> {
	const { intro, steps } = await getGuide();
	const whenToStop = await getEntry('pages', 'when-to-stop');
	const guideTitle = intro.entry.data.title;
	return [
		{ page: '/', eyebrow: `A guide in ${steps.length} steps`, title: guideTitle, summary: intro.entry.data.summary },
		...steps.map((step) => ({
			page: step.href,
			eyebrow: `Step ${step.number} of ${steps.length}`,
			title: step.title,
			summary: step.summary,
			progress: { step: step.number, of: steps.length },
		})),
		{
			page: '/guide/',
			eyebrow: 'The whole guide on one page',
			title: guideTitle,
			summary: `The introduction and all ${steps.length} steps, to read straight through or print.`,
		},
		...(whenToStop
			? [
					{
						page: '/when-to-stop/',
						eyebrow: 'Before you reach out',
						title: whenToStop.data.title,
						summary: whenToStop.data.summary,
					},
				]
			: []),
	];
}

/** Every card, the intro's first. Loaded once per build. */
export function getCards(): Promise<Card[]> {
	cached ??= load();
	return cached;
}
