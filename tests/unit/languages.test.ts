import { describe, expect, test } from 'vitest';
import en from '@/i18n/en';
import es from '@/i18n/es';
import { idText, headingIds } from '@/lib/headings';
import { checkTwinFiles, entryLang, langOfPath, localePath } from '@/lib/languages';
import { buildSite, siteManifest, type LanguageInput, type ModelInput } from '@/lib/site-model';
import { offlinePages } from '@/integrations/offline';
import { redirectsFile } from '@/lib/short-links';

/** One language's content: an intro, two steps and two pages, with its own titles and URL words. */
function language(lang: 'en' | 'es', words: { steps: string; slugs: [string, string]; stop?: string }): LanguageInput {
	const title = (text: string) => `${text} (${lang})`;
	const input: ModelInput = {
		intro: { title: title('The guide'), summary: 'Why.', file: `src/content/${lang}/guide/intro.mdx` },
		steps: words.slugs.map((slug, index) => ({
			number: index + 1,
			slug,
			title: title(`Step ${index + 1}`),
			summary: 'About it.',
			href: localePath(lang, `/${words.steps}/${index + 1}-${slug}/`),
			file: `src/content/${lang}/guide/${index + 1}-x.mdx`,
		})),
		pages: [
			{
				id: 'when-to-stop',
				file: `src/content/${lang}/pages/when-to-stop.mdx`,
				data: {
					title: title('When to stop'),
					summary: 'When.',
					kind: 'page',
					appearsIn: ['footer', 'after-steps'],
					...(words.stop === undefined ? {} : { slug: words.stop }),
				},
			},
			{
				id: 'privacy',
				file: `src/content/${lang}/pages/privacy.mdx`,
				data: { title: title('Privacy'), summary: 'What is kept.', kind: 'tool', appearsIn: ['footer'] },
			},
		],
	};
	const files = ['guide/intro.mdx', 'guide/1-x.mdx', 'guide/2-x.mdx', 'pages/when-to-stop.mdx', 'pages/privacy.mdx'];
	return { lang, strings: lang === 'en' ? en : es, input, files };
}

const english = language('en', { steps: 'steps', slugs: ['apologize', 'communicate'] });
const spanish = language('es', { steps: 'pasos', slugs: ['pide-perdon', 'habla'], stop: 'cuando-parar' });

/** The message and hint an AstroError would print. */
function failure(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return `${(error as Error).message}\nhint: ${(error as { hint?: string }).hint}`;
	}
	return 'no error';
}

describe('the languages', () => {
	test('English is served at the root and every other language under its code', () => {
		expect(localePath('en', '/guide/')).toBe('/guide/');
		expect(localePath('es', '/guia/')).toBe('/es/guia/');
		expect(entryLang('es/guide/1-apologize')).toEqual({ lang: 'es', name: '1-apologize' });
		expect(langOfPath('/es/pasos/1-pide-perdon/', ['en', 'es'])).toBe('es');
		expect(langOfPath('/steps/1-apologize/', ['en', 'es'])).toBe('en');
		expect(langOfPath('/estate/', ['en', 'es'])).toBe('en');
	});

	test('each language model publishes its pages at its own URLs, in its own words (the file name where a page has no slug)', () => {
		const site = buildSite([english, spanish]);
		expect(site.langs).toEqual(['en', 'es']);
		const model = site.model('es');
		expect(model.pages.map((page) => page.url)).toEqual(
			expect.arrayContaining([
				'/es/',
				'/es/pasos/1-pide-perdon/',
				'/es/guia/',
				'/es/cuando-parar/',
				'/es/privacy/',
				'/es/buscar/',
				'/es/404.html',
				'/es/sin-conexion/',
			]),
		);
		expect(model.pages.every((page) => page.lang === 'es')).toBe(true);
		expect(model.redirects.map(({ from, to }) => [from, to.url])).toEqual([
			['/es/1/', '/es/pasos/1-pide-perdon/'],
			['/es/2/', '/es/pasos/2-habla/'],
		]);
		expect(model.page('step-1', 'step 1')).toMatchObject({ headTitle: 'Paso 1: Step 1 (es)' });
		expect(model.intro.labels.footer).toBe('Los dos pasos');
		expect(model.steps[1]?.card.eyebrow).toBe('Paso 2 de 2');
		expect(model.guide.headTitle).toBe('La guía completa');
	});

	test('English keeps its output: the same URLs and labels as a model of English alone', () => {
		const alone = buildSite([english]).model('en');
		const paired = buildSite([english, spanish]).model('en');
		const strip = (pages: typeof alone.pages) => pages.map(({ twins: _twins, ...page }) => page);
		expect(strip(paired.pages)).toEqual(strip(alone.pages));
		expect(paired.intro.labels.footer).toBe('The two steps');
	});

	test('every page knows its twin in every language, both ways, by file name', () => {
		const site = buildSite([english, spanish]);
		const stop = site.model('en').page('when-to-stop', 'the test');
		expect(stop.twins).toEqual({ en: '/when-to-stop/', es: '/es/cuando-parar/' });
		expect(site.model('es').at('/es/cuando-parar/')?.twins).toEqual(stop.twins);
		expect(site.model('es').steps[0]?.twins).toEqual({ en: '/steps/1-apologize/', es: '/es/pasos/1-pide-perdon/' });
		expect(site.model('es').notFound.twins).toEqual({ en: '/404.html', es: '/es/404.html' });
	});

	test('lists hold the pages of their own language only', () => {
		const site = buildSite([english, spanish]);
		for (const lang of site.langs) {
			const model = site.model(lang);
			const prefix = lang === 'en' ? /^\/(?!es\/)/ : /^\/es\//;
			for (const place of ['header', 'footer', 'intro', 'after-steps', 'all'] as const) {
				for (const page of model.in(place)) expect(page.url, `${lang} ${place}`).toMatch(prefix);
			}
			expect(model.afterSteps?.url).toMatch(prefix);
		}
	});

	test('a missing or extra file in a language stops the build, naming the file and its twin', () => {
		const missing = { ...spanish, files: spanish.files.filter((file) => file !== 'guide/2-x.mdx') };
		const extra = { ...spanish, files: [...spanish.files, 'pages/extra.mdx'] };
		expect(failure(() => buildSite([english, missing]))).toMatchInlineSnapshot(`
			"The languages' content folders do not pair up.
			- src/content/es/guide/2-x.mdx is missing: it is the twin of src/content/en/guide/2-x.mdx.
			hint: Every language has a file of the same name for each file in src/content/en/ (README "Languages"): add the missing translation, or rename or remove the extra file."
		`);
		expect(failure(() => buildSite([english, extra]))).toContain(
			'src/content/es/pages/extra.mdx has no twin: there is no src/content/en/pages/extra.mdx.',
		);
		expect(() => checkTwinFiles({ en: english.files, es: spanish.files })).not.toThrow();
	});

	test('the manifest carries each page’s language and twins, for the sitemap and the offline copy', () => {
		const site = buildSite([english, spanish]);
		const manifest = siteManifest(site.model('en'), site.model('es'));
		expect(manifest.pages.find((page) => page.url === '/es/cuando-parar/')).toMatchObject({
			lang: 'es',
			twins: { en: '/when-to-stop/', es: '/es/cuando-parar/' },
		});
		expect(offlinePages(manifest.pages)).toEqual({ '/es/': '/es/sin-conexion/', '/': '/offline/' });
		expect(Object.keys(offlinePages(manifest.pages))[0], 'the longer prefix is tried first').toBe('/es/');
	});

	test('Netlify gets a rule for each language’s own 404; other hosts find it by themselves', () => {
		const links = [{ from: '/es/1/', to: '/es/pasos/1-pide-perdon/' }];
		expect(redirectsFile(links, 'netlify', ['/404.html', '/es/404.html'])).toContain('/es/* /es/404.html 404');
		expect(redirectsFile(links, 'netlify', ['/404.html'])).not.toContain(' 404');
		expect(redirectsFile(links, 'other', ['/404.html', '/es/404.html'])).not.toContain('404.html');
	});
});

describe('heading ids', () => {
	test('drop accents and ¿ ¡, so Spanish ids read plainly; English ids are unchanged', () => {
		expect(idText('¿Alguna vez pediste perdón de verdad?')).toBe('Alguna vez pediste perdon de verdad?');
		expect(headingIds('## ¿Alguna vez pediste perdón de verdad?\n\n## ¡Cuídate!\n\n## Cuando te bloquean')).toEqual([
			'alguna-vez-pediste-perdon-de-verdad',
			'cuidate',
			'cuando-te-bloquean',
		]);
		expect(headingIds("## If you're struggling\n\n## Don’t rush their forgiveness")).toEqual([
			'if-youre-struggling',
			'dont-rush-their-forgiveness',
		]);
	});
});
