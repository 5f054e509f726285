import { describeCorrections } from './corrections-suite';

describeCorrections('chromium');
