import { describe, expect, test } from 'vitest';
import { doneText, siteKeys } from '@/islands/forget-all/forget-all';
import { CHECKLIST_KEY } from '@/islands/apology-checklist/apology-checklist';
import { SELF_CHECK_KEY } from '@/islands/self-check/self-check';

describe('what "Delete everything" deletes', () => {
	test('every key the site writes, and nothing else on the origin', () => {
		const keys = [SELF_CHECK_KEY, 'other-app:settings', CHECKLIST_KEY, 'mend:theme', 'mendable'];
		expect(siteKeys(keys)).toEqual([SELF_CHECK_KEY, CHECKLIST_KEY, 'mend:theme']);
	});

	test.each([
		[[], 'Done. Everything this site kept on this device is deleted.'],
		[
			['the offline copy'],
			"Some of it could not be deleted (the offline copy). Your browser's settings can clear this site's data instead.",
		],
	])('after failing at %j it says: %s', (failed, text) => {
		expect(doneText(failed)).toBe(text);
	});
});
