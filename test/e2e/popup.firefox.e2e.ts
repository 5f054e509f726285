import { describePopup } from './popup-suite';

describePopup('firefox');
