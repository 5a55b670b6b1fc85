/** One entry of a table of contents: a section's id and text, with its subsections. */
export interface TocItem {
	id: string;
	text: string;
	children?: readonly TocItem[];
}

/** A heading as Astro's render() reports it. */
export interface HeadingLike {
	depth: number;
	slug: string;
	text: string;
}

/** Nests a body's `##` headings with their `###` children; deeper headings are left out. */
export function headingsToToc(headings: readonly HeadingLike[]): TocItem[] {
	const items: { id: string; text: string; children: TocItem[] }[] = [];
	for (const heading of headings) {
		if (heading.depth === 2) items.push({ id: heading.slug, text: heading.text, children: [] });
		else if (heading.depth === 3) items.at(-1)?.children.push({ id: heading.slug, text: heading.text });
	}
	return items;
}
