// The popup's module as built takes this file in place of first-ask.ts and popup-marks.ts (see
// build.mjs sharedFirstAsk): the functions come from popup-first.js, which has run in popup.html's
// head before the module, so they ship once. Unit tests import the sources themselves. The options
// page runs the same module without popup-first.js: there they are undefined, and never called.
import { firstAskShared, takeFirstAsk, type FirstAskShared } from './first-ask';

export type { FirstReport } from './first-ask';
export { takeFirstAsk };
export const {
  a: askForReport,
  t: findTargetTab,
  n: namedTabId,
  m: markPopup,
  p: fromPage,
} = (firstAskShared() ?? {}) as FirstAskShared;
