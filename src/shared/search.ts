/*
 * Facts about search that both the build (the Pagefind integration, the site model) and the
 * browser's search islands need. This room imports nothing, so both sides may import it.
 */

/** The URL of the search page: `/search/?q=…`. */
export const SEARCH_PATH = '/search/';
/** Where Pagefind's bundle is served: the index, the wasm and its UI files (see src/integrations/pagefind.ts). */
export const BUNDLE_PATH = '/pagefind/';
/** Pagefind's UI stylesheet wrapped in the site's vendor cascade layer, written next to it at build time. */
export const LAYERED_STYLESHEET = 'mend-pagefind-ui.css';
/** The cascade layer Pagefind's own CSS goes in, declared in src/styles/layers.mjs below mend.components. */
export const VENDOR_LAYER = 'mend.vendor';
