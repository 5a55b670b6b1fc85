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

/** What the deletion could not do, for the reader. */
export function doneText(failed: readonly string[]): string {
	if (failed.length === 0) return 'Done. Everything this site kept on this device is deleted.';
	return `Some of it could not be deleted (${failed.join(', ')}). Your browser's settings can clear this site's data instead.`;
}
