// The page's colours: the person's choice (app.theme), else the system's light or dark setting.
// The choice is put on <html> as data-theme, which app.css reads; with none, the page follows
// prefers-color-scheme by itself (light-dark() in app.css).
import { MediaQuery } from 'svelte/reactivity';
import type { Theme } from '../../state/viewState.ts';

let prefersDark: MediaQuery | undefined;

/** The system's setting, kept current (asked for the first time when first read). */
export function systemTheme(): Theme {
  prefersDark ??= new MediaQuery('(prefers-color-scheme: dark)');
  return prefersDark.current ? 'dark' : 'light';
}

/** Puts the person's choice on the page (none: the system's setting applies). */
export function showTheme(theme: Theme | null, root: HTMLElement = document.documentElement): void {
  if (theme === null) delete root.dataset.theme;
  else root.dataset.theme = theme;
}
