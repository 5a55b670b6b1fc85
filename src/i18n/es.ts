/*
 * La interfaz en español: las mismas claves que src/i18n/en.ts, ni una más ni una menos
 * (src/lib/i18n.ts lo comprueba al construir). Tú, no usted; palabras que se entiendan en
 * América Latina y en España. path.* forma parte de URLs públicas: no se cambia nunca.
 */
import type { Strings } from '@/lib/i18n';

export default {
	'language.name': 'Español',
	'language.tag': 'es',
	'language.ogLocale': 'es_ES',
	'language.dir': 'ltr',

	'path.steps': 'pasos',
	'path.guide': 'guia',
	'path.search': 'buscar',
	'path.offline': 'sin-conexion',

	'model.countWords': 'cero,uno,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,once,doce',
	'model.stepTitle': 'Paso {n}: {title}',
	'model.stepOf': 'Paso {n} de {of}',
	'model.introFooter': 'Los {count} pasos',
	'model.introList': 'La introducción',
	'model.introEyebrow': 'Una guía en {n} pasos',
	'model.guideTitle': 'La guía completa',
	'model.guideLabel': 'Toda la guía en una página',
	'model.guideSummary':
		'{title}: la introducción y los {count} pasos en una sola página, para leerla de corrido o imprimirla.',
	'model.guideCardSummary': 'La introducción y los {n} pasos, para leerla de corrido o imprimirla.',
	'model.searchTitle': 'Buscar',
	'model.searchLabel': 'Buscar en la guía',
	'model.searchSummary': 'Busca en la guía lo que te preocupa y ve directo a la parte que habla de eso.',
	'model.notFoundTitle': 'Página no encontrada',
	'model.notFoundSummary': 'Esta página no está aquí. Aquí tienes todas las páginas de la guía.',
	'model.offlineTitle': 'Estás sin conexión',
	'model.offlineSummary': 'Esta página no está guardada en este dispositivo. Estas páginas de la guía sí lo están.',

	'section.step': 'paso-{n}',
	'section.inShort': 'paso-{n}-en-resumen',
	'section.tryThis': 'paso-{n}-prueba-esto',

	'langLink.nav': 'Otros idiomas',
} satisfies Strings;
