/*
 * Facts about search that both the build (the Pagefind integration) and the
 * browser's search islands need. This room imports nothing, so both sides may import it.
 */

/** Where Pagefind's bundle is served: its engine, wasm, index and highlight script (see src/integrations/pagefind.ts). */
export const BUNDLE_PATH = '/pagefind/';
