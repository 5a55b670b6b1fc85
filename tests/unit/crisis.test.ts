import { beforeAll, describe, expect, it } from 'vitest';
import { loadDangerList, signalsDanger } from '@/islands/search/crisis';

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

describe('signalsDanger on a Spanish page', () => {
	it('matches English searches, even before the Spanish list has arrived', () => {
		expect(signalsDanger('I want to die', 'es')).toBe(true);
	});

	describe('with the Spanish list loaded', () => {
		beforeAll(() => loadDangerList('es'));
		const danger = [
			'quiero morir',
			'Quiero morirme',
			'me quiero morir',
			'kiero morir',
			'ojalá me muriera',
			'no quiero vivir',
			'no quiero despertar mañana',
			'no puedo más',
			'no puedo mas',
			'NO PUEDO MÁS!!',
			'ya no puedo más',
			// Despair about the wait is still despair: the card costs a glance, missing it could cost more.
			'no puedo más con la espera de su respuesta',
			'no aguanto más',
			'no puedo seguir así',
			'me quiero matar',
			'quiero matarme',
			'pensando en quitarme la vida',
			'kitarme la vida',
			'suicidarme',
			'suicidio',
			'pensamientos suicidas',
			'suisidio',
			'acabar con todo',
			'todos estarían mejor sin mí',
			'mejor muerto',
			'no tiene sentido vivir',
			'hacerme daño',
			'hacerme dano',
			'me hago daño',
			'autolesiones',
			'cortarme',
			'me corto las venas',
			'me corto los brazos',
			'quiero hacerle daño',
			'la voy a matar',
			'mi novio me pega',
			'me pegó',
			'me golpea',
			'me amenaza',
			'mi ex me amenazó',
			'me maltrata',
			'tengo miedo de él',
			'tengo miedo de el',
			'tengo miedo de ella',
			'tengo miedo a mi pareja',
			'le tengo miedo',
			'no me siento segura',
			'no me siento a salvo',
			'estoy en peligro',
			'violencia doméstica',
			'relación violenta',
			'maltrato',
			'abuso',
			'estoy deprimida',
			'depresión',
			'sin esperanza',
			'no hay salida',
			'línea de ayuda',
			'sobredosis',
			'988',
			// A reader may type English on a Spanish page.
			'I want to die',
			'suicide',
		];
		for (const query of danger) {
			it(`shows support for "${query}"`, () => expect(signalsDanger(query, 'es')).toBe(true));
		}

		const everyday = [
			'me muero de ganas de verla',
			'muero por verte',
			'me mata la espera',
			'cómo pedir perdón',
			'no me responde',
			'me dejó en visto',
			'me bloqueó',
			'cuánto tiempo espero',
			'tengo miedo de que no me conteste',
			'no estoy seguro de escribirle',
			'no me siento seguro de escribirle',
			'cortarme el pelo',
			'me corté el pelo y no dijo nada',
			'no tiene sentido seguir esperando',
			'nuestra relación está en crisis',
			'ya no puedo escribirle',
			'no puedo dejar de pensar en ella',
			'quiero que vuelva',
			'matar el tiempo',
			'la extraño mucho',
		];
		for (const query of everyday) {
			it(`does not for "${query}"`, () => expect(signalsDanger(query, 'es')).toBe(false));
		}
	});

	it('matches a language with no list of its own against English', async () => {
		await loadDangerList('fr');
		await loadDangerList('toString');
		expect(signalsDanger('i want to die', 'fr')).toBe(true);
		expect(signalsDanger('how do i apologize', 'fr')).toBe(false);
	});
});
