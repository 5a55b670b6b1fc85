const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of a small piece of rendered HTML (a heading's contents): tags dropped, character
 * references decoded, whitespace collapsed. Enough for the markup MDX gives a heading; not a parser.
 */
export function plainText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
			if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}
