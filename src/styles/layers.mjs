/*
 * The cascade order, declared once: later layers win. Components put their <style> in
 * mend.components.
 *
 * It must come before any layered rule, or the first rule to name a layer fixes its place. As
 * part of the bundled CSS it did not: Astro may put a component's styles ahead of the layout's,
 * and the minifier then dropped the "already declared" layers from this statement. So BaseLayout
 * writes it as the first <style> in <head>, and astro.config.mjs adds its hash to the CSP.
 */
export const layerOrder =
	'@layer mend.reset, mend.tokens, mend.base, mend.prose, mend.components, mend.utils, mend.print;';
