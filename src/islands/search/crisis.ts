/*
 * The reviewed list of words that mean a reader may be in danger. A search that matches shows the
 * support card (SupportCard.astro) above every result, before anything of Pagefind has loaded.
 *
 * Matching is deliberately generous: a card shown to someone who did not need it costs a glance;
 * a card missing for someone who did could cost far more. Phrases are matched on the query
 * lowercased, with apostrophes dropped and every run of other punctuation or space as one space,
 * so "can't go on", "cant go on" and "CANT  GO ON!" are the same. Common misspellings are listed
 * beside each phrase, and phrases need no pronoun ("want to die" matches "i want to die" and "want
 * to die"). Changing this list: add a case to tests/unit/crisis.test.ts for each new phrase, and one
 * that must not match if the phrase could catch an everyday search.
 *
 * Each other language has its own list, in its own module so that a page fetches only its own
 * (crisis-es.ts: Spanish). loadDangerList() brings it, in parallel with Pagefind and far smaller;
 * until it has arrived, the page is matched against English. A query on such a page is matched
 * with its accents dropped (and ñ as n), since many readers type without them on a phone, so those
 * lists are written without accents: "no puedo más" and "no puedo mas" are the same. Their pages
 * check the English list too: a reader may type either, and a card shown in error costs little.
 * English matching is unchanged.
 */

/** Each entry is a regular expression source matched against whole words of the tidied query. */
export const DANGER_PHRASES: readonly string[] = [
	// Wanting to die, suicide.
	'(want|wanna|wish|going|gonna|ready|need) (to )?(die|dy|be dead)',
	'(kill|killing|kil|end|ending|take|taking) (my ?self|myself|me|my life|it all|my own life)',
	'suicid\\w*',
	'sucid\\w*',
	'suicdal',
	'(better|best) off dead',
	'(better|best) off without me',
	'no (reason|point) (to |in )?(live|living|going on|being here|life)',
	'no point (anymore|any more|in anything)',
	'whats the point',
	'(dont|do not|dnt) want to (live|be alive|be here|exist|wake up)',
	'(cant|cannot|can not|cnt) (go on|do this anymore|take it anymore|live like this|keep going)',
	'(not|dont) want to wake up',
	'end (it|things|everything)',
	'overdos\\w*',
	// Self-harm.
	'self ?harm\\w*',
	'(hurt|hurting|harm|harming|cut|cutting|cuting) (my ?self|myself)',
	// Hurting someone else.
	'(hurt|hurting|kill|killing|harm|hit|hitting) (him|her|them|someone|somebody|my (ex|partner|gf|bf|wife|husband))',
	'(want|going|gonna) to hurt',
	// Being hurt, abuse, not safe.
	'abus\\w*',
	'(he|she|they|partner|ex|bf|gf|husband|wife) (hits|hit|beats|beat|chokes|choked|hurts|hurt|threatens|threatened) me',
	'(hit|hits|beat|beats|choked|strangled|raped|assaulted) (me|by)',
	'(rape|raped|sexual assault)',
	'(not|dont|do not|never) feel safe',
	'(scared|afraid|terrified) (of|for) (him|her|them|my life|my safety)',
	'unsafe',
	'domestic (violence|abuse)',
	'violen\\w*',
	'threat(en|ened|ening|s)? (to )?(kill|hurt)',
	// Despair in a word or two.
	'hopeless',
	'(so |really )?depressed',
	'depression',
	'(give|giving) up on (life|everything)',
	'no way out',
	'in crisis',
	'crisis line',
	'helpline',
	'988',
];

const pattern = (phrases: readonly string[]) => new RegExp(`(?:^| )(?:${phrases.join('|')})(?= |$)`);

const ENGLISH = pattern(DANGER_PHRASES);

/** Where each other language's list lives; a language not here is matched against English. */
const OTHER_LISTS: Readonly<Record<string, () => Promise<readonly string[]>>> = {
	es: () => import('./crisis-es').then((module) => module.DANGER_PHRASES_ES),
};

/** The lists of other languages loaded so far, each joined with the English one. */
const loaded = new Map<string, RegExp>();

/** Fetches the list of the page's language, once; English, or a language without a list, needs none. */
export async function loadDangerList(lang: string): Promise<void> {
	const load = Object.hasOwn(OTHER_LISTS, lang) ? OTHER_LISTS[lang] : undefined;
	if (load === undefined || loaded.has(lang)) return;
	loaded.set(lang, pattern([...(await load()), ...DANGER_PHRASES]));
}

/** The query as the list is matched against it: lowercase, no apostrophes, single spaces. */
export function tidyForDanger(query: string): string {
	return query
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Does this search signal that the reader, or someone near them, may be in danger? `lang` is the
 * page's language; one whose list is not loaded (see loadDangerList) is matched against English.
 */
export function signalsDanger(query: string, lang = 'en'): boolean {
	const tidied = tidyForDanger(query);
	const list = loaded.get(lang);
	return list === undefined ? ENGLISH.test(tidied) : list.test(tidied.normalize('NFD').replace(/\p{M}/gu, ''));
}
