/*
 * What the guide's link-preview cards say, read from its content so a retitled step gets a new
 * card on the next build. Other pages get a plain card of their title and description
 * (src/integrations/page-cards.ts).
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

/** The guide's cards, the intro's first. Loaded once per build. */
export function getCards(): Promise<Card[]> {
	cached ??= load();
	return cached;
}
