/*
 * The self-check's answers, which both its front-matter schema (build) and its island (browser)
 * need. This room imports nothing, so both sides may import it.
 */

/** The three answers to a question about a step, as stored and as radio values. */
export const ANSWERS = ['yes', 'not-yet', 'not-sure'] as const;

/** The three answers to a gate question. */
export const GATE_ANSWERS = ['yes', 'no', 'not-sure'] as const;
