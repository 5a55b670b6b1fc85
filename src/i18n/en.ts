/*
 * Every piece of interface text, in English: the standard every other language's file follows,
 * key for key (src/lib/i18n.ts). `{name}` is filled in where the text is used. A value that is part
 * of a public URL (path.*) must never change once published.
 */
export default {
	// The language itself.
	/** Its name in its own words, for the link to it from the other languages. */
	'language.name': 'English',
	/** BCP 47, for lang and hreflang. */
	'language.tag': 'en',
	/** Open Graph's locale (og:locale). */
	'language.ogLocale': 'en_US',
	'language.dir': 'ltr',

	// URL segments: part of public URLs, never to change.
	'path.steps': 'steps',
	'path.guide': 'guide',
	'path.search': 'search',
	'path.offline': 'offline',
} as const;
