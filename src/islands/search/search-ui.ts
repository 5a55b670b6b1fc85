/*
 * The search UI, as one module so it arrives in one request: the header's dialog
 * (search-element.ts) and the /search/ page's box (search-page-element.ts). search-trigger.ts loads
 * it on intent; src/scripts/enhance.ts loads it at once on /search/.
 */
import './search-element';
import './search-page-element';
