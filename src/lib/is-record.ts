/** Is this untrusted value a plain object whose fields can be read? (Arrays and null are not.) */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
