import { describe, expect, test } from 'vitest';
import { decode } from '@/lib/storage';
import { slugify } from '@/lib/slug';
import { stringsFor } from '@/model/strings';
import {
	checklistCodec,
	countDone,
	EMPTY_CHECKLIST,
	itemKeys,
	progressText,
	setDone,
} from '@/islands/apology-checklist/apology-checklist';

describe('item keys', () => {
	test.each([
		['Name what you did, specifically.', 'name-what-you-did-specifically'],
		['Don’t ask for “forgiveness”', 'dont-ask-for-forgiveness'],
		["  Leave out the 'but'  ", 'leave-out-the-but'],
		['Être prêt à accepter « non »', 'etre-pret-a-accepter-non'],
		['Step 2: explain', 'step-2-explain'],
	])('%j becomes %j', (text, key) => {
		expect(slugify(text)).toBe(key);
	});

	test('keys are unique even when two items read the same, and never empty', () => {
		expect(itemKeys(['Be kind', 'Be kind.', 'Be kind', '“”'])).toEqual(['be-kind', 'be-kind-2', 'be-kind-3', 'item']);
	});

	test('the same texts always give the same keys, wherever the list is shown', () => {
		const texts = ['Name what you did', 'Say how it affected them'];
		expect(itemKeys(texts)).toEqual(itemKeys([...texts]));
	});
});

describe('ticks and progress', () => {
	const keys = ['a', 'b', 'c', 'd'];

	test('ticking and unticking', () => {
		const ticked = setDone(setDone(EMPTY_CHECKLIST, 'a', true), 'c', true);
		expect(ticked.done).toEqual(['a', 'c']);
		expect(setDone(ticked, 'a', true).done).toEqual(['c', 'a']);
		expect(setDone(ticked, 'a', false).done).toEqual(['c']);
		expect(setDone(ticked, 'b', false).done).toEqual(['a', 'c']);
	});

	test('only items on the page count', () => {
		expect(countDone(keys, { done: ['a', 'gone', 'd'], draft: '' })).toBe(2);
	});

	test.each([
		[0, 8, '0 of 8 done'],
		[5, 8, '5 of 8 done'],
		[8, 8, 'All 8 done'],
		[0, 0, '0 of 0 done'],
	])('%i of %i reads "%s"', (done, total, text) => {
		const en = stringsFor('en');
		expect(progressText({ done: en['checklist.done'], allDone: en['checklist.allDone'] }, done, total)).toBe(text);
	});

	test("the progress line is written in the page's language", () => {
		const es = stringsFor('es');
		const texts = { done: es['checklist.done'], allDone: es['checklist.allDone'] };
		expect(progressText(texts, 5, 8)).toBe('5 de 8 listos');
		expect(progressText(texts, 8, 8)).toBe('Los 8 listos');
	});
});

describe('stored checklist', () => {
	test.each([
		['ticks and a draft', { v: 1, data: { done: ['a', 'b'], draft: 'Sorry.' } }, { done: ['a', 'b'], draft: 'Sorry.' }],
		[
			'repeated and empty keys',
			{ v: 1, data: { done: ['a', 'a', '', 3, null], draft: '' } },
			{ done: ['a'], draft: '' },
		],
		[
			'a draft that is not text keeps the ticks',
			{ v: 1, data: { done: ['a'], draft: 42 } },
			{ done: ['a'], draft: '' },
		],
		['ticks that are not a list', { v: 1, data: { done: 'a', draft: 'kept?' } }, EMPTY_CHECKLIST],
		['a future version', { v: 2, data: { done: ['a'], draft: 'x' } }, EMPTY_CHECKLIST],
		['a bare list', ['a', 'b'], EMPTY_CHECKLIST],
	])('%s', (_name, stored, expected) => {
		expect(decode(checklistCodec, stored)).toEqual(expected);
	});
});
