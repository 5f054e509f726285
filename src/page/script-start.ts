// Imported first by content.ts, so it runs before any other module of the script: it opens the
// task that evaluates the script (every module's top level, then start() up to its first wait),
// which the benchmark counts among our own tasks like the ones timedTask marks.
import { mark } from './timing';

mark('task:load:start');
