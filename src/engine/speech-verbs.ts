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
  'chide scoff complain criticize criticise condemn denounce decry protest recount';

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

/** Cue strength of one word (any case). */
export function cueStrength(word: string): CueStrength {
  return TABLE.get(word.toLowerCase()) ?? 0;
}

/** True for participle cues ("adding", "saying") whose subject is the main clause's subject. */
export function isParticipleCue(word: string): boolean {
  return word.endsWith('ing') && cueStrength(word) > 0;
}
