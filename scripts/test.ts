/*
 * `npm test`: every check, in order, stopping at the first that fails, then a table of how long
 * each stage took, so a slow stage is seen the day it slows down. Each stage is an npm script,
 * run with the Node that npm puts first on PATH (the pinned node@22, see package.json).
 */
import { spawnSync } from 'node:child_process';

/** The stages, cheapest first: a type error stops the run before the build and the browser. */
const STAGES: [script: string, what: string][] = [
	['typecheck', 'astro check'],
	['lint', 'eslint'],
	['format:check', 'prettier'],
	['test:unit', 'unit tests'],
	['build', 'astro build'],
	['test:dist', 'gates over dist/'],
	['budgets', 'budgets in Chromium'],
	['test:e2e', 'browser tests'],
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const times: [script: string, what: string, ms: number, ok: boolean][] = [];
const started = performance.now();
let failed: string | undefined;

for (const [script, what] of STAGES) {
	const start = performance.now();
	const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
	const ok = result.status === 0;
	times.push([script, what, performance.now() - start, ok]);
	if (!ok) {
		failed = script;
		break;
	}
}

const rows = times.map(([script, what, ms, ok]) => [`${script} (${what})`, seconds(ms), ok ? 'ok' : 'FAILED']);
rows.push(['total', seconds(performance.now() - started), failed ? `stopped at ${failed}` : 'ok']);
const width = Math.max(...rows.map(([name]) => name?.length ?? 0));
console.log(`\n${'stage'.padEnd(width)}  ${'time'.padStart(8)}  result`);
for (const [name = '', time = '', result = ''] of rows)
	console.log(`${name.padEnd(width)}  ${time.padStart(8)}  ${result}`);
process.exit(failed ? 1 : 0);
