// Writes src/engine/former-currencies.json: the ISO 4217 codes that the platform (this Node's
// ICU) names in English but no longer lists in Intl.supportedValuesOf('currency') — former
// national currencies (ESP, GRD, ATS, IEP …). Finding them means asking Intl.DisplayNames for all
// 17,576 three-letter codes, too slow for every start of the engine, so the answer is kept here;
// the engine still takes every name from the browser's own Intl.DisplayNames at run time.
//   node test/tools/former-currencies.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function formerCurrencyCodes() {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const current = new Set(Intl.supportedValuesOf('currency'));
  const names = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });
  const codes = [];
  for (const a of letters)
    for (const b of letters)
      for (const c of letters) {
        const code = a + b + c;
        if (!current.has(code) && names.of(code)) codes.push(code);
      }
  return codes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/engine/former-currencies.json');
  fs.writeFileSync(file, JSON.stringify({ codes: formerCurrencyCodes() }, null, 2) + '\n');
  console.log(`wrote ${file}`);
}
