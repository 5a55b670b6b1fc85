import { describe, expect, it } from 'vitest';
import { signalsDanger } from '@/islands/search/crisis';

describe('signalsDanger', () => {
	const danger = [
		'I want to die',
		'want to die',
		'wanna die',
		'i want to dy',
		'kill myself',
		'how to kill my self',
		'suicide',
		'suicidal thoughts',
		'sucidal',
		'thinking about ending my life',
		'end it all',
		'cant go on',
		"can't go on without her",
		'CANT  GO ON!',
		'no point living',
		'no point anymore',
		'whats the point',
		"what's the point",
		'dont want to be alive',
		'i dont want to wake up',
		'better off dead',
		'everyone is better off without me',
		'self harm',
		'selfharm',
		'hurting myself',
		'i cut myself',
		'i want to hurt him',
		'going to hurt her',
		'he hits me',
		'she hit me',
		'my ex threatened me',
		'abuse',
		'abusive relationship',
		'I feel so depressed',
		'depression',
		'hopeless',
		'i dont feel safe',
		'scared of him',
		'domestic violence',
		'overdose',
		'988',
	];
	for (const query of danger) {
		it(`shows support for "${query}"`, () => expect(signalsDanger(query)).toBe(true));
	}

	const everyday = [
		'how do i apologize',
		'is it too late',
		'give her space',
		'the point of an apology',
		'she hit the roof when i told her',
		'hit reply',
		'how long should i wait',
		'die hard fan',
		'ending',
		'i miss her so much',
		'abuzz',
		'safe to text him',
		'left on read',
	];
	for (const query of everyday) {
		it(`does not for "${query}"`, () => expect(signalsDanger(query)).toBe(false));
	}
});
