/*
 * The Spanish list of words that mean a reader may be in danger: the twin of DANGER_PHRASES in
 * crisis.ts (read its header), in a module of its own so that English pages never fetch it.
 * Written without accents: queries are matched with theirs dropped. Changing it: add a case to
 * tests/unit/crisis.test.ts for each new phrase, and one that must not match if the phrase could
 * catch an everyday search.
 */

/** "No point going on" is despair; "no point going on waiting" is about the wait. */
const NOT_THE_WAIT = '(?! (esperando|intentando|intentandolo|escribiendole|insistiendo))';

/**
 * Reviewed like the English list: where a phrase also has an everyday use ("cortarme el pelo", "no estoy seguro de"), that use is left out
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
