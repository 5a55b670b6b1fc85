import { describe, expect, test } from 'vitest';
import {
	isSearchShortcut,
	MAX_QUERY_LENGTH,
	normalizeQuery,
	queryFromSearch,
	withQuery,
	type KeyLike,
} from '@/islands/search/search';
import { highlightTerms, isSelfLink, withoutHighlight } from '@/islands/search/highlight';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	shiftKey: false,
	...mods,
});

describe('isSearchShortcut', () => {
	test.each([
		['/ on the page', key('/'), { tagName: 'BODY' }, true],
		['/ on a link', key('/'), { tagName: 'A' }, true],
		['/ with no focus at all', key('/'), null, true],
		['Ctrl+K', key('k', { ctrlKey: true }), { tagName: 'BODY' }, true],
		['Cmd+K', key('k', { metaKey: true }), { tagName: 'BODY' }, true],
		['Ctrl+K with caps lock', key('K', { ctrlKey: true }), { tagName: 'BODY' }, true],
		['a plain k', key('k'), { tagName: 'BODY' }, false],
		['Ctrl+Shift+K (a browser shortcut)', key('k', { ctrlKey: true, shiftKey: true }), { tagName: 'BODY' }, false],
		['Ctrl+Cmd+K', key('k', { ctrlKey: true, metaKey: true }), { tagName: 'BODY' }, false],
		['Ctrl+/', key('/', { ctrlKey: true }), { tagName: 'BODY' }, false],
		['/ typed in an input', key('/'), { tagName: 'INPUT' }, false],
		['/ typed in a textarea', key('/'), { tagName: 'textarea' }, false],
		['Ctrl+K in a select', key('k', { ctrlKey: true }), { tagName: 'SELECT' }, false],
		['/ in an editable region', key('/'), { tagName: 'DIV', isContentEditable: true }, false],
		['/ already handled by the page', key('/', { defaultPrevented: true }), { tagName: 'BODY' }, false],
	])('%s → %s', (_name, event, target, expected) => {
		expect(isSearchShortcut(event, target)).toBe(expected);
	});
});

describe('queries in the search page URL', () => {
	test.each([
		['?q=apology', 'apology'],
		['?q=they+won%27t+answer', "they won't answer"],
		['?q=%20%20time%20%20and%20space%20', 'time and space'],
		['?q=', ''],
		['', ''],
		['?other=1', ''],
		[`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`, 'a'.repeat(MAX_QUERY_LENGTH)],
	])('queryFromSearch(%j) is %j', (search, expected) => {
		expect(queryFromSearch(search)).toBe(expected);
	});

	test.each([
		['https://mend.example/search/', 'apology', 'https://mend.example/search/?q=apology'],
		['https://mend.example/search/?q=old', 'time and space', 'https://mend.example/search/?q=time+and+space'],
		['https://mend.example/search/?q=old', '   ', 'https://mend.example/search/'],
		['https://mend.example/search/?q=old#results', 'new', 'https://mend.example/search/?q=new#results'],
	])('withQuery(%j, %j) is %j', (href, query, expected) => {
		expect(withQuery(href, query)).toBe(expected);
	});

	test('a query read back from the URL it made is the same query', () => {
		for (const query of ["they won't answer", 'ça & co', 'a+b=c', '?q=trick']) {
			expect(queryFromSearch(new URL(withQuery('https://x.test/search/', query)).search)).toBe(normalizeQuery(query));
		}
	});
});

describe('highlight parameters on a landing page', () => {
	test.each([
		['?pagefind-highlight=time&pagefind-highlight=space', ['time', 'space']],
		['?pagefind-highlight=space&pagefind-highlight=space', ['space']],
		['?pagefind-highlight=&pagefind-highlight=%20', []],
		['?q=space', []],
		['', []],
	])('highlightTerms(%j) is %j', (search, expected) => {
		expect(highlightTerms(search)).toEqual(expected);
	});

	test('withoutHighlight keeps the rest of the URL, the fragment included', () => {
		expect(withoutHighlight('https://x.test/steps/3/?pagefind-highlight=time&a=1&pagefind-highlight=space#fair')).toBe(
			'https://x.test/steps/3/?a=1#fair',
		);
		expect(withoutHighlight('https://x.test/steps/3/?pagefind-highlight=time#fair')).toBe(
			'https://x.test/steps/3/#fair',
		);
	});

	test.each([
		['#fair-is-fair', true],
		['/steps/3-time-and-space/#fair-is-fair', true],
		['/steps/3-time-and-space/', true],
		['/steps/5-work-on-yourself/', false],
		['https://findahelpline.com/', false],
	])('a link to %j is a link to the page itself: %s', (href, expected) => {
		expect(isSelfLink(href, 'https://x.test/steps/3-time-and-space/?pagefind-highlight=space#x')).toBe(expected);
	});
});
