import { describeExtension } from './extension-suite';

describeExtension('chromium');
