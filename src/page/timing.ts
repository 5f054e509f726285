// User Timing marks on the page's timeline ("quote-lens:start", "quote-lens:ready", and a
// start/end pair around each task the content script runs). No DOM change; tests and the
// benchmark read them to know when the work finished and how long our own tasks were.

/** Leaves the mark `quote-lens:<name>`. */
export function mark(name: string): void {
  try {
    performance.mark(`quote-lens:${name}`);
  } catch {
    /* User Timing unavailable: nothing to do */
  }
}

/** Runs one synchronous task between the marks `quote-lens:task:<name>:start` and `…:end`. */
export function timedTask<T>(name: string, task: () => T): T {
  mark(`task:${name}:start`);
  try {
    return task();
  } finally {
    mark(`task:${name}:end`);
  }
}
