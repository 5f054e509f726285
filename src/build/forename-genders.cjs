// The given-name genders the engine reads (src/engine/forenames.ts), derived at build time from
// gender-detection-from-name alone: its English table, less the gender of each name it gives women
// that another of its tables gives men only ("Nicola", "Andrea", "Simone", "Michele" are men's in
// Italian; "Sascha" in German): 82 names. Such a name stays a given name (a person's), of either
// gender: "he" or "she" then reaches its bearer through the other cues (earlier pronouns,
// honorifics, salience). build.mjs (compactForenames) bundles the result, and the unit tests'
// transformer (test/esbuild-jest-transform.cjs) hands it to the engine in place of the package's
// English Map.
//
// Only that direction: the resolver ranks a candidate of the pronoun's gender before one of unknown
// gender, so an unknown gender costs wherever the English reading was right. The English men's
// names another table gives women ("Terry", "Mel", "Eli": 47 more) are American men's in US news:
// with them, 7 PolNeAR train quotes lost their right "he" to another man named nearby.
//
// The tables read are Italian, Spanish, German and Turkish. French is left out: of its single-
// gender names 305 of 8,224 contradict the English table (3.7%, against 2.1-3.3% for the others),
// and most of its extra ones are French spellings an English text rarely meets ("Clair", "Ayme").
// A name a table lists under both genders ("juan" is in the Spanish women's list too; the package's
// Map keeps only the last) contradicts nothing: the tables' own entries are read from their text.
const fs = require('node:fs');
const path = require('node:path');

const OTHERS = ['it', 'es', 'de', 'tr'];

/** A table's names, each with its gender or '' when the table lists it under both, read from the
 * package's source (every entry, duplicates included, which its Map would fold to the last; read,
 * not required: the unit tests' transformer answers a require of en.js with this module's result). */
function readTable(file) {
  const both = new Map();
  const text = fs.readFileSync(file, 'utf8');
  let entries = 0;
  for (const [, name, gender] of text.matchAll(/\['([^']*)', '(male|female)'\]/g)) {
    entries++;
    const seen = both.get(name);
    both.set(name, seen === undefined || seen === gender ? gender : '');
  }
  if (entries < 200 || entries !== text.split('\n  [').length - 1)
    throw new Error(`gender-detection-from-name changed shape (${file}): review src/build/forename-genders.cjs`);
  return both;
}

/** The English table with 'either' for each name another table contradicts. */
function forenameGenders() {
  const dir = path.dirname(require.resolve('gender-detection-from-name/names/en.js'));
  const result = readTable(path.join(dir, 'en.js'));
  for (const language of OTHERS) {
    for (const [name, gender] of readTable(path.join(dir, `${language}.js`))) {
      const own = result.get(name);
      if (own === 'female' && gender === 'male') result.set(name, 'either');
    }
  }
  return result;
}

module.exports = { forenameGenders };
