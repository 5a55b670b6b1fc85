/*
 * The floor for the benchmark's LCP: a bare Astro project (no CSS, no script, no layout) with
 * the same text as the site's pages, generated at bench time into a temporary folder from the
 * site's own build. Lighthouse measures both side by side, so what the site costs over plain
 * HTML can be told apart from what the machine costs. Nothing of it is committed.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';

/** Elements that carry no text a reader reads on load: code, styling and the controls scripts wire up. */
const DROPPED = 'script, style, template, svg, button, dialog, noscript, [hidden], [data-no-js]';

/** The text of a built page as plain, unstyled markup: its headings, paragraphs, lists and links. */
export function bareMarkup(html: string): { title: string; main: string } {
	const root = parse(html);
	const main = root.querySelector('main');
	if (!main) throw new Error('the page has no <main> to copy');
	for (const el of main.querySelectorAll(DROPPED)) el.remove();
	for (const el of main.querySelectorAll('*')) {
		for (const name of Object.keys(el.attributes)) if (name !== 'href' && name !== 'id') el.removeAttribute(name);
	}
	return { title: root.querySelector('title')?.text ?? '', main: main.innerHTML };
}

/**
 * A bare Astro project serving `paths` (URL paths of the site's build in `siteDist`) with the
 * same text; returns its folder. Build it like the site, then serve its dist/.
 */
export function bareProject(root: string, siteDist: string, paths: readonly string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'mend-bare-'));
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
	writeFileSync(join(dir, 'astro.config.mjs'), "export default { trailingSlash: 'always' };\n");
	// Lighthouse asks for /robots.txt and the icon: the server answers those with the 404 page.
	mkdirSync(join(dir, 'src/pages'), { recursive: true });
	writeFileSync(
		join(dir, 'src/pages/404.astro'),
		'<html lang="en"><head><title>Not found</title></head><body><h1>Not found</h1></body></html>\n',
	);
	for (const path of paths) {
		const { title, main } = bareMarkup(readFileSync(join(siteDist, path, 'index.html'), 'utf8'));
		const file = join(dir, 'src/pages', path, 'index.astro');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(
			file,
			[
				'---',
				`const title = ${JSON.stringify(title)};`,
				`const main = ${JSON.stringify(main)};`,
				'---',
				'<html lang="en">',
				'<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title><meta name="description" content={title} /></head>',
				'<body><main set:html={main} /></body>',
				'</html>',
				'',
			].join('\n'),
		);
	}
	return dir;
}
