// The gender a given name signals, for "he"/"she" agreement, from a well-kept data package
// (gender-detection-from-name's English table: 32,000 given names, each male or female), not from
// a list of our own. The build bundles it compactly and builds its Map on first use (build.mjs).
import names from 'gender-detection-from-name/names/en.js';

/** 'm' or 'f' for a known given name (case-insensitive), '' otherwise. */
export function forenameGender(word: string): 'm' | 'f' | '' {
  const gender = names.get(word.toLowerCase());
  return gender === 'male' ? 'm' : gender === 'female' ? 'f' : '';
}

/** True when the word is a known given name. */
export function isForename(word: string): boolean {
  return names.get(word.toLowerCase()) !== undefined;
}
