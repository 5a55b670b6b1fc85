/*
 * `npm test`: every check, stopping at the first that fails, then a table of how long each stage
 * took, so a slow stage is seen the day it slows down. Each stage is an npm script, run with the
 * Node that npm puts first on PATH (the pinned node@22, see package.json).
 *
 * Stages that do not need each other run side by side, two at a time (the machine it is sized for
 * has two cores): the build first, with eslint beside it, then the type check, the gates over
 * dist/, the budgets and the other checks of the source as slots free. The browser tests start
 * only once everything else has passed, and run alone, since they fill both cores by themselves. A stage run beside another has its output held back and printed
 * whole when it ends, so no two stages' lines are ever mixed; the first stage to fail stops the
 * others and is printed last, right above the table.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Stage {
	script: string;
	what: string;
	/** Stages that must have passed before this one starts. */
	after: string[];
}

/**
 * Declared in the order they should start when a slot frees: the build first, since three stages
 * wait for it, then what reads dist/, then the checks of the source.
 */
const STAGES: Stage[] = [
	{ script: 'build', what: 'astro build', after: [] },
	// astro check and astro build both write the generated types and data store under .astro/,
	// so the type check waits for the build instead of racing it.
	{ script: 'typecheck', what: 'astro check', after: ['build'] },
	{ script: 'test:dist', what: 'gates over dist/', after: ['build'] },
	{ script: 'budgets', what: 'budgets in Chromium', after: ['build'] },
	{ script: 'lint', what: 'eslint', after: [] },
	{ script: 'format:check', what: 'prettier', after: [] },
	{ script: 'test:unit', what: 'unit tests', after: [] },
	{
		script: 'test:e2e',
		what: 'browser tests',
		after: ['typecheck', 'lint', 'format:check', 'test:unit', 'test:dist', 'budgets'],
	},
];

/** How many stages may run at once: one a core. */
const SLOTS = 2;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Run {
	stage: Stage;
	child: ChildProcess;
	start: number;
	/** The output held back while the stage shares the machine, in the order it came. */
	held: Buffer[] | undefined;
}

const started = performance.now();
const passed = new Set<string>();
const times = new Map<string, { ms: number; result: string }>();
const running = new Map<string, Run>();
let waiting = [...STAGES];
let failed: string | undefined;

/** Starts a stage; it streams its output only when it is the one stage left to run. */
function start(stage: Stage): void {
	const alone = running.size === 0 && waiting.length === 0;
	// detached: the stage gets its own process group, so stopping it stops its browsers and servers too.
	const child = spawn('npm', ['run', '--silent', stage.script], {
		stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	const run: Run = { stage, child, start: performance.now(), held: alone ? undefined : [] };
	child.stdout?.on('data', (chunk: Buffer) => run.held?.push(chunk));
	child.stderr?.on('data', (chunk: Buffer) => run.held?.push(chunk));
	child.on('close', (code) => finish(run, code === 0));
	running.set(stage.script, run);
	if (!alone) console.log(`▶ ${stage.script} (${stage.what}) started; its output follows when it ends`);
}

function printHeld(run: Run): void {
	if (run.held === undefined) return;
	console.log(`\n── ${run.stage.script} (${run.stage.what}) ${'─'.repeat(40)}`);
	process.stdout.write(Buffer.concat(run.held));
}

function finish(run: Run, ok: boolean): void {
	running.delete(run.stage.script);
	if (failed !== undefined) {
		// Stopped because another stage failed: what it printed so far would only bury that failure.
		times.set(run.stage.script, { ms: performance.now() - run.start, result: 'stopped' });
	} else {
		times.set(run.stage.script, { ms: performance.now() - run.start, result: ok ? 'ok' : 'FAILED' });
		if (ok) {
			passed.add(run.stage.script);
			printHeld(run);
		} else {
			failed = run.stage.script;
			waiting = [];
			for (const other of running.values()) stop(other.child);
			printHeld(run);
		}
	}
	schedule();
}

function stop(child: ChildProcess): void {
	try {
		if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
	} catch {
		// It ended on its own in the meantime.
	}
}

function schedule(): void {
	while (running.size < SLOTS) {
		const next = waiting.find((stage) => stage.after.every((name) => passed.has(name)));
		if (next === undefined) break;
		waiting = waiting.filter((stage) => stage !== next);
		start(next);
	}
	if (running.size === 0) report();
}

function report(): void {
	const rows = STAGES.filter((stage) => times.has(stage.script)).map((stage) => {
		const { ms, result } = times.get(stage.script) ?? { ms: 0, result: '' };
		return [`${stage.script} (${stage.what})`, seconds(ms), result];
	});
	const wall = performance.now() - started;
	const sum = [...times.values()].reduce((total, time) => total + time.ms, 0);
	rows.push(['total (wall clock)', seconds(wall), failed ? `stopped at ${failed}` : 'ok']);
	rows.push(['sum of the stages', seconds(sum), `${(sum / wall).toFixed(2)} stages at a time`]);
	const width = Math.max(...rows.map(([name]) => name?.length ?? 0));
	console.log(`\n${'stage'.padEnd(width)}  ${'time'.padStart(8)}  result`);
	for (const [name = '', time = '', result = ''] of rows)
		console.log(`${name.padEnd(width)}  ${time.padStart(8)}  ${result}`);
	process.exit(failed ? 1 : 0);
}

// Ctrl+C stops every stage's process group, not only npm.
process.on('SIGINT', () => {
	for (const run of running.values()) stop(run.child);
	process.exit(130);
});

schedule();
