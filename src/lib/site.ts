/** The product's name, shown in the header and after every page title. */
export const SITE_NAME = 'Mend';

/** The page background in each theme (--color-bg in tokens.css), for browser chrome and the manifest. */
export const THEME_COLORS = { light: '#fdfcfa', dark: '#15171a' } as const;
