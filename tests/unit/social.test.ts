import { describe, expect, test } from 'vitest';
import {
	breadcrumbLd,
	cardAlt,
	cardFor,
	cardName,
	cardPath,
	serializeLd,
	stepArticleLd,
	websiteLd,
	type Card,
} from '@/lib/social';
import { plainText } from '@/lib/plain-text';
import { readStepRef, redirectsFile, redirectsHost, shortLinks } from '@/lib/short-links';

describe.each([
	['the intro', '/', 'index', '/og/index.png'],
	['a step', '/steps/3-time-and-space/', 'steps/3-time-and-space', '/og/steps/3-time-and-space.png'],
	['a page', '/when-to-stop/', 'when-to-stop', '/og/when-to-stop.png'],
])('cards: %s', (_, page, name, path) => {
	test(`${page} has the card ${path}`, () => {
		expect(cardName(page)).toBe(name);
		expect(cardPath(page)).toBe(path);
	});
});

const intro: Card = { page: '/', eyebrow: 'A guide in 6 steps', title: 'How to', summary: 'S.' };
const step3: Card = { page: '/steps/3-x/', eyebrow: 'Step 3 of 6', title: 'Give them time', summary: 'S.' };

describe('cardFor', () => {
	test("finds a page's own card", () => {
		expect(cardFor([intro, step3], { page: '/steps/3-x/', title: 'Step 3: Give them time', summary: 'S.' })).toBe(
			step3,
		);
	});

	test('makes a plain card of the title and summary for any other page', () => {
		const page = { page: '/self-check/', title: 'Are you ready?', summary: 'Eight questions.' };
		expect(cardFor([intro, step3], page)).toEqual(page);
	});
});

describe('cardAlt', () => {
	test('says what the card shows', () => {
		expect(cardAlt(step3, 'Mend')).toBe('Mend: Step 3 of 6. Give them time');
	});

	test('leaves out the line above the title when a plain card has none', () => {
		expect(cardAlt({ page: '/x/', title: 'Are you ready?', summary: 'S.' }, 'Mend')).toBe('Mend: Are you ready?');
	});
});

describe('structured data', () => {
	const guide = { name: 'How to get someone back you pushed away', url: 'https://mend.example/' };

	test('a step is an Article that is part of the guide, at its position', () => {
		const data = stepArticleLd({
			url: 'https://mend.example/steps/3-x/',
			headline: 'Give them time and space',
			description: 'Step back.',
			position: 3,
			image: 'https://mend.example/og/steps/3-x.png',
			guide,
			siteName: 'Mend',
		});
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Article',
			headline: 'Give them time and space',
			description: 'Step back.',
			url: 'https://mend.example/steps/3-x/',
			position: 3,
			isPartOf: { '@type': 'CreativeWork', name: guide.name, url: guide.url },
		});
	});

	test('the breadcrumb numbers its items from 1', () => {
		expect(breadcrumbLd([guide, { name: 'Step 3', url: 'https://mend.example/steps/3-x/' }])).toEqual({
			'@context': 'https://schema.org',
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: guide.name, item: guide.url },
				{ '@type': 'ListItem', position: 2, name: 'Step 3', item: 'https://mend.example/steps/3-x/' },
			],
		});
	});

	test('the site is a WebSite', () => {
		const data = websiteLd({ name: 'Mend', guideTitle: guide.name, url: guide.url, description: 'D.' });
		expect(data).toMatchObject({ '@type': 'WebSite', name: 'Mend', url: guide.url, description: 'D.' });
	});

	test('serialized JSON cannot close its script element', () => {
		const json = serializeLd({ '@type': 'Thing', name: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('</script');
		expect(JSON.parse(json)).toEqual({ '@type': 'Thing', name: '</script><script>alert(1)</script>' });
	});
});

describe.each([
	['plain text', 'Own your flaws', 'Own your flaws'],
	['escaped quotes and apostrophes', 'Don&#39;t &quot;rush&quot; &amp; wait', 'Don\'t "rush" & wait'],
	['numeric references', 'caf&#xe9; &#8212; bar', 'café — bar'],
	['inline markup', 'Say <em>why</em>, <code>honestly</code>', 'Say why, honestly'],
	['an unknown entity, kept', 'a &bogus; b', 'a &bogus; b'],
	['line breaks', 'one\n  two', 'one two'],
])('plainText: %s', (_, html, text) => {
	test(`is ${JSON.stringify(text)}`, () => {
		expect(plainText(html)).toBe(text);
	});
});

describe.each([
	[
		'a step',
		'---\ntitle: Give them time\nstep: 3\nslug: time-and-space\n---\n\n## Body',
		{ number: 3, slug: 'time-and-space' },
	],
	['quoted values', '---\nstep: "2"\nslug: "communicate"\n---\n', { number: 2, slug: 'communicate' }],
	['the intro (no step)', '---\ntitle: How to\nsummary: S.\n---\n', undefined],
	['no front matter', '## step: 3\nslug: x', undefined],
	['a slug in the body only', '---\nstep: 1\n---\nslug: apologize', undefined],
])('readStepRef: %s', (_, source, ref) => {
	test('reads step and slug from the front matter only', () => {
		expect(readStepRef(source)).toEqual(ref);
	});
});

describe('short links', () => {
	const links = shortLinks([
		{ number: 2, slug: 'communicate' },
		{ number: 1, slug: 'apologize' },
	]);

	test('map /N/ to the step page, in step order', () => {
		expect(links).toEqual({ '/1/': '/steps/1-apologize/', '/2/': '/steps/2-communicate/' });
		expect(Object.keys(links)).toEqual(['/1/', '/2/']);
	});

	test('become permanent redirects in _redirects, in the plain form Cloudflare Pages accepts', () => {
		expect(redirectsFile(links)).toMatchInlineSnapshot(`
			"# Short links to the steps, generated by src/integrations/short-links.ts for Cloudflare Pages and other hosts.
			/1/ /steps/1-apologize/ 301
			/2/ /steps/2-communicate/ 301
			"
		`);
	});

	test('are forced on Netlify, which would otherwise serve the redirect page that exists at /1/', () => {
		expect(redirectsFile(links, 'netlify')).toMatchInlineSnapshot(`
			"# Short links to the steps, generated by src/integrations/short-links.ts for Netlify.
			/1/ /steps/1-apologize/ 301!
			/2/ /steps/2-communicate/ 301!
			"
		`);
	});

	test.each([
		[{ NETLIFY: 'true' }, 'netlify'],
		[{ CF_PAGES: '1' }, 'other'],
		[{}, 'other'],
	])('a build with %o writes the %s form', (env, host) => {
		expect(redirectsHost(env)).toBe(host);
	});
});
