import { describe, expect, test } from 'vitest';
import { checkStrings, format } from '@/lib/i18n';
import { LANGS, stringsFor } from '@/model/strings';

/** The message and hint checkStrings() would print for these tables, or '' when they pass. */
function problems(tables: Record<string, Record<string, unknown>>): string {
	try {
		checkStrings(tables);
		return '';
	} catch (error) {
		return `${(error as Error).message}\nhint: ${(error as { hint?: string }).hint}`;
	}
}

describe('interface strings', () => {
	test('every language in src/i18n/ passes the check, English first', () => {
		expect(LANGS[0]).toBe('en');
		expect(LANGS).toContain('es');
		for (const lang of LANGS) expect(stringsFor(lang)['language.tag']).toBe(lang);
	});

	test('a missing key names the key, the language file and the English text', () => {
		const message = problems({
			en: { 'nav.next': 'Next', 'nav.previous': 'Previous' },
			es: { 'nav.next': 'Siguiente' },
		});
		expect(message).toContain('src/i18n/es.ts: "nav.previous" is missing (en: "Previous")');
	});

	test('an extra key names the key and the language file', () => {
		const message = problems({ en: { 'nav.next': 'Next' }, es: { 'nav.next': 'Siguiente', 'nav.nexxt': 'Siguiente' } });
		expect(message).toContain('src/i18n/es.ts: "nav.nexxt" is not a key of src/i18n/en.ts');
	});

	test('empty text and a changed placeholder are refused', () => {
		const message = problems({
			en: { progress: 'Step {n} of {of}', label: 'Search' },
			es: { progress: 'Paso {n} de {total}', label: ' ' },
		});
		expect(message).toContain('"progress" must use the placeholders of en ({n}, {of})');
		expect(message).toContain('"label" must be non-empty text');
	});

	test('without an English file the check says it is missing', () => {
		expect(problems({ es: {} })).toContain('src/i18n/en.ts is missing');
	});

	test('format fills placeholders and leaves unknown ones visible', () => {
		expect(format('Step {n} of {of}', { n: 3, of: 6 })).toBe('Step 3 of 6');
		expect(format('Paso {n} de {of}', { n: 3 })).toBe('Paso 3 de {of}');
	});
});
