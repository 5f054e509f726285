// Writes src/engine/currency-nouns.json: every word that ends a currency's name or noun in the
// platform's tables (this Node's ICU, the same names the engine reads from Intl.DisplayNames at
// run time). The engine asks the platform for its names only once a number is followed by one of
// these words, so a first analysis does not pay for hundreds of display names it will not use.
//   node build.mjs --tools && node dist/tools/currency-nouns.js
import * as fs from 'node:fs';
import * as path from 'node:path';
import { platformCurrencyNouns } from '../../src/engine/figure-units';

const file = path.resolve(process.cwd(), 'src/engine/currency-nouns.json');
const nouns = platformCurrencyNouns();
fs.writeFileSync(file, JSON.stringify({ nouns }, null, 2) + '\n');
console.log(`wrote ${nouns.length} nouns to ${file}`);
