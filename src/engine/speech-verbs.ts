// The words that introduce speech ("said", "told", "warned", "according to"). Attribution starts
// from these cues: a quote's speaker is the subject of the cue next to it, and reported speech is
// the clause a cue governs.

/** Neutral and assertive speech verbs (textacy + Gender Gap Tracker lists + news-wire additions,
 * attribution-notes §1). Any inflection of these is a cue wherever it stands. */
const STRONG =
  'say tell add state explain write report announce declare mention tweet reply respond ask recall ' +
  'confirm claim insist argue assert maintain contend stress emphasize emphasise reiterate repeat ' +
  'acknowledge admit concede deny dispute allege accuse complain warn urge caution predict estimate ' +
  'forecast promise pledge vow suggest recommend testify disclose reveal conclude observe boast quip ' +
  'joke exclaim shout scream yell whisper snap retort counter lament muse wonder tout brag concur ' +
  'agree disagree inform assure reassure remark comment note post describe proclaim thunder fume ' +
  'chide scoff complain criticize criticise condemn denounce decry protest recount divulge';

/** Cognitive verbs report thoughts, not words: only a cue when a quote stands right beside them
 * ("'It will pass,' he believes"), as the notes advise. `continue` is a cue only in "…," he continued,
 * `reads` only in "…," the letter reads. */
const ADJACENT_ONLY = 'think believe hope fear worry reckon expect feel continue reads';

/** Forms that are more often nouns than verbs ("the report", "his claims"): cues only beside a quote. */
const NOUN_LIKE = new Set(
  'state states report reports claim claims note notes comment comments remark remarks post posts tweet tweets answer answers charge charges promise promises pledge pledges joke jokes estimate estimates forecast forecasts reply replies testimony protest protests counter counters concern wonder'.split(' '),
);

/** Irregular or consonant-doubling inflections that the regular rules below would get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written', 'writing'],
  admit: ['admitted', 'admitting'],
  quip: ['quipped', 'quipping'],
  snap: ['snapped', 'snapping'],
  think: ['thought'],
  feel: ['felt'],
  forecast: ['forecast'],
};

/** How strongly a word signals speech: 2 anywhere, 1 only right beside a quote mark, 0 not a cue. */
export type CueStrength = 0 | 1 | 2;

const TABLE = new Map<string, CueStrength>();
for (const [list, strength] of [[STRONG, 2], [ADJACENT_ONLY, 1]] as const) {
  for (const lemma of list.split(' ')) {
    for (const form of inflect(lemma)) {
      const s: CueStrength = strength === 2 && NOUN_LIKE.has(form) ? 1 : strength;
      if ((TABLE.get(form) ?? 0) < s) TABLE.set(form, s);
    }
  }
}

/** Regular English inflections of a verb (base, -s, -ed, -ing), plus the irregular ones. */
function inflect(lemma: string): string[] {
  const forms = [lemma, ...(IRREGULAR[lemma] ?? [])];
  const last = lemma[lemma.length - 1]!;
  const beforeLast = lemma[lemma.length - 2] ?? '';
  if (last === 'e') forms.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (last === 'y' && !/[aeiou]/.test(beforeLast)) forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  else forms.push(lemma + 's', lemma + 'ed', lemma + 'ing');
  if (lemma === 'say' || lemma === 'tell' || lemma === 'think' || lemma === 'feel') forms.splice(forms.indexOf(lemma + 'ed'), 1);
  return forms;
}

/** Cue strength of one lower-cased word. */
export function cueStrength(lower: string): CueStrength {
  return TABLE.get(lower) ?? 0;
}

/** True for participle cues ("adding", "saying") whose subject is the main clause's subject. */
export function isParticipleCue(word: string): boolean {
  return word.endsWith('ing') && cueStrength(word.toLowerCase()) > 0;
}

/** Words are hashed while they are read (tokens, the pre-check below) so that the cue table is
 * consulted only for a word whose hash is a cue's; the modulus keeps the hash a small integer. */
export const HASH_MOD = 16777213;

function hashWord(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % HASH_MOD;
  return h;
}

/** Hashes of every cue form, for the tokenizer. */
export const CUE_HASHES = new Set<number>();
/** Hashes of the words that can open an attribution anywhere in a sentence (strong cues and
 * "according"): a cheap pre-check that lets sentences without any cue skip tokenizing. */
const STRONG_HASHES = new Set<number>([hashWord('according')]);
for (const [form, s] of TABLE) {
  CUE_HASHES.add(hashWord(form));
  if (s === 2) STRONG_HASHES.add(hashWord(form));
}

/** Where the first strong cue word (lower-case, as cues are in prose) in [from, to) of `text`
 * ends, or -1: one scan of a paragraph then answers for each of its sentences in turn. */
export function findCueWord(text: string, from: number, to: number): number {
  let h = 0;
  let len = 0;
  let inWord = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90 && !inWord)) {
      // A capital may open the word ("According to", "Said Smith:"), nowhere else.
      if (!inWord) { inWord = true; h = 0; len = 0; }
      h = (h * 31 + (c | 32)) % HASH_MOD;
      len++;
      continue;
    }
    // Uppercase or digits inside a word make it no cue; any other character ends the word.
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) { if (inWord) len = 99; else { inWord = true; len = 99; } continue; }
    if (inWord && len >= 3 && len <= 13 && STRONG_HASHES.has(h)) {
      const word = text.slice(i - len, i).toLowerCase();
      if (TABLE.get(word) === 2 || word === 'according') return i;
    }
    inWord = false;
  }
  return -1;
}
