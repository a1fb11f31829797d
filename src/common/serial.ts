/**
 * An in-process queue: tasks with the same key run one after another, in the order they were
 * queued, whether the one before succeeded or failed. Settings (the user dictionary) and files
 * are read, changed and written back; two such tasks interleaved lose the first one's change.
 */

const tails = new Map<string, Promise<void>>();

/** Runs `task` once every task queued before it under `key` has settled; resolves with its result. */
export function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const before = tails.get(key) ?? Promise.resolve();
  const run = before.then(task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
