/*
 * The site's icon: a heart with a mended seam, in the accent colour. One source for the SVG
 * favicon and every PNG size (src/pages/[icon].ts) and the corner of the link-preview cards.
 * It draws the same on light and dark browser chrome, so it needs no dark variant.
 */
export const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#8a3b12"/><path d="M32 53C15 41 9 32 9 23.5 9 16.6 14.4 11.5 20.8 11.5c4.6 0 8.8 2.6 11.2 6.4 2.4-3.8 6.6-6.4 11.2-6.4C49.6 11.5 55 16.6 55 23.5 55 32 49 41 32 53z" fill="#fdfcfa"/><path d="M32 19l-3.5 8 6 8-4.5 9 2 8" fill="none" stroke="#8a3b12" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/><path d="M26 24h8M28 31.5h9M28 40h7" stroke="#8a3b12" stroke-width="2.5" stroke-linecap="round"/></svg>`;
