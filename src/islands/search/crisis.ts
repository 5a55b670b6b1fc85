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
 * Each language has its own list (DANGER_PHRASES_ES: Spanish). A Spanish query is matched with its
 * accents dropped (and ñ as n), since many readers type without them on a phone, so the Spanish
 * list is written without accents: "no puedo más" and "no puedo mas" are the same. A Spanish page
 * checks the English list too: a reader may type either, and a card shown in error costs little.
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

/** "No point going on" is despair; "no point going on waiting" is about the wait. */
const NOT_THE_WAIT = '(?! (esperando|intentando|intentandolo|escribiendole|insistiendo))';

/**
 * The Spanish list, written without accents (see above) and reviewed like the English one: where a
 * phrase also has an everyday use ("cortarme el pelo", "no estoy seguro de"), that use is left out
 * and tested, while despair said about the wait ("no puedo mas con la espera") still matches: it is
 * how someone near the edge may put it.
 */
export const DANGER_PHRASES_ES: readonly string[] = [
	// Wanting to die, suicide.
	'(me )?(quiero|kiero|qiero|quisiera|voy a|ganas de|deseo) morir(me)?',
	'(ojala|quisiera) (me )?(muriera|morirme|estar muert[oa])',
	'no quiero (vivir|seguir viviendo|seguir con vida|estar viv[oa]|existir|despertar(me)?|seguir aqui)',
	'no (puedo|aguanto|soporto|puedo seguir) (mas|asi)',
	'me (quiero|kiero|voy a) (matar|suicidar)',
	'(matarme|me mato|suicidarme|me suicido)',
	'(suicid|sucid|suisid|suicd)\\w*',
	'(quitarme|kitarme|quitar me) la (vida|bida)',
	'(acabar|terminar) con (mi vida|todo)',
	'(poner|ponerle) fin a (mi vida|todo)',
	'(estaria|estarian|estarias) mejor (muert[oa]|sin mi)',
	'mejor (estar )?muert[oa]',
	'mejor sin mi',
	`no tiene sentido (vivir|la vida|seguir${NOT_THE_WAIT})`,
	`no vale la pena (vivir|seguir${NOT_THE_WAIT})`,
	'para que (vivir|seguir viviendo)',
	'sobredosis',
	// Self-harm.
	'(hacerme|me hago|me hice|me quiero hacer|quiero hacerme) (dano|danio|danyo)',
	'autolesi\\w*',
	'(lastimarme|me lastimo|herirme)',
	'(cortarme|me corto|me corte)(?! (el|la|los|las|mi|mis) (pelo|cabello|flequillo|fleco|barba|unas|puntas))',
	// Hurting someone else.
	'(quiero|voy a|ganas de) (hacerle (dano|danio)|lastimarl[oae]|matarl[oae]|pegarle)',
	'(lo|la|le) (quiero|voy a) (matar|lastimar|hacer dano)',
	// Being hurt, abuse, not safe.
	'me (pega|pego|pegaba|golpea|golpeo|golpeaba|maltrata|maltrato|maltrataba|ahorca|ahorco|viola|violo)',
	'me (amenaza|amenazo|amenazaba)',
	'me (quiere|va a) (matar|pegar|hacer dano)',
	'(tengo|le tengo|siento) miedo (de|a) (el|ella|mi (ex|pareja|novio|novia|esposo|esposa|marido|mujer))',
	'le tengo miedo',
	'miedo (de|a) que me (haga dano|pegue|mate|lastime)',
	'no me siento (a salvo|segur[oa](?! de))',
	'no estoy a salvo',
	'(estoy|corro) en peligro',
	'(corro|mi vida corre) peligro',
	'(maltrat|abus|violaci|violen)\\w*',
	// Despair in a word or two.
	'deprimid[oa]',
	'depresion',
	'sin esperanza',
	'no hay salida',
	'(linea|telefono) de (ayuda|crisis|la esperanza|prevencion)',
	'(estoy|me siento) en crisis',
];

const pattern = (phrases: readonly string[]) => new RegExp(`(?:^| )(?:${phrases.join('|')})(?= |$)`);

const ENGLISH = pattern(DANGER_PHRASES);

/** Each language's list, matched on the query without accents; English alone keeps them. */
const OTHER_LANGUAGES: ReadonlyMap<string, RegExp> = new Map([
	['es', pattern([...DANGER_PHRASES_ES, ...DANGER_PHRASES])],
]);

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
 * page's language; one without a list of its own is matched against English.
 */
export function signalsDanger(query: string, lang = 'en'): boolean {
	const tidied = tidyForDanger(query);
	const list = OTHER_LANGUAGES.get(lang);
	return list === undefined ? ENGLISH.test(tidied) : list.test(tidied.normalize('NFD').replace(/\p{M}/gu, ''));
}
