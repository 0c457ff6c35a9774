// A small seeded random source for the randomised end-to-end runs (the monkey run and the URL
// fuzz): the same seed gives the same sequence on every machine, so a failure can be replayed.
// The numbers come from the model's own generator (mulberry32).
import { seededUniform } from '../../../src/model/random.ts';

/** Picks from a seeded source: whole numbers, items, weighted choices and coin tosses. */
export class Dice {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = seededUniform(seed);
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Dice.pick: nothing to pick from');
    return items[this.int(0, items.length - 1)]!;
  }

  /** One key of `weights`, each as likely as its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}
