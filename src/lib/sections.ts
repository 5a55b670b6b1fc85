/*
 * Ids the layouts give to the parts of a step that are not in its MDX body. They carry the step
 * number because /guide/ shows every step on one page and an id must name one place only.
 */

/** The `<section>` of a step on /guide/. */
export const stepId = (number: number) => `step-${number}`;
/** The "In short" box of a step. */
export const inShortId = (number: number) => `step-${number}-in-short`;
/** The "Try this" box of a step. */
export const tryThisId = (number: number) => `step-${number}-try-this`;

/** Every id a step's layout adds, for the uniqueness check. */
export const stepSectionIds = (number: number) => [stepId(number), inShortId(number), tryThisId(number)];

/** The apology checklist at the end of step 1 (a step page only: /guide/ leaves it out). */
export const APOLOGY_CHECKLIST_ID = 'apology-checklist';
