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

/**
 * Where the choice is kept, asked for inside each call's own try: touching `window.localStorage`
 * itself throws where storage is blocked. (The per-page script keeps clear of lib/storage.ts,
 * whose shared chunk would cost every page 493 bytes.)
 */
type Store<K extends keyof Storage> = () => Pick<Storage, K> | undefined;
const browserStore = () => window.localStorage;

/** Reads the stored choice; storage that throws (private mode, blocked) counts as no choice. */
export function loadTheme(storage: Store<'getItem'> = browserStore): Theme | undefined {
	try {
		return parseTheme(storage()?.getItem(THEME_KEY));
	} catch {
		return undefined;
	}
}

/** Stores the choice; returns false when storage refuses, so the choice lasts only this page. */
export function saveTheme(theme: Theme, storage: Store<'setItem'> = browserStore): boolean {
	try {
		const store = storage();
		store?.setItem(THEME_KEY, theme);
		return store !== undefined;
	} catch {
		return false;
	}
}
