/* The web app manifest: the name and icons a phone uses when the guide is added to the home screen. */
import type { APIRoute } from 'astro';
import { SITE_NAME, THEME_COLORS } from '@/lib/site';
import { getSiteModel } from '@/model/site';

export const GET: APIRoute = async () => {
	const { intro } = await getSiteModel();
	const manifest = {
		name: `${SITE_NAME}: ${intro.title}`,
		short_name: SITE_NAME,
		description: intro.summary,
		lang: 'en',
		dir: 'ltr',
		start_url: '/',
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
