/*
 * Draws a page's link-preview card at build time: satori lays out a small tree of boxes and text
 * as SVG, resvg turns the SVG into a PNG. The fonts are read from npm packages in node_modules
 * (satori cannot read WOFF2, so the .woff files), so nothing is fetched.
 *
 * To change the look, edit COLORS, FONTS or the tree in cardTree() below, then run `npm run
 * build` and open dist/og/steps/3-time-and-space.png. The colours are the light theme's tokens
 * (src/styles/tokens.css). Keep each card under 100 KB (tests/dist/head.test.ts checks): flat
 * colours compress well, photos and gradients do not.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type Card } from '@/lib/social';
import { iconSvg } from '@/lib/icon';

/** The light theme's colours, from src/styles/tokens.css. */
const COLORS = {
	bg: '#fdfcfa',
	surface: '#f3f0ea',
	text: '#1d1f22',
	muted: '#52565c',
	border: '#d5d0c6',
	accent: '#8a3b12',
} as const;

/** Inter stands in for the site's system sans-serif, Source Serif 4 for its Charter. */
const FONTS = [
	{ name: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
	{ name: 'Inter', weight: 600, file: '@fontsource/inter/files/inter-latin-600-normal.woff' },
	{ name: 'Source Serif', weight: 400, file: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff' },
] as const;

type Weight = (typeof FONTS)[number]['weight'];
interface Node {
	type: string;
	props: { style?: Record<string, unknown>; children?: Node | string | (Node | string)[]; src?: string };
}

const box = (style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
	type: 'div',
	props: { style: { display: 'flex', flexShrink: 0, ...style }, ...(children === undefined ? {} : { children }) },
});

let fonts: Promise<{ name: string; data: Buffer; weight: Weight; style: 'normal' }[]> | undefined;

function loadFonts() {
	const require = createRequire(import.meta.url);
	fonts ??= Promise.all(
		FONTS.map(async ({ name, weight, file }) => ({
			name,
			weight,
			style: 'normal' as const,
			data: await readFile(require.resolve(file)),
		})),
	);
	return fonts;
}

function progressBar({ step, of }: NonNullable<Card['progress']>): Node {
	return box(
		{ gap: 10, width: 480, marginTop: 18 },
		Array.from({ length: of }, (_, index) =>
			box({
				flex: 1,
				height: 12,
				borderRadius: 6,
				backgroundColor: index < step ? COLORS.accent : COLORS.border,
			}),
		),
	);
}

/** The text column: the card less its accent border and padding. */
const BORDER = 24;
const PADDING = { block: 64, start: 72, end: 80 };
const COLUMN = CARD_WIDTH - BORDER - PADDING.start - PADDING.end;

function cardTree(card: Card): Node {
	const titleSize = card.title.length > 48 ? 64 : 76;
	const icon = `data:image/svg+xml;base64,${Buffer.from(iconSvg).toString('base64')}`;
	return box(
		{
			// Sizes are of the content box: the padding and border are added around them.
			width: COLUMN,
			height: CARD_HEIGHT - 2 * PADDING.block,
			backgroundColor: COLORS.bg,
			borderLeft: `${BORDER}px solid ${COLORS.accent}`,
			padding: `${PADDING.block}px ${PADDING.end}px ${PADDING.block}px ${PADDING.start}px`,
			flexDirection: 'column',
			justifyContent: 'space-between',
			fontFamily: 'Inter',
			color: COLORS.text,
		},
		[
			box({ alignItems: 'center', gap: 20 }, [
				{ type: 'img', props: { src: icon, style: { width: 56, height: 56 } } },
				box({ fontSize: 40, fontWeight: 700 }, 'Mend'),
			]),
			box({ flexDirection: 'column' }, [
				box({ flexDirection: 'column' }, [
					...(card.eyebrow ? [box({ fontSize: 34, fontWeight: 600, color: COLORS.accent }, card.eyebrow)] : []),
					...(card.progress ? [progressBar(card.progress)] : []),
				]),
				box(
					{
						fontSize: titleSize,
						fontWeight: 700,
						lineHeight: 1.1,
						marginTop: 28,
						letterSpacing: '-0.01em',
					},
					card.title,
				),
				box(
					{
						display: 'block',
						lineClamp: 2,
						fontFamily: 'Source Serif',
						fontSize: 32,
						lineHeight: 1.4,
						color: COLORS.muted,
						marginTop: 24,
					},
					card.summary,
				),
			]),
		],
	);
}

/** The card as SVG text, for resvg to draw. */
async function cardSvg(card: Card): Promise<string> {
	return satori(cardTree(card) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: await loadFonts(),
	});
}

/** The card as a PNG of CARD_WIDTH x CARD_HEIGHT pixels. */
export async function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await cardSvg(card);
	const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
	return new Uint8Array(png);
}

/** The site's icon as a square PNG of `size` pixels. */
export function renderIcon(size: number): Uint8Array<ArrayBuffer> {
	const png = new Resvg(iconSvg, { fitTo: { mode: 'width', value: size } }).render().asPng();
	return new Uint8Array(png);
}
