/*
 * A page's <head> as data, as Starlight's utils/head.ts does it: the title, description,
 * canonical URL, link-preview tags and structured data of one page of the site model.
 * src/components/Head.astro only renders the list, so what a page says about itself is
 * unit-tested here. (The theme script and layer order come first and are written in BaseLayout:
 * they are hashed into the CSP by hand.)
 */
import { DEFAULT_LANG, type Lang } from './i18n';
import { localePath } from './languages';
import type { SiteModel, SitePage } from './site-model';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	breadcrumbLd,
	cardAlt,
	cardPath,
	guideArticleLd,
	stepArticleLd,
	webPageLd,
	websiteLd,
	type JsonLd,
} from './social';

/** One element of the head. */
export type HeadEntry =
	| { tag: 'title'; content: string }
	| { tag: 'meta'; attrs: Record<string, string> }
	/**
	 * `late`: named in a <meta name="late-link"> and linked by the page's script once the text is
	 * on screen, for a link the browser would otherwise fetch at once while the reader waits for
	 * the text. It carries a rel and an href only, which the type holds it to.
	 */
	| { tag: 'link'; attrs: Record<string, string>; late?: never }
	| { tag: 'link'; attrs: { rel: string; href: string }; late: true }
	| { tag: 'script'; attrs: { type: 'application/ld+json' }; content: JsonLd };

/** What the head needs besides the page. */
export interface HeadContext {
	model: SiteModel;
	siteName: string;
	/** The public origin (Astro's `site`); without it, nothing that needs an absolute URL is written. */
	site: URL | undefined;
	themeColors: { light: string; dark: string };
	/** The SVG icon as a data: URI, so the favicon costs no request. */
	iconHref: string;
	/** Each language's BCP 47 tag and Open Graph locale, by code (`language.*` in its strings file). */
	languages: Readonly<Record<Lang, { tag: string; ogLocale: string }>>;
}

/** A language's tags; a code with no entry is its own tag. */
const tagsOf = (ctx: HeadContext, lang: Lang) => ctx.languages[lang] ?? { tag: lang, ogLocale: lang };

/** The page's structured data: WebSite on the intro, Article on the guide's text, WebPage on the rest. */
export function structuredData(page: SitePage, ctx: HeadContext, absolute: (path: string) => string): JsonLd[] {
	const inLanguage = tagsOf(ctx, page.lang).tag;
	return describe(page, ctx, absolute).map((ld) => (ld['@type'] === 'BreadcrumbList' ? ld : { ...ld, inLanguage }));
}

function describe(page: SitePage, ctx: HeadContext, absolute: (path: string) => string): JsonLd[] {
	const { model, siteName } = ctx;
	const guide = { name: model.intro.title, url: absolute(model.intro.url) };
	const url = absolute(page.url);
	if (page.kind === 'intro') {
		return [websiteLd({ name: siteName, guideTitle: page.title, url, description: page.summary })];
	}
	if (page.kind === 'not-found' || page.kind === 'offline')
		return [webPageLd({ name: page.headTitle, description: page.summary, guide })];
	const image = absolute(cardPath(page.card.page));
	const main =
		page.kind === 'step'
			? stepArticleLd({
					url,
					headline: page.title,
					description: page.summary,
					position: page.step ?? 0,
					image,
					guide,
					siteName,
				})
			: page.kind === 'guide'
				? guideArticleLd({ url, headline: page.title, description: page.summary, image, guide, siteName })
				: webPageLd({ name: page.title, description: page.summary, url, image, guide });
	return [main, breadcrumbLd([guide, { name: page.headTitle, url }])];
}

/** Every head entry of `page`, in the order they are written. */
export function headEntries(page: SitePage, ctx: HeadContext): HeadEntry[] {
	const { siteName, site } = ctx;
	const absolute = (path: string) => (site ? new URL(path, site).href : path);
	const title = page.headTitle === siteName ? siteName : `${page.headTitle} · ${siteName}`;
	// A page kept out of search engines (the 404, served at any missing URL) has no canonical URL.
	const canonical = site && !page.noindex ? absolute(page.url) : undefined;
	const image = site ? absolute(cardPath(page.card.page)) : undefined;
	const meta = (attrs: Record<string, string>): HeadEntry => ({ tag: 'meta', attrs });
	const link = (attrs: Record<string, string>): HeadEntry => ({ tag: 'link', attrs });
	// The same page in every language, itself included, and x-default (the default language's)
	// for readers whose language has none: only for pages that search engines index.
	const twins = canonical ? Object.entries(page.twins) : [];
	const defaultTwin = page.twins[DEFAULT_LANG];
	const alternates = [
		...twins.map(([lang, url]) => link({ rel: 'alternate', hreflang: tagsOf(ctx, lang).tag, href: absolute(url) })),
		...(twins.length > 1 && defaultTwin !== undefined
			? [link({ rel: 'alternate', hreflang: 'x-default', href: absolute(defaultTwin) })]
			: []),
	];

	return [
		{ tag: 'title', content: title },
		meta({ name: 'description', content: page.summary }),
		...(canonical ? [link({ rel: 'canonical', href: canonical })] : []),
		...alternates,
		...(page.noindex ? [meta({ name: 'robots', content: 'noindex' })] : []),
		meta({ name: 'color-scheme', content: 'light dark' }),
		meta({ name: 'theme-color', content: ctx.themeColors.light, media: '(prefers-color-scheme: light)' }),
		meta({ name: 'theme-color', content: ctx.themeColors.dark, media: '(prefers-color-scheme: dark)' }),
		link({ rel: 'icon', href: '/favicon-32.png', sizes: '32x32', type: 'image/png' }),
		link({ rel: 'icon', href: ctx.iconHref, sizes: 'any', type: 'image/svg+xml' }),
		link({ rel: 'apple-touch-icon', href: '/apple-touch-icon.png' }),
		// Each language's own: a reader who adds the guide to a home screen gets it in their language.
		// Late: Chromium fetches a linked manifest during every page load (to offer installing the
		// site), beside the HTML; the page's script links it once the text is on screen.
		{ tag: 'link', attrs: { rel: 'manifest', href: localePath(page.lang, '/manifest.webmanifest') }, late: true },
		meta({ property: 'og:type', content: page.ogType }),
		meta({ property: 'og:site_name', content: siteName }),
		meta({ property: 'og:locale', content: tagsOf(ctx, page.lang).ogLocale }),
		...Object.keys(page.twins)
			.filter((lang) => lang !== page.lang)
			.map((lang) => meta({ property: 'og:locale:alternate', content: tagsOf(ctx, lang).ogLocale })),
		meta({ property: 'og:title', content: page.headTitle }),
		meta({ property: 'og:description', content: page.summary }),
		...(canonical ? [meta({ property: 'og:url', content: canonical })] : []),
		...(image
			? [
					meta({ property: 'og:image', content: image }),
					meta({ property: 'og:image:width', content: String(CARD_WIDTH) }),
					meta({ property: 'og:image:height', content: String(CARD_HEIGHT) }),
					meta({ property: 'og:image:alt', content: cardAlt(page.card, siteName) }),
				]
			: []),
		meta({ name: 'twitter:card', content: 'summary_large_image' }),
		...structuredData(page, ctx, absolute).map((content): HeadEntry => ({
			tag: 'script',
			attrs: { type: 'application/ld+json' },
			content,
		})),
	];
}
