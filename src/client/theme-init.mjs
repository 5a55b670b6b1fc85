/*
 * Runs in <head> before the first paint so a reader who chose a theme never sees the other one
 * flash. It must be an inline classic script (a module script runs too late), so it is not
 * bundled by Astro: astro.config.mjs hashes this exact string into the CSP instead.
 * Stored values other than 'light' and 'dark' are ignored: the page then follows the system.
 * It also marks <html> with the class `js`, so notes meant only for readers without JavaScript
 * ([data-no-js], see base.css) are gone before the first paint instead of jumping away later.
 */
export const themeInitScript =
	"var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('mend:theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}";
