/*
 * Ids the layouts give to the parts of a step that are not in its MDX body. They carry the step
 * number because /guide/ shows every step on one page and an id must name one place only. Each
 * language words them in its strings file (`section.*`); English's are the default, as published.
 */
import en from '@/i18n/en';
import { format } from './i18n';

/** The strings the ids are made from. */
export type SectionStrings = Readonly<Record<'section.step' | 'section.inShort' | 'section.tryThis', string>>;

/** The `<section>` of a step on /guide/. */
export const stepId = (number: number, strings: SectionStrings = en) => format(strings['section.step'], { n: number });
/** The "In short" box of a step. */
export const inShortId = (number: number, strings: SectionStrings = en) =>
	format(strings['section.inShort'], { n: number });
/** The "Try this" box of a step. */
export const tryThisId = (number: number, strings: SectionStrings = en) =>
	format(strings['section.tryThis'], { n: number });

/** Every id a step's layout adds, for the uniqueness check. */
export const stepSectionIds = (number: number, strings: SectionStrings = en) => [
	stepId(number, strings),
	inShortId(number, strings),
	tryThisId(number, strings),
];

/** The apology checklist at the end of step 1 (a step page only: /guide/ leaves it out). */
export const APOLOGY_CHECKLIST_ID = 'apology-checklist';
