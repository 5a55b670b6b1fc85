import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SiteModel } from '@/lib/site-model';
import type { PageData } from '@/schemas/page';
import { guideEntries, mockedAstroContent, pageData, pageEntries, translated } from './test-utils';

/** The site model of a content layer holding these pages (and a guide of `steps` steps). */
async function modelOf(pages: Record<string, PageData>, steps = 6): Promise<SiteModel> {
	vi.resetModules();
	vi.doMock('astro:content', () => mockedAstroContent({ guide: guideEntries(steps), pages: pageEntries(pages) }));
	const { getSiteModel } = await import('@/model/site');
	return getSiteModel();
}

/** The message and hint an AstroError would print. */
async function failure(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		return `${(error as Error).message}\nhint: ${(error as { hint?: string }).hint}`;
	}
	return 'no error';
}

afterEach(() => {
	vi.doUnmock('astro:content');
});

const site = {
	'self-check': pageData('Are you ready?', {
		kind: 'tool',
		appearsIn: ['header', 'footer', 'intro'],
		order: 10,
		menuLabel: 'Self-check: ready?',
		footerLabel: 'Self-check',
		listLabel: 'The self-check',
		blurb: 'A few questions.',
	}),
	'when-to-stop': pageData('When not to reach out', {
		appearsIn: ['footer', 'after-steps'],
		order: 30,
		eyebrow: 'Before you reach out',
	}),
	privacy: pageData('Privacy', { kind: 'tool', appearsIn: ['footer'], order: 90 }),
};

describe('the site model', () => {
	test('publishes a standalone page at /NAME/, from its file name', async () => {
		const model = await modelOf(site);
		expect(model.at('/when-to-stop/')).toMatchObject({
			id: 'when-to-stop',
			kind: 'page',
			title: 'When not to reach out',
		});
		expect(model.at('/privacy/')).toMatchObject({ kind: 'tool', search: 'tool', sitemap: true });
	});

	test('puts each page in the lists its front matter names, in order, with the label for each', async () => {
		const model = await modelOf(site);
		const labels = (place: Parameters<SiteModel['in']>[0], key: 'header' | 'footer' | 'list') =>
			model.in(place).map((page) => page.labels[key]);
		expect(labels('header', 'header')).toEqual([
			...[1, 2, 3, 4, 5, 6].map((n) => `Step ${n} title`),
			'The whole guide on one page',
			'Self-check: ready?',
		]);
		expect(labels('footer', 'footer')).toEqual([
			'The six steps',
			'The whole guide on one page',
			'Self-check',
			'When not to reach out',
			'Privacy',
			'Search the guide',
		]);
		expect(model.in('intro').map((page) => [page.labels.list, page.blurb])).toEqual([
			['The self-check', 'A few questions.'],
		]);
		expect(model.afterSteps?.url).toBe('/when-to-stop/');
	});

	test('lists every published page for the 404 and search pages, without opting in', async () => {
		const model = await modelOf({ ...site, quiet: pageData('A page in no list') });
		expect(model.in('all').map((page) => page.url)).toEqual([
			'/',
			...model.steps.map((step) => step.url),
			'/guide/',
			'/self-check/',
			'/when-to-stop/',
			'/privacy/',
			'/quiet/',
		]);
	});

	test('counts the steps from the content: eyebrows, cards and short links follow it', async () => {
		const model = await modelOf({}, 4);
		expect(model.steps.map((step) => step.url)).toEqual([1, 2, 3, 4].map((n) => `/steps/${n}-s${n}/`));
		expect(model.intro.labels.footer).toBe('The four steps');
		expect(model.intro.card.eyebrow).toBe('A guide in 4 steps');
		expect(model.steps[2]?.card).toMatchObject({ eyebrow: 'Step 3 of 4', progress: { step: 3, of: 4 } });
		expect(model.guide.summary).toContain('all four steps');
		expect(model.redirects.map(({ from, to }) => [from, to.url])).toEqual(
			[1, 2, 3, 4].map((n) => [`/${n}/`, `/steps/${n}-s${n}/`]),
		);
	});

	test('gives every page a card of its own, and the 404 and the offline page the intro’s', async () => {
		const model = await modelOf(site);
		const cards = model.pages
			.filter((page) => page.kind !== 'not-found' && page.kind !== 'offline')
			.map((page) => page.card.page);
		expect(new Set(cards).size).toBe(cards.length);
		expect(model.at('/privacy/')?.card).toEqual({ page: '/privacy/', title: 'Privacy', summary: 'About Privacy.' });
		expect(model.at('/when-to-stop/')?.card.eyebrow).toBe('Before you reach out');
		expect(model.notFound.card).toBe(model.intro.card);
		expect(model.offline.card).toBe(model.intro.card);
	});

	test('keeps the sitemap and the search index to the pages that belong there', async () => {
		const model = await modelOf(site);
		const inSitemap = model.pages.filter((page) => page.sitemap).map((page) => page.url);
		expect(inSitemap).not.toContain('/search/');
		expect(inSitemap).not.toContain('/404.html');
		expect(inSitemap).not.toContain('/offline/');
		expect(inSitemap).toContain('/guide/');
		expect(model.guide.search).toBeUndefined();
		expect(model.steps.every((step) => step.search === 'step')).toBe(true);
		expect(model.intro.search).toBe('page');
	});

	test('a page claiming the URL another page has stops the build, naming both', async () => {
		expect(await failure(modelOf({ guide: pageData('A second guide'), 3: pageData('Step three again') })))
			.toMatchInlineSnapshot(`
				"The site's pages do not fit together.
				- /3/ is claimed by the short link to step 3 and by src/content/en/pages/3.mdx; each page needs a URL of its own.
				- /guide/ is claimed by the guide page and by src/content/en/pages/guide.mdx; each page needs a URL of its own.
				hint: Rename the page file whose URL is taken (src/content/en/pages/NAME.mdx is published at /NAME/, or at its \`slug\`), and list only known places in \`appearsIn\`."
			`);
	});

	test('a place in a menu that does not exist stops the build, naming the file and the field', async () => {
		const sidebar = pageData('Lost', { appearsIn: ['sidebar' as never] });
		expect(await failure(modelOf({ lost: sidebar }))).toContain(
			'src/content/en/pages/lost.mdx: appearsIn.0 is "sidebar", which is not a place a page can appear; use any of header, footer, intro, after-steps.',
		);
	});

	test('a tool says which step it ends, and a step the guide does not have stops the build', async () => {
		const checklist = pageData('The apology checklist', { kind: 'tool', endsStep: 1 });
		const model = await modelOf({ ...site, 'apology-checklist': checklist });
		expect(model.page('apology-checklist', 'the checklist').endsStep).toBe(1);
		expect(model.page('when-to-stop', 'the stop page').endsStep).toBeUndefined();
		expect(await failure(modelOf({ 'apology-checklist': { ...checklist, endsStep: 7 } }))).toContain(
			'src/content/en/pages/apology-checklist.mdx: endsStep is 7, but the guide has no step 7; it has steps 1 to 6.',
		);
	});

	test('only one page may follow the last step', async () => {
		const after = pageData('After', { appearsIn: ['after-steps'] });
		expect(await failure(modelOf({ a: after, b: after }))).toContain(
			'appearsIn: after-steps is claimed by src/content/en/pages/a.mdx and src/content/en/pages/b.mdx',
		);
	});

	test('an English page without its Spanish twin stops the model, naming the file to write', async () => {
		vi.resetModules();
		const pages = pageEntries(site);
		const spanish = translated(pages, 'es').filter((entry) => entry.id !== 'es/pages/privacy');
		const guide = guideEntries(6);
		vi.doMock('astro:content', () =>
			mockedAstroContent({ guide: [...guide, ...translated(guide, 'es')], pages: [...pages, ...spanish] }, []),
		);
		const { getSiteModel } = await import('@/model/site');
		expect(await failure(getSiteModel())).toContain(
			'src/content/es/pages/privacy.mdx is missing: it is the twin of src/content/en/pages/privacy.mdx.',
		);
	});

	test('asking for a page that is missing names the file to restore', async () => {
		const model = await modelOf({});
		expect(() => model.page('self-check', "the self-check's questions")).toThrow(
			'src/content/en/pages/self-check.mdx is missing.',
		);
	});
});
