/*
 * The site model, read from the content collections once per build (see src/lib/site-model.ts
 * for what it holds and the rules it checks).
 */
import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteModel } from '@/lib/site-model';
import { getGuide } from './guide';

let cached: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
	const { intro, steps } = await getGuide();
	const pages = await getCollection('pages');
	return buildSiteModel({
		intro: {
			title: intro.entry.data.title,
			summary: intro.entry.data.summary,
			file: intro.entry.filePath ?? 'src/content/guide/intro.mdx',
			askedAs: intro.entry.data.askedAs,
		},
		steps,
		pages: pages.map((entry) => ({
			id: entry.id,
			file: entry.filePath ?? `src/content/pages/${entry.id}.mdx`,
			data: entry.data,
		})),
	});
}

/** Every page the site publishes. Built once per build. */
export function getSiteModel(): Promise<SiteModel> {
	cached ??= load();
	return cached;
}
