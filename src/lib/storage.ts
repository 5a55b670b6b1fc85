/*
 * Saved state for the reader's tools, kept in localStorage and treated as untrusted input.
 *
 * Every value is stored as JSON in an envelope, `{"v": <version>, "data": <state>}`. Reading
 * never throws: storage that is missing or blocked (private mode, a disabled setting), corrupted
 * JSON, an old version with no migration, or data of the wrong shape all give the codec's empty
 * state. When the stored shape changes, bump the codec's `version` and add a `migrate` step from
 * the old version, so readers keep their answers instead of losing them.
 *
 * A value from a newer version than this code (a page from an older build, say the offline copy,
 * opened after a newer one saved) is the one case that is not "unusable": it is the reader's
 * latest state, which this code cannot read. It loads as empty with `newer` set, and neither
 * `save` nor `remove` will touch it, so the newer page finds it intact.
 *
 * The storage object is always passed in, never reached for at import time, so the unit tests
 * can hand over a fake one (including one that throws).
 */

import { isRecord } from './is-record';

/** The part of the Web Storage API the tools use. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How one tool's state is versioned, read from unknown data and started empty. */
export interface Codec<T> {
	/** The version written with every save. */
	readonly version: number;
	/** The state to start from when nothing usable is stored. */
	readonly empty: T;
	/** Reads the current version's data; `undefined` means it is not usable. */
	parse(data: unknown): T | undefined;
	/** Steps that lift older data one version up: `migrate[1]` turns version 1 data into version 2 data. */
	readonly migrate?: Readonly<Record<number, (data: unknown) => unknown>>;
}

/** What a load found: the state to use, and whether storage could be read at all. */
export interface Loaded<T> {
	value: T;
	/** False when storage is missing or threw: nothing the reader does will be kept. */
	readable: boolean;
	/** True when the stored value was written by a newer version: it is kept, unread and untouched. */
	newer: boolean;
}

/** What a save or a remove did: done, refused by the browser, or held back to keep a newer value. */
export type WriteResult = 'done' | 'refused' | 'newer';

/** The browser's localStorage, or undefined where touching it throws (blocked storage). */
export function localStore(): StorageLike | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** The version of a stored envelope, if it is one. */
function versionOf(stored: unknown): number | undefined {
	return isRecord(stored) && typeof stored['v'] === 'number' && Number.isInteger(stored['v']) ? stored['v'] : undefined;
}

/** Is this raw stored text an envelope from a newer version than `codec`? */
export function isNewer(codec: Codec<unknown>, raw: string | null): boolean {
	if (raw === null) return false;
	try {
		return (versionOf(JSON.parse(raw)) ?? -Infinity) > codec.version;
	} catch {
		return false;
	}
}

/** Turns a stored envelope into current state, migrating older versions; anything unusable is empty. */
export function decode<T>(codec: Codec<T>, stored: unknown): T {
	let version = versionOf(stored);
	if (version === undefined || version > codec.version || !isRecord(stored)) return codec.empty;
	let data = stored['data'];
	while (version < codec.version) {
		const step = codec.migrate?.[version];
		if (step === undefined) return codec.empty;
		try {
			data = step(data);
		} catch {
			return codec.empty;
		}
		version += 1;
	}
	return codec.parse(data) ?? codec.empty;
}

/** The envelope a state is stored in. */
export function encode<T>(codec: Codec<T>, value: T): { v: number; data: T } {
	return { v: codec.version, data: value };
}

/** The text stored under `key` (null when there is none), or undefined when storage is missing or throws. */
function readItem(storage: Pick<StorageLike, 'getItem'> | undefined, key: string): string | null | undefined {
	try {
		return storage === undefined ? undefined : storage.getItem(key);
	} catch {
		return undefined;
	}
}

/** Reads `key`, never throwing. */
export function load<T>(storage: StorageLike | undefined, key: string, codec: Codec<T>): Loaded<T> {
	const empty = { value: codec.empty, readable: false, newer: false };
	const raw = readItem(storage, key);
	if (raw === undefined) return empty;
	if (raw === null) return { ...empty, readable: true };
	if (isNewer(codec, raw)) return { ...empty, readable: true, newer: true };
	try {
		return { ...empty, value: decode(codec, JSON.parse(raw)), readable: true };
	} catch {
		return { ...empty, readable: true };
	}
}

/** Runs a write unless `key` holds a newer version's value (read again now: another tab may have saved). */
function write(storage: StorageLike | undefined, key: string, codec: Codec<unknown>, run: (s: StorageLike) => void) {
	const raw = readItem(storage, key);
	if (storage === undefined || raw === undefined) return 'refused';
	if (isNewer(codec, raw)) return 'newer';
	try {
		run(storage);
		return 'done';
	} catch {
		return 'refused';
	}
}

/** Writes `value` under `key`, unless storage refuses (blocked, or full) or holds a newer version's value. */
export function save<T>(storage: StorageLike | undefined, key: string, codec: Codec<T>, value: T): WriteResult {
	return write(storage, key, codec as Codec<unknown>, (s) => s.setItem(key, JSON.stringify(encode(codec, value))));
}

/** Deletes `key`, unless storage refuses or it holds a newer version's value. */
export function remove<T>(storage: StorageLike | undefined, key: string, codec: Codec<T>): WriteResult {
	return write(storage, key, codec as Codec<unknown>, (s) => s.removeItem(key));
}
