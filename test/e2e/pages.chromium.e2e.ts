import { describePages } from './pages-suite';

describePages('chromium');
