// Imported second by content.ts, right after script-start.ts: asks for the stored settings before
// the rest of the script is evaluated. The answer is a round trip through the browser (30-120 ms
// on a loaded two-core machine, more than the article's read), and the text is sent for analysis
// only once it is known, so every millisecond it is asked for earlier comes off start to painted.
// Frames that never read their page (ad frames, other sites' frames) ask for nothing.
import { settingsStore } from './extension-api';
import { frameMayHoldArticle } from './frames';
import type { Settings } from '../shared/settings';

/** The stored settings on their way, or null in a frame that does not read its page. */
export const storedSettings: Promise<Settings> | null = frameMayHoldArticle(window) ? settingsStore.load() : null;
