/*
 * The site model: every page the site publishes, worked out once from the content, with where
 * it is listed, its card, and whether it goes into the sitemap and the search index. Every list
 * of pages (header, footer, the intro, the 404 and search page lists, previous/next), the card
 * route, `<head>`, the short links and the post-build checks read it; none keeps a list of its own.
 *
 * This file is pure: src/model/site.ts reads the content collections and hands them to
 * buildSiteModel(), so the rules here are unit-tested with plain data.
 */
import { AstroError } from 'astro/errors';
import en from '@/i18n/en';
import type { AskedAs } from './asked-as';
import { DEFAULT_LANG, format, type Lang, type Strings } from './i18n';
import { checkTwinFiles, contentFolder, localePath } from './languages';
import type { Card } from './social';

/** The lists a standalone page can ask to appear in (front matter `appearsIn`). */
export const PAGE_PLACES = ['header', 'footer', 'intro', 'after-steps'] as const;
export type PagePlace = (typeof PAGE_PLACES)[number];

/** What a page is: the guide's own pages, standalone pages and tools, and the three utility pages. */
export type PageKind = 'intro' | 'step' | 'guide' | 'page' | 'tool' | 'search' | 'not-found' | 'offline';

/** The kinds search labels and filters by (`data-pagefind-filter="kind:…"`). */
export const SEARCH_KINDS = ['step', 'page', 'tool'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One published page, as every list and the `<head>` need it. */
export interface SitePage {
	/** `intro`, `step-3`, `guide`, `search`, `404`, or a standalone page's file name: the same in every language. */
	id: string;
	kind: PageKind;
	/** Its language's code (`en`, `es`). */
	lang: Lang;
	/** The URL path of the same page in every language, its own included, by language, the default first. */
	twins: Readonly<Record<Lang, string>>;
	/** The URL path: `/steps/3-time-and-space/`. */
	url: string;
	/** The page's h1. */
	title: string;
	/** The `<title>`, before the site name: "Step 3: Give them time and space". */
	headTitle: string;
	/** The meta description. */
	summary: string;
	/** The link text in each list. */
	labels: { header: string; footer: string; list: string };
	/** The line under its link on the intro. */
	blurb: string;
	/** The lists it is in, besides the list of every page. */
	places: readonly PagePlace[];
	order: number;
	/** The step number, on steps. */
	step?: number;
	/** The small line above its title on cards and on the step-nav link. */
	eyebrow?: string;
	/** The island a tool shows (a folder in src/islands/). */
	island?: string;
	/** The step a tool also ends, as that step's last section (front matter `endsStep`). */
	endsStep?: number;
	/** Its source file, for error messages. */
	file?: string;
	card: Card;
	/** Listed in the sitemap (canonical pages only). */
	sitemap: boolean;
	/** The kind it is indexed under, or undefined when search leaves it out. */
	search: SearchKind | undefined;
	/** Readers' own words for its sections, which search indexes beside them (front matter `askedAs`). */
	askedAs: AskedAs;
	/** Open Graph's type: `article` for the guide's text. */
	ogType: 'website' | 'article';
	/** Kept out of search engines, with no canonical URL (the 404). */
	noindex: boolean;
}

/** A short link: `/3/` redirects to step 3. */
export interface Redirect {
	from: string;
	to: SitePage;
}

/** The whole site. */
export interface SiteModel {
	/** The language every page of this model is in. */
	lang: Lang;
	/** Every page, in list order (the `order` of each). */
	pages: readonly SitePage[];
	intro: SitePage;
	guide: SitePage;
	search: SitePage;
	notFound: SitePage;
	/** What the offline copy shows, with no connection, for a page it does not keep. */
	offline: SitePage;
	/** The steps in number order. */
	steps: readonly SitePage[];
	/** The pages a list shows, in order: `header` and the others from front matter; `all` is every page a reader may look for. */
	in(place: PagePlace | 'all'): SitePage[];
	/** The page with this id; throws naming it when there is none. */
	page(id: string, usedFor: string): SitePage;
	/** The page published at a URL path. */
	at(url: string): SitePage | undefined;
	/** The page linked after the last step, if one asks to be. */
	afterSteps: SitePage | undefined;
	redirects: readonly Redirect[];
}

/** What buildSiteModel() reads: the guide's checked steps and the standalone pages' front matter. */
export interface ModelInput {
	intro: { title: string; summary: string; file: string; askedAs?: AskedAs | undefined };
	steps: readonly {
		number: number;
		slug: string;
		title: string;
		summary: string;
		href: string;
		file: string;
		askedAs?: AskedAs | undefined;
	}[];
	pages: readonly {
		/** The file name, the same in every language. */
		id: string;
		file: string;
		data: {
			slug?: string | undefined;
			title: string;
			summary: string;
			kind: 'page' | 'tool';
			appearsIn: readonly string[];
			order?: number | undefined;
			menuLabel?: string | undefined;
			footerLabel?: string | undefined;
			listLabel?: string | undefined;
			blurb?: string | undefined;
			eyebrow?: string | undefined;
			island?: string | undefined;
			endsStep?: number | undefined;
			askedAs?: AskedAs | undefined;
		};
	}[];
}

/** A count as prose writes it: "six" (in Spanish "seis"), and digits from 13 on. */
export function countWord(n: number, strings: Pick<Strings, 'model.countWords'> = en): string {
	return strings['model.countWords'].split(',')[n]?.trim() ?? String(n);
}

/** Where standalone pages without an `order` go: after every ordered one, and before search. */
const UNORDERED = 1000;

function place(
	page: Omit<SitePage, 'card' | 'labels' | 'blurb' | 'askedAs' | 'lang' | 'twins'> &
		Partial<Pick<SitePage, 'labels' | 'blurb' | 'askedAs'>>,
	card?: Partial<Card>,
): SitePage {
	return {
		lang: DEFAULT_LANG,
		twins: {},
		labels: { header: page.title, footer: page.title, list: page.title },
		blurb: page.summary,
		askedAs: {},
		...page,
		card: { page: page.url, title: page.title, summary: page.summary, ...card },
	};
}

/** The language a model is built in: its code and its strings table. */
export interface ModelLanguage {
	lang: Lang;
	strings: Strings;
}

/**
 * Builds one language's model; throws an AstroError naming the file and field when two pages
 * claim one URL or a list. English by default. Its pages' `twins` list only themselves: buildSite()
 * pairs the languages.
 */
export function buildSiteModel(
	input: ModelInput,
	{ lang, strings }: ModelLanguage = { lang: DEFAULT_LANG, strings: en },
): SiteModel {
	const count = input.steps.length;
	const six = countWord(count, strings);
	const t = (key: keyof Strings, values: Record<string, string | number> = {}) => format(strings[key], values);
	const path = (segment: keyof Strings) => localePath(lang, `/${strings[segment]}/`);
	const { intro: introData } = input;

	const intro = place(
		{
			id: 'intro',
			kind: 'intro',
			url: localePath(lang, '/'),
			title: introData.title,
			headTitle: introData.title,
			summary: introData.summary,
			labels: { header: introData.title, footer: t('model.introFooter', { count: six }), list: t('model.introList') },
			places: ['footer'],
			order: 0,
			file: introData.file,
			askedAs: introData.askedAs ?? {},
			sitemap: true,
			search: 'page',
			ogType: 'website',
			noindex: false,
		},
		{ eyebrow: t('model.introEyebrow', { n: count }) },
	);
	const steps = [...input.steps]
		.sort((a, b) => a.number - b.number)
		.map((step) =>
			place(
				{
					id: `step-${step.number}`,
					kind: 'step',
					url: step.href,
					title: step.title,
					headTitle: t('model.stepTitle', { n: step.number, title: step.title }),
					summary: step.summary,
					labels: {
						header: step.title,
						footer: t('model.stepTitle', { n: step.number, title: step.title }),
						list: t('model.stepTitle', { n: step.number, title: step.title }),
					},
					places: ['header'],
					order: step.number,
					step: step.number,
					file: step.file,
					askedAs: step.askedAs ?? {},
					sitemap: true,
					search: 'step',
					ogType: 'article',
					noindex: false,
				},
				{ eyebrow: t('model.stepOf', { n: step.number, of: count }), progress: { step: step.number, of: count } },
			),
		);
	const guide = place(
		{
			id: 'guide',
			kind: 'guide',
			url: path('path.guide'),
			title: introData.title,
			headTitle: t('model.guideTitle'),
			summary: t('model.guideSummary', { title: introData.title, count: six }),
			labels: {
				header: t('model.guideLabel'),
				footer: t('model.guideLabel'),
				list: t('model.guideLabel'),
			},
			places: ['header', 'footer'],
			order: count + 1,
			sitemap: true,
			// It repeats every step word for word and would outrank them; a result should open the step.
			search: undefined,
			ogType: 'article',
			noindex: false,
		},
		{
			eyebrow: t('model.guideLabel'),
			summary: t('model.guideCardSummary', { n: count }),
		},
	);
	const search = place({
		id: 'search',
		kind: 'search',
		url: path('path.search'),
		title: t('model.searchTitle'),
		headTitle: t('model.searchTitle'),
		summary: t('model.searchSummary'),
		labels: { header: t('model.searchLabel'), footer: t('model.searchLabel'), list: t('model.searchLabel') },
		places: ['footer'],
		order: Number.MAX_SAFE_INTEGER,
		// Its results are other pages.
		sitemap: false,
		search: undefined,
		ogType: 'website',
		noindex: false,
	});
	const notFound = place({
		id: '404',
		kind: 'not-found',
		url: localePath(lang, '/404.html'),
		title: t('model.notFoundTitle'),
		headTitle: t('model.notFoundTitle'),
		summary: t('model.notFoundSummary'),
		places: [],
		order: Number.MAX_SAFE_INTEGER,
		sitemap: false,
		search: undefined,
		ogType: 'website',
		noindex: true,
	});
	const offline = place({
		id: 'offline',
		kind: 'offline',
		url: path('path.offline'),
		title: t('model.offlineTitle'),
		headTitle: t('model.offlineTitle'),
		summary: t('model.offlineSummary'),
		places: [],
		order: Number.MAX_SAFE_INTEGER,
		sitemap: false,
		search: undefined,
		ogType: 'website',
		noindex: true,
	});
	// A page kept out of search engines (the 404, served at any missing URL; the offline page)
	// shows the intro's card.
	notFound.card = intro.card;
	offline.card = intro.card;

	const problems: string[] = [];
	const standalone = input.pages.map((entry) => {
		const { data } = entry;
		for (const [index, where] of data.appearsIn.entries()) {
			if (!(PAGE_PLACES as readonly string[]).includes(where)) {
				problems.push(
					`${entry.file}: appearsIn.${index} is "${where}", which is not a place a page can appear; use any of ${PAGE_PLACES.join(', ')}.`,
				);
			}
		}
		if (data.endsStep !== undefined && !steps.some((step) => step.step === data.endsStep)) {
			problems.push(
				`${entry.file}: endsStep is ${data.endsStep}, but the guide has no step ${data.endsStep}; it has steps 1 to ${steps.length}.`,
			);
		}
		const menu = data.menuLabel ?? data.title;
		return place(
			{
				id: entry.id,
				kind: data.kind,
				url: localePath(lang, `/${data.slug ?? entry.id}/`),
				title: data.title,
				headTitle: data.title,
				summary: data.summary,
				labels: { header: menu, footer: data.footerLabel ?? menu, list: data.listLabel ?? menu },
				blurb: data.blurb ?? data.summary,
				places: data.appearsIn.filter((where): where is PagePlace =>
					(PAGE_PLACES as readonly string[]).includes(where),
				),
				order: data.order ?? UNORDERED,
				...(data.eyebrow === undefined ? {} : { eyebrow: data.eyebrow }),
				...(data.island === undefined ? {} : { island: data.island }),
				...(data.endsStep === undefined ? {} : { endsStep: data.endsStep }),
				file: entry.file,
				askedAs: data.askedAs ?? {},
				sitemap: true,
				search: data.kind,
				ogType: 'website',
				noindex: false,
			},
			data.eyebrow === undefined ? {} : { eyebrow: data.eyebrow },
		);
	});

	const redirects: Redirect[] = steps.map((step) => ({ from: localePath(lang, `/${step.step}/`), to: step }));
	const claims = new Map<string, string>();
	const claim = (url: string, by: string) => {
		const first = claims.get(url);
		if (first === undefined) claims.set(url, by);
		else problems.push(`${url} is claimed by ${first} and by ${by}; each page needs a URL of its own.`);
	};
	for (const page of [intro, ...steps, guide, search, notFound, offline])
		claim(page.url, page.file ?? `the ${page.id} page`);
	for (const redirect of redirects) claim(redirect.from, `the short link to step ${redirect.to.step}`);
	for (const page of standalone) claim(page.url, page.file ?? page.id);

	const after = standalone.filter((page) => page.places.includes('after-steps'));
	if (after.length > 1) {
		problems.push(
			`appearsIn: after-steps is claimed by ${after.map((page) => page.file).join(' and ')}; only one page can follow the last step.`,
		);
	}
	if (problems.length > 0) {
		throw new AstroError(
			`The site's pages do not fit together.\n${problems.map((p) => `- ${p}`).join('\n')}`,
			`Rename the page file whose URL is taken (${contentFolder(lang)}/pages/NAME.mdx is published at ${localePath(lang, '/NAME/')}, or at its \`slug\`), and list only known places in \`appearsIn\`.`,
		);
	}

	const byOrder = (a: SitePage, b: SitePage) => a.order - b.order || a.title.localeCompare(b.title);
	const pages = [intro, ...steps, guide, ...[...standalone].sort(byOrder), search, notFound, offline].sort(byOrder);
	const listed = pages.filter((page) => page.kind !== 'search' && page.kind !== 'not-found' && page.kind !== 'offline');
	for (const page of pages) {
		page.lang = lang;
		page.twins = { [lang]: page.url };
	}

	return {
		lang,
		pages,
		intro,
		guide,
		search,
		notFound,
		offline,
		steps,
		afterSteps: after[0],
		redirects,
		in: (where) => (where === 'all' ? listed : pages.filter((page) => page.places.includes(where))),
		page: (id, usedFor) => {
			const found = pages.find((page) => page.id === id);
			if (found === undefined) {
				throw new AstroError(
					`${contentFolder(lang)}/pages/${id}.mdx is missing.`,
					`Restore it: it holds ${usedFor}. The README section "The reader's tools" describes it.`,
				);
			}
			return found;
		},
		at: (url) => pages.find((page) => page.url === url),
	};
}

/** Every language's model, paired: each page knows its twins. */
export interface Site {
	/** The languages, the default first. */
	langs: readonly Lang[];
	/** One language's model; throws naming the language when there is none. */
	model(lang: Lang): SiteModel;
}

/** One language's content, as buildSite() reads it: the model's input and its files, for pairing. */
export interface LanguageInput extends ModelLanguage {
	input: ModelInput;
	/** Its content files, relative to its folder: `guide/1-apologize.mdx`. */
	files: readonly string[];
}

/**
 * Every language's model, each page given the URL of its twin in every other language. Throws an
 * AstroError naming each file that has no twin (src/lib/languages.ts), before any model is built.
 */
export function buildSite(languages: readonly LanguageInput[]): Site {
	checkTwinFiles(Object.fromEntries(languages.map((language) => [language.lang, language.files])));
	const models = new Map(languages.map((language) => [language.lang, buildSiteModel(language.input, language)]));
	const langs = [...models.keys()].sort((a, b) =>
		a === DEFAULT_LANG ? -1 : b === DEFAULT_LANG ? 1 : a.localeCompare(b),
	);
	for (const model of models.values()) {
		for (const page of model.pages) {
			page.twins = Object.fromEntries(
				langs.flatMap((lang) => {
					const twin = models.get(lang)?.pages.find((other) => other.id === page.id);
					return twin ? [[lang, twin.url] as const] : [];
				}),
			);
		}
	}
	return {
		langs,
		model: (lang) => {
			const found = models.get(lang);
			if (found === undefined)
				throw new Error(`There is no content for the language "${lang}" (src/content/${lang}/).`);
			return found;
		},
	};
}

/** The file src/pages/site-model.json.ts writes into dist/ for the post-build integrations. */
export const MANIFEST_FILE = 'site-model.json';

/** The data post-build integrations need, written by src/pages/site-model.json.ts. */
export interface SiteManifest {
	pages: {
		url: string;
		lang: Lang;
		/** The same page in every language, by language. */
		twins: Readonly<Record<Lang, string>>;
		kind: PageKind;
		sitemap: boolean;
		search: SearchKind | null;
		file: string | null;
		askedAs: AskedAs;
	}[];
	redirects: { from: string; to: string }[];
}

/** The models of every language reduced to what code outside the content layer (integrations) reads. */
export function siteManifest(...models: readonly SiteModel[]): SiteManifest {
	return {
		pages: models
			.flatMap((model) => model.pages)
			.map((page) => ({
				url: page.url,
				lang: page.lang,
				twins: page.twins,
				kind: page.kind,
				sitemap: page.sitemap,
				search: page.search ?? null,
				file: page.file ?? null,
				askedAs: page.askedAs,
			})),
		redirects: models
			.flatMap((model) => model.redirects)
			.map((redirect) => ({ from: redirect.from, to: redirect.to.url })),
	};
}
