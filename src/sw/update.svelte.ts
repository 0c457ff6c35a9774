// A new version of the app saved and waiting: the update prompt shows while `ready`, and
// accept() lets the new version take over (the page then reloads, see register.ts).

class Update {
  /** A new version is saved and waits for the person's word. */
  ready = $state(false);
  /** The person chose to reload into it. */
  accepted = false;
  #takeOver: (() => void) | null = null;

  offer(takeOver: () => void): void {
    this.#takeOver = takeOver;
    this.ready = true;
  }

  accept(): void {
    this.accepted = true;
    this.#takeOver?.();
  }

  dismiss(): void {
    this.ready = false;
  }
}

export const update = new Update();
