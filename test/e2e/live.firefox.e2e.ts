import { describeLive } from './live-suite';

describeLive('firefox');
