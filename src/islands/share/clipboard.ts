/*
 * What the share controls do in the page: find the page's public URL, put a link on the
 * clipboard, and say what happened in a live region that screen readers announce. Loaded on
 * first use (see share-elements.ts).
 */
import { format } from '@/shared/i18n';
import { sectionUrl } from './share';

/** The page's public URL: its canonical link (so the link shared is the published one), else the address bar's. */
export function canonicalUrl(doc: Document = document): string {
	return doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? doc.location.href;
}

/** Copies text to the clipboard; false when the browser refuses (no permission, or not a secure page). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** How long a message stays on screen: long enough to read, gone before it gets in the way. */
const SHOWN_MS = { done: 4000, failed: 15000 } as const;
const timers = new WeakMap<HTMLElement, number>();

/**
 * Shows `message` in a live region (role="status"). It is emptied first and written on the next
 * frame, so the same message twice in a row is announced twice.
 */
export function announce(region: HTMLElement, message: string, outcome: keyof typeof SHOWN_MS = 'done'): void {
	window.clearTimeout(timers.get(region));
	region.textContent = '';
	requestAnimationFrame(() => {
		region.textContent = message;
		timers.set(
			region,
			window.setTimeout(() => (region.textContent = ''), SHOWN_MS[outcome]),
		);
	});
}

/**
 * Copies `url` and reports it in `region`; when copying fails, shows the link to copy by hand. The
 * region carries both messages in the page's language (data-copied, data-copy-this).
 */
export async function copyLink(url: string, region: HTMLElement): Promise<void> {
	if (await copyText(url)) announce(region, region.dataset['copied'] ?? '');
	else announce(region, format(region.dataset['copyThis'] ?? '{url}', { url }), 'failed');
}

/** Shares the page through the system share sheet where there is one, else copies its link. */
export async function sharePage(title: string | undefined, region: HTMLElement): Promise<void> {
	const url = canonicalUrl();
	const data: ShareData = { title: title ?? document.title, url };
	if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
		try {
			await navigator.share(data);
			return;
		} catch (error) {
			// The reader closed the sheet: that is an answer, not a failure to work around.
			if (error instanceof DOMException && error.name === 'AbortError') return;
		}
	}
	await copyLink(url, region);
}

/** Copies the full URL of the section a heading link (`#id`) points at. */
export async function copySectionLink(hash: string, region: HTMLElement): Promise<void> {
	await copyLink(sectionUrl(canonicalUrl(), decodeURIComponent(hash.slice(1))), region);
}
