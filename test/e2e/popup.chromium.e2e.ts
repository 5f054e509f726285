import { describePopup } from './popup-suite';

describePopup('chromium');
