import { describeHostile } from './hostile-suite';

describeHostile('chromium');
