// A window whose animation frames a test runs by hand: it holds the one pending frame (a second
// request while one is pending is an error: everything shares one loop), counts the requests,
// and can hide or show the page.

export function fakeWindow() {
  let pending: FrameRequestCallback | null = null;
  let requests = 0;
  let hidden = false;
  const listeners = new Set<() => void>();
  const win = {
    requestAnimationFrame(callback: FrameRequestCallback) {
      if (pending !== null) throw new Error('two loops');
      pending = callback;
      requests += 1;
      return requests;
    },
    cancelAnimationFrame() {
      pending = null;
    },
    document: {
      get hidden() {
        return hidden;
      },
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    },
  };
  return {
    win: win as unknown as Window,
    /** Runs the pending frame at `ms`. */
    frame(ms: number) {
      const callback = pending;
      pending = null;
      callback?.(ms);
    },
    get waiting() {
      return pending !== null;
    },
    get requests() {
      return requests;
    },
    setHidden(value: boolean) {
      hidden = value;
      for (const listener of listeners) listener();
    },
  };
}
