import { describe, expect, test } from 'vitest';
import { headEntries, type HeadContext, type HeadEntry } from '@/lib/head';
import { buildSiteModel, type SitePage } from '@/lib/site-model';

const model = buildSiteModel({
	intro: { title: 'How to mend', summary: 'Why this guide exists.', file: 'src/content/en/guide/intro.mdx' },
	steps: [1, 2].map((number) => ({
		number,
		slug: `s${number}`,
		title: `Title ${number}`,
		summary: `About step ${number}.`,
		href: `/steps/${number}-s${number}/`,
		file: `src/content/en/guide/${number}-s${number}.mdx`,
	})),
	pages: [
		{
			id: 'self-check',
			file: 'src/content/en/pages/self-check.mdx',
			data: { title: 'Are you ready?', summary: 'Questions.', kind: 'tool', appearsIn: ['header'] },
		},
	],
});

const ctx: HeadContext = {
	model,
	siteName: 'Mend',
	site: new URL('https://mend.example'),
	themeColors: { light: '#fff', dark: '#000' },
	iconHref: 'data:image/svg+xml,x',
	languages: { en: { tag: 'en', ogLocale: 'en_US' }, es: { tag: 'es', ogLocale: 'es_ES' } },
};

const page = (url: string): SitePage => {
	const found = model.at(url);
	if (!found) throw new Error(`no page at ${url}`);
	return found;
};

/** The content of the meta tag named (or with the property) `key`. */
const meta = (entries: HeadEntry[], key: string) =>
	entries.flatMap((e) =>
		e.tag === 'meta' && (e.attrs['name'] === key || e.attrs['property'] === key) ? [e.attrs['content']] : [],
	);
const title = (entries: HeadEntry[]) => entries.flatMap((e) => (e.tag === 'title' ? [e.content] : []));
const canonical = (entries: HeadEntry[]) =>
	entries.flatMap((e) => (e.tag === 'link' && e.attrs['rel'] === 'canonical' ? [e.attrs['href']] : []));
const types = (entries: HeadEntry[]) => entries.flatMap((e) => (e.tag === 'script' ? [e.content['@type']] : []));

describe('headEntries', () => {
	test('the web app manifest is linked late: the browser would otherwise fetch it beside the page', () => {
		const manifests = (url: string) =>
			headEntries(page(url), ctx).flatMap((e) => (e.tag === 'link' && e.attrs['rel'] === 'manifest' ? [e] : []));
		expect(manifests('/steps/2-s2/')).toEqual([
			{ tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, late: true },
		]);
	});

	test('a step: its title after "Step N", canonical URL, article, its own card', () => {
		const head = headEntries(page('/steps/2-s2/'), ctx);
		expect(title(head)).toEqual(['Step 2: Title 2 · Mend']);
		expect(meta(head, 'description')).toEqual(['About step 2.']);
		expect(canonical(head)).toEqual(['https://mend.example/steps/2-s2/']);
		expect(meta(head, 'og:type')).toEqual(['article']);
		expect(meta(head, 'og:title')).toEqual(['Step 2: Title 2']);
		expect(meta(head, 'og:image')).toEqual(['https://mend.example/og/steps/2-s2.png']);
		expect(meta(head, 'og:image:alt')).toEqual(['Mend: Step 2 of 2. Title 2']);
		expect(meta(head, 'twitter:card')).toEqual(['summary_large_image']);
	});

	test.each([
		['/', ['WebSite']],
		['/steps/1-s1/', ['Article', 'BreadcrumbList']],
		['/guide/', ['Article', 'BreadcrumbList']],
		['/self-check/', ['WebPage', 'BreadcrumbList']],
		['/search/', ['WebPage', 'BreadcrumbList']],
		['/404.html', ['WebPage']],
	])('%s carries structured data: %j', (url, expected) => {
		expect(types(headEntries(page(url), ctx))).toEqual(expected);
	});

	test('the breadcrumb runs from the guide to the page, by the page’s own title', () => {
		const script = headEntries(page('/self-check/'), ctx).find(
			(e) => e.tag === 'script' && e.content['@type'] === 'BreadcrumbList',
		);
		expect(script?.tag === 'script' && script.content['itemListElement']).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'How to mend', item: 'https://mend.example/' },
			{ '@type': 'ListItem', position: 2, name: 'Are you ready?', item: 'https://mend.example/self-check/' },
		]);
	});

	test('the 404 has no canonical URL, is kept out of search engines, and shows the intro’s card', () => {
		const head = headEntries(model.notFound, ctx);
		expect(canonical(head)).toEqual([]);
		expect(meta(head, 'robots')).toEqual(['noindex']);
		expect(meta(head, 'og:image')).toEqual(['https://mend.example/og/index.png']);
	});

	test('without a public URL, nothing that needs an absolute URL is written', () => {
		const head = headEntries(page('/'), { ...ctx, site: undefined });
		expect(canonical(head)).toEqual([]);
		expect(meta(head, 'og:image')).toEqual([]);
		expect(meta(head, 'og:url')).toEqual([]);
	});
});
