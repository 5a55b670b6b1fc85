import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Gates over the built site in dist/: run after `npm run build`. */
export default defineConfig({
	resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: { include: ['tests/dist/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
});
