/*
 * Saved state for the reader's tools, kept in localStorage and treated as untrusted input.
 *
 * Every value is stored as JSON in an envelope, `{"v": <version>, "data": <state>}`. Reading
 * never throws: storage that is missing or blocked (private mode, a disabled setting), corrupted
 * JSON, a version this code does not know, or data of the wrong shape all give the codec's empty
 * state. When the stored shape changes, bump the codec's `version` and add a `migrate` step from
 * the old version, so readers keep their answers instead of losing them. A value from a newer
 * version (saved by a newer copy of the page) reads as empty and is never overwritten: saving
 * refuses, as it does when storage is blocked, so the reader keeps what the newer page saved.
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
}

/** The browser's localStorage, or undefined where touching it throws (blocked storage). */
export function localStore(): StorageLike | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** Turns a stored envelope into current state, migrating older versions; anything unusable is empty. */
export function decode<T>(codec: Codec<T>, stored: unknown): T {
	if (!isRecord(stored) || typeof stored['v'] !== 'number' || !Number.isInteger(stored['v'])) return codec.empty;
	let version = stored['v'];
	let data = stored['data'];
	if (version > codec.version) return codec.empty;
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

/** Reads `key`, never throwing. */
export function load<T>(storage: StorageLike | undefined, key: string, codec: Codec<T>): Loaded<T> {
	if (storage === undefined) return { value: codec.empty, readable: false };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch {
		return { value: codec.empty, readable: false };
	}
	if (raw === null) return { value: codec.empty, readable: true };
	try {
		return { value: decode(codec, JSON.parse(raw)), readable: true };
	} catch {
		return { value: codec.empty, readable: true };
	}
}

/** The version of the envelope stored under `key`, if it holds a readable one. */
function storedVersion(storage: StorageLike, key: string): number | undefined {
	try {
		const stored: unknown = JSON.parse(storage.getItem(key) ?? 'null');
		return isRecord(stored) && typeof stored['v'] === 'number' ? stored['v'] : undefined;
	} catch {
		return undefined;
	}
}

/** Writes `value` under `key`; false when storage refused (blocked, or full) or holds a newer version. */
export function save<T>(storage: StorageLike | undefined, key: string, codec: Codec<T>, value: T): boolean {
	if (storage === undefined) return false;
	try {
		if ((storedVersion(storage, key) ?? 0) > codec.version) return false;
		storage.setItem(key, JSON.stringify(encode(codec, value)));
		return true;
	} catch {
		return false;
	}
}

/** Deletes `key`; false when storage refused. */
export function remove(storage: StorageLike | undefined, key: string): boolean {
	try {
		storage?.removeItem(key);
		return storage !== undefined;
	} catch {
		return false;
	}
}
