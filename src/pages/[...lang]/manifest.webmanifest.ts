/*
 * The web app manifest, one per language (/manifest.webmanifest, /es/manifest.webmanifest): the
 * name, words and start page a phone uses when the guide is added to the home screen, so a reader
 * who adds it from a Spanish page gets the Spanish guide, named in Spanish.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_NAME, THEME_COLORS } from '@/lib/site';
import { everyLanguage } from '@/model/site';
import { stringsFor } from '@/model/strings';

export const getStaticPaths = (() =>
	everyLanguage((model, lang) => [{ params: {}, props: { intro: model.intro, lang } }])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { intro, lang } = props as { intro: { title: string; summary: string; url: string }; lang: string };
	const strings = stringsFor(lang);
	const manifest = {
		name: `${SITE_NAME}: ${intro.title}`,
		short_name: SITE_NAME,
		description: intro.summary,
		lang: strings['language.tag'],
		dir: strings['language.dir'],
		start_url: intro.url,
		scope: '/',
		display: 'minimal-ui',
		background_color: THEME_COLORS.light,
		theme_color: THEME_COLORS.light,
		icons: [
			{ src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any' },
			{ src: '/icon-192.png', type: 'image/png', sizes: '192x192' },
			{ src: '/icon-512.png', type: 'image/png', sizes: '512x512' },
		],
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};
