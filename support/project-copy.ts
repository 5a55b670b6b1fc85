/*
 * A throwaway copy of the project to build with something changed (a broken step file, a guide
 * of 1,000 steps): the sources and config are copied, node_modules is linked, not copied.
 */
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build needs from the project, besides node_modules. */
const PARTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Copies the project at `root` into a new temporary folder and returns its path. */
export function copyProject(root: string, label: string): string {
	const dir = mkdtempSync(join(tmpdir(), `mend-${label}-`));
	for (const name of PARTS) {
		if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}
