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

	// The site model's own text (src/lib/site-model.ts): labels, titles and summaries of the pages
	// that have no content file, and the words the counts are written in.
	/** Counts as prose writes them, 0 to 12, comma-separated; digits from 13 on. */
	'model.countWords': 'zero,one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve',
	'model.stepTitle': 'Step {n}: {title}',
	'model.stepOf': 'Step {n} of {of}',
	'model.introFooter': 'The {count} steps',
	'model.introList': 'The introduction',
	'model.introEyebrow': 'A guide in {n} steps',
	'model.guideTitle': 'The whole guide',
	'model.guideLabel': 'The whole guide on one page',
	'model.guideSummary':
		'{title}: the introduction and all {count} steps on one page, to read straight through or print.',
	'model.guideCardSummary': 'The introduction and all {n} steps, to read straight through or print.',
	'model.searchTitle': 'Search',
	'model.searchLabel': 'Search the guide',
	'model.searchSummary':
		"Search the guide for what you're worried about, and go straight to the passage that speaks to it.",
	'model.notFoundTitle': 'Page not found',
	'model.notFoundSummary': "This page isn't here. Here is every page of the guide.",
	'model.offlineTitle': "You're offline",
	'model.offlineSummary': "This page isn't saved on this device. These pages of the guide are.",

	// Ids the layouts give to a step's parts (src/lib/sections.ts): public URLs, never to change.
	'section.step': 'step-{n}',
	'section.inShort': 'step-{n}-in-short',
	'section.tryThis': 'step-{n}-try-this',

	// The link to the same page in another language (src/components/LanguageLink.astro).
	'langLink.nav': 'Other languages',
} as const;
