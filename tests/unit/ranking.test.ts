import { describe, expect, it } from 'vitest';
import en from '@/i18n/en';
import es from '@/i18n/es';
import {
	FEW_RESULTS,
	meaningfulWords as wordsOf,
	mergeRuns,
	plannedSearches as planned,
	stopWordSet,
} from '@/islands/search/ranking';

/** Each language's stop words, as its strings file lists them for its search box. */
const STOP = { en: stopWordSet(en['search.stopWords']), es: stopWordSet(es['search.stopWords']) } as const;
const meaningfulWords = (query: string, lang: 'en' | 'es' = 'en') => wordsOf(query, STOP[lang]);
const plannedSearches = (query: string, together?: number, lang: 'en' | 'es' = 'en') =>
	planned(query, together, STOP[lang]);

describe('meaningfulWords', () => {
	it('drops pronouns, the person asked about and the glue of a question', () => {
		expect(meaningfulWords('How do I get HER to forgive me?')).toEqual(['forgive']);
		expect(meaningfulWords('my ex blocked me')).toEqual(['blocked']);
		expect(meaningfulWords('what do i say to my gf')).toEqual(['say']);
	});
	it('keeps "no" and "not", which change what a query means', () => {
		expect(meaningfulWords('they will not reply')).toEqual(['not', 'reply']);
		expect(meaningfulWords('no contact')).toEqual(['no', 'contact']);
	});
	it('drops apostrophes so "don’t" and "dont" are one word, and counts each word once', () => {
		expect(meaningfulWords('don’t rush, dont rush')).toEqual(['dont', 'rush']);
	});
	it('drops the Spanish glue words, with or without accents, and readers’ shorthand, on a Spanish page', () => {
		expect(meaningfulWords('¿Cómo le pido perdón a mi ex?', 'es')).toEqual(['pido', 'perdón']);
		expect(meaningfulWords('q hago para que él vuelva', 'es')).toEqual(['vuelva']);
		expect(meaningfulWords('perdon x lo q hice', 'es')).toEqual(['perdon', 'hice']);
	});
	it('keeps the Spanish "no", which changes what a query means', () => {
		expect(meaningfulWords('no me contesta', 'es')).toEqual(['no', 'contesta']);
	});
	it('leaves English stop words alone on a Spanish page, and the reverse', () => {
		expect(meaningfulWords('me dejó en visto')).toEqual(['dejó', 'en', 'visto']);
		expect(meaningfulWords('how do i say sorry', 'es')).toEqual(['how', 'do', 'i', 'say', 'sorry']);
	});
	it('searches every word when a page carries no stop list', () => {
		expect(wordsOf('mi ex')).toEqual(['mi', 'ex']);
		expect(stopWordSet('  a  the\nof ')).toEqual(new Set(['a', 'the', 'of']));
	});
});

describe('plannedSearches', () => {
	it('searches the meaningful words together first', () => {
		expect(plannedSearches('is it too late')).toEqual([['late']]);
		expect(plannedSearches('they will not reply')).toEqual([['not', 'reply']]);
	});
	it('searches each word apart when the words together found too little', () => {
		expect(plannedSearches('they will not reply', 0)).toEqual([['not'], ['reply']]);
		expect(plannedSearches('they will not reply', FEW_RESULTS)).toEqual([['not', 'reply']]);
	});
	it('plans with the page language’s stop words', () => {
		expect(plannedSearches('me dejó en visto', undefined, 'es')).toEqual([['dejó', 'visto']]);
		expect(plannedSearches('no me contesta nada', 0, 'es')).toEqual([['no'], ['contesta'], ['nada']]);
	});
	it('searches a query of only common words as typed, and nothing for an empty one', () => {
		expect(plannedSearches('what do i do')).toEqual([['what do i do']]);
		expect(plannedSearches('   ')).toEqual([]);
	});
});

describe('mergeRuns', () => {
	it('ranks a page holding every word above pages holding one', () => {
		const merged = mergeRuns([
			{
				words: ['reply'],
				hits: [
					{ id: 'a', score: 9 },
					{ id: 'b', score: 3 },
				],
			},
			{ words: ['reply', 'blocked'], hits: [{ id: 'b', score: 1 }] },
		]);
		expect(merged.map((hit) => hit.id)).toEqual(['b', 'a']);
	});
	it('lets a word few pages hold outweigh a word every page holds', () => {
		const common = { words: ['love'], hits: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => ({ id, score: 5 })) };
		const rare = { words: ['blocked'], hits: [{ id: 'h', score: 1 }] };
		const merged = mergeRuns([common, rare]);
		expect(merged[0]?.id).toBe('h');
		expect(merged[0]?.runs).toEqual([0, 1]);
	});
	it('compares searches by their best hit, not by Pagefind’s raw scores', () => {
		const merged = mergeRuns([
			{ words: ['space'], hits: [{ id: 'a', score: 100 }] },
			{ words: ['wait'], hits: [{ id: 'b', score: 1 }] },
		]);
		expect(merged.map((hit) => hit.score)).toEqual([1, 1]);
	});
	it('returns nothing for searches that found nothing', () => {
		expect(mergeRuns([{ words: ['x'], hits: [] }])).toEqual([]);
	});
});
