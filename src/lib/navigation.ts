/** The steps before and after step `number` in `steps` (the site model's, sorted by number), if any. */
export function neighbours<T extends { step?: number | undefined }>(
	steps: readonly T[],
	number: number,
): { prev: T | undefined; next: T | undefined } {
	const index = steps.findIndex((step) => step.step === number);
	if (index === -1) return { prev: undefined, next: undefined };
	return { prev: steps[index - 1], next: steps[index + 1] };
}
