import { describeLive } from './live-suite';

describeLive('chromium');
