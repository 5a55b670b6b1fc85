/* `<mend-theme-toggle>`: the button that switches between the light and the dark theme (see ThemeToggle.astro). */
import { effectiveTheme, loadTheme, saveTheme, type Theme } from '@/lib/theme';

class MendThemeToggle extends HTMLElement {
	#button = this.querySelector<HTMLButtonElement>('button');
	#system = window.matchMedia('(prefers-color-scheme: dark)');

	connectedCallback() {
		if (!this.#button) return;
		this.#render();
		this.#button.hidden = false;
		this.#button.addEventListener('click', () => this.#toggle());
		this.#system.addEventListener('change', () => this.#render());
	}

	#current(): Theme {
		const chosen = document.documentElement.dataset['theme'];
		const stored = chosen === 'light' || chosen === 'dark' ? chosen : loadTheme();
		return effectiveTheme(stored, this.#system.matches);
	}

	#toggle() {
		const theme: Theme = this.#current() === 'dark' ? 'light' : 'dark';
		document.documentElement.dataset['theme'] = theme;
		saveTheme(theme);
		this.#render();
	}

	#render() {
		this.#button?.setAttribute('aria-pressed', String(this.#current() === 'dark'));
	}
}

customElements.define('mend-theme-toggle', MendThemeToggle);
