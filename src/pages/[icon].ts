/*
 * The site's icons, all drawn from one SVG (src/lib/icon.ts): the SVG favicon, a 32px PNG
 * for browsers without SVG favicons, the 180px Apple touch icon and the manifest's 192/512px icons.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconSvg } from '@/lib/icon';
import { renderIcon } from '@/build/social-card';

/** Each icon file and its size in pixels (the SVG has none). */
const ICONS = {
	'favicon.svg': undefined,
	// Browsers ask for /favicon.ico on pages without icon links (Astro's redirect pages).
	'favicon.ico': 32,
	'favicon-32.png': 32,
	'apple-touch-icon.png': 180,
	'icon-192.png': 192,
	'icon-512.png': 512,
} as const;

export const getStaticPaths = (() =>
	Object.entries(ICONS).map(([icon, size]) => ({ params: { icon }, props: { size } }))) satisfies GetStaticPaths;

/** Wraps one PNG in an ICO container: a 6-byte header and a 16-byte directory entry, then the PNG. */
function pngToIco(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
	const ico = new Uint8Array(22 + png.length);
	const view = new DataView(ico.buffer);
	view.setUint16(2, 1, true); // type: icon
	view.setUint16(4, 1, true); // one image
	view.setUint8(6, size % 256); // width and height; 0 means 256
	view.setUint8(7, size % 256);
	view.setUint16(10, 1, true); // colour planes
	view.setUint16(12, 32, true); // bits per pixel
	view.setUint32(14, png.length, true);
	view.setUint32(18, 22, true); // where the image starts
	ico.set(png, 22);
	return ico;
}

export const GET: APIRoute<{ size: number | undefined }> = ({ params, props }) => {
	if (props.size === undefined) return new Response(iconSvg, { headers: { 'Content-Type': 'image/svg+xml' } });
	const png = renderIcon(props.size);
	return params['icon']?.endsWith('.ico')
		? new Response(pngToIco(png, props.size), { headers: { 'Content-Type': 'image/x-icon' } })
		: new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
