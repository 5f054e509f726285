import { describeExtension } from './extension-suite';

describeExtension('firefox');
