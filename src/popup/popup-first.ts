// A small classic script at the top of popup.html's head: marks the start and asks the page for
// its report before the popup's module has even been fetched (first-ask.ts).
import { extensionBrowser } from '../shared/extension-browser';
import { startFirstAsk } from './first-ask';
import { markPopup } from './popup-marks';

markPopup('first');
startFirstAsk(extensionBrowser(), location.search);
