/* Every page's link-preview card, from the site model, drawn at build time (see src/build/social-card.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardName, type Card } from '@/lib/social';
import { renderCard } from '@/build/social-card';
import { getSite } from '@/model/site';

export const getStaticPaths = (async () => {
	const site = await getSite();
	const pages = site.langs.flatMap((lang) => site.model(lang).pages);
	// The 404 shows the intro's card, so it has none of its own.
	const cards = [...new Map(pages.map((page) => [page.card.page, page.card])).values()];
	return cards.map((card) => ({ params: { card: cardName(card.page) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
	new Response(await renderCard(props.card), { headers: { 'Content-Type': 'image/png' } });
