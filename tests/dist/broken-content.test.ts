/*
 * A broken content file must stop the build with a message that names the file, the field and
 * what was expected, and must leave no half-written site behind. Each case builds a copy of the
 * project in a temporary folder with one file broken.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../support/project-copy';

const root = new URL('../../', import.meta.url).pathname;
const copies: string[] = [];

function buildWith(file: string, edit: (text: string) => string) {
	const dir = copyProject(root, 'broken');
	copies.push(dir);
	const target = join(dir, file);
	const before = readFileSync(target, 'utf8');
	const after = edit(before);
	expect(after, 'the edit changed the file').not.toBe(before);
	writeFileSync(target, after);
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const out = join(dir, 'dist');
	return {
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`,
		written: existsSync(out) ? readdirSync(out, { recursive: true }).length : 0,
	};
}

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('a broken step file fails the build, naming the file and the field', () => {
	test.each([
		[
			'a missing title',
			(text: string) => text.replace(/^title: .*\n/m, ''),
			['3-time-and-space.mdx', 'title', 'title is required'],
		],
		[
			'a step number out of range',
			(text: string) => text.replace(/^step: 3$/m, 'step: 9'),
			['3-time-and-space.mdx', 'step', 'step must be a whole number from 1 to 6'],
		],
		[
			'a step number used twice',
			(text: string) => text.replace(/^step: 3$/m, 'step: 2'),
			['step: 2 is used by 2 files', '3-time-and-space.mdx', '2-communicate.mdx', 'step: 3 is missing'],
		],
	])('%s', (_name, edit, expected) => {
		const { status, output, written } = buildWith('src/content/guide/3-time-and-space.mdx', edit);
		expect(status, output).not.toBe(0);
		for (const text of expected) expect(output).toContain(text);
		expect(written, 'nothing is written to dist/').toBe(0);
	});
});
