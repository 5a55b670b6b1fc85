/*
 * Which Chromium the browser tests drive. This machine has no network for `npx playwright
 * install`, so the system Chromium is preferred: $CHROMIUM_PATH, then Debian's, then `chromium`
 * on PATH, then Playwright's own download if one happens to be installed.
 *
 * The tests and the budgets ask for Chromium's headless shell (Debian's `chromium-headless-shell`,
 * the build Playwright itself runs headless tests with): the same engine without the browser's
 * windowing, it ran the axe sweep in 101 s against 143 s for the full browser on this machine. The
 * benchmark keeps the full browser, as a reader has it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function onPath(name: string): string | undefined {
	try {
		const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
		return found === '' ? undefined : found;
	} catch {
		return undefined;
	}
}

/** The path of a Chromium to launch; exits the process with one line of advice if there is none. */
export function findChromium({ shell = false }: { shell?: boolean } = {}): string {
	const candidates = [
		process.env['CHROMIUM_PATH'],
		...(shell ? ['/usr/bin/chromium-headless-shell', onPath('chromium-headless-shell')] : []),
		'/usr/bin/chromium',
		onPath('chromium'),
		onPath('chromium-browser'),
	];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	const bundled = chromium.executablePath();
	if (existsSync(bundled)) return bundled;
	console.error(
		'No Chromium found: install one (`apt-get install chromium chromium-headless-shell`) or set CHROMIUM_PATH to a Chromium binary, then run the tests again.',
	);
	process.exit(1);
}

/** Flags for headless Chromium on a machine with no outside network (see README). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
