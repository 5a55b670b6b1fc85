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

const PATTERN = new RegExp(`(?:^| )(?:${DANGER_PHRASES.join('|')})(?= |$)`);

/** The query as the list is matched against it: lowercase, no apostrophes, single spaces. */
export function tidyForDanger(query: string): string {
	return query
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Does this search signal that the reader, or someone near them, may be in danger? */
export function signalsDanger(query: string): boolean {
	return PATTERN.test(tidyForDanger(query));
}
