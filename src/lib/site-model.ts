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
import { SEARCH_PATH } from '@/shared/search';
import type { AskedAs } from './asked-as';
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
	/** `intro`, `step-3`, `guide`, `search`, `404`, or a standalone page's file name. */
	id: string;
	kind: PageKind;
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
		id: string;
		file: string;
		data: {
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
			askedAs?: AskedAs | undefined;
		};
	}[];
}

const WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
];

/** A count as prose writes it: "six", and digits from 13 on. */
export function countWord(n: number): string {
	return WORDS[n] ?? String(n);
}

/** Where standalone pages without an `order` go: after every ordered one, and before search. */
const UNORDERED = 1000;

function place(
	page: Omit<SitePage, 'card' | 'labels' | 'blurb' | 'askedAs'> &
		Partial<Pick<SitePage, 'labels' | 'blurb' | 'askedAs'>>,
	card?: Partial<Card>,
): SitePage {
	return {
		labels: { header: page.title, footer: page.title, list: page.title },
		blurb: page.summary,
		askedAs: {},
		...page,
		card: { page: page.url, title: page.title, summary: page.summary, ...card },
	};
}

/** Builds the model; throws an AstroError naming the file and field when two pages claim one URL or a list. */
export function buildSiteModel(input: ModelInput): SiteModel {
	const count = input.steps.length;
	const six = countWord(count);
	const { intro: introData } = input;

	const intro = place(
		{
			id: 'intro',
			kind: 'intro',
			url: '/',
			title: introData.title,
			headTitle: introData.title,
			summary: introData.summary,
			labels: { header: introData.title, footer: `The ${six} steps`, list: 'The introduction' },
			places: ['footer'],
			order: 0,
			file: introData.file,
			askedAs: introData.askedAs ?? {},
			sitemap: true,
			search: 'page',
			ogType: 'website',
			noindex: false,
		},
		{ eyebrow: `A guide in ${count} steps` },
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
					headTitle: `Step ${step.number}: ${step.title}`,
					summary: step.summary,
					labels: {
						header: step.title,
						footer: `Step ${step.number}: ${step.title}`,
						list: `Step ${step.number}: ${step.title}`,
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
				{ eyebrow: `Step ${step.number} of ${count}`, progress: { step: step.number, of: count } },
			),
		);
	const guide = place(
		{
			id: 'guide',
			kind: 'guide',
			url: '/guide/',
			title: introData.title,
			headTitle: 'The whole guide',
			summary: `${introData.title}: the introduction and all ${six} steps on one page, to read straight through or print.`,
			labels: {
				header: 'The whole guide on one page',
				footer: 'The whole guide on one page',
				list: 'The whole guide on one page',
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
			eyebrow: 'The whole guide on one page',
			summary: `The introduction and all ${count} steps, to read straight through or print.`,
		},
	);
	const search = place({
		id: 'search',
		kind: 'search',
		url: SEARCH_PATH,
		title: 'Search',
		headTitle: 'Search',
		summary: "Search the guide for what you're worried about, and go straight to the passage that speaks to it.",
		labels: { header: 'Search the guide', footer: 'Search the guide', list: 'Search the guide' },
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
		url: '/404.html',
		title: 'Page not found',
		headTitle: 'Page not found',
		summary: "This page isn't here. Here is every page of the guide.",
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
		url: '/offline/',
		title: "You're offline",
		headTitle: "You're offline",
		summary: "This page isn't saved on this device. These pages of the guide are.",
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
		const menu = data.menuLabel ?? data.title;
		return place(
			{
				id: entry.id,
				kind: data.kind,
				url: `/${entry.id}/`,
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

	const redirects: Redirect[] = steps.map((step) => ({ from: `/${step.step}/`, to: step }));
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
			'Rename the page file whose URL is taken (src/content/pages/NAME.mdx is published at /NAME/), and list only known places in `appearsIn`.',
		);
	}

	const byOrder = (a: SitePage, b: SitePage) => a.order - b.order || a.title.localeCompare(b.title);
	const pages = [intro, ...steps, guide, ...[...standalone].sort(byOrder), search, notFound, offline].sort(byOrder);
	const listed = pages.filter((page) => page.kind !== 'search' && page.kind !== 'not-found' && page.kind !== 'offline');

	return {
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
					`src/content/pages/${id}.mdx is missing.`,
					`Restore it: it holds ${usedFor}. The README section "The reader's tools" describes it.`,
				);
			}
			return found;
		},
		at: (url) => pages.find((page) => page.url === url),
	};
}

/** The file src/pages/site-model.json.ts writes into dist/ for the post-build integrations. */
export const MANIFEST_FILE = 'site-model.json';

/** The data post-build integrations need, written by src/pages/site-model.json.ts. */
export interface SiteManifest {
	pages: {
		url: string;
		kind: PageKind;
		sitemap: boolean;
		search: SearchKind | null;
		file: string | null;
		askedAs: AskedAs;
	}[];
	redirects: { from: string; to: string }[];
}

/** The model reduced to what code outside the content layer (integrations) reads. */
export function siteManifest(model: SiteModel): SiteManifest {
	return {
		pages: model.pages.map((page) => ({
			url: page.url,
			kind: page.kind,
			sitemap: page.sitemap,
			search: page.search ?? null,
			file: page.file ?? null,
			askedAs: page.askedAs,
		})),
		redirects: model.redirects.map((redirect) => ({ from: redirect.from, to: redirect.to.url })),
	};
}
