import { describe, expect, test } from 'vitest';
import { doneText, siteKeys } from '@/islands/forget-all/forget-all';
import { CHECKLIST_KEY } from '@/islands/apology-checklist/apology-checklist';
import { SELF_CHECK_KEY } from '@/islands/self-check/self-check';
import { stringsFor } from '@/model/strings';
import { keyFor, pageLang } from '@/shared/i18n';

describe('what "Delete everything" deletes', () => {
	test('every key the site writes, and nothing else on the origin', () => {
		const keys = [SELF_CHECK_KEY, 'other-app:settings', CHECKLIST_KEY, 'mend:theme', 'mendable'];
		expect(siteKeys(keys)).toEqual([SELF_CHECK_KEY, CHECKLIST_KEY, 'mend:theme']);
	});

	test.each([
		[[], 'Done. Everything this site kept on this device is deleted.'],
		[
			['the offline copy'],
			"Some of it could not be deleted (the offline copy). Your browser's settings can clear this site's data instead.",
		],
	])('after failing at %j it says: %s', (failed, text) => {
		const en = stringsFor('en');
		expect(doneText({ done: en['forget.done'], failed: en['forget.failed'], and: en['forget.and'] }, failed)).toBe(
			text,
		);
	});

	test('in Spanish it names what failed in Spanish', () => {
		const es = stringsFor('es');
		const texts = { done: es['forget.done'], failed: es['forget.failed'], and: es['forget.and'] };
		expect(doneText(texts, [es['forget.storage'], es['forget.offline']])).toBe(
			'No se pudo borrar una parte (tus respuestas, marcas, borrador y tema; la copia sin conexión). Puedes borrar los datos de este sitio desde la configuración de tu navegador.',
		);
	});
});

describe('each language keeps its own answers', () => {
	test.each([
		[SELF_CHECK_KEY, 'en', 'mend:self-check'],
		[CHECKLIST_KEY, 'en', 'mend:apology-checklist'],
		[SELF_CHECK_KEY, 'es', 'mend:es:self-check'],
		[CHECKLIST_KEY, 'es', 'mend:es:apology-checklist'],
	])('%s in %s is kept under %s', (key, lang, stored) => {
		expect(keyFor(key, lang)).toBe(stored);
	});

	test('every language\'s keys are still deleted by "Delete everything"', () => {
		const keys = ['en', 'es', 'pt-br'].flatMap((lang) => [keyFor(SELF_CHECK_KEY, lang), keyFor(CHECKLIST_KEY, lang)]);
		expect(siteKeys(keys)).toEqual(keys);
	});

	test.each([
		['es', 'es'],
		['EN', 'en'],
		['', 'en'],
	])('a page with <html lang="%s"> is in "%s"', (lang, code) => {
		const doc = { documentElement: { lang } } as Document;
		expect(pageLang(doc)).toBe(code);
	});
});
