import { expect, test } from 'vitest';
import { lowPriorityScripts } from '@/integrations/script-priority';

test('bundled module scripts ask for low priority; inline and other scripts are left as they are', () => {
	const html = [
		'<script>var d=1</script>',
		'<script type="module" src="/_astro/a.js"></script>',
		'<script type="application/ld+json">{}</script>',
		'<script type="module" src="/_astro/b.js"></script>',
	].join('');
	expect(lowPriorityScripts(html)).toBe(
		[
			'<script>var d=1</script>',
			'<script type="module" fetchpriority="low" src="/_astro/a.js"></script>',
			'<script type="application/ld+json">{}</script>',
			'<script type="module" fetchpriority="low" src="/_astro/b.js"></script>',
		].join(''),
	);
});
