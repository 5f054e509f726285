// Options page entry (the full settings UI is built on src/shared/settings.ts).
import { render } from 'preact';

render(<h1>Quote Lens options</h1>, document.getElementById('app')!);
