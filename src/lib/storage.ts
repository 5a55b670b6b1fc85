/*
 * Saved state for the reader's tools, kept in localStorage and treated as untrusted input.
 *
 * Every value is stored as JSON in an envelope, `{"v": <version>, "data": <state>}`. Reading
 * never throws: storage that is missing or blocked (private mode, a disabled setting), corrupted
 * JSON, a version this code does not know, or data of the wrong shape all give the codec's empty
 * state. When the stored shape changes, bump the codec's `version` and add a `migrate` step from
 * the old version, so readers keep their answers instead of losing them.
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

/** The text stored under `key` (null when there is none), or undefined when storage is missing or throws. */
export function readItem(storage: Pick<StorageLike, 'getItem'> | undefined, key: string): string | null | undefined {
	try {
		return storage === undefined ? undefined : storage.getItem(key);
	} catch {
		return undefined;
	}
}

/** Stores `value` as it is under `key`; false when storage is missing or refused (blocked, or full). */
export function writeItem(storage: Pick<StorageLike, 'setItem'> | undefined, key: string, value: string): boolean {
	try {
		storage?.setItem(key, value);
		return storage !== undefined;
	} catch {
		return false;
	}
}

/** Reads `key`, never throwing. */
export function load<T>(storage: StorageLike | undefined, key: string, codec: Codec<T>): Loaded<T> {
	const raw = readItem(storage, key);
	if (raw === undefined) return { value: codec.empty, readable: false };
	if (raw === null) return { value: codec.empty, readable: true };
	try {
		return { value: decode(codec, JSON.parse(raw)), readable: true };
	} catch {
		return { value: codec.empty, readable: true };
	}
}

/** Writes `value` under `key`; false when storage refused (blocked, or full). */
export function save<T>(storage: StorageLike | undefined, key: string, codec: Codec<T>, value: T): boolean {
	return writeItem(storage, key, JSON.stringify(encode(codec, value)));
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
