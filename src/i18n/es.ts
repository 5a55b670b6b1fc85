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
} satisfies Strings;
