/*
 * Facts about search that both the build (the Pagefind integration, the site model) and the
 * browser's search islands need. This room imports nothing, so both sides may import it.
 */

/** The URL of the search page: `/search/?q=…`. */
export const SEARCH_PATH = '/search/';
/** Where Pagefind's bundle is served: its engine, wasm, index and highlight script (see src/integrations/pagefind.ts). */
export const BUNDLE_PATH = '/pagefind/';
