/*
 * The `_headers` file that Netlify and Cloudflare Pages read: a path pattern on its own line,
 * then indented `Name: value` lines. The site's CSP travels in each page's <meta> tag (which is
 * all GitHub Pages can carry); the header repeats it, from the same hashes, and adds the
 * directives a <meta> CSP cannot set (frame-ancestors).
 */

/** Headers for one path pattern: an exact path, or a prefix ending in `*`. */
export interface HeaderRule {
	path: string;
	headers: [name: string, value: string][];
}

/** Writes rules in the `_headers` format. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
	return (
		rules
			.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
			.join('\n\n') + '\n'
	);
}

/** Reads a `_headers` file; comments (#) and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (rule === undefined || colon === -1)
			throw new Error(`_headers: a header line needs a path above it and a colon: "${line}"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/*
 * Cloudflare Pages' documented limits for `_headers`
 * (https://developers.cloudflare.com/pages/configuration/headers/): at most 100 header rules,
 * and at most 2,000 characters a line, spacing, name and value included. Past them Cloudflare
 * only warns at deploy and drops the line or rule: the pages would go out without the header.
 */
export const CLOUDFLARE_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** What in a `_headers` file breaks Cloudflare's limits, one message per problem naming its line. */
export function headersFileProblems(text: string, limits = CLOUDFLARE_LIMITS): string[] {
	const problems: string[] = [];
	const lines = text.split('\n');
	lines.forEach((line, index) => {
		if (line.length > limits.lineLength) {
			const name = line.trim().split(':')[0] ?? '';
			problems.push(
				`_headers line ${index + 1} (${name}) is ${line.length} characters; Cloudflare Pages drops lines over ${limits.lineLength}`,
			);
		}
	});
	const rules = parseHeadersFile(text);
	if (rules.length > limits.rules)
		problems.push(
			`_headers has ${rules.length} rules; Cloudflare Pages reads at most ${limits.rules} (the first past it: ${rules[limits.rules]?.path ?? ''})`,
		);
	return problems;
}

/** Does a `_headers` path pattern match a request path? */
export function pathMatches(pattern: string, pathname: string): boolean {
	return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

/** Every header that applies to `pathname`, in file order; a later rule's value wins. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const result = new Map<string, string>();
	for (const rule of rules) {
		if (pathMatches(rule.path, pathname)) for (const [name, value] of rule.headers) result.set(name, value);
	}
	return result;
}

/** A CSP as an ordered map from directive to its sources. */
export type Policy = Map<string, string[]>;

/** Parses `a 'x' 'y'; b 'z'` into directives and sources. */
export function parseCsp(policy: string): Policy {
	const result: Policy = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) result.set(name.toLowerCase(), sources);
	}
	return result;
}

/** Joins several policies: each directive allows what any of them allows, with no repeats. */
export function unionCsp(policies: readonly Policy[]): Policy {
	const result: Policy = new Map();
	for (const policy of policies) {
		for (const [name, sources] of policy) result.set(name, [...new Set([...(result.get(name) ?? []), ...sources])]);
	}
	return result;
}

/** Writes a policy back to its header form. */
export function formatCsp(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
