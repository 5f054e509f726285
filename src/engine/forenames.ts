// The gender a given name signals, for "he"/"she" agreement, from a well-kept data package
// (gender-detection-from-name's English table: 32,000 given names, each male or female), not from
// a list of our own. The build bundles it front-coded and searches it without building a Map (build.mjs).
import names from 'gender-detection-from-name/names/en.js';

/** 'm' or 'f' for a known given name (case-insensitive), '' otherwise. */
export function forenameGender(word: string): 'm' | 'f' | '' {
  const gender = lookUp(word);
  return gender === 'male' ? 'm' : gender === 'female' ? 'f' : '';
}

/** True when the word is a known given name. */
export function isForename(word: string): boolean {
  return lookUp(word) !== undefined;
}

/** Combining marks left by canonical decomposition: "é" is "e" and an acute accent. */
const COMBINING = /[\u0300-\u036f]/g;

/** The table's entry for a name, read without its accents when the table lacks the accented form
 * ("Chloé", "José", "Zoë", "François": the table spells them unaccented). */
function lookUp(word: string): string | undefined {
  const lower = word.toLowerCase();
  const found = names.get(lower);
  if (found !== undefined || !/[^\x00-\x7f]/.test(lower)) return found;
  return names.get(lower.normalize('NFD').replace(COMBINING, ''));
}
