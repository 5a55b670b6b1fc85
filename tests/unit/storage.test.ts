import { describe, expect, test } from 'vitest';
import { decode, encode, isNewer, load, remove, save, type Codec, type StorageLike } from '@/lib/storage';

/** A Storage stand-in backed by a Map, as the browser's would be. */
function memoryStorage(initial: Record<string, string> = {}): StorageLike & { items: Map<string, string> } {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
}

/** Storage as private modes and blocked-storage settings present it: every call throws. */
const throwingStorage: StorageLike = {
	getItem: () => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	},
	removeItem: () => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
};

/**
 * A toy codec at version 3 whose history covers every case: version 1 stored a bare count,
 * version 2 stored `{ count }`, version 3 stores `{ count, label }`.
 */
const counter: Codec<{ count: number; label: string }> = {
	version: 3,
	empty: { count: 0, label: '' },
	parse(data) {
		if (typeof data !== 'object' || data === null) return undefined;
		const { count, label } = data as { count?: unknown; label?: unknown };
		return typeof count === 'number' && typeof label === 'string' ? { count, label } : undefined;
	},
	migrate: {
		1: (data) => ({ count: data }),
		2: (data) => ({ ...(data as object), label: 'migrated' }),
	},
};

describe('decode', () => {
	test.each([
		['the current version', { v: 3, data: { count: 4, label: 'x' } }, { count: 4, label: 'x' }],
		['version 2, migrated one step', { v: 2, data: { count: 4 } }, { count: 4, label: 'migrated' }],
		['version 1, migrated two steps', { v: 1, data: 7 }, { count: 7, label: 'migrated' }],
		['a version with no migration (0)', { v: 0, data: 7 }, counter.empty],
		['a newer version than this code knows', { v: 4, data: { count: 4, label: 'x' } }, counter.empty],
		['a fractional version', { v: 2.5, data: { count: 4 } }, counter.empty],
		['a version written as text', { v: '3', data: { count: 4, label: 'x' } }, counter.empty],
		['no envelope at all', { count: 4, label: 'x' }, counter.empty],
		['data of the wrong shape', { v: 3, data: { count: '4', label: 'x' } }, counter.empty],
		['a migration that cannot read its input', { v: 2, data: null }, counter.empty],
		['null', null, counter.empty],
		['an array', [3, { count: 1 }], counter.empty],
		['a string', 'hello', counter.empty],
	])('reads %s', (_name, stored, expected) => {
		expect(decode(counter, stored)).toEqual(expected);
	});

	test('a migration that throws gives the empty state instead of throwing', () => {
		const fragile: Codec<number> = {
			version: 2,
			empty: 0,
			parse: (data) => (typeof data === 'number' ? data : undefined),
			migrate: {
				1: () => {
					throw new TypeError('bad data');
				},
			},
		};
		expect(decode(fragile, { v: 1, data: 'x' })).toBe(0);
	});

	test('encode writes the envelope decode reads', () => {
		const value = { count: 2, label: 'two' };
		expect(encode(counter, value)).toEqual({ v: 3, data: value });
		expect(decode(counter, JSON.parse(JSON.stringify(encode(counter, value))))).toEqual(value);
	});
});

describe('load and save', () => {
	test('what is saved is loaded back', () => {
		const storage = memoryStorage();
		expect(save(storage, 'k', counter, { count: 5, label: 'five' })).toBe('done');
		expect(storage.items.get('k')).toBe('{"v":3,"data":{"count":5,"label":"five"}}');
		expect(load(storage, 'k', counter)).toEqual({ value: { count: 5, label: 'five' }, readable: true, newer: false });
	});

	test.each([
		['nothing stored', {}],
		['corrupted JSON', { k: '{"v":3,"data":{"cou' }],
		['a value that is not JSON', { k: 'undefined' }],
		['JSON of the wrong shape', { k: '{"v":3,"data":[1,2,3]}' }],
	])('%s loads as the empty state', (_name, items) => {
		expect(load(memoryStorage(items), 'k', counter)).toEqual({ value: counter.empty, readable: true, newer: false });
	});

	test('storage that throws loads as empty, unreadable, and refuses to save or remove', () => {
		expect(load(throwingStorage, 'k', counter)).toEqual({ value: counter.empty, readable: false, newer: false });
		expect(save(throwingStorage, 'k', counter, { count: 1, label: '' })).toBe('refused');
		expect(remove(throwingStorage, 'k', counter)).toBe('refused');
	});

	test('no storage at all behaves like storage that refuses', () => {
		expect(load(undefined, 'k', counter)).toEqual({ value: counter.empty, readable: false, newer: false });
		expect(save(undefined, 'k', counter, { count: 1, label: '' })).toBe('refused');
		expect(remove(undefined, 'k', counter)).toBe('refused');
	});

	test.each([
		['an older version', '{"v":2,"data":{"count":4}}'],
		['corrupted JSON', '{"v":9,"da'],
		['a value without a version', '{"count":4}'],
	])('saving over %s replaces it', (_name, stored) => {
		const storage = memoryStorage({ k: stored });
		expect(save(storage, 'k', counter, { count: 1, label: 'one' })).toBe('done');
		expect(storage.items.get('k')).toBe('{"v":3,"data":{"count":1,"label":"one"}}');
	});

	test('remove deletes only its key', () => {
		const storage = memoryStorage({ k: '{"v":3,"data":{"count":1,"label":""}}', other: 'kept' });
		expect(remove(storage, 'k', counter)).toBe('done');
		expect([...storage.items.keys()]).toEqual(['other']);
	});

	test('storage that can be read but not written refuses to save', () => {
		const full: StorageLike = {
			...memoryStorage(),
			setItem: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
		};
		expect(save(full, 'k', counter, { count: 1, label: '' })).toBe('refused');
	});
});

describe('a value saved by a newer version', () => {
	const fromTheFuture = '{"v":4,"data":{"count":9,"label":"nine","extra":true}}';

	test('loads as empty and says it is newer', () => {
		expect(load(memoryStorage({ k: fromTheFuture }), 'k', counter)).toEqual({
			value: counter.empty,
			readable: true,
			newer: true,
		});
	});

	test('is never written over nor removed', () => {
		const storage = memoryStorage({ k: fromTheFuture });
		expect(save(storage, 'k', counter, { count: 1, label: 'one' })).toBe('newer');
		expect(remove(storage, 'k', counter)).toBe('newer');
		expect(storage.items.get('k')).toBe(fromTheFuture);
	});

	test('written by another tab after this page loaded is still kept', () => {
		const storage = memoryStorage({ k: '{"v":3,"data":{"count":1,"label":"one"}}' });
		expect(load(storage, 'k', counter).newer).toBe(false);
		storage.items.set('k', fromTheFuture);
		expect(save(storage, 'k', counter, { count: 2, label: 'two' })).toBe('newer');
		expect(storage.items.get('k')).toBe(fromTheFuture);
	});

	test.each([
		['the same version', '{"v":3,"data":{}}', false],
		['an older version', '{"v":1,"data":7}', false],
		['a newer version', '{"v":4,"data":{}}', true],
		['corrupted JSON', '{"v":9', false],
		['no envelope', '{"count":4}', false],
		['a version written as text', '{"v":"9","data":{}}', false],
		['nothing stored', null, false],
	])('isNewer: %s is %s', (_name, raw, expected) => {
		expect(isNewer(counter, raw)).toBe(expected);
	});
});
