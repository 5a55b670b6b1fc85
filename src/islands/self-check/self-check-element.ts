/*
 * <mend-self-check>: restores saved answers into the radio groups, saves each change, keeps the
 * "N of 12 answered" line current and shows the result once every question has an answer, or as
 * soon as a gate answer says not to reach out (see self-check.ts).
 *
 * Focus moves to the result when the last answer is given. A keyboard user choosing with the
 * arrow keys passes through other answers on the way to the one they want, so when the last
 * answer came from an arrow key the move waits until they press Tab to leave the group.
 */
import { load, localStore, remove, save, type Codec, type WriteResult } from '@/lib/storage';
import { keyFor, pageLang } from '@/shared/lang';
import {
	countAnswered,
	progressText,
	result,
	selfCheckCodec,
	SELF_CHECK_KEY,
	isAnswer,
	isGateAnswer,
	type Answers,
	type GateRef,
	type QuestionRef,
	type Result,
	type SelfCheckState,
} from './self-check';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

class MendSelfCheck extends HTMLElement {
	#storage = localStore();
	/** Each language's edition keeps its own answers. */
	#key = keyFor(SELF_CHECK_KEY, pageLang());
	#questions: QuestionRef[] = [];
	#gate: GateRef[] = [];
	#codec: Codec<SelfCheckState> | undefined;
	#answers: Answers = {};
	#byArrow = false;
	#focusPending = false;

	connectedCallback() {
		const questions = this.querySelector<HTMLElement>('[data-questions]');
		if (!questions) return;
		const fieldsets = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
		this.#gate = fieldsets
			.filter((fieldset) => fieldset.dataset['gate'] !== undefined)
			.map((fieldset) => ({
				id: fieldset.dataset['question'] ?? '',
				stopWhen: (fieldset.dataset['stopWhen'] ?? '').split(' ').filter(isGateAnswer),
			}));
		this.#questions = fieldsets
			.filter((fieldset) => fieldset.dataset['gate'] === undefined)
			.map((fieldset) => ({ id: fieldset.dataset['question'] ?? '', step: Number(fieldset.dataset['step']) }));
		this.#codec = selfCheckCodec(
			this.#questions.map((question) => question.id),
			this.#gate.map((question) => question.id),
		);
		// Answers given before this script ran (the page's scripts load once its text is on screen)
		// are the reader's latest word. After a reload or a return, the browser may have put back
		// answers of its own, so there storage decides.
		const early = freshLoad() ? [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')] : [];
		this.#restore();
		if (early.length > 0) this.#answer(early);

		questions.addEventListener('keydown', (event) => this.#onKey(event));
		questions.addEventListener('change', (event) => this.#onChange(event));
		questions.addEventListener('pointerdown', () => {
			this.#byArrow = false;
			this.#focusPending = false;
		});
		this.querySelector('[data-start-over]')?.addEventListener('click', () => this.#startOver());
		// Going back to this page, the browser may put back the radios as they were when it was left,
		// or restore the whole page from its cache: either way, storage has the latest answers.
		window.addEventListener('pageshow', () => this.#restore());

		for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
		for (const el of this.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
	}

	#restore() {
		if (!this.#codec) return;
		const { value, readable, newer } = load(this.#storage, this.#key, this.#codec);
		this.#answers = value.answers;
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
			// Storage, not the browser's form memory, decides what is checked.
			radio.autocomplete = 'off';
			radio.checked = this.#answers[questionOf(radio)] === radio.value;
		}
		this.#warn(!readable);
		this.#warn(newer, '[data-storage-newer]');
		this.#render(undefined, false);
	}

	#onKey(event: KeyboardEvent) {
		this.#byArrow = ARROWS.has(event.key);
		const onRadio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
		if (event.key === 'Tab' && !event.shiftKey && onRadio && this.#focusPending) {
			event.preventDefault();
			this.#focusResult();
		}
	}

	#onChange(event: Event) {
		if (event.target instanceof HTMLInputElement) this.#answer([event.target]);
	}

	/** Takes the answers these radios give, saves them and shows what follows. */
	#answer(radios: readonly HTMLInputElement[]) {
		const given = radios.filter((radio) => isAnswer(radio.value) || isGateAnswer(radio.value));
		if (given.length === 0 || !this.#codec) return;
		const before = this.#outcome();
		for (const radio of given) {
			radio.checked = true;
			this.#answers = { ...this.#answers, [questionOf(radio)]: radio.value as Answers[string] };
		}
		this.#wrote(save(this.#storage, this.#key, this.#codec, { answers: this.#answers }));
		this.#render(before, true);
	}

	#startOver() {
		this.#answers = {};
		this.#focusPending = false;
		if (this.#codec) this.#wrote(remove(this.#storage, this.#key, this.#codec));
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = false;
		this.#render(undefined, false);
		this.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
	}

	#outcome(): Result | undefined {
		return result(this.#questions, this.#answers, this.#gate);
	}

	/**
	 * Shows the count and the result, if there is one. When the reader's answer brought the result
	 * up, or turned it into "don't reach out now", focus moves to it so they hear it.
	 */
	#render(before: Result | undefined, answering: boolean) {
		const all = [...this.#gate, ...this.#questions];
		const outcome = this.#outcome();
		const count = this.querySelector<HTMLElement>('[data-count]');
		const { left = '', shown = '', all: every = '' } = count?.dataset ?? {};
		const text = progressText(
			{ left, shown, all: every },
			countAnswered(all, this.#answers),
			all.length,
			outcome !== undefined,
		);
		if (count && count.textContent !== text) count.textContent = text;

		const section = this.querySelector<HTMLElement>('[data-result]');
		if (!section) return;
		section.hidden = outcome === undefined;
		if (outcome === undefined) {
			this.#focusPending = false;
			return;
		}
		const stop = outcome.reading === 'stop';

		for (const el of section.querySelectorAll<HTMLElement>('[data-reading]')) {
			el.hidden = el.dataset['reading'] !== outcome.reading;
		}
		for (const el of section.querySelectorAll<HTMLElement>('li[data-question]')) {
			el.hidden = !outcome.flagged.includes(el.dataset['question'] ?? '');
		}
		for (const el of section.querySelectorAll<HTMLElement>('li[data-step]')) {
			el.hidden = !outcome.steps.includes(Number(el.dataset['step']));
		}
		for (const el of section.querySelectorAll<HTMLElement>('li[data-stop-section]')) {
			el.hidden = !outcome.stops.includes(el.dataset['stopSection'] ?? '');
		}
		for (const el of section.querySelectorAll<HTMLElement>('[data-stop-only]')) el.hidden = !stop;
		for (const el of section.querySelectorAll<HTMLElement>('[data-reach-out-only]')) el.hidden = stop;
		const revisit = section.querySelector<HTMLElement>('[data-revisit]');
		if (revisit) revisit.hidden = outcome.steps.length === 0;

		const arrived = answering && (before === undefined || (stop && before.reading !== 'stop'));
		if (arrived) {
			if (this.#byArrow) this.#focusPending = true;
			else this.#focusResult();
		}
	}

	#focusResult() {
		this.#focusPending = false;
		this.querySelector<HTMLElement>('[data-result] h2')?.focus();
	}

	#wrote(outcome: WriteResult) {
		this.#warn(outcome === 'refused');
		this.#warn(outcome === 'newer', '[data-storage-newer]');
	}

	#warn(show: boolean, which = '[data-storage-warning]') {
		const warning = this.querySelector<HTMLElement>(which);
		if (warning && show) warning.hidden = false;
	}
}

/** The id of the question a radio answers. */
function questionOf(radio: HTMLInputElement): string {
	return radio.closest('fieldset')?.dataset['question'] ?? '';
}

/** Whether this page was opened afresh: not reloaded or returned to, when a browser may put back form answers. */
function freshLoad(): boolean {
	const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	return entry?.type === 'navigate';
}

customElements.define('mend-self-check', MendSelfCheck);
