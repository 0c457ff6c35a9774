// The link to a view, for sharing, the QR code, the handout and an embed's way out: the whole
// view state in the address, without the ways of showing it (presentation, embed, handout) or
// the sharer's own display settings (light or dark, motion), so it opens the explorer at the
// same picture, in the receiver's own settings.
import { encodeLink } from './stories.ts';
import type { ViewState } from './viewState.ts';

/** The explorer's address for `state` (absolute, from `base`: the page's own address). */
export function viewLink(state: ViewState, base: string = location.href): string {
  const query = encodeLink({
    ...state,
    present: false,
    embed: false,
    handout: false,
    theme: null,
    motion: null,
  });
  const url = new URL(base);
  url.search = '';
  url.hash = query;
  return url.href;
}
