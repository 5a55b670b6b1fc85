/*
 * Link previews: the card image each page shows when its link is pasted into a chat, and the
 * structured data search engines read. Pure functions of page data; every page's card comes from
 * the site model (src/lib/site-model.ts) and is drawn by src/pages/og/[...card].png.ts.
 */

/** The size of every card, the one Open Graph and X/Twitter's large-image card expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What one card shows. */
export interface Card {
	/** The URL path of the page the card is for: `/steps/3-time-and-space/`. */
	page: string;
	/** The small line above the title: "Step 3 of 6"; absent on a plain card. */
	eyebrow?: string;
	/** The big line: the page's title. */
	title: string;
	/** One sentence under the title. */
	summary: string;
	/** Where a step sits in the guide, to draw the progress bar; absent on other pages. */
	progress?: { step: number; of: number };
}

/** The card file's name in the URL: `/` is `index`, `/steps/3-x/` is `steps/3-x`. */
export function cardName(page: string): string {
	const trimmed = page.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? 'index' : trimmed;
}

/** The URL path of a page's card: `/og/steps/3-time-and-space.png`. */
export function cardPath(page: string): string {
	return `/og/${cardName(page)}.png`;
}

/** The image's alt text, for og:image:alt: what the card says, since it says nothing else. */
export function cardAlt(card: Card, siteName: string): string {
	return card.eyebrow ? `${siteName}: ${card.eyebrow}. ${card.title}` : `${siteName}: ${card.title}`;
}

/** A JSON-LD object: schema.org vocabulary, `@type` first. */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

const context = 'https://schema.org';

/** The site as a whole, on the intro. */
export function websiteLd(site: { name: string; url: string; description: string; guideTitle: string }): JsonLd {
	return {
		'@context': context,
		'@type': 'WebSite',
		name: site.name,
		alternateName: site.guideTitle,
		url: site.url,
		description: site.description,
		inLanguage: 'en',
	};
}

/** One step of the guide, as an article that is part of the guide at `guide.url`. */
export function stepArticleLd(step: {
	url: string;
	headline: string;
	description: string;
	position: number;
	image: string;
	guide: { name: string; url: string };
	siteName: string;
}): JsonLd {
	return {
		'@context': context,
		'@type': 'Article',
		headline: step.headline,
		description: step.description,
		url: step.url,
		mainEntityOfPage: step.url,
		image: step.image,
		inLanguage: 'en',
		position: step.position,
		isPartOf: { '@type': 'CreativeWork', name: step.guide.name, url: step.guide.url },
		publisher: { '@type': 'Organization', name: step.siteName, url: step.guide.url },
	};
}

/** The whole guide on one page, as an article. */
export function guideArticleLd(guide: {
	url: string;
	headline: string;
	description: string;
	image: string;
	guide: { name: string; url: string };
	siteName: string;
}): JsonLd {
	return {
		'@context': context,
		'@type': 'Article',
		headline: guide.headline,
		description: guide.description,
		url: guide.url,
		mainEntityOfPage: guide.url,
		image: guide.image,
		inLanguage: 'en',
		isPartOf: { '@type': 'CreativeWork', name: guide.guide.name, url: guide.guide.url },
		publisher: { '@type': 'Organization', name: guide.siteName, url: guide.guide.url },
	};
}

/** A tool or another page of the site: a web page that is part of the guide. */
export function webPageLd(page: {
	name: string;
	description: string;
	url?: string;
	image?: string;
	guide: { name: string; url: string };
}): JsonLd {
	return {
		'@context': context,
		'@type': 'WebPage',
		name: page.name,
		description: page.description,
		...(page.url === undefined ? {} : { url: page.url }),
		...(page.image === undefined ? {} : { image: page.image }),
		inLanguage: 'en',
		isPartOf: { '@type': 'WebSite', name: page.guide.name, url: page.guide.url },
	};
}

/** A trail of links from the guide down to this page, as search results show it. */
export function breadcrumbLd(items: readonly { name: string; url: string }[]): JsonLd {
	return {
		'@context': context,
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: item.name,
			item: item.url,
		})),
	};
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in it can close
 * the script element early.
 */
export function serializeLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
