import { describePages } from './pages-suite';

describePages('firefox');
