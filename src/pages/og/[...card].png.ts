/* Each page's link-preview card, drawn at build time (see src/integrations/social-card.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCards } from '@/lib/cards';
import { cardName, type Card } from '@/lib/social';
import { renderCard } from '@/integrations/social-card';

export const getStaticPaths = (async () => {
	const cards = await getCards();
	return cards.map((card) => ({ params: { card: cardName(card.page) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
	new Response(await renderCard(props.card), { headers: { 'Content-Type': 'image/png' } });
