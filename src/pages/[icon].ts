/*
 * The site's icons, all drawn from one SVG (src/integrations/icon.ts): the SVG favicon, a 32px PNG
 * for browsers without SVG favicons, the 180px Apple touch icon and the manifest's 192/512px icons.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconSvg } from '@/integrations/icon';
import { renderIcon } from '@/integrations/social-card';

/** Each icon file and its size in pixels (the SVG has none). */
export const ICONS = {
	'favicon.svg': undefined,
	'favicon-32.png': 32,
	'apple-touch-icon.png': 180,
	'icon-192.png': 192,
	'icon-512.png': 512,
} as const;

export const getStaticPaths = (() =>
	Object.entries(ICONS).map(([icon, size]) => ({ params: { icon }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number | undefined }> = ({ props }) =>
	props.size === undefined
		? new Response(iconSvg, { headers: { 'Content-Type': 'image/svg+xml' } })
		: new Response(renderIcon(props.size), { headers: { 'Content-Type': 'image/png' } });
