/*
 * The inline module that loads a built page's own scripts once its text is on screen (written
 * into every page by src/integrations/late-scripts.ts), and how a
 * measure of a built page finds what it will load (scripts/budgets.ts).
 */

/**
 * The inline module that imports `urls` once the page's text is on screen: after its first
 * contentful paint, in a task of their own. The first paint can come well after parsing ends (in
 * Lighthouse's traces of the intro, after `load`), and a script fetched or run before it
 * competes with it. A browser that reports no paints loads them at `load`.
 */
export function lateLoader(urls: readonly string[]): string {
	return (
		`const go=()=>{for(const u of ${JSON.stringify(urls)})import(u)};` +
		'PerformanceObserver.supportedEntryTypes?.includes("paint")?' +
		'new PerformanceObserver((l,o)=>{l.getEntriesByName("first-contentful-paint")[0]&&(o.disconnect(),setTimeout(go))})' +
		'.observe({type:"paint",buffered:!0}):addEventListener("load",go,{once:!0})'
	);
}

/** The scripts a built page's loader (lateLoader) imports: what a measure of the page must wait for. */
export function lateScriptUrls(html: string): string[] {
	const list = /<script type="module">const go=\(\)=>\{for\(const u of (\[[^\]]*\])\)/.exec(html)?.[1];
	return list ? (JSON.parse(list) as string[]) : [];
}
