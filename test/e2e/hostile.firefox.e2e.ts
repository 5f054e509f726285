import { describeHostile } from './hostile-suite';

describeHostile('firefox');
