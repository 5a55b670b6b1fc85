/** The product's name, shown in the header and after every page title. */
export const SITE_NAME = 'Mend';
