// The page is built in turns: the entry point switches turns on before it mounts the app; each
// part wrapped in InTurn then waits for its turn, one task per turn, in the order the parts were
// created (document order; a part created by an earlier turn goes to the back of the queue).
// Between turns the browser can paint what is there and answer a tap or a key, so no single task
// holds the page for long: the first screen, a view switched to, the controls built as they come
// near. Where turns were never switched on (tests, a component mounted alone), parts build at once.
import { nextTask } from './nextTask.ts';

export class Turns {
  #queue: (() => void)[] = [];
  #on = false;
  #running = false;

  constructor(private readonly next: () => Promise<void> = nextTask) {}

  /** From now on, parts wait for their turn. */
  start(): void {
    this.#on = true;
  }

  /** Whether parts are built in turns. */
  get on(): boolean {
    return this.#on;
  }

  /**
   * Calls `build` in its turn (at once when turns are off). Returns a function that takes it out
   * of the queue, for a part removed before its turn came.
   */
  take(build: () => void): () => void {
    if (!this.#on) {
      build();
      return () => {};
    }
    this.#queue.push(build);
    void this.#run();
    return () => {
      const at = this.#queue.indexOf(build);
      if (at >= 0) this.#queue.splice(at, 1);
    };
  }

  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    for (;;) {
      await this.next();
      const build = this.#queue.shift();
      if (build === undefined) break;
      build();
    }
    this.#running = false;
  }
}

/** The app's turns (switched on by the entry point). */
export const turns = new Turns();
