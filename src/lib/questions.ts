/*
 * Ties the self-check's questions (front matter of src/content/CODE/pages/self-check.mdx) to the guide:
 * each question names a step and a section id on that step's page, and the result links there.
 * The gate's questions name a section of /when-to-stop/ the same way. A question that points at a
 * step or section that does not exist would send a worried reader to a dead link, so it stops the
 * build with the file, the question and the ids that do exist.
 */
import { AstroError } from 'astro/errors';
import type { GateQuestionData, QuestionData } from '@/schemas/self-check';
import { inShortId, tryThisId, type SectionStrings } from './sections';
import { slugify } from './slug';

/** A linkable place on a step page. */
export interface Section {
	id: string;
	text: string;
}

/** A step as far as the questions need it. */
export interface StepSections {
	number: number;
	title: string;
	href: string;
	file: string;
	sections: readonly Section[];
}

/** A question with its id and the names and links of its step and section. */
export interface ResolvedQuestion {
	/** The slug of its text: the key its answer is saved under. */
	id: string;
	text: string;
	step: number;
	stepTitle: string;
	stepHref: string;
	sectionTitle: string;
	/** `/steps/5-work-on-yourself/#own-your-flaws` */
	href: string;
}

/** Every linkable section of a step page, in page order: "In short", the body's headings, "Try this". */
export function stepSections(
	step: { number: number; headings: readonly { slug: string; text: string }[] },
	strings?: SectionStrings,
): Section[] {
	return [
		{ id: inShortId(step.number, strings), text: 'In short' },
		...step.headings.map((heading) => ({ id: heading.slug, text: heading.text })),
		{ id: tryThisId(step.number, strings), text: 'Try this' },
	];
}

/** Checks each question's step and section and returns them resolved; throws an AstroError naming every problem. */
export function resolveQuestions(
	file: string,
	questions: readonly QuestionData[],
	steps: readonly StepSections[],
): ResolvedQuestion[] {
	const problems: string[] = [];
	const resolved: ResolvedQuestion[] = [];
	const ids = new Map<string, number>();

	questions.forEach((question, index) => {
		const where = `questions.${index} ("${question.text}")`;
		const id = slugify(question.text);
		const twin = ids.get(id);
		if (twin !== undefined)
			problems.push(`${where}: has the same wording as questions.${twin}; each question must differ.`);
		ids.set(id, index);

		const step = steps.find((candidate) => candidate.number === question.step);
		if (step === undefined) {
			problems.push(
				`${where}.step: there is no step ${question.step}; steps run ${steps.map((s) => s.number).join(', ')}.`,
			);
			return;
		}
		const section = step.sections.find((candidate) => candidate.id === question.section);
		if (section === undefined) {
			problems.push(
				`${where}.section: step ${step.number} (${step.file}) has no section "${question.section}". Its sections are: ${step.sections.map((s) => s.id).join(', ')}.`,
			);
			return;
		}
		resolved.push({
			id,
			text: question.text,
			step: step.number,
			stepTitle: step.title,
			stepHref: step.href,
			sectionTitle: section.text,
			href: `${step.href}#${section.id}`,
		});
	});

	if (problems.length > 0) {
		throw new AstroError(
			`The self-check in ${file} has questions that point nowhere.\n${problems.map((p) => `- ${p}`).join('\n')}`,
			`In ${file}, give each question a \`step\` from the guide and a \`section\` that is one of the ids listed for that step.`,
		);
	}
	return resolved;
}

/** A gate question with its id and the name and link of its section of /when-to-stop/. */
export interface ResolvedGateQuestion {
	/** The slug of its text: the key its answer is saved under. */
	id: string;
	text: string;
	stopWhen: GateQuestionData['stopWhen'];
	sectionTitle: string;
	/** `/when-to-stop/#if-they-blocked-you` */
	href: string;
}

/**
 * Checks each gate question's section against the sections of /when-to-stop/ and returns them
 * resolved; throws an AstroError naming every problem. A gate answer shares the saved answers with
 * the questions, so its wording must differ from theirs too.
 */
export function resolveGate(
	file: string,
	gate: readonly GateQuestionData[],
	whenToStop: { url: string; file?: string; sections: readonly Section[] },
	questionIds: readonly string[],
): ResolvedGateQuestion[] {
	const problems: string[] = [];
	const resolved: ResolvedGateQuestion[] = [];
	const ids = new Map<string, number>();

	gate.forEach((question, index) => {
		const where = `gate.${index} ("${question.text}")`;
		const id = slugify(question.text);
		const twin = ids.get(id);
		if (twin !== undefined) problems.push(`${where}: has the same wording as gate.${twin}; each question must differ.`);
		if (questionIds.includes(id)) problems.push(`${where}: has the same wording as one of the questions.`);
		ids.set(id, index);

		const section = whenToStop.sections.find((candidate) => candidate.id === question.section);
		if (section === undefined) {
			problems.push(
				`${where}.section: ${whenToStop.url} (${whenToStop.file ?? 'src/content/en/pages/when-to-stop.mdx'}) has no section "${question.section}". Its sections are: ${whenToStop.sections.map((s) => s.id).join(', ')}.`,
			);
			return;
		}
		resolved.push({
			id,
			text: question.text,
			stopWhen: question.stopWhen,
			sectionTitle: section.text,
			href: `${whenToStop.url}#${section.id}`,
		});
	});

	if (problems.length > 0) {
		throw new AstroError(
			`The self-check's gate in ${file} has questions that point nowhere.\n${problems.map((p) => `- ${p}`).join('\n')}`,
			`In ${file}, give each gate question its own wording and a \`section\` that is one of the ids listed for ${whenToStop.url}.`,
		);
	}
	return resolved;
}
