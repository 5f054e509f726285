import { describeCorrections } from './corrections-suite';

describeCorrections('firefox');
