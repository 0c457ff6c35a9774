// Where a view's state sits in the address: after "#", so it never reaches a server's logs or
// another site's referrer (`#dul=60&c=fibromyalgia`). Links made before carried it in the query
// string (`?dul=60`); they still open, and the app rewrites them. The speaker notes' window has
// its own mark first (`#speaker-notes&lang=es`). A fragment without "=" (`#stage`) is an
// in-page anchor, not state.

/** The speaker notes' window's mark, first in its fragment. */
export const NOTES_MARK = 'speaker-notes';

/** The parts of an address that matter here. */
export interface Location {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

export interface Address {
  /** The state's pairs, without "?" or "#"; an older link's query first, then the fragment's. */
  readonly query: string;
  /** The speaker notes' window. */
  readonly notes: boolean;
  /** The address still carries state in its query string (an older link). */
  readonly old: boolean;
  /** The fragment is an in-page anchor (`#stage`), not state. */
  readonly anchor: boolean;
}

/** Reads where the state is in `location`. */
export function readAddress(location: Location): Address {
  const search = location.search.replace(/^\?/, '');
  let fragment = location.hash.replace(/^#/, '');
  const notes = fragment === NOTES_MARK || fragment.startsWith(`${NOTES_MARK}&`);
  if (notes) fragment = fragment.slice(NOTES_MARK.length + 1);
  const anchor = !notes && fragment !== '' && !fragment.includes('=');
  if (anchor) fragment = '';
  const query = [search, fragment].filter((part) => part !== '').join('&');
  return { query, notes, old: search !== '', anchor };
}

/** The address for a state's `query` at `pathname`: the state after "#", no query string. */
export function stateAddress(pathname: string, query: string, notes = false): string {
  const fragment = notes ? [NOTES_MARK, query].filter((part) => part !== '').join('&') : query;
  return fragment === '' ? pathname : `${pathname}#${fragment}`;
}

/** Whether a state's query names `key`, read as every key is (so `l%61ng` is `lang`). */
export function namesKey(query: string, key: string): boolean {
  return new URLSearchParams(query).has(key);
}
