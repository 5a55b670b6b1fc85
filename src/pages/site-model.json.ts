/* The site model for the post-build integrations (src/integrations/site-manifest.ts), which delete it. */
import type { APIRoute } from 'astro';
import { siteManifest } from '@/lib/site-model';
import { getSiteModel } from '@/model/site';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(siteManifest(await getSiteModel())), { headers: { 'Content-Type': 'application/json' } });
