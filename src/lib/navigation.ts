/** The steps before and after step `number` in `steps` (sorted by number), if any. */
export function neighbours<T extends { number: number }>(
	steps: readonly T[],
	number: number,
): { prev: T | undefined; next: T | undefined } {
	const index = steps.findIndex((step) => step.number === number);
	if (index === -1) return { prev: undefined, next: undefined };
	return { prev: steps[index - 1], next: steps[index + 1] };
}
