/* The site model for the post-build integrations (src/integrations/site-manifest.ts), which delete it. */
import type { APIRoute } from 'astro';
import { siteManifest } from '@/lib/site-model';
import { getSite } from '@/model/site';

export const GET: APIRoute = async () => {
	const site = await getSite();
	return new Response(JSON.stringify(siteManifest(...site.langs.map((lang) => site.model(lang)))), {
		headers: { 'Content-Type': 'application/json' },
	});
};
