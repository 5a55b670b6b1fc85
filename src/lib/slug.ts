/**
 * A stable key made from a piece of text: lowercase letters and digits joined by hyphens, with
 * accents and apostrophes dropped ("Don’t ask for “forgiveness”" becomes "dont-ask-for-forgiveness").
 * The tools key saved answers and ticks by the slug of their wording, so rewording one resets it.
 */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}
