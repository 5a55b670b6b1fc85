import { describe, expect, test } from 'vitest';
import {
	countOccurrences,
	encodeTextTerm,
	pageUrlOf,
	passageUrl,
	sectionUrl,
	snapToWords,
	textDirective,
	type Selected,
} from '@/islands/share/share';

describe.each([
	['plain words', 'own your flaws', 'own%20your%20flaws'],
	['a hyphen, which separates prefix and suffix', 'self-check', 'self%2Dcheck'],
	['a comma, which separates terms', 'yes, no', 'yes%2C%20no'],
	['an ampersand, which ends the directive', 'you & me', 'you%20%26%20me'],
	['a dash and a curly apostrophe', 'don’t — wait', 'don%E2%80%99t%20%E2%80%94%20wait'],
	['characters that delimit URLs', 'a#b?c=d', 'a%23b%3Fc%3Dd'],
])('encodeTextTerm: %s', (_, text, encoded) => {
	test(`encodes ${JSON.stringify(text)}`, () => {
		expect(encodeTextTerm(text)).toBe(encoded);
		expect(decodeURIComponent(encoded)).toBe(text);
	});
});

describe.each<[string, Selected, Selected]>([
	[
		'a selection inside words on both ends',
		{ blocks: ['wn your fla'], before: 'To o', after: 'ws is to admit' },
		{ blocks: ['own your flaws'], before: 'To ', after: ' is to admit' },
	],
	[
		'a selection already on word edges',
		{ blocks: ['own your flaws'], before: 'To ', after: ' is' },
		{ blocks: ['own your flaws'], before: 'To ', after: ' is' },
	],
	[
		'a selection that starts on a space',
		{ blocks: [' your'], before: 'To own', after: ' flaws' },
		{ blocks: [' your'], before: 'To own', after: ' flaws' },
	],
	[
		'a word with an apostrophe',
		{ blocks: ['n’t give up'], before: 'Do', after: '' },
		{ blocks: ['Don’t give up'], before: '', after: '' },
	],
	[
		'a selection over two blocks',
		{ blocks: ['ast words.', 'Next para'], before: 'The l', after: 'graph' },
		{ blocks: ['last words.', 'Next paragraph'], before: 'The ', after: '' },
	],
])('snapToWords: %s', (_, selected, snapped) => {
	test('widens to whole words', () => {
		expect(snapToWords(selected)).toEqual(snapped);
	});
});

const sentence =
	'Once you can name your flaws, you can start working on them, and it often helps to talk them through with a friend.';

describe.each<[string, Selected, string, string | undefined]>([
	[
		'a short passage, quoted whole',
		{ blocks: ['name your flaws'], before: 'Once you can ', after: ', you' },
		sentence,
		'name%20your%20flaws',
	],
	[
		'a short passage cut mid-word, widened to whole words',
		{ blocks: ['me your fla'], before: 'Once you can na', after: 'ws, you' },
		sentence,
		'name%20your%20flaws',
	],
	[
		'a long passage, by its first and last words',
		{ blocks: [sentence], before: '', after: '' },
		sentence,
		'Once%20you%20can%20name,through%20with%20a%20friend.',
	],
	[
		'a passage over two paragraphs, from the first words of one to the last words of the other',
		{ blocks: ['Start here and go on.', 'Stop at these four words'], before: '', after: ' now.' },
		'Start here and go on. Stop at these four words now.',
		'Start%20here%20and%20go,at%20these%20four%20words',
	],
	[
		'words that appear twice on the page get the words around them',
		{ blocks: ['Own your flaws'], before: 'First, ', after: ' and grow.' },
		'Own your flaws. First, Own your flaws and grow.',
		'First%2C-,Own%20your%20flaws,-and%20grow.',
	],
	[
		'context is taken only from the same block',
		{ blocks: ['', 'Own your flaws'], before: 'Heading text', after: '' },
		'Own your flaws. Heading text Own your flaws',
		'Own%20your%20flaws',
	],
	['nothing but whitespace', { blocks: ['  \n '], before: 'a', after: 'b' }, 'a b', undefined],
])('textDirective: %s', (_, selected, page, directive) => {
	test(`is ${directive ?? 'nothing'}`, () => {
		expect(textDirective(selected, page)).toBe(directive);
	});
});

describe('textDirective', () => {
	test('never lets a hyphen in the text read as a prefix or suffix marker', () => {
		const directive = textDirective({ blocks: ['a self-check'], before: '', after: '' }, 'a self-check');
		expect(directive).toBe('a%20self%2Dcheck');
		expect(directive).not.toMatch(/-/);
	});
});

describe.each([
	['plain text', 'own your flaws', 'Own your flaws, and own your fears: own your flaws.', 2],
	['across line breaks', 'your  flaws', 'your\nflaws and your flaws', 2],
	['absent', 'toxic', 'Own your flaws.', 0],
	['empty needle', '  ', 'anything', 0],
])('countOccurrences: %s', (_, needle, haystack, count) => {
	test(`finds ${count}`, () => {
		expect(countOccurrences(haystack, needle)).toBe(count);
	});
});

describe.each([
	['a page URL', 'https://mend.example/steps/5-work-on-yourself/', 'https://mend.example/steps/5-work-on-yourself/'],
	['one with a fragment', 'https://mend.example/steps/5-x/#old', 'https://mend.example/steps/5-x/'],
	['one with a query', 'https://mend.example/steps/5-x/?utm_source=chat#a', 'https://mend.example/steps/5-x/'],
])('pageUrlOf: %s', (_, url, page) => {
	test(`is ${page}`, () => {
		expect(pageUrlOf(url)).toBe(page);
	});
});

describe('section and passage URLs', () => {
	test('a section URL is the page URL and the heading id', () => {
		expect(sectionUrl('https://mend.example/steps/5-work-on-yourself/#top', 'own-your-flaws')).toBe(
			'https://mend.example/steps/5-work-on-yourself/#own-your-flaws',
		);
	});

	test('a passage URL carries the directive after #:~:text=', () => {
		expect(passageUrl('https://mend.example/steps/3-time-and-space/?x=1#fair-is-fair', 'fair%20is%20fair')).toBe(
			'https://mend.example/steps/3-time-and-space/#:~:text=fair%20is%20fair',
		);
	});
});
