/*
 * What "Delete everything" deletes, free of the DOM: every localStorage key of the site's (they all
 * start with `mend:`, see the tools' codecs and src/lib/theme.ts), every Cache Storage cache (the
 * offline copy) and the service worker that keeps it.
 */

/** The prefix of every localStorage key the site writes. */
export const KEY_PREFIX = 'mend:';

/** The site's keys among all the keys a storage holds; another site's keys on the same origin stay. */
export function siteKeys(keys: Iterable<string>): string[] {
	return [...keys].filter((key) => key.startsWith(KEY_PREFIX));
}

/** What the deletion says, in the page's language (forget.* in src/i18n/, carried by the status's data-*). */
export interface DoneTexts {
	/** "Done. Everything this site kept on this device is deleted." */
	readonly done: string;
	/** "Some of it could not be deleted ({what}). …" */
	readonly failed: string;
	/** What joins the parts that failed: ", ". */
	readonly and: string;
}

/** What the deletion could not do, for the reader; `failed` names each part in the page's language. */
export function doneText(texts: DoneTexts, failed: readonly string[]): string {
	// Not format() from src/shared/i18n.ts: a module of its own would cost the page's small inline script a request.
	return failed.length === 0 ? texts.done : texts.failed.replace('{what}', failed.join(texts.and));
}
