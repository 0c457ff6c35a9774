// Building in turns: one part per task, in the order they were queued; parts queued by an earlier
// turn wait behind it; a removed part never builds; where turns are off, parts build at once.
import { describe, expect, it } from 'vitest';
import { Turns } from '../../../src/views/shared/turns.ts';

/** A hand-driven "next task": each call to `tick()` lets the waiting turn run. */
function handTasks() {
  const waiting: (() => void)[] = [];
  return {
    next: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async tick() {
      waiting.shift()?.();
      // Let the awaiting loop run up to its next wait.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    get pending() {
      return waiting.length;
    },
  };
}

/** Turns switched on, driven by hand, and the list of what they built. */
function startedTurns() {
  const tasks = handTasks();
  const turns = new Turns(tasks.next);
  turns.start();
  return { tasks, turns, built: [] as string[] };
}

describe('turns', () => {
  it('builds at once while turns are off', () => {
    const turns = new Turns(handTasks().next);
    const built: string[] = [];
    turns.take(() => built.push('a'));
    expect(built).toEqual(['a']);
    expect(turns.on).toBe(false);
  });

  it('builds one part per task, in order, and goes on taking turns after the queue runs dry', async () => {
    const { tasks, turns, built } = startedTurns();
    turns.take(() => built.push('a'));
    turns.take(() => built.push('b'));
    expect(built).toEqual([]);
    await tasks.tick();
    expect(built).toEqual(['a']);
    await tasks.tick();
    expect(built).toEqual(['a', 'b']);
    await tasks.tick();
    expect(tasks.pending).toBe(0);
    turns.take(() => built.push('later'));
    expect(built).toEqual(['a', 'b']);
    await tasks.tick();
    expect(built).toEqual(['a', 'b', 'later']);
    expect(turns.on).toBe(true);
  });

  it('queues a part made by a turn behind the parts already waiting', async () => {
    const { tasks, turns, built } = startedTurns();
    turns.take(() => {
      built.push('outer');
      turns.take(() => built.push('inner'));
    });
    turns.take(() => built.push('sibling'));
    for (let i = 0; i < 3; i++) await tasks.tick();
    expect(built).toEqual(['outer', 'sibling', 'inner']);
  });

  it('never builds a part taken out of the queue before its turn', async () => {
    const { tasks, turns, built } = startedTurns();
    const cancel = turns.take(() => built.push('removed'));
    turns.take(() => built.push('kept'));
    cancel();
    for (let i = 0; i < 3; i++) await tasks.tick();
    expect(built).toEqual(['kept']);
  });
});
