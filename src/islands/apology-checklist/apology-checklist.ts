/*
 * The apology checklist's rules, free of the DOM. The items come from a Markdown task list in
 * src/content/CODE/pages/apology-checklist.mdx; each is keyed by the slug of its text, so the same
 * item shares its tick between step 1 and /apology-checklist/, and rewording an item resets its tick.
 */
import type { Codec } from '@/lib/storage';
import { slugify } from '@/lib/slug';
import { format } from '@/shared/i18n';

/** Where the ticks and the draft are kept (localStorage); both places the checklist appears use it. */
export const CHECKLIST_KEY = 'mend:apology-checklist';

/** What the checklist keeps: the keys of ticked items and the draft apology. */
export interface ChecklistState {
	readonly done: readonly string[];
	readonly draft: string;
}

export const EMPTY_CHECKLIST: ChecklistState = { done: [], draft: '' };

/**
 * Version 1: `{ done: string[], draft: string }`. Ticks of items that are not on the page now
 * are kept, so an item that comes back keeps its tick; they are never counted.
 * A missing or wrong-typed `draft` is an empty draft rather than a reason to drop the ticks.
 */
export const checklistCodec: Codec<ChecklistState> = {
	version: 1,
	empty: EMPTY_CHECKLIST,
	parse(data) {
		if (typeof data !== 'object' || data === null) return undefined;
		const { done, draft } = data as { done?: unknown; draft?: unknown };
		if (!Array.isArray(done)) return undefined;
		const keys = done.filter((key): key is string => typeof key === 'string' && key !== '');
		return { done: [...new Set(keys)], draft: typeof draft === 'string' ? draft : '' };
	},
};

/** Keys for the items' texts, in order; a repeated text gets `-2`, `-3`, so every key is unique. */
export function itemKeys(texts: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return texts.map((text) => {
		const base = slugify(text) || 'item';
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base}-${count}`;
	});
}

/** Ticks or unticks one item. */
export function setDone(state: ChecklistState, key: string, done: boolean): ChecklistState {
	const others = state.done.filter((k) => k !== key);
	return { ...state, done: done ? [...others, key] : others };
}

/** How many of the page's items are ticked. */
export function countDone(keys: readonly string[], state: ChecklistState): number {
	return keys.filter((key) => state.done.includes(key)).length;
}

/** The progress line's wordings, in the page's language (checklist.done, checklist.allDone in src/i18n/). */
export interface ProgressTexts {
	/** "{done} of {total} done" */
	readonly done: string;
	/** "All {total} done" */
	readonly allDone: string;
}

/** The progress line: "5 of 8 done". */
export function progressText(texts: ProgressTexts, done: number, total: number): string {
	return format(done === total && total > 0 ? texts.allDone : texts.done, { done, total });
}
