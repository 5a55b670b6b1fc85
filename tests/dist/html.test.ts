import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtHtml, distDir } from '../../support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML (html-validate:recommended, see .htmlvalidate.mjs)', () => {
	test.each(builtHtml().map((page) => [page.path, page.file]))('%s', async (_path, file) => {
		const report = await validator.validateFile(file);
		const problems = report.results.flatMap((result) =>
			result.messages.map(
				(m) => `${relative(distDir, file)}:${m.line}:${m.column} <${m.selector ?? '?'}> ${m.ruleId}: ${m.message}`,
			),
		);
		expect(problems).toEqual([]);
	});
});
