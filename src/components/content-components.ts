/**
 * The components every rendered MDX body uses in place of plain HTML elements: links that keep
 * other sites at arm's length, and `##` headings with their own section link.
 */
import ContentLink from './ContentLink.astro';
import H2 from './headings/H2.astro';

export const contentComponents = { a: ContentLink, h2: H2 };
