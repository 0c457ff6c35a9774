// A bounded record of an animation's scripting time per frame, for the browser benchmark
// (`npm run bench` reads globalThis.__painbrakeStageFrames). A ring over a plain array: after
// the first 600 frames it only overwrites numbers, so recording allocates nothing.

const CAPACITY = 600;

export interface FrameLog {
  /** Stores one frame's duration in milliseconds, dropping the oldest beyond 600. */
  record(milliseconds: number): void;
  /** The last (up to) 600 durations in milliseconds, in ring order. */
  readonly durations: readonly number[];
}

const logs = new Map<string, FrameLog>();

/** The frame log published on globalThis under `globalName` (one per name). */
export function frameLog(globalName: string): FrameLog {
  const existing = logs.get(globalName);
  if (existing !== undefined) return existing;
  const durations: number[] = [];
  let next = 0;
  const log: FrameLog = {
    durations,
    record(milliseconds) {
      if (durations.length < CAPACITY) durations.push(milliseconds);
      else durations[next] = milliseconds;
      next = (next + 1) % CAPACITY;
    },
  };
  (globalThis as Record<string, unknown>)[globalName] = durations;
  logs.set(globalName, log);
  return log;
}

/** The stage's per-frame scripting times. */
export const stageFrames = frameLog('__painbrakeStageFrames');
