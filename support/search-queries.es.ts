/*
 * The Spanish twin of support/search-queries.ts: searches in readers' own Spanish words, and where
 * each should lead on the Spanish site. Written as people type on a phone late at night: no
 * accents, "q" for "que", "x" for "por", typos, "mi ex", "me dejó en visto". Not the guide's
 * vocabulary, and not tuned to what the search returns: when one misses, improve what is indexed
 * (askedAs in src/content/es/) or the ranking, never the query. Section ids are the Spanish
 * headings' ids (accents and ¿ ¡ dropped: README "Languages").
 */
import type { ReaderQuery } from './search-queries.ts';

export const READER_QUERIES_ES: readonly ReaderQuery[] = [
	// Paso 1: la disculpa.
	{ q: 'cómo le pido perdón', page: '/es/pasos/1-pide-perdon/' },
	{ q: 'como pedirle perdon a mi ex', page: '/es/pasos/1-pide-perdon/' },
	{ q: 'perdon x lo q hice', page: '/es/pasos/1-pide-perdon/' },
	{ q: 'me equivoqué con ella', page: '/es/pasos/1-pide-perdon/', section: 'empieza-por-admitir-que-te-equivocaste' },
	{
		q: 'un lo siento no es suficiente',
		page: '/es/pasos/1-pide-perdon/',
		section: 'empieza-por-admitir-que-te-equivocaste',
	},
	{
		q: 'q le pongo en el mensaje de disculpa',
		page: '/es/pasos/1-pide-perdon/',
		section: 'que-incluye-una-disculpa-de-verdad',
	},
	{ q: 'ejemplo de mensaje para pedir perdon', page: '/es/pasos/1-pide-perdon/', section: 'un-mensaje-de-ejemplo' },
	{ q: 'que no decir al disculparme', page: '/es/pasos/1-pide-perdon/', section: 'que-no-decir' },

	// Paso 2: explicar por qué.
	{
		q: 'explicarle por qué me alejé',
		page: '/es/pasos/2-habla-con-sinceridad/',
		section: 'di-lo-que-de-verdad-te-pasaba',
	},
	{
		q: 'le hice ghosting y no sabe por que',
		page: '/es/pasos/2-habla-con-sinceridad/',
		section: 'aun-se-pregunta-por-que',
	},
	{
		q: 'quiere saber por que desapareci',
		page: '/es/pasos/2-habla-con-sinceridad/',
		section: 'aun-se-pregunta-por-que',
	},
	{ q: 'le escribo o la llamo', page: '/es/pasos/2-habla-con-sinceridad/', section: 'di-lo-que-de-verdad-te-pasaba' },
	{ q: 'me dio miedo y me fui', page: '/es/pasos/2-habla-con-sinceridad/', section: 'di-lo-que-de-verdad-te-pasaba' },
	{
		q: 'necesita cerrar ciclos',
		page: '/es/pasos/2-habla-con-sinceridad/',
		section: 'una-respuesta-sincera-puede-darle-paz',
	},

	// Paso 3: tiempo y espacio.
	{ q: 'cuanto tiempo tengo q esperar', page: '/es/pasos/3-tiempo-y-espacio/', section: 'es-lo-justo' },
	{ q: 'darle su espacio', page: '/es/pasos/3-tiempo-y-espacio/' },
	{ q: 'le vuelvo a escribir?', page: '/es/pasos/3-tiempo-y-espacio/', section: 'es-lo-justo' },
	{ q: 'preguntarle a sus amigos por ella', page: '/es/pasos/3-tiempo-y-espacio/', section: 'es-lo-justo' },
	{ q: 'quiero que me perdone rapido', page: '/es/pasos/3-tiempo-y-espacio/', section: 'no-apresures-su-perdon' },
	{ q: 'no aguanto la espera', page: '/es/pasos/3-tiempo-y-espacio/', section: 'no-apresures-su-perdon' },

	// Paso 4: la confianza.
	{ q: 'como recupero su confianza', page: '/es/pasos/4-recupera-la-confianza/' },
	{ q: 'que vuelva a confiar en mi', page: '/es/pasos/4-recupera-la-confianza/' },
	{
		q: 'cumplir lo que prometí',
		page: '/es/pasos/4-recupera-la-confianza/',
		section: 'haz-lo-que-dijiste-que-harias',
	},
	{ q: 'estar ahi sin agobiarla', page: '/es/pasos/4-recupera-la-confianza/', section: 'acompana-sin-agobiar' },
	{
		q: 'cuanto tarda en confiar otra vez',
		page: '/es/pasos/4-recupera-la-confianza/',
		section: 'deja-que-el-tiempo-hable-por-ti',
	},

	// Paso 5: trabajar en ti.
	{ q: 'quiero ser mejor persona', page: '/es/pasos/5-trabaja-en-ti/' },
	{ q: 'como cambiar de verdad', page: '/es/pasos/5-trabaja-en-ti/', section: 'de-verdad-has-cambiado' },
	{ q: 'me da miedo que me vuelvan a lastimar', page: '/es/pasos/5-trabaja-en-ti/', section: 'supera-tus-miedos' },
	{ q: 'por que alejo a las personas que quiero', page: '/es/pasos/5-trabaja-en-ti/', section: 'supera-tus-miedos' },
	{ q: 'miedo al compromiso', page: '/es/pasos/5-trabaja-en-ti/', section: 'supera-tus-miedos' },
	{ q: 'mis amigos son mala influencia', page: '/es/pasos/5-trabaja-en-ti/', section: 'alejate-de-la-gente-toxica' },
	{ q: 'sigo cometiendo los mismos errores', page: '/es/pasos/5-trabaja-en-ti/', section: 'de-verdad-has-cambiado' },

	// Paso 6: su respuesta.
	{ q: 'ya es muy tarde?', page: '/es/pasos/6-acepta-su-respuesta/', section: 'nadie-te-debe-una-segunda-oportunidad' },
	{ q: 'no quiere volver conmigo', page: '/es/pasos/6-acepta-su-respuesta/' },
	{ q: 'todavia me ama', page: '/es/pasos/6-acepta-su-respuesta/', section: 'el-amor-no-garantiza-el-perdon' },
	{ q: 'como seguir adelante sin el', page: '/es/pasos/6-acepta-su-respuesta/', section: 'encuentra-tu-propia-paz' },
	{ q: 'me va a perdonar algun dia', page: '/es/pasos/6-acepta-su-respuesta/' },
	{
		q: 'merezco una segunda oportunidad',
		page: '/es/pasos/6-acepta-su-respuesta/',
		section: 'nadie-te-debe-una-segunda-oportunidad',
	},
	{ q: 'como supero a mi ex', page: '/es/pasos/6-acepta-su-respuesta/', section: 'encuentra-tu-propia-paz' },

	// Cuándo no ponerte en contacto.
	{ q: 'me bloqueó', page: '/es/cuando-parar/', section: 'si-te-bloquearon' },
	{ q: 'me bloqueo de todas partes', page: '/es/cuando-parar/', section: 'si-te-bloquearon' },
	{ q: 'me dijo que no le escribiera mas', page: '/es/cuando-parar/', section: 'si-te-pidio-que-no-le-escribas' },
	{ q: 'me pidio que no la buscara', page: '/es/cuando-parar/', section: 'si-te-pidio-que-no-le-escribas' },
	{
		q: 'ir a buscarla a su casa',
		page: '/es/cuando-parar/',
		section: 'escribir-una-vez-no-es-lo-mismo-que-perseguir',
	},
	{ q: 'fui violento con ella', page: '/es/cuando-parar/', section: 'si-hubo-maltrato-en-la-relacion' },
	{ q: 'mi ex me pegaba', page: '/es/cuando-parar/', section: 'si-hubo-maltrato-en-la-relacion' },
	{ q: 'le tengo miedo a mi ex', page: '/es/cuando-parar/', section: 'si-no-te-sientes-a-salvo' },
	{ q: 'estoy muy deprimida', page: '/es/cuando-parar/', section: 'si-lo-estas-pasando-mal' },
	{ q: 'quiero morir', page: '/es/cuando-parar/', section: 'si-lo-estas-pasando-mal' },

	// Después de escribir.
	{ q: 'me dejó en visto', page: '/es/despues-de-escribir/', section: 'si-no-responde' },
	{ q: 'no me contesta', page: '/es/despues-de-escribir/', section: 'si-no-responde' },
	{ q: 'nunca respondio mi disculpa', page: '/es/despues-de-escribir/', section: 'si-no-responde' },
	{ q: 'me bloqueo despues de pedirle perdon', page: '/es/despues-de-escribir/', section: 'si-te-bloquea' },
	{ q: 'me respondio muy enojada', page: '/es/despues-de-escribir/', section: 'si-te-responde-con-rabia' },
	{ q: 'me dijo q ahora no', page: '/es/despues-de-escribir/', section: 'si-te-dice-ahora-no' },
	{ q: 'me dijo que no', page: '/es/despues-de-escribir/', section: 'si-te-dice-que-no' },
	{ q: 'mi ex ya tiene novio', page: '/es/despues-de-escribir/', section: 'si-esta-con-otra-persona' },
	{ q: 'y si me dice que si', page: '/es/despues-de-escribir/', section: 'si-te-dice-que-si' },

	// Cuídate.
	{ q: 'no dejo de revisar su instagram', page: '/es/cuidate/', section: 'las-ganas-de-mirar-o-escribir' },
	{ q: 'no puedo dejar de pensar en ella en la noche', page: '/es/cuidate/', section: 'darle-vueltas-por-la-noche' },
	{ q: 'no como ni duermo', page: '/es/cuidate/', section: 'dormir-comer-y-moverte' },
	{ q: 'con quien puedo hablar', page: '/es/cuidate/', section: 'apoyate-en-tu-gente' },
	{ q: 'me siento muy culpable', page: '/es/cuidate/', section: 'la-culpa-que-ayuda-la-verguenza-que-no' },
	{ q: 'necesito ir al psicologo', page: '/es/cuidate/', section: 'cuando-pedir-mas-ayuda' },

	// Las herramientas, la privacidad y la introducción.
	{ q: 'test', page: '/es/autoevaluacion/' },
	{ q: 'estoy listo para escribirle?', page: '/es/autoevaluacion/' },
	{ q: 'ayuda para escribir mi disculpa', page: '/es/lista-de-la-disculpa/' },
	{ q: 'borrar mis respuestas guardadas', page: '/es/privacidad/' },
	{ q: 'se guarda mi borrador', page: '/es/privacidad/' },
	{ q: 'para quien es esta guia', page: '/es/', section: 'para-quien-es-esta-guia' },
	{ q: 'la extraño mucho', page: '/es/', section: 'cuando-por-fin-ves-lo-que-tenias' },
	{ q: 'sirve para amigos', page: '/es/', section: 'para-quien-es-esta-guia' },
	{ q: 'q hago para que vuelva', page: '/es/', section: 'cuando-por-fin-ves-lo-que-tenias' },
];
