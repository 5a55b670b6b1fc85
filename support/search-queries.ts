/*
 * Searches in readers' own words, and where each should lead. Not the guide's vocabulary: worries,
 * situations and questions as someone typing on a phone late at night would put them, typos,
 * "ex", "gf", "she" and all. The accuracy test (tests/e2e/search-accuracy.spec.ts) and the
 * benchmark (support/bench-search.ts) both read this list; README "Search" has the targets.
 *
 * `section` is the id of the section that answers it best, when one does. Some entries lead to
 * pages or sections written on another branch (/after-you-reach-out/, /look-after-yourself/,
 * /privacy/, new sections of /when-to-stop/ and step 1). Until those exist in the build, the test
 * skips such a page's entries, or checks only the page of a missing section, and prints how many
 * it skipped: none may be skipped once every page is in.
 */
import { READER_QUERIES_ES } from './search-queries.es.ts';

export interface ReaderQuery {
	/** What the reader types. */
	q: string;
	/** The page it should find: its path, as in the site's links. */
	page: string;
	/** The section of that page that answers it, without the #. */
	section?: string;
}

export const READER_QUERIES: readonly ReaderQuery[] = [
	// Step 1: the apology.
	{ q: 'how do i apologize', page: '/steps/1-apologize/' },
	{ q: 'how to say sorry to my ex', page: '/steps/1-apologize/' },
	{ q: 'appology', page: '/steps/1-apologize/' },
	{ q: 'i was wrong', page: '/steps/1-apologize/', section: 'start-by-admitting-you-were-wrong' },
	{ q: 'sorry isnt enough', page: '/steps/1-apologize/', section: 'start-by-admitting-you-were-wrong' },
	{ q: 'how to word an apology text', page: '/steps/1-apologize/', section: 'what-a-real-apology-includes' },
	{ q: 'should i apologise first', page: '/steps/1-apologize/', section: 'why-the-apology-comes-first' },
	{ q: 'what not to say when apologizing', page: '/steps/1-apologize/', section: 'what-not-to-say' },
	{ q: 'example of an apology message', page: '/steps/1-apologize/', section: 'an-example-message' },

	// Step 2: explaining why.
	{ q: 'explain why i left', page: '/steps/2-communicate/' },
	{ q: 'how do i tell him why i pulled away', page: '/steps/2-communicate/', section: 'say-what-was-really-going-on' },
	{ q: 'she needs closure', page: '/steps/2-communicate/', section: 'an-honest-answer-can-bring-them-peace' },
	{
		q: 'he doesnt understand why i ghosted him',
		page: '/steps/2-communicate/',
		section: 'they-still-want-to-know-why',
	},
	{ q: 'i ghosted my gf', page: '/steps/2-communicate/' },
	{ q: 'should i text or call', page: '/steps/2-communicate/', section: 'say-what-was-really-going-on' },
	{ q: 'i got scared and ran', page: '/steps/2-communicate/', section: 'say-what-was-really-going-on' },

	// Step 3: time and space.
	{ q: 'how long should i wait', page: '/steps/3-time-and-space/', section: 'fair-is-fair' },
	{ q: 'give her space', page: '/steps/3-time-and-space/' },
	{ q: 'how much time does he need', page: '/steps/3-time-and-space/', section: 'fair-is-fair' },
	{ q: 'should i text her again', page: '/steps/3-time-and-space/', section: 'fair-is-fair' },
	// /after-you-reach-out/ answers no reply head on; step 3 only touches it.
	{ q: 'left on read', page: '/after-you-reach-out/', section: 'if-they-dont-reply' },
	{ q: 'can i ask our mutual friends about her', page: '/steps/3-time-and-space/', section: 'fair-is-fair' },
	{
		q: 'how do i get her to forgive me faster',
		page: '/steps/3-time-and-space/',
		section: 'dont-rush-their-forgiveness',
	},
	{ q: 'the waiting is killing me', page: '/steps/3-time-and-space/', section: 'dont-rush-their-forgiveness' },

	// Step 4: trust.
	{ q: 'how do i get him to trust me again', page: '/steps/4-rebuild-trust/' },
	{ q: 'gain back her trust', page: '/steps/4-rebuild-trust/' },
	{ q: 'keeping promises', page: '/steps/4-rebuild-trust/', section: 'do-what-you-said-you-would' },
	{
		q: 'be there for her without being clingy',
		page: '/steps/4-rebuild-trust/',
		section: 'be-there-without-crowding-them',
	},
	{ q: 'how long till she trusts me', page: '/steps/4-rebuild-trust/', section: 'let-time-make-the-case' },
	{ q: 'she keeps testing me', page: '/steps/4-rebuild-trust/', section: 'be-there-without-crowding-them' },

	// Step 5: working on yourself.
	{ q: 'become a better person', page: '/steps/5-work-on-yourself/' },
	{ q: 'how do i change', page: '/steps/5-work-on-yourself/', section: 'have-you-really-changed' },
	{ q: 'im scared of getting hurt', page: '/steps/5-work-on-yourself/', section: 'get-over-your-fears' },
	{ q: 'fear of commitment', page: '/steps/5-work-on-yourself/', section: 'get-over-your-fears' },
	{ q: 'why do i push people away', page: '/steps/5-work-on-yourself/', section: 'get-over-your-fears' },
	{ q: 'my friends are a bad influence', page: '/steps/5-work-on-yourself/', section: 'stay-away-from-toxic-people' },
	{ q: 'i keep making the same mistakes', page: '/steps/5-work-on-yourself/', section: 'have-you-really-changed' },

	// Step 6: their answer.
	{ q: 'is it too late', page: '/steps/6-accept-their-answer/', section: 'you-are-not-owed-a-second-chance' },
	{ q: 'she doesnt want me back', page: '/steps/6-accept-their-answer/' },
	{ q: 'does he still love me', page: '/steps/6-accept-their-answer/', section: 'love-does-not-guarantee-forgiveness' },
	{ q: 'how to move on', page: '/steps/6-accept-their-answer/', section: 'finding-your-own-peace' },
	{ q: 'will she ever forgive me', page: '/steps/6-accept-their-answer/' },
	{
		q: 'do i deserve a second chance',
		page: '/steps/6-accept-their-answer/',
		section: 'you-are-not-owed-a-second-chance',
	},
	{ q: 'how do i get over him', page: '/steps/6-accept-their-answer/', section: 'finding-your-own-peace' },

	// When not to reach out.
	{ q: 'they blocked me', page: '/when-to-stop/', section: 'if-they-blocked-you' },
	{ q: 'she blocked me everywhere', page: '/when-to-stop/', section: 'if-they-blocked-you' },
	{ q: 'she told me to stop texting her', page: '/when-to-stop/', section: 'if-they-asked-for-no-contact' },
	{ q: 'he said dont contact me', page: '/when-to-stop/', section: 'if-they-asked-for-no-contact' },
	{ q: 'they will not reply', page: '/after-you-reach-out/', section: 'if-they-dont-reply' },
	{
		q: 'should i show up at her house',
		page: '/when-to-stop/',
		section: 'reaching-out-once-is-not-the-same-as-pursuing',
	},
	{ q: 'i was abusive', page: '/when-to-stop/', section: 'if-the-relationship-involved-abuse' },
	{ q: 'he hit me', page: '/when-to-stop/', section: 'if-the-relationship-involved-abuse' },
	{ q: 'im scared of him', page: '/when-to-stop/', section: 'if-you-dont-feel-safe' },
	{ q: 'i feel so depressed', page: '/when-to-stop/', section: 'if-youre-struggling' },
	{ q: 'i want to die', page: '/when-to-stop/', section: 'if-youre-struggling' },

	// The reader's tools and the intro.
	{ q: 'quiz', page: '/self-check/' },
	{ q: 'am i ready to text her', page: '/self-check/' },
	{ q: 'help me write my sorry message', page: '/apology-checklist/' },
	{ q: 'who is this guide for', page: '/', section: 'who-this-guide-is-for' },
	{ q: 'i miss her so much', page: '/', section: 'when-you-finally-see-what-you-had' },
	{ q: 'does this work for friends', page: '/', section: 'who-this-guide-is-for' },

	// After you reach out (a page written on another branch).
	{ q: 'she never replied to my apology', page: '/after-you-reach-out/', section: 'if-they-dont-reply' },
	{ q: 'he blocked me after i said sorry', page: '/after-you-reach-out/', section: 'if-they-block-you' },
	{ q: 'she replied angry', page: '/after-you-reach-out/', section: 'if-they-reply-angrily' },
	{ q: 'he said not right now', page: '/after-you-reach-out/', section: 'if-they-say-not-now' },
	{ q: 'she said no', page: '/after-you-reach-out/', section: 'if-they-say-no' },
	{ q: 'my ex has a new boyfriend', page: '/after-you-reach-out/', section: 'if-theyre-with-someone-new' },
	{ q: 'what if she says yes', page: '/after-you-reach-out/', section: 'if-they-say-yes' },

	// Look after yourself (a page written on another branch).
	{ q: 'i keep checking her instagram', page: '/look-after-yourself/', section: 'the-urge-to-check-or-text' },
	{ q: 'cant stop thinking about him at night', page: '/look-after-yourself/', section: 'going-over-it-at-night' },
	{ q: 'i cant eat or sleep', page: '/look-after-yourself/', section: 'sleep-food-and-moving' },
	{ q: 'who can i talk to', page: '/look-after-yourself/', section: 'lean-on-your-people' },
	{ q: 'i feel so guilty', page: '/look-after-yourself/', section: 'guilt-that-helps-shame-that-doesnt' },
	{ q: 'do i need therapy', page: '/look-after-yourself/', section: 'when-to-get-more-help' },

	// Privacy (a page written on another branch).
	{ q: 'delete my saved answers', page: '/privacy/' },
	{ q: 'is my draft stored', page: '/privacy/' },
];

/** Each language's query set and the search page it runs on (the Spanish set: search-queries.es.ts). */
export const QUERY_SETS: readonly { lang: string; searchPage: string; queries: readonly ReaderQuery[] }[] = [
	{ lang: 'en', searchPage: '/search/', queries: READER_QUERIES },
	{ lang: 'es', searchPage: '/es/buscar/', queries: READER_QUERIES_ES },
];
