/*
 * The inline module that loads a built page's own scripts once the page has loaded, when the
 * browser is idle (written into every page by src/integrations/late-scripts.ts), and how a
 * measure of a built page finds what it will load (scripts/budgets.ts).
 */

/** The inline module that imports `urls` once the page has loaded and the browser is idle. */
export function lateLoader(urls: readonly string[]): string {
	return (
		`const go=()=>{for(const u of ${JSON.stringify(urls)})import(u)},` +
		'idle=()=>window.requestIdleCallback?requestIdleCallback(go,{timeout:1e3}):setTimeout(go);' +
		'document.readyState==="complete"?idle():addEventListener("load",idle,{once:!0})'
	);
}

/** The scripts a built page's loader (lateLoader) imports: what a measure of the page must wait for. */
export function lateScriptUrls(html: string): string[] {
	const list = /<script type="module">const go=\(\)=>\{for\(const u of (\[[^\]]*\])\)/.exec(html)?.[1];
	return list ? (JSON.parse(list) as string[]) : [];
}
