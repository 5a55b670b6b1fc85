/*
 * The site model, read from the content collections once per build, one model per language,
 * paired (see src/lib/site-model.ts for what it holds and the rules it checks).
 */
import { getCollection } from 'astro:content';
import { buildSite, type Site, type SiteModel } from '@/lib/site-model';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n';
import { contentFolder, entryLang, langParam } from '@/lib/languages';
import { getGuide } from './guide';
import { LANGS, stringsFor } from './strings';

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const guides = await getCollection('guide');
	const pages = await getCollection('pages');
	// Every language with a strings file, and every language with a content folder, so a folder
	// without its strings file (or the reverse) is named rather than left out.
	const langs = [...new Set([...LANGS, ...[...guides, ...pages].map((entry) => entryLang(entry.id).lang)])];
	const languages = await Promise.all(
		langs.map(async (lang) => {
			const strings = stringsFor(lang);
			const { intro, steps } = await getGuide(lang);
			const own = pages.filter((entry) => entryLang(entry.id).lang === lang);
			return {
				lang,
				strings,
				files: [
					...guides
						.filter((entry) => entryLang(entry.id).lang === lang)
						.map((entry) => `guide/${entryLang(entry.id).name}.mdx`),
					...own.map((entry) => `pages/${entryLang(entry.id).name}.mdx`),
				],
				input: {
					intro: {
						title: intro.entry.data.title,
						summary: intro.entry.data.summary,
						file: intro.entry.filePath ?? `${contentFolder(lang)}/guide/intro.mdx`,
						askedAs: intro.entry.data.askedAs,
					},
					steps,
					pages: own.map((entry) => ({
						id: entryLang(entry.id).name,
						file: entry.filePath ?? `${contentFolder(lang)}/pages/${entryLang(entry.id).name}.mdx`,
						data: entry.data,
					})),
				},
			};
		}),
	);
	return buildSite(languages);
}

/** Every language's model, paired. Built once per build. */
export function getSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

/** Every page one language publishes; English by default. Pass `Astro.currentLocale` in a component. */
export async function getSiteModel(lang: Lang = DEFAULT_LANG): Promise<SiteModel> {
	return (await getSite()).model(lang);
}

/**
 * The static paths of a route under src/pages/[...lang]/, for every language: `paths` gives one
 * language's own params and props, and each gets that language's `lang` param added.
 */
export async function everyLanguage<Params extends Record<string, string | undefined>, Props>(
	paths: (
		model: SiteModel,
		lang: Lang,
	) => Promise<{ params: Params; props: Props }[]> | { params: Params; props: Props }[],
) {
	const site = await getSite();
	const all = await Promise.all(
		site.langs.map(async (lang) =>
			(await paths(site.model(lang), lang)).map(({ params, props }) => ({
				params: { ...params, lang: langParam(lang) },
				props,
			})),
		),
	);
	return all.flat();
}
