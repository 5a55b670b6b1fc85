/** The components every rendered MDX body uses in place of plain HTML elements. */
import ContentLink from './ContentLink.astro';

export const contentComponents = { a: ContentLink };
