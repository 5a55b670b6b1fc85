/*
 * The site's languages and their interface text. Each language is one strings file,
 * src/i18n/CODE.ts (its file name is its code, its URL prefix and its content folder,
 * src/content/CODE/), holding every piece of interface text: buttons, labels, announcements,
 * the no-JavaScript notes, card text. English is the standard: every other file must hold
 * exactly its keys. TypeScript says so in the editor (`satisfies Strings`), and checkStrings()
 * says so in the build, naming the key and the language, since a build does not type-check.
 *
 * This file is pure: src/model/strings.ts reads the files and hands them here.
 */
import { AstroError } from 'astro/errors';
import type en from '@/i18n/en';

import { DEFAULT_LANG } from '@/shared/i18n';

export { DEFAULT_LANG, format, splitPlaceholders } from '@/shared/i18n';

/** A language's code: the name of its strings file and content folder ("en", "es"). */
export type Lang = string;

/** The keys every language's strings file must have: those of src/i18n/en.ts. */
export type StringKey = keyof typeof en;

/** One language's interface text, key for key. */
export type Strings = { readonly [K in StringKey]: string };

/**
 * Checks every language's table against the default one: the same keys, each a non-empty string,
 * and the same placeholders in each. Throws one error naming every key and language that differs.
 */
export function checkStrings(tables: Readonly<Record<Lang, Readonly<Record<string, unknown>>>>): void {
	const standard = tables[DEFAULT_LANG];
	if (standard === undefined) {
		throw new AstroError(
			`src/i18n/${DEFAULT_LANG}.ts is missing.`,
			'It holds the interface text every other language is checked against.',
		);
	}
	const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
	const problems: string[] = [];
	for (const [lang, table] of Object.entries(tables)) {
		const file = `src/i18n/${lang}.ts`;
		for (const [key, value] of Object.entries(standard)) {
			if (!Object.hasOwn(table, key)) {
				problems.push(`${file}: "${key}" is missing (${DEFAULT_LANG}: ${JSON.stringify(value)}).`);
				continue;
			}
			const text = table[key];
			if (typeof text !== 'string' || text.trim() === '') {
				problems.push(`${file}: "${key}" must be non-empty text.`);
			} else if (typeof value === 'string' && placeholders(text).join() !== placeholders(value).join()) {
				problems.push(
					`${file}: "${key}" must use the placeholders of ${DEFAULT_LANG} (${
						placeholders(value)
							.map((p) => `{${p}}`)
							.join(', ') || 'none'
					}).`,
				);
			}
		}
		for (const key of Object.keys(table)) {
			if (!Object.hasOwn(standard, key)) {
				problems.push(`${file}: "${key}" is not a key of src/i18n/${DEFAULT_LANG}.ts; remove it or add it there.`);
			}
		}
	}
	if (problems.length > 0) {
		throw new AstroError(
			`The interface text does not match across languages.\n${problems.map((p) => `- ${p}`).join('\n')}`,
			`Every src/i18n/CODE.ts holds exactly the keys of src/i18n/${DEFAULT_LANG}.ts. README "Languages" says how to add one.`,
		);
	}
}
