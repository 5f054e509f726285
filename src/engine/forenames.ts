// The gender a given name signals, for "he"/"she" agreement, from a well-kept data package
// (gender-detection-from-name's English table: 32,000 given names, each male or female), not from
// a list of our own. The build bundles it front-coded and searches it without building a Map (build.mjs),
// a name a woman's there and a man's only in another of the package's tables ("Nicola", "Andrea")
// taken as of either gender (src/build/forename-genders.cjs): still a given name, of no gender here.
import names from 'gender-detection-from-name/names/en.js';
import { isUpperCase } from './chars';

/** 'm' or 'f' for a known given name (case-insensitive), '' otherwise. */
export function forenameGender(word: string): 'm' | 'f' | '' {
  // A compound given name the table lacks ("Anne-Sophie", "Jean-François", "Marie-Ève") takes its
  // first name's gender, as French compounds do ("Jean-Marie" is a man's); a capital after the
  // hyphen keeps out romanised syllables ("Tae-hyun").
  const hyphen = word.indexOf('-');
  const gender =
    lookUp(word) ??
    (hyphen > 0 && isUpperCase(word.charCodeAt(hyphen + 1)) ? lookUp(word.slice(0, hyphen)) : undefined);
  return gender === 'male' ? 'm' : gender === 'female' ? 'f' : '';
}

/** True when the word is a known given name. */
export function isForename(word: string): boolean {
  return lookUp(word) !== undefined;
}

/** Combining marks left by canonical decomposition: "é" is "e" and an acute accent. */
const COMBINING = /[\u0300-\u036f]/g;

/** The table's entry for a name, read without its accents when the table lacks the accented form
 * ("Chloé", "José", "Zoë", "François": the table spells them unaccented), and with the stroked
 * letters that do not decompose read as their plain ones ("Małgorzata", "Łukasz", "Bjørn"). */
function lookUp(word: string): string | undefined {
  const lower = word.toLowerCase();
  const found = names.get(lower);
  if (found !== undefined || !/[^\x00-\x7f]/.test(lower)) return found;
  return names.get(lower.normalize('NFD').replace(COMBINING, '').replace(/ł/g, 'l').replace(/ø/g, 'o'));
}
