/*
 * Rules that span several content files, which a per-file zod schema cannot see: every step
 * number from 1 to the number of step files used exactly once (so the count of steps comes from
 * the content, and nowhere else), one intro, and heading ids unique across the
 * whole guide (so `/guide/#some-id` and `/steps/n-x/#some-id` name the same single place).
 * The functions take plain data so they can be unit-tested without Astro's content layer.
 */
import { AstroError } from 'astro/errors';
import type { GuideData } from '@/schemas/guide';
import type { AskedAs } from './asked-as';

/** One entry of the guide collection, as far as these rules need it. */
export interface GuideEntryLike {
	id: string;
	filePath?: string | undefined;
	data: GuideData;
}

/** A step, checked and with its URL worked out. */
export interface StepInfo {
	id: string;
	file: string;
	number: number;
	slug: string;
	title: string;
	summary: string;
	inShort: string[];
	tryThis: string[];
	href: string;
	/** Readers' own words for its sections (front matter `askedAs`). */
	askedAs: AskedAs;
}

/** Where one language's guide lives and is published; English's by default. */
export interface GuideFolder {
	/** Its files' folder, for messages: `src/content/es/guide`. */
	folder: string;
	/** The URL path its steps are published under: `/es/pasos/`. */
	stepsPath: string;
}

const ENGLISH: GuideFolder = { folder: 'src/content/en/guide', stepsPath: '/steps/' };

/** The public URL of a step: `/steps/3-time-and-space/`. */
export function stepHref(number: number, slug: string, stepsPath = ENGLISH.stepsPath): string {
	return `${stepsPath}${number}-${slug}/`;
}

/**
 * Checks the guide's entries as a whole and returns the steps in order.
 * Throws an AstroError naming the file and the field when the numbering is wrong.
 */
export function checkSteps(entries: readonly GuideEntryLike[], { folder, stepsPath } = ENGLISH): StepInfo[] {
	const where = (entry: GuideEntryLike) => entry.filePath ?? `${folder}/${entry.id}.mdx`;
	const problems: string[] = [];
	const byNumber = new Map<number, GuideEntryLike[]>();
	const intros = entries.filter((entry) => entry.data.step === undefined);

	for (const entry of entries) {
		const { step } = entry.data;
		if (step === undefined) continue;
		byNumber.set(step, [...(byNumber.get(step) ?? []), entry]);
	}
	// As many steps as distinct numbers: a number used twice is one step with a duplicate.
	const count = byNumber.size;
	for (const [number, users] of [...byNumber].sort(([a], [b]) => a - b)) {
		if (number > count) {
			problems.push(
				`step: ${number} in ${users.map(where).join(', ')}: step must be a whole number from 1 to ${count}, as the guide has ${count} steps.`,
			);
		}
		if (users.length > 1) {
			problems.push(
				`step: ${number} is used by ${users.length} files (${users.map(where).join(', ')}); each step number must be used exactly once.`,
			);
		}
	}
	const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
	if (missing.length > 0) {
		const found = [...byNumber.keys()].sort((a, b) => a - b);
		problems.push(
			`step: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing; steps must run 1 to ${count} with no gaps (found ${found.length > 0 ? found.join(', ') : 'none'}).`,
		);
	}
	if (intros.length !== 1) {
		problems.push(
			intros.length === 0
				? `No intro: one file in ${folder}/ must have no \`step\` field (intro.mdx).`
				: `More than one intro (${intros.map(where).join(', ')}): only the intro may leave out \`step\`.`,
		);
	}
	if (problems.length > 0) {
		throw new AstroError(
			`The guide's steps are numbered wrongly.\n${problems.map((p) => `- ${p}`).join('\n')}`,
			`Give each file in ${folder}/ a unique \`step\` from 1 to ${count}, and leave it out only in intro.mdx.`,
		);
	}

	return entries
		.flatMap((entry) => {
			const { step, slug, inShort, tryThis, title, summary, askedAs = {} } = entry.data;
			if (step === undefined || slug === undefined || inShort === undefined || tryThis === undefined) return [];
			return [
				{
					id: entry.id,
					file: where(entry),
					number: step,
					slug,
					title,
					summary,
					inShort,
					tryThis,
					href: stepHref(step, slug, stepsPath),
					askedAs,
				},
			];
		})
		.sort((a, b) => a.number - b.number);
}

/** The ids a page of the guide gives its sections, keyed by the file they come from. */
export interface SectionIds {
	file: string;
	ids: readonly string[];
}

/** Throws an AstroError if any section id is used twice in one file or across files. */
export function checkUniqueIds(pages: readonly SectionIds[]): void {
	const seen = new Map<string, string>();
	const problems: string[] = [];
	for (const { file, ids } of pages) {
		for (const id of ids) {
			const first = seen.get(id);
			if (first === undefined) seen.set(id, file);
			else problems.push(`#${id} is used in ${first === file ? `${file} twice` : `${first} and ${file}`}`);
		}
	}
	if (problems.length > 0) {
		throw new AstroError(
			`Two sections of the guide share an id, so a link to it would be ambiguous on /guide/.\n${problems.map((p) => `- ${p}`).join('\n')}`,
			'Reword one of the `##` headings so that every heading in the guide is unique.',
		);
	}
}
