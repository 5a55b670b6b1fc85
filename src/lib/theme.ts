/** The two themes a reader can choose; with no choice stored the page follows the system. */
export type Theme = 'light' | 'dark';

/** Where the choice is kept (localStorage). theme-init.mjs reads the same key. */
export const THEME_KEY = 'mend:theme';

/** Reads a stored theme from an untrusted value: anything but 'light' or 'dark' is no choice. */
export function parseTheme(value: unknown): Theme | undefined {
	return value === 'light' || value === 'dark' ? value : undefined;
}

/** The theme to show: the reader's choice, else the system's. */
export function effectiveTheme(stored: Theme | undefined, systemPrefersDark: boolean): Theme {
	return stored ?? (systemPrefersDark ? 'dark' : 'light');
}

/** Reads the stored choice; storage that throws (private mode, blocked) counts as no choice. */
export function loadTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme | undefined {
	try {
		return parseTheme(storage?.getItem(THEME_KEY));
	} catch {
		return undefined;
	}
}

/** Stores the choice; returns false when storage refuses, so the choice lasts only this page. */
export function saveTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme): boolean {
	try {
		storage?.setItem(THEME_KEY, theme);
		return storage !== undefined;
	} catch {
		return false;
	}
}
