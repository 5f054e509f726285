// The invented news pages of test/fixtures/news-html, read as the CLI's `extract` reads them (the
// route the hand audits in that folder's README used): every page is analysed without an
// exception, yields quotes or figures, and names no speaker that cannot refer; and a chosen set of
// facts the audits judged right, one reader's check each, stays right. What the audits judged
// wrong is not asserted here, and no page's whole output is frozen.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractHtml } from '../../src/cli/extract';
import { HONORIFICS, ROLE_WORDS } from '../../src/engine/speaker-mentions';
import type { Annotations } from '../../src/engine/types';
import { normalizeText, speakerMatches } from '../tools/eval-pages';
import { causeOf } from '../tools/speaker-names-check';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'news-html');
const PAGES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

type Page = Annotations & { text: string; title: string };

/** Each page is read and analysed once, whichever test asks first. */
const cache = new Map<string, Page | null>();
function page(name: string): Page | null {
  if (!cache.has(name)) cache.set(name, extractHtml(fs.readFileSync(path.join(DIR, `${name}.html`), 'utf8')));
  return cache.get(name)!;
}

/** The article or possessive opening a description ("the source", "My driver", "A 2025 study"). */
const DESCRIPTION = /^(?:a|an|the|this|these|those|my|our|your|his|her|their|its)\s+/i;

/** Why a named speaker cannot refer: the checks of the styles eval (speaker-names-check: a verb,
 * modal or function word, a digit, a month or weekday, a lone place, a title quoted in the text),
 * plus a name that is only honorifics ("Mr", "Dr.") or a bare role word standing as a proper name
 * inside a sentence ("said spokesperson"; after an honorific, "Mr SPEAKER:", it names the office's
 * holder); a role word opening its paragraph is a headline's or a label's subject ("Minister says
 * …") and refers, as does one opening a headline's second clause after a semicolon or "but" ("Chief
 * says …; lawyer says …", "… but pollster warns …"). Two readings the checker's word lists miss: a
 * description is read without its article or possessive, and a year or date in it is a modifier
 * ("your Feb. 27 editorial", "a 2025 study"), not a name holding a digit; a first word in capitals
 * is an acronym ("US Geological Survey"), not the function word it spells. */
function nonReferring(name: string, mention: string, text: string, at: number): string | null {
  const described = DESCRIPTION.test(mention);
  let cause = causeOf(name.replace(DESCRIPTION, ''), mention.replace(DESCRIPTION, ''), text);
  if (described && (cause === 'digit' || cause === 'month')) cause = null;
  // A tribunal's protected witness is named by code ("Witness P-12"): the digit is the name.
  if (cause === 'digit' && /^Witness [A-Z]{0,3}-?\d+$/.test(name)) cause = null;
  // A service's brand written with its digits ("a flight tracker, FlightPath24"): one word, letters then two digits.
  if (cause === 'digit' && /^\p{Lu}\p{L}+\d{2}$/u.test(name)) cause = null;
  // A trial's or a study's name in capitals with its number ("SUMMIT-3"): the digit is the name.
  if (cause === 'digit' && /^\p{Lu}{3,}-\d{1,2}$/u.test(name)) cause = null;
  if (cause === 'function-word' && /^\p{Lu}{2,}\s/u.test(name)) cause = null;
  // A relative pronoun after a named body ("her publisher, Greywater Press, which said …") is
  // written for the name it follows, as "who" is (the checker lets "who" through already).
  if (cause === 'function-word' && /^which$/i.test(mention)) cause = null;
  // A poll's share of those asked ("12% said they did not know", "Some 38% said …") speaks for
  // them, as the engine's share speakers do: its digits are the description.
  if (cause === 'digit' && /^(?:some |about |nearly )?[\d.,]+ ?(?:%|percent)$/i.test(name)) cause = null;
  // The object of "according to" is a noun phrase, so its last word in -ing is a gerund noun
  // ("according to swaps pricing"), not the verb the checker reads in "Officials speaking".
  if (cause === 'verb-end' && /according to\s+$/i.test(text.slice(Math.max(0, at - 20), at))) cause = null;
  if (cause) return cause;
  const words = name.toLowerCase().split(/\s+/);
  if (words.every((w) => HONORIFICS.has(w) || HONORIFICS.has(`${w}.`))) return 'honorific';
  const before = text.slice(Math.max(0, at - 40), at);
  const opensParagraph = /(?:^|\n|;|\bbut)\s*$/.test(before);
  const addressed = HONORIFICS.has(/(\S+)\s+$/.exec(before)?.[1]?.toLowerCase() ?? '');
  if (
    words.every((w) => ROLE_WORDS.has(w)) &&
    mention.toLowerCase() === name.toLowerCase() &&
    !opensParagraph &&
    !addressed
  )
    return 'role-word';
  return null;
}

describe.each(PAGES)('%s', (name) => {
  test('is read and analysed, and finds quotes or figures', () => {
    const out = page(name);
    expect(out).not.toBeNull();
    expect(out!.quotes.length + out!.figures.length).toBeGreaterThan(0);
  });

  test('names no speaker or claimant that cannot refer', () => {
    const out = page(name)!;
    const bad: string[] = [];
    for (const q of out.quotes) {
      const sp = q.speaker;
      if (!sp?.name) continue;
      const cause = nonReferring(sp.name, sp.mention?.text ?? '', out.text, sp.mention?.start ?? q.start);
      if (cause) bad.push(`${cause}: "${sp.name}" [${sp.mention?.text ?? ''}] for ${q.text.slice(0, 60)}`);
    }
    expect(bad).toEqual([]);
  });
});

/** One fact a reader would check on a page:
 * - `says`: every quote holding the words is spoken by NAME (surname alone is enough, as in the
 *   eval's matching), and there is one;
 * - `says-once`: exactly one direct quote holds the words, spoken by NAME (a pull quote, crosshead
 *   or headline repeating it is not read as a second quote);
 * - `not-by`: a quote holds the words and none of them is given to NAME;
 * - `claims`: every figure with exactly this text is claimed by NAME, or is the outlet's own (null);
 * - `no-figure`: no figure's text holds these characters;
 * - `no-quote`: no quote holds the words (furniture, or words that are no speech). */
type Fact =
  | ['says' | 'says-once' | 'not-by', string, string]
  | ['claims', string, string | null]
  | ['no-figure' | 'no-quote', string];

const FACTS: Record<string, Fact[]> = {
  // "In a press release, the company said" a paragraph after "Quillon on Tuesday released …".
  'ai-model-launch': [['says', 'Sable-3 was trained on a cluster', 'Quillon']],
  'court-report': [
    ['says', 'I signed hundreds of forms a year', 'Gerald Finch'],
    ['says', 'You should expect a custodial sentence', 'Simon Hale'],
    ['claims', 'hundreds of forms', 'Gerald Finch'],
    // "Prosecutor Amelia Drake KC told the jury …. She said …": the post-nominal is no part of the name.
    ['says', 'he had approved grants', 'Amelia Drake'],
  ],
  'crime-police': [
    ['says', 'This was a senseless attack', 'Laura Benn'],
    ['says', 'Tyrese was kind, funny', 'Grace Okafor'],
    ['claims', '14 cameras', 'Laura Benn'],
    ['no-figure', '101'],
  ],
  'business-earnings': [
    ['claims', '31%', 'Norvane Inc.'],
    ['claims', '54.3%', 'Raj Kohli'],
    ['claims', '$142.10', null],
  ],
  'consumer-advice': [
    ['says', 'People assume the price cap means everyone pays the same', 'Oliver Quinn'],
    ['no-quote', 'using that figure rather than an estimate'],
  ],
  'product-launch': [
    ['claims', '30%', 'Naomi Teague'],
    ['says', 'Vista Watch 2 would get a blood oxygen feature', 'Lumen'],
    ['claims', '9 million X5 units', 'Ben Howarth'],
    ['no-quote', 'add active noise cancellation'],
  ],
  'markets-wrap': [
    ['says', 'I wouldn’t read too much into one day', 'Priya Raman'],
    ['claims', '38%', 'CME Group’s FedWatch tool'],
    ['claims', '$4.2 billion', 'Ambry Foods'],
  ],
  'sport-presser': [
    ['says', 'The lads who came on changed the game', 'Aleksander Horvat'],
    ['says', 'It doesn’t look great', 'Sean Kerrigan'],
  ],
  'canada-regional': [
    ['says', 'Four sailings a day is not a service', 'Lisa Chisholm'],
    ['claims', '1,200 people', 'Statistics Canada'],
  ],
  obituary: [['says', 'There are boxes of them in the loft', 'Robert']],
  'magazine-qa': [
    ['says', 'You recorded most of Salt Year in a kitchen', 'Joel Whitcombe'],
    ['says', 'It wasn’t romantic, honestly', 'Mira Castellan'],
    ['no-quote', 'The only music newsletter I actually read'],
  ],
  'podcast-qa': [
    ['says', 'It means it remembers every mistake', 'Astrid Solberg'],
    ['says', 'The engine died in February 2009', 'Astrid Solberg'],
  ],
  'nigeria-outlet': [
    ['says-once', 'You buy goods today at one price', 'Musa Danjuma-Bello'],
    ['says', 'Even the farmers are complaining', 'Sani Abdullahi'],
    ['says', 'within weeks', 'Ayodele Okafor-Lawal'],
    ['claims', '$38.2 billion', 'Ngozi Okonkwo-Ibe'],
  ],
  'climate-report': [
    ['says', 'Kelp can bounce back from one bad summer', 'Zhang Wei'],
    ['says', 'You cannot fund the reef', 'Nguyen Thi Hoa'],
  ],
  'election-night': [
    ['says-once', 'Tonight the country voted for change', 'Carmen Ramírez Ortega'],
    ['says', 'close the gap', 'Ignacio Pérez de la Fuente'],
    ['no-quote', 'Election Brief'],
  ],
  'war-report': [
    ['says-once', 'We will respond at a time and place of our choosing', 'Abdullah al-Khatib'],
    ['says', 'defending our villages from daily shelling', 'Yusuf ibn Hamad'],
    ['claims', '210,000 people', 'OCHA'],
  ],
  'court-defence': [
    ['says', 'Mr Chua signed what was put in front of him', 'Harpreet Singh Sandhu'],
    ['says', 'her client had no access to the trading system', 'Wong Mei Ling'],
    ['says', 'I was told it was a system error', 'Nur Aisyah binte Rahmat'],
  ],
  'celebrity-news': [
    ['says', 'she rewrote the record three times', 'Park Ji-won'],
    ['says', 'She walked in at 9pm', 'Rafael Domínguez'],
    // "Park laughed. “…,” she said": the lone family name is the singer's, whom "she" continues,
    // not the actor named family name first just before (branch names81).
    ['says', 'Every song is about everyone', 'Park Ji-won'],
  ],
  'south-africa-outlet': [
    // "Stage 4 load shedding returns": the stage names a level, it counts nothing.
    ['no-figure', 'load shedding returns'],
    ['says', 'living in a parallel universe', 'Pieter van der Merwe'],
    ['says', 'South Africans were promised the end of load shedding', 'Pieter van der Merwe'],
  ],
  'irish-paper': [
    ['says', 'Nobody in Kilrush or Kilkee', 'Ciarán Mac Cárthaigh'],
    ['says', 'There were 11 properties to rent', 'Pádraig Ó Súilleabháin'],
    ['claims', '1,150 calls', 'Threshold'],
  ],
  'immigration-policy': [
    ['says', 'would not treat people whose permits lapse', 'Immigration and Customs Enforcement'],
    ['claims', '48,300 encounters', 'Customs and Border Protection'],
    // The standfirst's subject is its plural head before "in … and …", not the last conjunct.
    ['says', 'shortages within weeks', 'Employers'],
  ],
  'disaster-quake': [
    ['says', 'After that, the cold becomes as dangerous as the rubble', 'Tomasz Wierzbicki'],
    ['claims', '270,000 people', 'UN Office for the Coordination of Humanitarian Affairs'],
  ],
  'campaign-trail': [
    ['says-once', 'Nobody has to explain a bad harvest to me', 'Janet Hollis'],
    ['says', 'That budget passed 44 to 6', 'Janet Hollis'],
    ['says', 'can’t be bought with TV ads', 'Marcus Brandvold'],
  ],
  'bilingual-quebec': [
    ['says', 'I left at 5:30 and I was still late', 'Anne-Sophie McGillivray'],
    ['claims', '22 buses', 'Marc-André Lévesque'],
  ],
  'state-agency-wire': [
    ['says', 'did not belong to our armed forces', 'Iosif Brancu'],
    ['claims', '14 kilometres', 'foreign ministry'],
  ],
  'match-report': [
    ['says', 'We’ll be back here in April', 'Sean Dunleavy'],
    ['says', 'Ask me in May', 'Gianluca Ferretti'],
    ['claims', 'twenty minutes', 'Emeka Okafor'],
  ],
  'health-patient': [
    ['says', 'If he had waited until the morning', 'Nkechi Adeyemi-Shaw'],
    ['claims', 'a third', 'Nkechi Adeyemi-Shaw'],
    ['no-figure', '999'],
  ],
  'uk-budget-liveblog': [
    ['says', 'If growth disappoints', 'Paul Kessington'],
    ['not-by', 'The Office for Budget Responsibility now expects', 'Giles Harcourt'],
    ['claims', '12 months', 'Rachel Penhallow'],
    // "X sets out … and says …": the coordinated verb is X's, not the object noun's before "and".
    ['says', 'growth forecast has been cut to 0.9%', 'Rachel Penhallow'],
  ],
  'malaysia-outlet': [
    ['says', 'We have prepared another nine centres', 'Azman Hashim'],
    ['claims', '3,000 meals', 'Chong Kah Seng'],
  ],
  'kenya-outlet': [
    ['says', 'If they do not pay by Christmas', 'Grace Wanjiru'],
    ['claims', '12 depots', 'Otieno Odhiambo Wafula'],
  ],
  'radio-transcript': [
    ['says', 'So how many people have taken you up on it?', 'Lena Marsh'],
    ['says', 'had 61 households apply', 'Ed Brannigan'],
    ['says', 'The cash gets them to look', 'Priya Venkataraman'],
    ['claims', '38 programs', 'Priya Venkataraman'],
  ],
  'family-wildfire': [
    ['says', 'It was just brown, and then it was orange', 'Marcus'],
    ['says', 'I miss my room', 'Talia'],
    ['says', 'Day 34. Still waiting', 'Denise Okafor-Reyes'],
    ['says', 'Families who paid their premiums', 'Rob Tillery'],
  ],
  'us-wire-whitehouse': [
    ['says', 'The numbers don’t support that claim', 'Evelyn Marchetti'],
    ['claims', '0.4 percent', 'Congressional Budget Office'],
  ],
  'dutch-outlet': [
    ['says', 'We asked for one thing', 'Sander van den Bogaard'],
    ['claims', '41,000 containers', 'Port Authority'],
  ],
  'provincial-legislature': [
    ['says', 'I am not resigning', 'Geneviève Arseneault'],
    ['claims', '214 nurses', 'Geneviève Arseneault'],
  ],
  'storm-weather': [
    ['says-once', 'It came up through the floor', 'Tomasz Wilk'],
    ['claims', '7.8 inches', 'Kelsey Marchbank'],
    ['claims', '41,200 customers', 'Coastal Electric Cooperative'],
    ['no-figure', '211'],
  ],
  'senate-hearing': [
    ['says-once', 'You are asking 412 people to watch every axle', 'Imogen Okafor-Reyes'],
    ['says', 'Our inspectors did what the rule required', 'Norah Quillfeather'],
    ['no-quote', 'Indispensable'],
  ],
  'trial-liveblog': [
    ['says', 'Tell the accountant to keep it quiet', 'Rory Vance'],
    ['says', 'Then whose account is this, Mr Vance?', 'Strickland'],
  ],
  'tech-layoffs': [['claims', '1,800 employees', 'Marcus Hale']],
  'transfer-business': [
    ['says', 'I found out on my phone like everybody else', 'Dean Coyle'],
    ['claims', 'forty minutes', 'Rui Valente'],
    // "Castellana’s sporting director, Elena Bravo, said": the name in apposition speaks.
    ['says', 'exactly the profile', 'Elena Bravo'],
  ],
  'local-tv-court': [
    ['says', 'She is not a monster', 'Glenn Stroud'],
    ['claims', '$410,000', 'FBI’s Louisville field office'],
  ],
  'opinion-blockquote': [
    ['says', 'We were losing good people to burnout', 'Mark Delaney'],
    ['says', 'A shorter week may suit a handful of tech companies', 'National Association of Manufacturers'],
  ],
  'longform-letters': [['says', 'I read them over and over', 'Ruth Halvorsen']],
  'tech-review': [['says', 'The Pad 12 is a sprinter, not a marathon runner', 'Sam Ortega']],
  'uk-paper-hospital': [
    ['says-once', 'Nurses have been raising the alarm for months', 'Gareth Lloyd'],
    ['no-quote', 'The best way to start the day'],
  ],
  'us-local-tv': [['says', 'It sounded like a river in my front yard', 'Dolores Huang']],
  'local-council': [
    ['says', 'Half my customers are in their seventies', 'Frank Delgado'],
    ['no-quote', 'Finally!'],
  ],
  'culture-film': [['says', 'Ava knows exactly what she wants', 'Jonas Berg']],
  'sport-live': [['says', 'Danny has been brilliant all season', 'Kevin Doyle']],
  'nz-court': [
    ['says', 'We have no answers and no forgiveness yet,', 'Mereana'],
    ['says', 'his client would not appeal', 'Rupert Okonkwo'],
  ],
  'wire-dateline': [['says', 'Both sides must give something', 'Felipe Saraiva']],
  // Two women Thackray: "Mrs Thackray said" is left at the surname, not given to the first named.
  'crime-women': [['says', 'She was kind, she was funny', 'Thackray']],
  // "our AI assistant, Calderis Pilot" is the product; "Calderis also announced" the company.
  'earnings-call': [['says', 'a $5 billion share buyback', 'Calderis']],
  'japan-outlet': [
    ['says', 'We take the burden on households very seriously', 'Kazuhiro Onodera'],
    ['says', 'Some of the rice is not reaching the shelves', 'Sachiko Ebina'],
    ['claims', '5% to 10%', 'Yuki Nakagawa'],
  ],
  'rail-strike': [
    ['says', 'Our members have had one rise of 2%', 'Declan Furlong'],
    ['says', 'Every strike day costs us', 'Fiona Caddick'],
    ['says', 'fair and affordable', 'Owen Stradling'],
    ['claims', '£1.9bn', 'Owen Stradling'],
    ['claims', '£3m', 'Keldby Chamber of Commerce'],
  ],
  'scottish-paper': [
    ['says', 'We have hotels turning guests away', 'Angus Mackinnon'],
    // A quotation of several sentences is one turn: the "he" after it is the spokesman's.
    ['not-by', 'We apologise to passengers', 'Angus Mackinnon'],
    ['not-by', 'CIF had chartered an extra vessel', 'Eilidh Drummond'],
    // "… Graham Rennie MSP said": the post-nominal is no part of his name.
    ['says', 'Two new ferries ordered eight years ago', 'Graham Rennie'],
    ['claims', 'Two new ferries', 'Graham Rennie'],
  ],
  'state-news-war': [
    ['says', 'Power supply to 300 households', 'Viktor Seleznyov'],
    ['says', 'His condition is assessed as moderate', 'Irina Matveyenko'],
    // "He emphasised" after his sentence with a quoted phrase: Poluyanov, not the governor.
    ['says', 'will respond to every such provocation', 'Gennady Poluyanov'],
    ['claims', '3,417 drones', 'Ministry of Defence'],
  ],
  'housing-market': [
    ['says', 'Transactions are still about 12% below', 'Ngozi Abara'],
    ['says', 'If a house is priced 10% too high', 'Priya Kaur-Bennett'],
    ['claims', '£281,344', 'Thornbury Building Society'],
    ['claims', '4.61%', 'Martin Ashdown'],
    ['no-quote', 'The clearest guide to your money'],
  ],
  'defence-briefing': [
    ['says', 'The secretary was clear that this is a defensive deployment', 'Marisa Tollgate'],
    ['says', 'Every battery we send somewhere', 'second official'],
    ['says', 'I read about it in the paper', 'Corliss Abernathy'],
    ['says', 'Nobody is against protecting an ally', 'Yolanda Pritchett'],
    ['claims', '46 times', 'Velmora'],
  ],
  // "Minister for Manpower Lim Chee Wah" and "Minister of State for Trade and Industry Nadia
  // Rahim": the title and its field are no part of the name (fixed in the round that wrote it).
  'singapore-outlet': [
    ['says', 'When a supervisor is re-employed at 63', 'Tan Hui Ling'],
    ['says', 'Small firms tell me the paperwork is the real obstacle', 'Goh Wei Jie'],
    ['says', 'I still have a daughter in university', 'Rosnah Abdul Karim'],
    ['claims', '$180 million', 'Lim Chee Wah'],
    ['claims', '2,300 firms', 'Nadia Rahim'],
    ['claims', '47.3 per cent', 'ministry'],
  ],
  'school-board': [
    ['says', 'I did not come into this job to close schools', 'Lorraine Achebe'],
    ['says-once', 'You are asking 6-year-olds to ride a bus', 'Danielle Fournier'],
    ['says', 'Nobody asked the people who actually teach', 'Gwen Harlowe'],
    ['says', 'Every year we wait, the hole gets deeper', 'Helen Ostergaard'],
    ['claims', '$6.2 million', 'Lorraine Achebe'],
  ],
  'deal-wire': [
    ['says-once', 'Together, we can put a lab-quality test', 'Greta Lindqvist'],
    ['says', 'This was the right partner at the right price', 'Benedikt Sauer'],
    ['says', 'They are paying 34 times earnings', 'Victor Moulton'],
    ['claims', '$320 million', 'Greta Lindqvist'],
    ['claims', '22%', 'Mei-Ling Hargrove'],
  ],
  // Song titles in quotation marks are no quotes (lyrics still are: left).
  'album-review': [
    ['says-once', 'I wanted it to sound like a wake', 'Juniper Vale'],
    ['says', 'We didn’t fix the mistakes', 'Rab McInally'],
    ['no-quote', 'Harbour Lights'],
    ['no-quote', 'Paper Boats'],
    ['claims', '12 million streams', 'Stonefly Records'],
  ],
  // Sixteenth round (branch pages45): five pages of other story types.
  'air-accident-report': [
    ['says-once', 'This crew was working the problem', 'Lorraine Whitcombe'],
    ['says', 'That is exactly the question the investigation will answer', 'Declan Furlough'],
    ['says', 'We warned management in writing', 'Ruth Ashworth'],
    ['says', 'She told me the planes were always late', 'Mateo Ferreira'],
    ['says', 'I found out from the news', 'Helen Marsh'],
    ['says', 'You have a part that is overdue', 'Oskar Lindahl'],
    ['no-quote', 'We want answers, not sympathy'],
    ['claims', '31 witnesses', 'Lorraine Whitcombe'],
    ['claims', '48 hours', 'Tarrow Air'],
    ['claims', '1,500 hours', 'Oskar Lindahl'],
    ['claims', '10 days', 'Civil Aviation Directorate'],
  ],
  'news-briefs': [
    ['says', 'We know this is a huge inconvenience', 'Gail Pennington'],
    // Fixed in this round: "Traders on Quay Street say" named the street.
    ['says', 'footfall has fallen by a third', 'Traders'],
    ['says', 'The staff did this, not me', 'Owen Castellano'],
    ['says', 'We are grateful to the members of the public', 'Amira Haddad'],
    ['says', 'a tax on the sick', 'Westerly Voices'],
    ['says', 'People visiting a dying relative', 'Bernard Quaile'],
    ['says', 'It’s been a remarkable season', 'Freya Lindgren'],
    ['says', 'We didn’t think we’d even make the final', 'Isla Moore'],
    ['claims', '£25,000', 'Owen Castellano'],
    ['claims', '1,146 grey seal pups', 'Coastal Wildlife Trust'],
    ['claims', '300 hours', 'Dev Anand'],
  ],
  'privacy-fine': [
    ['says-once', 'Children’s profiles were visible to anyone', 'Henrike Vosberg'],
    ['says', 'We recognise the steps taken since', 'Henrike Vosberg'],
    ['says', 'respectfully disagrees', 'Plumio'],
    ['says', 'disappointed but not surprised', 'Marc Delacourt'],
    ['says', 'For a company with Plumio’s margins', 'Ines Carvalho'],
    ['says', 'The fine is paid into an escrow account', 'Johanna Reiter'],
    ['claims', '2 per cent', 'Ines Carvalho'],
    ['claims', '2.1%', null],
    // "the campaign group Open Screens … The group estimated": the group the text described so.
    ['claims', '€1.1 billion', 'Open Screens'],
  ],
  'college-sports-scandal': [
    ['says-once', 'The committee found a culture', 'Evelyn Marchbanks'],
    ['says', 'Our student-athletes deserve better than this, and so does', 'Janelle Pruitt'],
    ['says', 'all options remain on the table', 'Janelle Pruitt'],
    ['says', 'never knew of, approved or encouraged', 'Ron Hale'],
    // "X … said in a statement released by his attorney … “…,” the statement said": the statement's
    // issuer, the speaker of that "said" (fixed: it was "statement").
    ['says', 'I will fight to clear my name', 'Ron Hale'],
    ['says', 'the word of one disgruntled former staffer', 'Roland Beckett'],
    ['says', 'These kids were 18 years old', 'Sharon Okafor'],
    ['says', 'He said the scholarship guys had jobs', 'Glen Mayhew'],
    ['says', 'Coach Hale is family', 'Tyrese Vann'],
    ['no-quote', 'We’ll be ready'],
    ['claims', '18 years old', 'Sharon Okafor'],
  ],
  'debate-claim-facts': [
    ['says', 'We have created 84,000 new jobs', 'Patricia Engstrom'],
    ['says', 'Violent crime is up 40 percent', 'Walter Okonkwo-Reyes'],
    ['says', 'The senator took a county figure', 'Marisol Haugen'],
    ['says', 'raised taxes on every family in Norland', 'Walter Okonkwo-Reyes'],
    ['says', 'Everyone who drives a car pays the gas tax', 'Derek Ashby'],
    ['says', 'Under this governor, rent has doubled', 'Walter Okonkwo-Reyes'],
    ['says', 'Rounding up is fair', 'Gloria Pak'],
    ['claims', '58 percent', 'Legislative Fiscal Office'],
    ['claims', '11.5 percent', 'Norland Bureau of Criminal Statistics'],
    ['claims', '88.2 percent', 'Norland Education Agency'],
  ],
  // Seventeenth round (branch pages46): five unseen pages, no engine change.
  'refugee-border': [
    ['says', 'humanitarian emergency in the making', 'Ingrid Solvik'],
    ['says', 'We are not closing the door', 'Radomir Vešek'],
    // "Amal, 34, who …": a given name alone with an age is the woman "she" stands for.
    ['says', 'My daughter asks me every morning', 'Amal'],
    ['says', 'We did not come for money', 'Hamid Saberi'],
    ['claims', '€2,500', 'Hamid Saberi'],
    ['claims', '$38 million', 'Ingrid Solvik'],
  ],
  'market-crash-explainer': [
    ['says', 'repricing of the entire year', 'Marco Feld'],
    // The pull quote repeating her words is no second quote.
    ['says-once', 'Nobody was positioned for a number like that', 'Anjali Desrosiers'],
    ['says', 'Banks are well capitalised', 'Dana Whitlow'],
    ['says', 'Our job is price stability', 'Helena Vasquez-Orr'],
    ['claims', '42%', 'Retirement Savers Association'],
  ],
  'church-synod': [
    ['says-once', 'A church is its people', 'Eleanor Pryce'],
    ['says', 'We have prayed in car parks', 'Yusuf Adeyemi'],
    ['says', 'We raised £40,000', 'Doreen Mills'],
    ['claims', '£23 million', 'synod'],
    ['claims', '1,400 regular worshippers', 'Yusuf Adeyemi'],
  ],
  'india-heatwave': [
    ['says', 'Every death will be audited', 'Kavitha Raghunathan'],
    ['says', 'hunger kills faster', 'Mohan Lal'],
    ['says', 'there may be two or three we do not', 'Nandita Sule'],
    ['claims', 'Rs 4 lakh', 'Anil Deshmane'],
    ['claims', '1,186 cases', 'State Disaster Management Authority'],
  ],
  'investigation-emails': [
    // The pull quote holding the email's first sentence is no second quote.
    ['says', 'hold the line on nights', 'Douglas Keane'],
    ['says', 'They told me he was asleep', 'Ruth Abernathy'],
    ['says', 'The safety of our residents is our highest priority', 'Patricia Hollins'],
    ['says', 'not defensible for a population', 'Leon Achterberg'],
    ['claims', '27%', 'memo'],
  ],
  // Eighteenth round (branch pages49): five unseen pages, two fixes.
  'eu-packaging-directive': [
    ['says', 'That is not a market, that is a leak', 'Henrika Solberg'],
    ['says', 'before the end of 2027', 'Arnaud Delcourt'],
    ['says', 'We do not support a rule written for supermarkets', 'Petr Havlicek'],
    ['says', 'The science is clear and the Commission has blinked', 'Joanna Krzeminska'],
    ['says', 'Reuse systems need trucks', 'Sabine Kroll'],
    ['claims', '29,000 jobs', 'Arnaud Delcourt'],
    ['claims', '€7 billion', 'PackEurope'],
  ],
  'central-bank-rates': [
    ['says', 'Every meeting is live', 'Elspeth Mackintyre'],
    // The pull quote repeating her words is no second quote.
    ['says-once', 'I am not going to declare victory', 'Elspeth Mackintyre'],
    ['says', 'This was a dovish hold', 'Nadia Okoro-Finch'],
    ['says', 'They waited too long to hike', 'Hugo Llewellyn'],
    ['claims', '4.4 per cent', 'Callum Reyes'],
    ['claims', '3.1 per cent', 'monetary policy board'],
  ],
  'latam-election': [
    // Two surnames: "María Fernanda Ruiz Cárdenas", then "Ruiz" alone.
    ['says', 'Tonight Valdoria chose hope over fear', 'María Fernanda Ruiz Cárdenas'],
    ['says', 'The people have spoken', 'Mendoza Villalba'],
    ['says', 'irregularities in at least 40 polling stations', 'Paredes Soto'],
    ['says', 'transparent, observed and audited', 'Rodrigo Esteban Salas Ortiz'],
    ['says', 'Voters were not moving to the right', 'Ibáñez Torres'],
    ['claims', '6,214,380 votes', 'National Electoral Council'],
    ['claims', '1.8 million retirees', 'Mendoza Villalba'],
  ],
  'ceasefire-talks': [
    ['says', 'Both delegations must now take difficult decisions', 'Al-Mansoori'],
    ['says', 'a bridging proposal', 'Dominik Vrana'],
    ['says', 'We take every feasible measure', 'Avi Regev-Stein'],
    ['says', 'ready to support any agreement', 'Lindiwe Mokoena'],
    // "The …’s chief negotiator, Samir Haddad, did not comment": the role is no claim of his.
    ['no-quote', 'chief negotiator'],
    // The quote card repeating the minister's words is no second quote, nor the delegate's.
    ['says', 'closer is not there', 'Al-Mansoori'],
    ['claims', '3,412', 'health ministry'],
    ['claims', '80 percent', 'senior official'],
  ],
  'museum-restitution': [
    ['says-once', 'They were taken, at gunpoint', 'Annelise Voskuijlen'],
    ['says', 'The paper trail is unusually complete', 'Tobias Mwangi-Ellery'],
    ['says', 'a day of healing', 'Adaeze Okonkwo-Bassey'],
    ['says', 'The trustees have no power to give away property', 'Graham Pettifer'],
    ['says', 'Courts have tended to accept', 'Britta Sandqvist'],
    ['claims', '40 objects', 'Annelise Voskuijlen'],
  ],
  // Nineteenth round (branch pages50): five more unseen pages, two fixes.
  'korea-outlet': [
    // "“…,” Rep. X of the ruling Y Party, who drafted the bill, said": "ruling" after "the" is an
    // adjective of the party, so the member, not the party, speaks (fixed in this round).
    ['says', 'This is the largest single investment in families', 'Park Seo-yeon'],
    ['says', 'treat the symptom, not the disease', 'Lee Dong-hyun'],
    ['says', 'A grant of 3 million won does not buy a room', 'Lee Dong-hyun'],
    ['says', 'The President thanks the lawmakers', 'Jung Hae-rin'],
    ['claims', 'two years', 'Park Seo-yeon'],
    ['claims', '380 trillion won', 'Yoon Ji-ho'],
    // A title's object cut at "and" ("Minister of Economy and Finance X") and "Prof. X of Y
    // University": the lone family names are the full names' (branch names81).
    ['says', 'tax revenue was running 2.1 trillion won', 'Choi Jae-hoon'],
    ['says', 'Money helps the families', 'Yoon Ji-ho'],
    ['claims', '0.68', 'Statistics Korea'],
    ['claims', '211-43', 'Hanul News Agency'],
  ],
  'oil-opec-wire': [
    ['says', 'a responsibility to act before prices fall', 'Khalid bin Sarhan'],
    ['says', 'The market had priced in a rollover', 'Helga Marsh'],
    // The pull quote with its footer is no second quote.
    ['says-once', 'The problem is not the target', 'Priyanka Desai'],
    ['claims', '83%', 'Priyanka Desai'],
    ['claims', '$76', 'Helga Marsh'],
    ['claims', '$74.82', null],
  ],
  'police-shooting': [
    ['says', 'I have watched this video many times', 'Denise Holloway'],
    ['says-once', 'Dorian was scared, he was confused', 'Vanessa Okonjo'],
    ['says', 'civilian review board', 'Andre Whitfield'],
    ['says', 'a full, transparent investigation', 'Carla Benning'],
    ['claims', 'eleven seconds', 'Vanessa Okonjo'],
    ['claims', 'seven people', 'Sentinel review'],
  ],
  'wildlife-rhino': [
    ['says-once', 'Now my rangers go months without finding one', 'Josiah Mutasa'],
    ['says', 'A rhino alive is now worth more', 'Imani Castellanos-Reid'],
    ['says', 'We will not let the poachers come back', 'Grace Ndlovu-Banda'],
    ['claims', '412', 'aerial survey'],
    ['claims', '40 million kwacha', 'Grace Ndlovu-Banda'],
    ['claims', '$60,000', 'Global Wildlife Trade Monitor'],
  ],
  'tennis-final': [
    ['says', 'I honestly thought it was over', 'Lena Varga'],
    ['says', 'My legs were not there in the third set', 'Sofia Reyes-Morán'],
    ['says', 'We changed her return position', 'Andrius Petkevičius'],
    // A stats table's last row label ("Break points saved", read as subject and cue) lends no
    // speaker to the pull quote after the table (fixed in this round).
    ['not-by', 'I just stuck my racket out', 'Break'],
    ['claims', '14,850', 'Philippe Azoulay'],
    ['claims', '$1.12 million', null],
  ],
  // Twentieth round (branch pages51): five more unseen pages, three fixes.
  'german-outlet': [
    ['says', 'This package protects families without breaking the debt brake', 'Matthias Kettenbrink'],
    // The pull quote with its footer is no second quote.
    ['says-once', 'Nobody will be forced to rip out a working boiler', 'Matthias Kettenbrink'],
    ['says', 'Not one euro of this is new debt', 'Dagmar Wollenhaupt'],
    // "said its managing director, Henning Kalthoff": "its" is no plural noun that "managing"
    // modifies, so the name in apposition speaks, not the body (fixed in this round).
    ['says', 'Today’s decision ends a year of uncertainty', 'Henning Kalthoff'],
    ['says', 'The federal government decides', 'Ursula Brandhorst'],
    ['says', 'It is a small stimulus with a large political price', 'Sabine Trautwein'],
    ['claims', '41 percent', 'BWV'],
    ['claims', '0.1 percentage points', 'Sabine Trautwein'],
    ['claims', '€4.2 billion', null],
  ],
  'french-outlet': [
    ['says', 'The government wants us to be tired', 'Nadia Arnaud-Pasquier'],
    ['says', 'My door is open tonight', 'Vautrin-Morel'],
    ['says', 'I support them, but I have lost three days of work', 'Camille Deshayes'],
    // "X says the reform “…”; the CUT’s Mme Y promises a “long winter”": the quote in the second
    // clause is not the first cue's subject's (fixed in this round).
    ['not-by', 'long winter', 'Garnier-Lefort'],
    ['claims', '€412 million', 'Oudinot'],
    ['claims', '54 percent', 'Ifop-Vienne poll'],
    ['claims', '€11,000', 'Yannick Le Goff'],
  ],
  'nhs-waiting-list': [
    ['says', 'We are doing everything we can, but demand', 'Amanda Kershaw'],
    ['says', 'I can barely walk to the shop', 'Maureen Pilkington'],
    ['says', 'Our members are running on empty', 'Tariq Mahmood'],
    ['says', 'deserve the same care', 'Jonathan Haverford'],
    ['claims', '412 nursing vacancies', 'Tariq Mahmood'],
    ['claims', '38 per cent', 'Healthwatch Dunmarsh'],
    ['claims', '£14,000', 'Keith Armitage'],
    ['no-quote', 'The best local news, every morning'],
  ],
  'ai-law-policy': [
    ['says', 'For too long, these companies have asked us to trust them', 'Marisol Quintero-Haines'],
    ['says-once', 'It is a map for our competitors', 'Rachel Fenwick-Osei'],
    ['says', 'Memorization is not a rare failure', 'authors'],
    ['says', 'Disclosure is the precondition for every other debate', 'Anjali Varadarajan'],
    ['claims', '68%', 'Pew-like Civic Trends Center'],
    ['no-quote', 'The one newsletter I read before every hearing'],
  ],
  'club-finance-crisis': [
    ['says', 'I have put £1.2 million of my own money in', 'Gary Moulding'],
    // A div of class "pq" repeating the line is a pull quote, not a quote of the speaker named in
    // the paragraph before (fixed in this round).
    ['says-once', 'We are in serious trouble', 'Gary Moulding'],
    ['says', 'We have been told for three years', 'Denise Featherstone'],
    ['says', 'Clough Park is a community asset', 'Shabana Rafiq'],
    ['says', 'This club was my life', 'Danny Whitworth'],
    ['claims', '£640,000', 'club'],
    ['claims', '£45,000', 'Gary Moulding'],
    ['claims', '1,610', 'league figures'],
  ],
  // A twenty-first round: state agencies and outlets of five countries.
  'china-wire': [
    ['says', 'We urge the countries concerned to stop stirring up trouble', 'Wang Lihua'],
    // A quote box signed "-- Wang Lihua" in a "quote-author" line: the signer, not the body named
    // in the paragraph before (fixed in this round).
    ['says-once', 'it is not a revolving door', 'Wang Lihua'],
    ['says', 'a deliberate provocation timed to the talks', 'Li Haoran'],
    ['says', 'comprehensive strategic partnership', 'Arjun Mehra-Tan'],
    ['claims', '3 destroyers', 'Zhang Jianguo'],
    ['claims', 'two foreign warships', null],
  ],
  'russia-agency': [
    ['says', 'There are no preconditions for resuming contacts', 'Dmitry Lesnikov'],
    // "<b>Name</b>, Foreign Ministry spokeswoman" under a quote box signs it (fixed in this round).
    ['says-once', 'The West is feeding this conflict', 'Maria Zhuravina'],
    ['says', 'The woman has shrapnel wounds', 'Vyacheslav Sokolin'],
    // "Governor of the Belgrovo region Vyacheslav Sokolin wrote": the name without the title
    // (fixed in this round).
    ['says', 'a woman had been injured in a drone attack', 'Vyacheslav Sokolin'],
    // "According to her, the deliveries announced this week are worth …": "deliveries" is no
    // source (fixed in this round).
    ['no-quote', 'this week are worth more than'],
    ['claims', '34 Kyrvian drones', 'Defence Ministry'],
    ['claims', '140 personnel', 'Defence Ministry'],
    ['claims', 'Three private houses', 'Vyacheslav Sokolin'],
  ],
  'israel-security': [
    ['says', 'We will hunt down whoever sent him', 'Avraham Leibovitz'],
    ['says-once', 'He saved lives today', 'Shira Golan'],
    ['says', 'When we arrived, the young man was conscious', 'Eliyahu Dahan'],
    ['says', 'the soldier underwent surgery', 'Orly Katzenelson'],
    ['says', 'Every week we hear the same promises', 'Yair Ben-Dror'],
    ['claims', '37', 'Shin Shalem'],
    ['no-quote', 'The one email I open before coffee'],
  ],
  'ukraine-energy': [
    ['says', 'Repair crews are already on site', 'Koval'],
    // "Head of the Pryvolzhsk Regional Military Administration Serhii Koval said": the name
    // without the title, and so the claimant of his figures (fixed in this round).
    ['says', 'two workers of the plant had been injured', 'Serhii Koval'],
    ['claims', '180,000 households', 'Serhii Koval'],
    ['says-once', 'A turbine takes months', 'Mariia Lysenko'],
    ['says', 'The system is balanced', 'Volodymyr Tkachenko'],
    ['claims', '73 Shahed-type drones', 'Air Force'],
    ['claims', '1,700 MW', 'Enerhoset'],
  ],
  'turkey-quake-rebuild': [
    ['says', 'We promised to rebuild Karadere in three years', 'Murat Kalkan'],
    ['says', 'Our people cannot spend a fourth winter', 'Ayşe Demirtaş'],
    ['says-once', 'my whole life was in the old bazaar', 'Hatice Yıldırım'],
    ['says', 'Inspections are still too few', 'Selim Özkan'],
    ['claims', '312 billion lira', 'ministry'],
    ['claims', '18,000 lira', 'Mehmet Aksoy'],
    ['claims', '27', 'Selim Özkan'],
  ],
  // Twenty-second round (branch pages54): five more unseen pages, two fixes.
  'supreme-court-ruling': [
    ['says', 'Petitioners ask us to rewrite a statute', 'Arthur Pellworth'],
    ['says', 'A driver who waits nine hours at a dock', 'Adaeze Okafor-Lindqvist'],
    ['says', 'I’m disappointed, but I’m not surprised', 'Dwayne Harlow'],
    // "His lawyer, Priya Sandoval-Reyes of the Workers’ Justice Project, told reporters … that":
    // the name in apposition speaks, not the other side's lawyer named later (fixed in this round).
    ['says', 'the ruling would push drivers to speed', 'Priya Sandoval-Reyes'],
    ['says', 'The court has just told a trucking company', 'Priya Sandoval-Reyes'],
    ['says', 'restores the certainty', 'Grant Ellerbee'],
    ['says', 'pure invention', 'Owner-Operator Drivers Association'],
    ['says', 'This court reads exemptions broadly', 'Rebecca Anstruther'],
    ['no-quote', 'Harlow v. Vencor'],
    ['no-quote', 'Everything the justices did this week'],
    ['claims', '$4.6 billion', 'American Trucking Council'],
    ['claims', '$27.80', 'Bureau of Labor Statistics'],
    ['claims', '14 hours', 'Dwayne Harlow'],
  ],
  'awards-night': [
    ['says', 'We made this film for 3 million euros', 'Tomasz Wierzbicki'],
    ['says-once', 'Nobody in this building thought', 'Tomasz Wierzbicki'],
    ['says', 'Mom, I’m sorry about the mileage', 'Mara Quillon'],
    ['says', 'I thought I was too old', 'Desmond Achterberg'],
    // "Best actor went to NAME, 71, for The Long Count, …. Backstage, he told reporters …": a title after a
    // mid-sentence "The" is no person, so "he" is the actor (it was the film; fixed by a later rule).
    ['says', 'he had nearly turned the part down', 'Desmond Achterberg'],
    ['says', 'We’re back, we’re unionized', 'Caleb Rourke'],
    ['says', 'The audience already gave us our award', 'Gail Stormont'],
    ['says', 'This was the year the big-budget films', 'Rowan Pelletier'],
    ['no-quote', 'Paper Lanterns'],
    ['no-quote', 'The only awards newsletter you need'],
    // The Instagram embed: its caption is the signer's post, its "A post shared by" line no quote.
    ['says', 'Still shaking. Thank you to the Lantern voters', 'Ines Faraday-Mbeki'],
    ['no-quote', 'A post shared by'],
    ['claims', '$48.6 million', 'ReelCount'],
    ['claims', '9.4 million viewers', 'ViewMetric'],
    ['claims', '$1.1 billion', null],
  ],
  'utility-rate-hearing': [
    ['says', 'Nobody likes to ask for a rate increase', 'Kendra Oyelaran'],
    ['says', 'A fair number is closer to 9%', 'Harold Vinterberg'],
    // "X, whose office represents ratepayers …, called the request “…” and said …": the noun after
    // "whose" is no source of the verb after "and" (fixed in this round).
    ['says', 'shareholders should share the cost', 'Harold Vinterberg'],
    ['says-once', 'This is not a rubber stamp', 'Beatrice Lindqvist-Mora'],
    ['says', 'I keep my thermostat at 80', 'Earlene Tuckett'],
    ['says', 'Another 14%', 'Marcus Feeney'],
    ['claims', '$412 million', 'Northgate Power'],
    ['claims', '$60 million', 'Harold Vinterberg'],
    ['claims', '$8', 'Clean Grid Alliance'],
    ['claims', '31%', 'researchers'],
  ],
  'transit-strike-vote': [
    ['says-once', 'This vote is not a threat', 'Delroy Ashworth-Banks'],
    ['says', 'We value our operators', 'Noreen Castellvi'],
    ['says', 'watching closely', 'Idris Kamau'],
    ['says', 'If the buses stop, I stop', 'Luz Marina Okonkwo'],
    ['says', 'They put up with a lot', 'Trevor Lindahl'],
    ['says', 'Historically, these run a week or two', 'Sunita Ravindran'],
    ['no-quote', 'Local journalism you can trust'],
    // The Bluesky embed's signature line is no quote of its own.
    ['no-quote', 'ATW Local 2207'],
    ['claims', '2,614 members', 'Delroy Ashworth-Banks'],
    ['claims', '18%', 'Noreen Castellvi'],
    ['claims', '287,000 riders', 'monthly ridership report'],
  ],
  'drug-price': [
    ['says-once', 'I ration it', 'Janelle Okoro-Brandt'],
    // "Calvera Pharmaceuticals, which makes Brevaxa, said …. “…,” the company said": a name ending in
    // "Pharmaceuticals" is a company the noun stands for.
    ['says', 'We are committed to making sure every patient', 'Calvera Pharmaceuticals'],
    ['says', 'The list price is the price for the people', 'Matthias Oyelowo-Hart'],
    ['says', 'The effect was steady', 'Camila Hruska'],
    ['says', 'A 60-year-old molecule', 'Gordon Albee'],
    ['says', 'respond to the senator’s letter', 'Derek Fanshawe'],
    ['no-quote', 'The one newsletter drug-pricing wonks'],
    ['claims', '82%', 'Calvera Pharmaceuticals'],
    ['claims', '211%', 'analysis'],
    ['claims', '26 million Americans', 'Matthias Oyelowo-Hart'],
    ['claims', '14 patents', 'Initiative for Fair Medicines'],
  ],
  // Twenty-third round (branch pages55): five unseen pages, two fixes.
  'travel-first-names': [
    ['says', 'I used to fly to the Canaries every winter', 'Maria'],
    ['says-once', 'You arrive already on holiday', 'Maria'],
    ['says', 'If the boats don’t go out', 'Bastien Lacombe-Roux'],
    ['says', 'my friends can’t live here anymore', 'Théo'],
    ['says', 'We have 31 rooms', 'Ingrid Valdemar-Soto'],
    ['says', 'We did it by car in 1989', 'Anouk'],
    ['says', 'She makes me carry the picnic', 'Piet'],
    // An Instagram embed is its signer's, not the speaker's of the paragraph before, and its
    // "A post shared by" line is no quote (fixed in this round).
    ['says', 'Sunrise over the Salines', 'Lena'],
    ['no-quote', 'A post shared by'],
    ['says', 'We want a town that lives in January too', 'Odile Brassac'],
    ['claims', '212,000', 'tourist office'],
    ['no-quote', 'The only travel email I actually open'],
  ],
  'science-named-animals': [
    ['says', 'We expected some difference', 'Hana Ostrowski'],
    ['says', 'Now we have numbers for it', 'Marcus Feldberg'],
    ['says', 'It is a tidy experiment', 'Priya Halvorsen-Eze'],
    ['says', 'Our dog study is out', 'Ostrowski Lab'],
    ['claims', '$410,000', 'Hana Ostrowski'],
    ['claims', '48 dogs', 'Priya Halvorsen-Eze'],
    ['no-quote', 'My dog hides under the bed'],
  ],
  'family-business-surname': [
    ['says', 'My father built this place to last', 'Kenji Kato'],
    ['says', 'Everybody worried they would sell', 'Dolores Mackey'],
    ['says', 'It takes four of the five of us', 'Naomi Kato'],
    ['says', 'That is usually what decides it', 'Brent Osterhout'],
    ['claims', '$3.8 million', 'Emiko Kato'],
    ['claims', '22%', 'company'],
  ],
  'brazil-translation': [
    ['says', 'Nobody in this government', 'Zezé'],
    // A post signed "— Zezé Marinho (@…)": the accented name signs it, and the signature is no
    // quote (fixed in this round).
    ['says', 'Today we release R$2.4 billion', 'Zezé Marinho'],
    ['no-quote', '(@zezemarinho)'],
    ['says', 'We asked for help in August', 'Tavinho'],
    ['says', 'Now they want applause', 'Antônio Carlos Ribas'],
    // "The Minister of Regional Integration, NAME,": "Integration" is the office's field, no
    // surname; the appositive before the name makes her the one holder of "the minister".
    ['not-by', 'We are not going to accept a political show', 'Integration'],
    ['says', 'We are not going to accept a political show', 'Lúcia Fonseca-Arraes'],
    ['says', 'The governor knows very well', 'Lúcia Fonseca-Arraes'],
    ['claims', '41 reservoirs', 'National Water Agency'],
    ['claims', '30%', 'Careca'],
    ['claims', '312 municipalities', 'Planalto palace'],
  ],
  'founder-company': [
    ['says', 'no longer fit for modern food production', 'Hartley & Sons'],
    // "Hartley & Sons will close …, the company said": the ampersand joins the paragraph's lead.
    ['says', 'will close its Brackenfield bakery', 'Hartley & Sons'],
    ['says-once', 'I was born two streets from this bakery', 'Hartley'],
    ['says', 'A pie should be honest', 'Walter Hartley'],
    ['says', 'This is not about a leaking roof', 'Gemma Sowerby-Lyle'],
    ['claims', '£18 million', 'Hartley & Sons'],
    ['claims', '£9 million', 'Gemma Sowerby-Lyle'],
  ],
  // Twenty-fourth round (branch pages56): five unseen pages, one fix.
  'merger-analysts-wire': [
    ['says', 'The spread tells you the market is pricing in real regulatory risk', 'Ada Roe'],
    ['says', 'how confident are you on the', 'Ada Roe'],
    ['says', 'We learned from Pellham', 'Lucinda Ferreira-Hale'],
    ['says', 'full and fair', 'Pieter Van Loon'],
    ['says', 'would pause share buybacks', 'Gareth Nwosu'],
    ['claims', '$400 million', 'Bram Okonjo'],
    ['claims', 'two-thirds', 'Lucinda Ferreira-Hale'],
    ['no-quote', 'Our next question comes from'],
  ],
  'town-election-results': [
    ['says', 'People told me at every door', 'Wanda Pruett'],
    ['says-once', 'Forty-one votes is close enough', 'Delbert Stiles'],
    ['says', 'he will wait for the canvass', 'Delbert Stiles'],
    ['says', 'I knocked on 900 doors', 'Renata Gullickson'],
    ['says', 'his first priority would be the Cedar Street bridge', 'Eustace Hobbs'],
    ['claims', '212 absentee ballots', 'Marvella Dukes'],
    ['claims', '1,184 votes', 'unofficial results'],
  ],
  'climate-summit-blocs': [
    ['says', 'This text writes us out of the future', 'Tavita Leaupepe-Moana'],
    ['says', 'Walking out was not easy', 'Tavita Leaupepe-Moana'],
    ['says', 'No text is final until it is final', 'Iñigo Saltmarsh'],
    ['says', 'We are ready to stay here all weekend', 'Marguerite Ellsworth-Bay'],
    ['says', 'lecture the rest of us about ambition', 'Rafiq Adeyemi-Shore'],
    ['says', 'must move first and move faster', 'Wen Jiaming'],
    ['claims', '14,000 kilometres', 'Tavita Leaupepe-Moana'],
    ['claims', '0.1C', 'Kalani Whitfield-Ngata'],
  ],
  'gadget-roundup': [
    ['says', 'We put the savings into the ANC', 'Delia Fairweather'],
    ['says', 'Anyone with a unit from the first batch', 'Benedikt Olusanya'],
    ['says', 'would add multipoint pairing', 'Oren Castellanos-Reed'],
    // "a friend on the other end said": the friend, not "end" (fixed in this round).
    ['not-by', 'like I was in the room', 'end'],
    // Model numbers are no figures.
    ['no-figure', 'A3200'],
    ['no-figure', '7150'],
    ['no-quote', 'The only deals email'],
  ],
  'defamation-trial': [
    ['says', 'change what he said', 'Tamsin Okereke'],
    ['says', 'You were fired in March', 'Bartholomew Wragge'],
    ['says', 'followed her client into every casting room', 'Lorna Feeney-Castile'],
    ['says', 'Nobody was fired', 'Augustin Delacroix-Palmer'],
    ['says', 'looks forward to telling the truth in court', 'Dree Hammond'],
    // "A former personal assistant to country singer X told jurors that …": the assistant, not
    // the singer (fixed in this round).
    ['not-by', 'he privately admitted a story', 'Rhett Calloway'],
    ['claims', '$1.8 million', 'Sienna Marchetti'],
  ],
  // Twenty-fifth round (branch pages57): five unseen pages, three fixes.
  'coroner-inquest': [
    ['says', 'Callum was gentle, funny and far too trusting', 'Joanne Ashdown'],
    ['says', 'we all did it anyway', 'Kieran Mottram'],
    ['says', 'I would urge every young person in this county', 'Miriam Castlereagh'],
    ['says', 'no other parents have to sit where we sat today', 'Gary Ashdown'],
    // "PC Abigail Frome of Wessex Vale Police said …. The water was about 9C …, she said": the
    // constable, not the mother of the paragraph before (fixed in this round).
    ['says', 'The water was about 9C', 'Abigail Frome'],
    ['claims', '9C', 'Abigail Frome'],
    ['claims', '£40,000', 'Tressick Aggregates'],
  ],
  'vehicle-recall': [
    ['says', 'The safety of our customers comes first', 'Lindiwe Marchbanks'],
    ['says', 'A loose anchor is the kind of defect', 'Priya Vandermolen'],
    ['says', 'may not properly restrain an occupant', 'National Highway Vehicle Safety Administration'],
    // "Corrado said …. About 2% …, it said" after "Shares of Corrado fell": Corrado, never "Shares
    // of Corrado" or the agency (fixed in this round).
    ['says', 'it was aware of 27 warranty claims', 'Corrado Motors'],
    ['claims', '2%', 'Corrado Motors'],
    ['claims', '$35 million to $50 million', 'Tobias Greenhalgh'],
    // Model names, model years and the recall number are no figures.
    ['no-figure', 'X7'],
    ['no-figure', '611'],
  ],
  'data-breach-ransom': [
    ['says', 'We deeply regret the concern', 'Harlan Ostrowe-Beck'],
    // "In a statement …, the company said" a paragraph after the lead "Pelorus Health, a … operator".
    ['says', 'unusual activity', 'Pelorus Health'],
    ['says', 'This is not a bluff', 'Mirela Castellane'],
    ['says', 'We do not comment on communications', 'Quentin Azikiwe'],
    ['says', 'the company failed to encrypt the files', 'complaint'],
    // "posted on its leak site … what it said were patient files": never the site (fixed).
    ['not-by', 'were patient files', 'its leak site'],
    ['claims', '9.2 million patients', 'Pelorus Health'],
    ['claims', '31 victims', 'Mirela Castellane'],
  ],
  'protest-march': [
    ['says', 'This city was built by people who could afford to live in it', 'Fenella Oduya'],
    ['says', 'Our job is to facilitate peaceful protest', 'Craig Lomax'],
    ['says', 'But the money simply is not there', 'Declan Storrow'],
    ['says', 'I marched for the miners', 'Ewa Kowalczyk'],
    ['says', 'overwhelmingly peaceful', 'police spokesperson'],
    ['claims', '40,000 people', 'Harbourton Housing Coalition'],
    ['claims', '£64m', 'Declan Storrow'],
  ],
  'tv-recap-showrunner': [
    ['says', 'I knew the lighthouse had to go', 'Teodora Vance-Okafor'],
    ['says', "and I'm going to find out before the tide turns", 'Pryce'],
    ['says', "the angriest person I've ever played", 'Annika Strell'],
    ['claims', '11.4 million viewers', 'Vireo'],
    ['no-figure', '★'],
  ],
  // Twenty-sixth round (branch pages58): five unseen pages, one fix.
  'question-time-transcript': [
    ['says', 'If there is nothing to hide, table the report', 'Callum Fairhurst'],
    ['says', 'I withdraw', 'Callum Fairhurst'],
    ['says', 'every rule in the book', 'Helena Marsk-Dunmore'],
    ['says', 'I can give the member that assurance', 'Osric Bayliss'],
    ['says', 'cautiously satisfied', 'Priya Tennant'],
    ['claims', '140', 'Osric Bayliss'],
    ['no-quote', 'Hear, hear'],
  ],
  'antidoping-tribunal': [
    ['says', 'This ruling is a disgrace', 'Teodor Brankovic'],
    ['says', 'Athletes are responsible for what is in their bodies', 'Rowan Pettigrew-Salt'],
    ['says', 'exactly what we see after contaminated beef', 'Saskia Lindqvist-Obi'],
    ['says', 'I wanted to win it on the track', 'Beatrix Omondi-Lowe'],
    ['says', 'I will keep fighting until my name is clear', 'Imogen Sackville-Reyes'],
    ['claims', '1.4 nanograms', 'CADA'],
    ['claims', '€60,000', 'Teodor Brankovic'],
  ],
  'archaeology-hoard': [
    ['says', 'Nobody buries four swords by accident', 'Amara Wolcott-Tiede'],
    ['says', 'I thought it was an old bucket', 'Gideon Tullamore'],
    ['says', 'That tells us these people were trading', 'Jonah Ferreira-Quist'],
    ['says', 'For a century people said this valley was empty', 'Hester Mbeki-Lund'],
    ['says', 'can be a recycling bin', 'Ravi Castellane'],
    ['claims', '68 centimetres', 'Amara Wolcott-Tiede'],
    ['claims', '£250,000', 'Hester Mbeki-Lund'],
  ],
  'crypto-exchange-collapse': [
    ['says', 'This was not a risky bet that went wrong', 'Marcus Delahaye-Wynn'],
    ['says', 'I trusted the ads', 'Wendell Araujo-Finch'],
    ['says', 'You will not touch a digital asset', 'Hermione Castell'],
    ['says', 'a complete failure of corporate controls', 'Renata Voskuijlen'],
    ['says', 'Today I pleaded not guilty', 'Casimir Odell'],
    // A div.pq: its mark in a first span, its signer in a last one ("<span>“</span>Line.<span>Name,
    // role</span>"). Glued to the signer's name, this copy went to the speaker before.
    ['says', 'That is not a crime', 'Beatrice Solano-Grant'],
    ['claims', '$1.9 billion', 'Renata Voskuijlen'],
  ],
  'spain-regional-translation': [
    // "Lucía Ferrer Olmos … Ferrer said", with "Tomás Aguiló Ferrer" named only later: the
    // councillor, not the bar owner (fixed in this round).
    ['says', 'The report is very clear', 'Lucía Ferrer Olmos'],
    ['says', 'The town will grow, but not at any price', 'Andrés Ribas Campillo'],
    ['says', 'My son works in Valencia', 'Tomás Aguiló Ferrer'],
    ['says', 'Every summer the taps run dry', 'Rosario Benítez Garrigós'],
    ['claims', '38 million euros', 'Íñigo Valcárcel Soto'],
    ['claims', '60 million euros', 'sources'],
  ],
  // Twenty-seventh round (branch pages59): five unseen pages, three fixes.
  'history-anniversary-letters': [
    ['says', 'The water came in at the door like a live thing', 'Eliza Penhallow'],
    ['says', 'spoilt beyond mending', 'Josiah Penhallow'],
    ['says', 'The letters show it was the women', 'Hannah Ferrow'],
    ['says', 'left to private charity', 'Edmund Vane'],
    // "The curate of X, the Rev. NAME, kept a diary. “…,” he wrote": "the" before a title opens
    // the subject (fixed in this round; it was the husband of the paragraph before).
    ['says', 'Buried seven today', 'Silas Ambrose'],
    ['claims', 'seven', 'Silas Ambrose'],
    // "One of those women was NAME, …. “…,” she noted in her diary" (fixed in this round).
    ['says', 'Fed sixty today from one copper', 'Martha Quayle'],
    ['says', 'the anniversary was a chance', 'Ravi Kettering'],
  ],
  'missing-person-appeal': [
    ['says', 'completely out of character', 'Rowan Tillsley'],
    ['says', 'We are keeping an open mind', 'Rowan Tillsley'],
    ['says', 'a bit quiet', 'Kerry Oakshott'],
    ['says', 'He had two pints', 'Gary Frend'],
    ['says', 'Have you seen Daniel', 'Tamsford Police'],
    ['claims', '25 volunteers', 'Alison Brack'],
    ['no-figure', '0800'],
  ],
  'airline-disruption': [
    ['says', 'We are deeply sorry for the disruption', 'spokesperson for Skyvale'],
    // "The airline said" a paragraph after "Budget airline Skyvale has cancelled …"; the dek's bare
    // "the airline" no longer holds it to itself.
    ['says', 'identified and isolated', 'Skyvale'],
    ['says', 'The app kept crashing', 'Megan'],
    ['says', 'The kids think it', 'Tomasz'],
    ['says', 'monitoring the situation closely', 'Civil Aviation Authority'],
    ['says', 'Airlines must not leave passengers', 'Paul Garside'],
    // "Fairtrip said that argument would not wash. “…,” said its head of campaigns, NAME": the
    // lower-case "wash." ends its sentence (fixed in this round; the clause ran into the quote).
    ['says', 'that argument would not wash', 'Fairtrip'],
    ['says', 'is not a volcano', 'Rosalind Achebe-Hart'],
    ['says', 'This is not the Skyvale we want to be', 'Marcus Thielmann'],
    ['claims', '£35m', 'Holcombe Reid'],
    ['claims', '£180', 'Megan'],
  ],
  'exam-results-day': [
    ['says', 'a system that is stable and trusted', 'Caroline Ashdown'],
    ['says', 'Schools have had their budgets squeezed', 'Tobias Wrenfield'],
    ['says', 'I could not be prouder', 'Angela Moyo'],
    // "Among them was Aisha, 16, who …. “…,” she said" (fixed in this round; it was the head).
    ['says', 'I honestly thought', 'Aisha'],
    ['says', 'in line with expectations', 'Martin Okafor'],
    ['says', 'Results day is a celebration', 'Brendan Coyle-Hayes'],
    ['claims', '38%', 'Angela Moyo'],
    ['claims', '68%', 'Martin Okafor'],
    ['no-figure', 'A*'],
  ],
  'vietnam-outlet': [
    ['says', 'The government will not let people go without clean water', 'Pham Quoc Hung'],
    ['says', 'the money would be used', 'Pham Quoc Hung'],
    ['says', 'The water tasted like the sea', 'Nguyen Thi Lan'],
    ['says', 'the family had borrowed', 'Nguyen Thi Lan'],
    ['says', 'shrimp likes salt', 'Vo Van Tam'],
    ['says', 'What was once a crisis every ten years', 'Le Anh Tuan'],
    ['says', 'Same problem, same tears', 'Joko'],
    ['says', 'Java and the Mekong are in the same boat', 'Sutrisno'],
    ['claims', 'Rp1.2 trillion', 'Sutrisno'],
    ['claims', 'VND60 million', 'Nguyen Thi Lan'],
  ],
  // Twenty-eighth round (branch pages60): five unseen pages, two fixes.
  'nurses-strike-board': [
    ['says', 'Nobody goes into nursing to stand on a pavement', 'Morag Tulloch-Keane'],
    ['says', 'We recognise the strength of feeling', 'Duncan Ferrier'],
    ['says', 'Half my cohort from university', 'Eilidh Baird'],
    ['says', 'it is a fraction of what the board spends', 'Ishbel Rennie'],
    // "A nurse who asked not to be named because she feared losing her post said …": the nurse,
    // neither the general secretary before nor the staff nurse named after (fixed in this round).
    ['not-by', 'four unpaid extra hours', 'Morag Tulloch-Keane'],
    ['not-by', 'because the clock says so', 'Morag Tulloch-Keane'],
    ['not-by', 'because the clock says so', 'Eilidh Baird'],
    ['claims', '410 planned operations', 'Duncan Ferrier'],
    ['claims', '£19 million', 'Ishbel Rennie'],
  ],
  'flood-evacuation-live': [
    ['says', 'Our firefighters have been working through the night', 'Graham Pellow'],
    ['says', 'We just grabbed the dog and ran', 'Bernadette'],
    ['says', 'We are seeing rainfall on ground', 'Colin Ashworth-Reid'],
    ['says', 'look in on your neighbours', 'Hannah Voss'],
    ['claims', '1,900 hectares', 'Graham Pellow'],
    ['claims', '5.51 metres', 'Environment Office'],
    // "A spokeswoman said …" in the sentence after the Environment Office spoke (spox94).
    ['says', 'severe flood warnings', 'spokeswoman for Environment Office'],
  ],
  'manager-sacked': [
    ['says', 'We gave you a night at Wembley', 'Lars Ödegren'],
    // "the club said" a paragraph after "Kettleby Rovers have sacked …".
    ['says', 'The board would like to thank Lars', 'Kettleby Rovers'],
    ['says', 'He was given money and time', 'Neil Hartigan'],
    ['says', 'fighting with one hand tied behind his back', 'Denise Okoro'],
    ['says', 'within a fortnight', 'Peter Vance-Holloway'],
    ['claims', '€30m', 'Denise Okoro'],
    ['claims', '£18.5m', null],
  ],
  'drug-trial-journal': [
    ['says', 'we have very little left to offer them', 'Yusuf Adeyemi-Clarke'],
    // "Professor Rhiannon Tasker …", then "Prof Tasker said": one person (fixed in this round).
    ['says', 'older and sicker than the people in the trial', 'Rhiannon Tasker'],
    ['says', 'who they can afford to give it to', 'Henrik Solberg'],
    ['claims', '6%', 'Rhiannon Tasker'],
    ['claims', '64 million people', 'World Heart Alliance'],
  ],
  'nigeria-lawmaker-governor': [
    ['says', 'Where did the money go?', 'Chukwuemeka Obi-Nnadozie'],
    ['says', 'The governor has nothing to hide', 'Temitope Adaralegbe'],
    ['says', 'We will follow the money', 'Oluwaseun Balogun-Ekpo'],
    // "Obi-Nnadozie, who represents …" opening the paragraph before: "The lawmaker" is him.
    ['says', 'only N1.1 billion of the N5.3 billion', 'Chukwuemeka Obi-Nnadozie'],
    ['says', 'Nobody here has seen one naira', 'Nnamdi Ezeugwu'],
    ['says', 'too grave to be swept under the carpet', 'Folasade Ogunleye-Martins'],
    ['claims', 'N250,000', 'Nnamdi Ezeugwu'],
    ['claims', '$35 million', 'Temitope Adaralegbe'],
  ],
  // Twenty-ninth round (branch pages61): five unseen pages, one fix.
  'royal-state-visit': [
    ['says', 'We were not always good neighbours', 'Aurelian IV'],
    ['says', 'a new chapter', 'Ingrid Solveth-Mara'],
    ['says', 'I told him my husband talked about those Velmark boats', 'Greta Holmvik'],
    ['says', 'We object to the bill', 'Ronan Achterberg'],
    ['says', 'as much about trade as about sentiment', 'Lise Marrow-Kent'],
    ['claims', '150 people', 'Ronan Achterberg'],
    ['claims', '1987', 'Ingrid Solveth-Mara'],
  ],
  'restaurant-review': [
    ['says', 'The bank manager told me I was mad in writing', 'Odile Marchetti-Rowe'],
    ['says', 'That was two years ago', 'Ilija Novaković-Reyes'],
    ['says', 'They come for the hake', 'Denholm Pryce'],
    ['no-quote', 'Smoked Harbour'],
    ['no-quote', 'Lifeboat Crab'],
    ['claims', '30 covers', 'Odile Marchetti-Rowe'],
  ],
  'aviation-diversion': [
    ['says', 'It is far too early to say why the valve behaved', 'Halvard Nyquist-Bell'],
    ['says', 'stayed so calm', 'Oona Brightwater-Lisle'],
    ['says', 'Then everyone clapped', 'Teodor Vasquez-Moor'],
    ['says', 'every six months in the simulator', 'Ines Farrow-Adeyemi'],
    ['says', 'The system worked', 'Rufaro Penhaligon-Tse'],
    ['claims', '40 seconds', 'Air Incident Investigation Bureau'],
    ['claims', '€400', 'Nordvale'],
    ['no-figure', 'NV482'],
    // "the airline said" is the one airline of the story.
    ['says', 'The safety of our passengers and crew is always our first priority', 'Nordvale Airways'],
  ],
  'jobs-data-release': [
    ['says', 'The labour market is clearly loosening', 'Hemi Castellano-Birk'],
    ['says', 'That is usually how a slowdown starts', 'Tobiah Ferreira-Lund'],
    ['says', 'bending, not breaking', 'Dagny Olufemi-Varga'],
    ['says', 'Behind every one of those 58,000', 'Caspian Ndlovu-Hart'],
    ['says', 'does not make a recession', 'Saoirse Lindahl-Mbeki'],
    ['claims', '£2.4 billion', 'Dagny Olufemi-Varga'],
    ['claims', '13.1 per cent', 'Marlowe Statistics Office'],
  ],
  'hungary-outlet-translation': [
    // The dek's "The ministry says …; the mayor, Ferenc Tóthvári, wants “…”": the mayor, not the
    // ministry (fixed in this round).
    ['says', 'guarantees in writing', 'Ferenc Tóthvári'],
    ['says', 'We looked at eleven locations', 'Bożena Krzyżanowska-Dąb'],
    ['says', 'Then came the lorries of wastewater', 'Ilona Fodor-Szalai'],
    ['says', 'less than a large hotel uses', 'Zsolt Kerekes-Madár'],
    ['says', 'issued strictly in line with EU law', 'Ministry of Foreign Affairs and Trade'],
    ['claims', '€120 million', 'Ministry of Foreign Affairs and Trade'],
    ['claims', 'nine days', 'Ferenc Tóthvári'],
  ],
  // Thirtieth round (branch pages62): five unseen pages, three fixes.
  'city-council-public-comment': [
    ['says', 'I have run this bakery on Larkspur', 'Hollis Vantreese'],
    ['says', 'Paint is not protection', 'Marisol Quenby'],
    ['says', 'We are not guessing anymore', 'Ada Thornquist'],
    ['says', 'We owe the people on this street', 'Rufus Okonkwo-Bell'],
    ['says', 'the project would be paid for', 'Graham Eckersley'],
    ['says', 'I would like to reach 75', 'Teodoro Ashgrove'],
    ['says', 'We are against being ignored', 'Priya Wendell-Mays'],
    ['says', 'listened to every voice in the room', 'Cordelia Hastings'],
    ['claims', '31 crashes', 'Ada Thornquist'],
    ['claims', '48 businesses', 'Priya Wendell-Mays'],
    ['claims', '18 months', 'Graham Eckersley'],
  ],
  'music-festival-review': [
    ['says', 'Soaked to the bone', 'Caspian Rourke'],
    ['says', 'the band had nearly split up', 'Caspian Rourke'],
    ['says', 'I want to see my own garden', 'Magdalena Szpilka'],
    ['says', 'We thought about 200 people', 'Oona Marchetti-Vale'],
    ['says', "We can't control the weather", 'Hamish Ollerenshaw'],
    ['no-quote', 'more drainage'],
    ['claims', '61,000 tickets', 'Hamish Ollerenshaw'],
  ],
  'hurricane-season-forecast': [
    ['says', 'Everything we look at points', 'Wendell Achterberg'],
    ['says', 'the forecast range of 13-19', 'Wendell Achterberg'],
    ['says', 'It only takes one storm', 'Josefina Ruíz-Takahashi'],
    ['says', 'Our numbers are a little higher', 'Kofi Ansah-Lindqvist'],
    ['says', 'dust from the Sahara', 'Ilse Brandvold'],
    ['claims', '6 to 10', 'Coastal and Atmospheric Monitoring Administration'],
    ['claims', '1 degree Celsius', 'Wendell Achterberg'],
  ],
  'oped-first-person-bio': [
    ['says', 'Our kids deserve classrooms', 'Thaddeus Merriwether'],
    ['says', 'I can take the phone away', 'Desmond Achebe-Frost'],
    ['says', 'we have to do the hard part too', 'Miriam Okafor-Wilde'],
    ['says', 'nobody had time for us', 'Lucia Barrientos'],
    ['no-quote', 'Red Pens and Second Chances'],
    ['claims', '$40 million', 'Miriam Okafor-Wilde'],
  ],
  'australia-state-budget-reply': [
    ['says', 'a con on every family', 'Rhiannon Stavely'],
    ['says', 'I make no apology', 'Dominic Ashworth-Blake'],
    ['says', "can't read a budget paper", 'Fiona Castlemaine'],
    ['says', 'I want it in writing', 'Sharon Mulqueeney'],
    ['says', 'the hospital would create 1,200', 'Josh Pettigrew-Ngata'],
    ['says', 'Renters need a plan', 'Ngaire Holmwood'],
    ['claims', '$61.8 billion', 'Fiona Castlemaine'],
    ['claims', '1,200 construction jobs', 'Josh Pettigrew-Ngata'],
  ],
  // A thirty-first round: mononyms, first names after a patronymic, Arabic prefixes, Burmese
  // honorifics, and a Polish family of one surname in -ski and -ska.
  'indonesia-mononyms-translation': [
    ['says', 'If they fill the water with sand', 'Sutrisno'],
    ['says', 'his daily catch had already fallen', 'Sutrisno'],
    ['says', 'Nobody came to our house', 'Ningsih'],
    ['says', 'We are small people', 'Ningsih'],
    ['says', 'We will not let the fishermen become victims', 'Wahyudi'],
    ['says', 'The design is not final', 'Bambang Sulistyo'],
    ['says', 'mangroves could be lost', 'Rere'],
    ['claims', '15 kilograms', 'Sutrisno'],
    ['claims', 'Rp 25 million', 'Wahyudi'],
  ],
  'iceland-first-names-translation': [
    ['says', 'People see the pictures of lava', 'Guðrún Jónsdóttir'],
    ['says', 'If the sirens go, we go', 'Guðrún Jónsdóttir'],
    ['says', 'This is our home', 'Einar Pálsson'],
    ['says', 'The magma chamber now holds', 'Benedikt Þórsson'],
    ['says', 'We cannot ask families to live with broken hot water', 'Ásdís Björk'],
    ['says', 'the evacuation plan had been tested', 'Hallgrímur Geirsson'],
    ['says', 'braver than I am', 'Sigurður Magnússon'],
    ['claims', '14 million cubic metres', 'Benedikt Þórsson'],
    ['claims', '35 houses', 'Ásdís Björk'],
  ],
  'levant-arabic-names': [
    ['says', 'We are facing the driest year', 'Mohammed al-Rashidi'],
    ['says', 'This is the first time I watch it go dry', 'Abu Karim'],
    ['says', 'the valley feeds the capital,', 'Sheikh Faisal'],
    ['says', 'half of one job goes on water', 'Umm Yazan'],
    ['says', 'Without desalination', 'Rania Abu-Ghazaleh'],
    ['says', 'schedules for each district', 'Omar Salameh'],
    ['claims', '300 million cubic metres', 'Mohammed al-Rashidi'],
    ['claims', '40 dunums', 'Abu Karim'],
  ],
  'myanmar-honorifics': [
    ['says', 'We pulled out four bodies', 'Kyaw Lin'],
    ['says', 'The forest does not bomb us', 'Kyaw Lin'],
    ['says', 'not even a blanket', 'Aye Mya'],
    ['says', 'We need antibiotics', 'Ma Thandar'],
    ['says', 'They bombed a monastery', 'Min Thu'],
    ['says', 'the air force had targeted', 'Zaw Min Tun'],
    ['not-by', 'Kyauk Taw after the airstrike', 'OCHA statement'],
    ['claims', '18 wounded people', 'Ma Thandar'],
    ['claims', '30 percent', 'OCHA statement'],
  ],
  'poland-outlet-translation': [
    ['says', 'My grandfather survived the war here', 'Wiśniewski'],
    ['says', 'We learned about it from a neighbour', 'Małgorzata Wiśniewska'],
    ['says', 'the offer was half of what the building was worth', 'Małgorzata Wiśniewska'],
    ['says', 'they would appeal to the provincial administrative court', 'Zofia Wiśniewska'],
    ['says', 'The law allows expropriation', 'Zofia Wiśniewska'],
    ['says', 'a city of 650,000 people needs public transport', 'Katarzyna Nowakowska'],
    ['says', 'rejected a cheaper site', 'Jerzy Nowakowski'],
    ['says', 'Without this bakery', 'Halina Dąbrowska'],
    ['claims', 'half', 'Małgorzata Wiśniewska'],
    ['claims', '85 percent', 'Katarzyna Nowakowska'],
  ],
  // Thirty-second round (branch pages64): five unseen pages, two fixes.
  'auditor-general-report': [
    ['says', 'had signed the contract before the boats', 'Constance Ebbworth'],
    // "In a report tabled in Parliament on Thursday, Auditor-General X said …" names her as the
    // report's issuer, so "the report said" and "…, it found" speak for her (branch clm94; was "report").
    ['says', 'Decisions were made on the basis of optimism', 'Constance Ebbworth'],
    ['says', 'the department approved 214 changes', 'audit'],
    ['says', 'The fleet is on track now', 'Russell Kaine'],
    ['says', 'He signed off on every one of these changes', 'Priyanka Dellacroce'],
    ['says', 'Nobody should be surprised', 'Felix Marangoni'],
    // "The shipbuilder, X, said in a statement it disputed … and that …“…”" (fixed: was the Defence Department).
    ['says', 'repeated design changes requested by the customer', 'Carrow Marine'],
    ['claims', '$3.4 billion', 'Constance Ebbworth'],
    ['claims', '12 boats', 'Constance Ebbworth'],
    ['claims', '$4.1 million', 'audit'],
    ['claims', '$5.1 billion', 'Russell Kaine'],
    ['claims', '$160 million', 'Priyanka Dellacroce'],
    ['claims', 'nine recommendations', null],
  ],
  'budget-office-score': [
    ['says', 'This is static thinking from people', 'Wade Colquitt'],
    ['says', 'The nonpartisan referee has spoken', 'Lorna Hightower'],
    ['says', 'I said I wouldn', 'Joanna Pettifer'],
    ['says', 'The CBO has been wrong before', 'Dana Whitlock'],
    ['says', 'Every majority attacks the referee', 'Howard Engstrom'],
    ['says', 'a smaller effect, of about 0.2%', 'Congressional Budget Office'],
    // "…, according to an estimate released Thursday by the Congressional Budget Office" (fixed: was "estimate").
    ['says', 'The House Republican tax bill would add', 'Congressional Budget Office'],
    ['claims', '61%', 'Tax Policy Center'],
    ['claims', '$2,150', 'Hale Foundation'],
    ['claims', '1.4 million fewer people', 'Congressional Budget Office'],
    ['claims', '$300 billion', null],
  ],
  'motor-race-radio': [
    ['says', 'Get in there! Get in there, boys!', 'Eero Valtonen'],
    ['says', 'P1, Eero. P1. Great job, mate.', 'Moritz Falkenberg'],
    ['says', 'Why are we not pitting', 'Luca Castellari'],
    ['says', 'We will not lose a championship on reliability', 'Annika Sorvald'],
    ['says', 'Both of them drove like champions today', 'Hugo Marchetti-Ross'],
    ['says-once', 'Get in there! Get in there, boys!', 'Eero Valtonen'],
    ['claims', '187 points', null],
  ],
  'select-committee-report': [
    ['says', 'Every month of delay means more prisoners', 'Ada Roe'],
    ['says', 'made promises they could not keep', 'Ada Roe'],
    ['says', 'We are building prison places at pace', 'Ministry of Justice'],
    ['says', 'We are managing the jail day to day', 'Kwame Ashworth-Bell'],
    ['says', 'a sticking plaster on a broken leg', 'Gideon Farrant-Lowe'],
    ['says', 'building alone won', 'Tom Hazeldine'],
    ['says-once', 'The government must publish a realistic plan', 'Ada Roe'],
    ['claims', '£3.1bn', 'report'],
    ['claims', '98 per cent', 'Kwame Ashworth-Bell'],
    ['claims', '4,200 places', 'Ministry of Justice'],
  ],
  'transfer-rumour-roundup': [
    ['says', 'Ashbury United are leading the race', 'Sky Sports'],
    ['says', 'would prefer to sell abroad', 'Diario Marca Sur'],
    ['says', 'There is no discount', 'Joaquim Bettencourt'],
    ['says', 'Tiago is a good player', 'Stellan Haugsrud'],
    ['says', 'Felix is happy at Ashbury', 'Marco Liebenthal'],
    ['claims', '£180,000', 'Athletic North'],
    ['claims', '£350,000', 'Evening Post'],
    ['claims', '£22m', "L'Équipe Régions"],
  ],
  // The thirty-third round (pages65): a mine collapse, an employment tribunal, a chess event with
  // player handles, a counterfeit-wine trial, an Italian outlet in translation.
  'mine-collapse-rescue': [
    ['says', 'We are moving rock by hand', 'Bongani Ferreira-Lusk'],
    ['says', 'He phoned me at half past five', 'Thandeka Moloi'],
    ['says', 'They tell us on the radio', 'Refilwe Dube'],
    ['says', 'We warned the company in writing', 'Ayanda Kruger-Nel'],
    ['says', 'I am not going to speculate', 'Marthinus Ellery'],
    ['says', 'This is the news we were praying for', 'Cornelia Haasbroek'],
    ['says', 'Tonight we keep the lights on', 'Emmanuel Sithole'],
    ['says', "the department's inspectors had stopped", 'Pieter Mahlangu-Oosthuizen'],
    ['no-quote', 'Everything that matters in the Orrin Valley'],
    ['claims', '35 metres', 'Bongani Ferreira-Lusk'],
    ['claims', '150 millimetres', 'Bongani Ferreira-Lusk'],
    ['claims', '47', 'Drakensfel Minerals'],
    ['claims', 'nine hours', 'Refilwe Dube'],
  ],
  'employment-tribunal-judgment': [
    ['says', 'The timekeeping concerns were never raised', 'Harriet Calloway'],
    ['says', 'an after-the-event construction', 'Harriet Calloway'],
    ['says', 'I reported the fire exits', 'Priya Venn-Adair'],
    ['says', 'two fire exits on the night shift were blocked', 'Priya Venn-Adair'],
    ['says', 'more trouble than she is worth', 'Dariusz Kowalczyk-Bream'],
    ['says', 'she had been dismissed for poor timekeeping', 'Halberd Logistics Ltd'],
    ['says', 'Big win for Priya', 'Bethan Ashcombe'],
    ['claims', 'two fire exits', 'Priya Venn-Adair'],
    ['claims', '£31,600', null],
  ],
  'chess-rapid-tournament': [
    ['says', 'Mireille plays the opening', 'Edvard Lindqvist-Obi'],
    ['says', "He found moves I didn't even look at", 'Mireille Santangelo'],
    ['says', "I have watched Rustam's games", 'Tobiah Adeyemi-Strand'],
    ['says', 'well played, you deserved it', 'Rustam Kalashyan'],
    ['says', 'Chess online is not a fashion', 'Henrik Saltmarsh'],
    ['says', 'the move of the tournament', 'Yolanda Brightwater'],
    ['claims', '2.3 million people', 'Henrik Saltmarsh'],
    ['claims', '200,000 viewers', 'Henrik Saltmarsh'],
    ['claims', '$75,000', null],
  ],
  'counterfeit-wine-trial': [
    ['says', 'The wine was cheap', 'Celestine Okwuosa'],
    ['says', 'Alaric bought these bottles', 'Marcus Fairweather-Lund'],
    ['says', 'The paper glows under ultraviolet', 'Ingrid Vasquez-Holm'],
    ['says', 'Some of it was perfectly pleasant', 'Ingrid Vasquez-Holm'],
    ['says', 'I told the guests', 'Teodoro Quispe-Marsh'],
    ['says', 'should frighten every collector', 'Bernadette Oyelaran-Shaw'],
    ['says', 'the trial was expected to last', 'Harold Penhallow'],
    ['no-quote', 'only email I read before coffee'],
    ['claims', '9,200 empty labels', 'Celestine Okwuosa'],
    ['claims', '$184,000', 'Teodoro Quispe-Marsh'],
    ['claims', '212', 'Ingrid Vasquez-Holm'],
  ],
  'italy-outlet-translation': [
    ['says', 'The piazza is the living room', 'Lorenzo Bassanelli'],
    ['says', 'It is a question of priorities', 'Serena Mazzoleni'],
    ['says', 'theatre for the cameras', 'Fabrizio Loreto-Cavalli'],
    ['says', 'If there is a surplus of 2.3 million', 'Matteo Rinaldi-Greco'],
    ['says', 'cold in the morning and noisy all day', 'Annamaria Fiorucci'],
    ['says', 'check the timetable for the school', 'Paola Venturini'],
    ['claims', '820,000 euros', 'Fabrizio Loreto-Cavalli'],
    ['claims', '2.3 million euros', 'Chiara De Santis'],
    ['claims', '150,000 euros', 'Paola Venturini'],
    ['claims', '1.5 million euros', null],
  ],
  // The thirty-fourth round (pages66): a serialised memoir, a journal's retractions, a cricket
  // report from a South Asian outlet, a ship aground, a consumer story told through forum posts.
  'memoir-serialisation': [
    ['says', 'I hid in the wardrobe for two days', 'Delphine Okonkwo-Hale'],
    ['says', 'timed to sell books', 'spokesman for Fenwick-Tay'],
    ['says', 'she earned £38,000', 'Delphine Okonkwo-Hale'],
    ['says', 'I remember the drive', 'Ngozi Okonkwo'],
    ['says', 'Thirteen years. One book', 'Delphine Okonkwo-Hale'],
    ['no-quote', 'The only books newsletter'],
    ['claims', '£38,000', 'Delphine Okonkwo-Hale'],
    ['claims', '2.1 million copies', 'Delphine Okonkwo-Hale'],
    ['claims', '120,000 hardback copies', null],
  ],
  'journal-retraction': [
    ['says', 'The images cannot be relied upon', 'Cyprian Adekunle-Ross'],
    ['says', 'I stand by the science', 'Anneliese Halvorsen'],
    ['says', 'honest mistakes in assembling figures', 'Anneliese Halvorsen'],
    ['says', 'opened a formal inquiry', 'Delia Fairweather'],
    ['says', 'no role in preparing the figures', 'Tomasz Wieczorek-Lund'],
    ['says', 'by accident', 'Bram Oosterhuis'],
    ['claims', '1,900 times', 'Scholarbase'],
    ['claims', '$4.6 million', 'NIH RePORTER'],
    ['claims', '38 western blot images', 'Cell Signalling Letters'],
    ['claims', 'four times', 'sleuth'],
  ],
  'cricket-odi-report': [
    ['says', 'Hamza took the pressure off me', 'Zeeshan Qureshi'],
    ['says', 'I was only thinking about yorkers', 'Imtiaz Rahmatullah'],
    ['says', 'We should have got 320', 'Corwin Delacroix-James'],
    ['says', 'Selectors have some tough decisions', 'Nadeem Hassan-Lodhi'],
    ['claims', '320', 'Corwin Delacroix-James'],
    ['claims', '49.3 overs', null],
    ['no-figure', '4/32'],
    ['no-figure', '288/6'],
  ],
  'ship-grounding-port': [
    ['says', 'The vessel is stable', 'Imogen Featherstone-Wyatt'],
    ['says', 'Tides are on our side', 'Rhys Penhallow'],
    ['says', 'experienced a loss of propulsion', 'Velstra Container Line'],
    ['says', 'has appointed salvors', 'Velstra Container Line'],
    ['says', 'to lighten her by the bow', 'Piet van Heerden-Loos'],
    ['says', 'Harrowby handles about 1.4 million TEU', 'Freya Lindqvist'],
    ['says', 'That bank moves every winter', 'Alun Trevaskis'],
    ['claims', '94,000', 'HM Coastguard'],
    ['claims', '11,000 boxes', 'Freya Lindqvist'],
    ['claims', '600 tonnes', 'Piet van Heerden-Loos'],
    ['claims', '11 knots', 'ShipTrace'],
    ['claims', '6,800 containers', null],
  ],
  'consumer-forum-outage': [
    ['says', 'Came home from a wedding', 'u/quietkettle'],
    ['says', 'Going back to a dumb deadbolt', 'u/quietkettle'],
    ['says', 'We are deeply sorry', 'Calla Ventresca'],
    ['says', 'Day two locked out', 'Fern Okafor-Bell'],
    ['says', 'Three percent is not a small test group', 'Dev Malhotra-Quinn'],
    ['says', 'aware of reports', 'Consumer Product Safety Board'],
    ['claims', '$249', 'Fern Okafor-Bell'],
    ['claims', '$180', 'u/quietkettle'],
    ['claims', '33,000 locks', null],
  ],
  // The thirty-fifth round (pages67): a South African politics story in rand, a TV debate live blog
  // with fact-check boxes, one family sentenced, a science briefing with error bars, a Japanese
  // company's apology in translation.
  'sa-presidency-tender': [
    ['says', 'Every rand of this contract went through the bid committee', 'Thandiwe Mokoena-Ellis'],
    ['says', 'above board in every respect', 'Thandiwe Mokoena-Ellis'],
    ['says', 'it is a thank-you note with R84 million attached', 'Dumisani Kleinhans'],
    ['says', 'raises questions we should be asking before the opposition does', 'Refilwe Ostrander'],
    ['says', 'The minister has nothing to hide', 'Nomsa Verwoerd-Dlamini'],
    ['says', 'employed 212 facilitators in four provinces', 'Andile Brink'],
    ['says', 'we expect answers, not a press release', 'Pieter Mahlangu-Vos'],
    ['says', 'welcomes the opportunity', 'Kagiso Pretorius'],
    ['claims', '212 facilitators', 'Andile Brink'],
    ['claims', 'three years', 'documents'],
    ['claims', '41,000 young people', 'Presidency'],
  ],
  'tv-debate-liveblog': [
    ['says', 'I am not the polished one on this stage', 'Ray Dunmore'],
    ['says', 'Four years ago we were 38th in reading', 'Helen Calloway'],
    ['says', 'The toll plan brought in $900 million', 'Helen Calloway'],
    ['says', 'just not true, Helen', 'Ray Dunmore'],
    ['says', 'you’ll get your time', 'Priya Halvorsen'],
    ['says', 'How would you close it without raising taxes?', 'Priya Halvorsen'],
    ['says', 'borrowing from our grandchildren', 'Ray Dunmore'],
    ['claims', '$38', 'Ray Dunmore'],
    ['claims', '$52,000', 'Ray Dunmore'],
    ['claims', '11 percent', 'Helen Calloway'],
    ['claims', '$600 million', 'Helen Calloway'],
  ],
  'family-sentencing': [
    ['says', 'the architect of this enterprise from start to finish', 'Alison Marchetti'],
    ['says', 'You were not a bystander', 'Alison Marchetti'],
    ['says', 'charm and no conscience', 'Alison Marchetti'],
    ['says', 'followed his brother up the ladder', 'Alison Marchetti'],
    ['says', 'I no longer answer the door', 'widow'],
    ['says', 'drawn into the family trade at 16', 'Shona Medway'],
    ['says', 'under her husband', 'Imran Castell'],
    ['says', 'They were thieves with a ladder', 'Fiona Leckie'],
    ['claims', 'six company names', 'Neil Abernathy-Sowe'],
  ],
  'science-briefing-exoplanet': [
    ['says', 'We measured the mass and the radius independently', 'Ingrid Vasquez-Lowell'],
    ['says', 'Something between a quarter and a third of it is probably water', 'Ingrid Vasquez-Lowell'],
    ['says', 'so we had to be patient', 'Tariq Emberly'],
    ['says', 'one of the best targets we have', 'Bernard Okafor-Lind'],
    ['says', 'At these pressures water can be a hot, dense fluid', 'Mei-Ling Hartigan'],
    ['says', 'The mass is solid', 'Samuel Achterberg'],
    ['claims', '212 nights', 'Tariq Emberly'],
    ['claims', '1.1 times', 'Halden Observatory'],
  ],
  'japan-apology-presser': [
    ['says', 'We deeply apologize for betraying the trust', 'Takeshi Orihara'],
    ['says', 'a failure of management', 'Takeshi Orihara'],
    ['says', 'an extremely serious matter', 'Hiroko Tanabe-Ueda'],
    ['says', 'a schedule that could not be kept honestly', 'Masaru Ichinose'],
    ['says', 'supervisors knew, and said nothing', "committee's report"],
    ['says', 'You trust the train because you cannot check it yourself', 'Sachiko Nomura'],
    ['claims', '¥12 billion', 'Takeshi Orihara'],
    ['claims', '38 employees', 'Masaru Ichinose'],
    ['claims', '1,460 train cars', 'Harunaga Rail Co.'],
  ],
  // A thirty-sixth round (pages68): audited by hand before any fix; see the README's section.
  'ledger-anonymous-sources': [
    ['says', 'Brightwater acted swiftly and transparently at every stage', 'Brightwater Foods'],
    ['says', 'If we had seen those numbers in the spring', 'one of the officials'],
    ['says', 'learned hard lessons', 'Lionel Achterberg'],
    ['says', 'a company that knew and waited', 'Priya Vantongeren'],
    ['says', 'The system runs on trust', 'Harold Munsey'],
    ['says', 'welcomes any review', 'Gil Ferrante'],
    ['says', 'We are cooperating fully with regulators', 'Brightwater Foods'],
    ['says', 'The outbreak linked to the cheese sickened 61 people', 'Centers for Disease Control and Prevention'],
    ['claims', '$40 million', 'Lionel Achterberg'],
    ['claims', '14 times', 'documents'],
  ],
  'podcast-transcript-episode': [
    ['says', 'that the agency needs 120 new buses', 'Ingrid Saltmarsh'],
    ['says', "The agency's fleet plan is based on ridership growth", 'Tomas Brevik'],
    ['says', 'the shop owners fought it', 'Celia Ambrose'],
    ['claims', '120 new buses', 'Ingrid Saltmarsh'],
  ],
  'kenya-county-assembly': [
    ['says', 'We are not against the hospital', 'Beatrice Chepkoech'],
    ['says', 'This House will not be a rubber stamp', 'Daniel Otieno Marwa'],
    ['says', 'The executive will respond to every issue raised', 'Amina Hussein Abdi'],
    ['says', 'Whoever stole, let them be jailed', 'Grace Wambui'],
    ['says', 'remains committed to delivering a modern Level Five hospital', 'Nakuvi County Government'],
    ['says', 'has every right to oversight', "Governor Samuel Rotich's office"],
    ['claims', 'two hospitals', 'Beatrice Chepkoech'],
  ],
  'theatre-review-director': [
    ['says', 'I wanted the audience to smell it', 'Ines Vasquez-Hale'],
    ['says', 'That sentence is in the play almost word for word', 'Ines Vasquez-Hale'],
    ['says', 'a love letter to people who stay', 'Wren Calder'],
    ['not-by', 'We planted them for people who were never going to come home', 'Halfway'],
    ['not-by', 'Land is only worth what somebody will pay for it', 'Halfway'],
  ],
  'tribunal-protected-witness': [
    ['says', 'There were lamps on the trucks', 'Witness P-12'],
    ['says', 'planned, listed and carried out to the last name', 'Nadia Okonkwo-Berg'],
    ['says', 'a story told eight years later', 'Ludovic Ambrecht'],
    ['says', 'The chamber will not allow this witness to be exposed', 'Helga Sørvik'],
    ['says', 'I need the world to write it down', 'Senada Voric'],
    ['claims', '83 victims', 'Nadia Okonkwo-Berg'],
    ['claims', '27 witnesses', 'Ludovic Ambrecht'],
    ['claims', 'ten metres', 'Witness P-12'],
  ],
  // A thirty-seventh round (pages69): audited by hand, no engine change; see the README's section.
  'wire-central-bank-testimony': [
    ['says', 'We would rather be a little late in cutting', 'Adaeze Marlowe'],
    ['says', 'uncomfortably sticky', 'Adaeze Marlowe'],
    ['says', 'The governor has slammed the door on a summer cut', 'Priyanka Hollis'],
    ['says', 'overreacted to one adjective', 'Benedikt Arnaud'],
    ['says', 'asking families to pay for its own forecasting mistakes', 'Desmond Okafor-Reyes'],
    ['says', 'Wages are still growing faster than productivity', 'Halvard Nyquist'],
    ['claims', '50 basis points', 'Priyanka Hollis'],
    ['claims', '3.6%', 'Halvard Nyquist'],
    ['claims', '1,140 Orlavian dollars', 'Desmond Okafor-Reyes'],
    ['claims', '12 basis points', null],
  ],
  'local-vigil-school': [
    ['says', 'On Tuesday, we lost three people', 'Renata Osei'],
    ['says', 'since she could say the word', 'Ingrid Brandt'],
    ['says', 'Our officers went toward that building', 'Anton Vuković'],
    ['says', 'We are going to finish it for him', 'Hiroshi Takeda'],
    ['says', 'He told me I was smart', 'Keanu Delacroix'],
    ['says', 'Parents should not expect their kids', 'Beatriz Lindqvist'],
    ['says', 'Our hearts are with the Hollin Ridge family', 'Tamsley Unified Schools'],
    ['claims', '40 counselors', 'Beatriz Lindqvist'],
    ['claims', 'four minutes', 'Anton Vuković'],
    ['claims', '1,500 people', null],
  ],
  'eu-antitrust-translation': [
    ['says', 'We strongly disagree with the decision', 'Marcus Ellingwood'],
    ['says', 'a historic day for the small European companies', 'Chiara Bonomelli'],
    ['says', 'Nine years for a decision is too long', 'Chiara Bonomelli'],
    ['says', 'Europe shows that it knows how to defend its market', 'Lorenzo Accardi'],
    ['says', "Today's decision protects European consumers", 'Henrike Vandersloot'],
    ['claims', '60%', 'Chiara Bonomelli'],
    ['claims', '13 member states', 'decision'],
    ['claims', '71 billion dollars', null],
    // Fixed in the ninety-first round: "According to the decision, which runs to 340 pages, …"
    // opened the reported span on the relative clause, and "340 pages" went to the decision.
    ['no-quote', 'which runs to 340 pages'],
    ['claims', '340 pages', null],
  ],
  'athlete-profile-decades': [
    ['says', 'I ran after it for three stops', 'Odette Marrin'],
    ['says', 'I saw this wee thing in a school jumper', 'Fergus Marrin'],
    ['says', 'We could hear the neighbours cheering', 'Agnes Marrin'],
    ['says', 'On the track she was fighting the other women', 'Joseph Kiprono Laing'],
    ['says', "She doesn't act like it", 'Shona Abernethy'],
    ['says', 'Because the bus still leaves without me', 'Odette Marrin'],
    ['says', 'Saturday squad in the rain', 'Odette Marrin'],
    ['claims', 'three stops', 'Odette Marrin'],
    ['claims', '41st', null],
  ],
  'live-election-count': [
    ['says', 'Tonight Valdmark has chosen a new direction', 'Marit Lindqvist-Haraldsen'],
    ['says', 'The voters have sent us a clear message', 'Anders Bjørnvik'],
    ['says', 'a rural revolt more than an ideological shift', 'Eirik Sandvold'],
    ['says', '19 seats and counting', 'Noor Akhtar-Solberg'],
    ['says', 'We are the kingmakers tonight', 'Roar Kvitstad'],
    ['says', 'turnout was 78.3%', 'National Election Committee'],
    ['claims', '62 and 66 seats', 'Eirik Sandvold'],
    ['claims', '74.9%', 'National Election Committee'],
    ['claims', '6.4 percentage points', null],
  ],
  // A thirty-eighth round (pages70): audited by hand before the fixes; see the README's section.
  'wildfire-evacuation-county': [
    ['says', 'We lost a lot of line last night', 'Gil Marchetti'],
    ['says', 'If you are in a Level 3 zone, you need to leave now', 'Loretta Vance'],
    ['says', 'My guys have been on the line for 30 hours straight', 'Aurelio Banks'],
    ['says', 'I grabbed the photo albums and my pills', 'Norma Quillen'],
    ['says', 'but not by enough to make a big difference', 'Keiko Straub'],
    ['says', 'Another 230 evacuees were staying at the Grange hall', 'Manny Delacroix'],
    ['no-quote', 'Thank you to every firefighter out there'],
    ['claims', '1,150 firefighters', 'Gil Marchetti'],
    ['claims', '2,300 homes', 'Loretta Vance'],
    ['claims', '45 mph', 'Tamarack Interagency Fire Center'],
  ],
  'fashion-week-review': [
    ['says', 'I stopped trying to dress the woman the archive wanted', 'Oriane Castellac'],
    ['says', 'It weighs nothing', 'Fenna Oosterbroek'],
    ['says', 'The coats are a yes', 'Priya Vandermeer'],
    ['says', 'a very expensive way of saying summer', 'Hugo Benedetti'],
    ['says', 'a quarter of the business and growing', 'Thibault Arnesen'],
    ['claims', '18%', 'Thibault Arnesen'],
  ],
  'privacy-high-court-ruling': [
    ['says', 'followed her through the car park', 'Serena Okafor'],
    ['says', 'My client did not choose to be ill', 'Okafor'],
    ['says', 'The aggravated damages are the headline here', 'Rupert Okonedo'],
    ['says', 'make editors think twice', 'Eleanor Ashdown'],
    ['says', 'Privacy matters, for all of us', 'Eleanor Ashdown'],
    ['says', 'nothing that was not already in the public domain', 'Dominic Farrant'],
    ['claims', '£62,500', null],
  ],
  'quebec-french-translation': [
    ['says', 'he will not hand over the keys', 'Jean-François Brassard'],
    ['says', 'They will have to come and take the keys', 'Jean-François Brassard'],
    ['says', 'I understand the attachment of the community', 'Marie-Ève Lachapelle'],
    ['says', 'the bus ride would be closer to 70 minutes', 'Marie-Ève Pelletier-Roy'],
    ['says', '860 signatures on a petition', 'Luc-Antoine Gagnon'],
    ['says', 'the group would ask the Superior Court', 'Luc-Antoine Gagnon'],
    ['says', 'Une école de village', 'Stéphane Lavoie-Dubé'],
    ['claims', '30 days', 'Luc-Antoine Gagnon'],
    ['claims', '14 rural schools', 'Stéphane Lavoie-Dubé'],
    ['claims', '$11,400', "Lachapelle's office"],
  ],
  'rail-fares-timetable': [
    ['says', 'Passengers are being asked to pay more for less', 'Deborah Ancrum-Hewitt'],
    ['says', 'Fewer trains that turn up on time', 'Colin Drummond-Achebe'],
    ['says', 'Punctuality on this network is nowhere near good enough', 'Martin Oyelaran'],
    ['says', 'Nurses and cleaners finishing at eleven', 'Ken Ferrabee'],
    ['says', 'below the rate of wage growth', 'Alisha Penhaligon'],
    ['says', 'is how half my ward gets home', 'Priti Halloran'],
    ['claims', '61.4%', 'Office of Rail Standards'],
    ['claims', '38 new drivers', 'Colin Drummond-Achebe'],
  ],
  // A thirty-ninth round (pages71): audited by hand before the fix; see the README's section.
  'band-album-release': [
    ['says', 'We nearly broke up twice making it', 'Niamh Ballagh'],
    ['says', 'It was a very good drum fill', 'Tomás Reddan'],
    ['says', 'It was my drum fill', 'Kofi Brennan-Asante'],
    ['says', 'I still think I was right', 'Kofi Brennan-Asante'],
    ['says', 'You either write songs or you kill each other', 'Orla Mac Giolla'],
    ['says', 'Getting banned from a boat', 'Tomás Reddan'],
    ['says', 'the strongest opening for any act', 'Driftwood Recordings'],
    ['says', 'Everyone tells you the third one', 'Kofi Brennan-Asante'],
    ['claims', '61%', 'Imelda Corcoran'],
    ['claims', '4.2 million times', null],
  ],
  'space-launch-mission': [
    ['says', 'We have a healthy spacecraft', 'Priya Venkataraman-Holt'],
    ['says', 'Ten years ago this was a slide', 'Graham Tillotson-Ward'],
    ['says', 'Nobody likes a scrub', 'Callum Iredale-Mbeki'],
    ['says', 'performed flawlessly', 'Northwind Launch Systems'],
    ['says', 'Liftoff of Kestrel-2', 'Austral Space Agency'],
    ['says', 'down to about five metres', 'Ruth Abernathy-Cole'],
    ['claims', '$30 million', 'Marguerite Oyelaran'],
    ['claims', '14 Tamar-4 missions', 'Ingrid Sølvberg'],
    ['claims', '920 kilograms', null],
  ],
  'housing-price-report': [
    ['says', 'The market has gone from a sprint to a walk', 'Jasper Trevelyan-Ngata'],
    ['says', "We're still selling houses", 'Marcia Dunleavy'],
    ['says', 'Two years ago we kept being outbid', 'Aoife Rennick-Shah'],
    ['says', 'one in four of his sellers', 'Rupert Osei-Halloran'],
    ['claims', '1.2%', 'Homeview'],
    ['claims', '71 days', 'Jasper Trevelyan-Ngata'],
    ['claims', '5.9%', 'Ratewise'],
    ['claims', '£28,000', null],
  ],
  'philippine-senate-pesos': [
    ['says', 'Where are the projects?', 'Ramon Dimaculangan'],
    ['says', 'These are not ghost projects', 'Luzviminda Abalos-Tan'],
    ['says', 'seen dikes that exist only in PowerPoint', 'Ramon Dimaculangan'],
    ['says', 'My constituents paid for these dikes', 'Jose Antonio Villareal'],
    ['says', 'the House had already cut', 'Carmelita Ong-Pascual'],
    ['says', 'faster than any other item in the budget', 'Bantay Pondo'],
    ['claims', '1,340 flood control projects', 'Emmanuel Sarmiento-Cruz'],
    ['claims', '37 families', 'Jose Antonio Villareal'],
  ],
  'humanitarian-geneva-briefing': [
    ['says', 'It is a permission problem', 'Tomasz Lindqvist-Amari'],
    ['says', 'children who are too weak to cry', 'Amina Yusuf-Brandt'],
    ['says', 'There is no blockade', 'Yacoub Deng-Mariner'],
    ['says', 'donors had pledged', 'Jens Albrechtsen'],
    ['says', 'Our trucks are ready', 'World Food Agency'],
    ['claims', '3,200 tonnes', 'Tomasz Lindqvist-Amari'],
    ['claims', '18%', 'OCHA'],
    ['claims', '$115 million', 'Jens Albrechtsen'],
  ],
  // A fortieth round (pages72): audited by hand before the fixes; see the README's section.
  'food-recall-listeria': [
    ['says', 'every other batch had tested clear', 'Gareth Penrose-Iwu'],
    ['says', 'her daughter had been ill for four days', 'Kerry Lanyon'],
    ['says', 'Listeria is unusual because', 'Shalini Marchetti-Bose'],
    ['says', 'We would rather recall too much', 'Martin Achterberg'],
    ['says', 'Harrowby Creamery is recalling Old Vale Brie', 'Food Standards Office'],
    ['claims', '160 cases', 'UK Health Security Agency'],
    ['claims', '4,800 rounds', 'Gareth Penrose-Iwu'],
    ['claims', '38 people', null],
  ],
  'phone-keynote-liveblog': [
    ['says', 'We make the phones people keep', 'Renata Solberg-Achebe'],
    // "Solberg-Achebe is back …": a double surname alone is the person "she" then means.
    ['says', 'the biggest jump in battery life', 'Renata Solberg-Achebe'],
    ['says', 'is a statement, not a volume product', 'Harold Nkemelu'],
    ['says', 'wear out before it does', 'Tobias Okafor-Lind'],
    ['says', 'This is the watch we wanted to build', 'Ama Castellanos'],
    ['says', '31 hours would be wild', 'Joanna Sterne'],
    ['claims', '410 million Vela phones', 'Renata Solberg-Achebe'],
    ['claims', '2 million', 'Harold Nkemelu'],
    ['claims', '$399', null],
  ],
  'prisoner-exchange-mediator': [
    ['says', 'Both sides came back to the table', 'Khalid bin Rashed al-Mansouri'],
    ['says', 'I have not stopped crying since', 'Lucía Echeverri-Lund'],
    ['says', 'Our priority was to bring our people home safely', 'Helena Vasquez-Moor'],
    ['says', 'facilitate dialogue', 'Qastari foreign ministry'],
    ['says', 'Eleven families are celebrating tonight', 'Ines Kowalczyk'],
    ['says', 'Tomás is free', 'Free Tomás'],
    ['claims', 'five Valmeran citizens', 'Annika Brennholt'],
    ['claims', 'six foreigners', 'Dariush Karamzadeh'],
  ],
  'tuition-fees-universities': [
    ['says', 'cannot stay that way on a fee', 'Fiona Strachan-Obi'],
    ['says', 'We lose about £2,500', 'Anthony Baptiste-Wren'],
    ['says', 'Students are already working 20 hours', 'Ruby Okonkwo-Price'],
    ['says', 'Only about a quarter', 'Marguerite Lowell-Anand'],
    ['says', 'a tax on aspiration', 'Owen Gallagher-Fry'],
    ['says', 'half my lectures are recordings', 'Sam Iredale'],
    ['claims', '3.1%', 'Fiona Strachan-Obi'],
    ['claims', '£775', 'Ruby Okonkwo-Price'],
    ['claims', '£9,675', null],
  ],
  'german-chancellor-translation': [
    ['says', 'Every citizen who waits on a cold platform', 'Matthias Köhler-Rautenberg'],
    ['says', 'This chancellor promises trains', 'Friedrich von Hallerstein'],
    ['says', 'Zwölf Milliarden für die Schiene', 'Friedrich von Hallerstein'],
    ['no-quote', 'Friedrich von Hallerstein'],
    ['says', 'Nobody is borrowing for a timetable', 'Sabine von Aschenbach'],
    ['says', 'the network needed 5,000 more staff', 'Günther Schäfer-Lindemann'],
    ['claims', '61.3%', 'Deutsche Schienen'],
    ['claims', '€4.5 billion', null],
  ],
  // A forty-first round (pages73): audited by hand before the fix; see the README's section.
  'crime-statistics-release': [
    ['says', 'We put officers where the violence was', 'Adaeze Marchbanks-Hill'],
    ['says', 'Recorded crime reflects what the police record', 'Ewan Castellane'],
    ['says', 'If you are burgled in Eastgate', 'Rosalind Achterberg'],
    ['says', 'There are 312 fewer officers', 'Gareth Olumide-Frost'],
    ['says', 'police numbers nationally were at a record high', 'Home Office'],
    ['says', 'Burglary is next', 'Wexmoor Police'],
    ['claims', '1,482 offences', 'Office for Regional Statistics'],
    ['claims', '14.1%', 'Ewan Castellane'],
    ['claims', '40 detectives', 'Adaeze Marchbanks-Hill'],
  ],
  'football-post-match': [
    ['says', 'We had 20 shots', 'Teresa Almeida-Quinn'],
    ['says', 'Ask the owners', 'Van der Hoek'],
    ['says', 'the forward would', 'Teresa Almeida-Quinn'],
    ['says', 'For you, Grandad', 'Samuel Okonjo-Reyes'],
    // "Okonjo-Reyes, who had not scored …" then "the 31-year-old said".
    ['says', 'He taught me to shoot with my left foot', 'Samuel Okonjo-Reyes'],
    ['claims', '20 shots', 'Teresa Almeida-Quinn'],
    ['claims', '27,415', null],
  ],
  'obituary-scientist': [
    ['says', 'She would send your paper back', 'Rajan Achebe-Lindqvist'],
    ['says', 'She thought retirement was a rumour', 'Anna Farrant'],
    ['says', 'Mum would have pretended', 'Tomasz Farrant'],
    ['says', 'clean water is chemistry, not luck', 'Royal Academy of Sciences'],
    ['says', 'The prizes were a side effect', 'Hildegard Wojcik-Farrant'],
    ['says', 'name its new water laboratory', 'Sunniva Okafor-Blake'],
    ['claims', '41 years', null],
  ],
  'appeal-court-planning': [
    ['says', 'That did not happen here', 'Pemberton-Achebe'],
    ['says', 'turns the Baltic Warehouse into a footnote', 'Margaret Oyelowo-Finch'],
    ['says', 'adequate, if brief', 'Trevannion'],
    ['says', 'a paragraph and a half', 'Philippa Anand-Roscoe'],
    ['says', 'entitled to reach its own view', 'Martin Kellaway'],
    ['says', 'would consider its options', 'Greyfield Developments'],
    // "A spokesman said …" in the sentence after the developer spoke: its spokesman (spox94).
    ['says', 'every month of delay', 'spokesman for Greyfield Developments'],
    ['says', 'study the judgment carefully', 'Dev Raghunathan'],
    ['claims', '212 pages', 'Philippa Anand-Roscoe'],
    ['claims', '1,900 new homes', 'Dev Raghunathan'],
    ['claims', '1,100 people', 'Quayside Residents'],
  ],
  'latam-congress-translation': [
    ['says', 'That is arithmetic, not ideology', 'María Fernanda Quintero Salas'],
    ['says', 'an act of responsibility towards our grandchildren', 'Ernesto Villalba Roca'],
    ['says', 'bridges and roads in the provinces', 'Ana Lucía Benítez Ferraro'],
    ['says', 'her bloc would challenge', 'Ana Lucía Benítez Ferraro'],
    ['says', 'We will be here when the Senate votes', 'Héctor Gómez Arrieta'],
    ['says', 'the saving is half', 'Rodrigo Salinas Aguirre'],
    ['claims', '310,000 members', 'Transport Workers Union'],
    ['claims', '412,000 pesos', 'National Statistics Institute'],
    ['claims', '23 people', 'Police'],
    ['claims', '3%', 'Rodrigo Salinas Aguirre'],
  ],
  // A forty-second round (pages74): audited by hand, no engine change; see the README's section.
  'tv-bridge-collapse': [
    ['says', 'Nobody is going to hide anything', 'Gwendolyn Marsh-Okafor'],
    ['says', 'I stood on the brakes', 'Tobias Renfield'],
    ['says', "He didn't wait for us", 'Anton Velasquez-Reid'],
    ['says', 'We were never asked to look at the steel', 'Howard Lindqvist'],
    ['says', 'Route 14 will stay closed until further notice', 'Oklahoma DOT'],
    ['says', "That's Toby", 'Carla Renfield'],
    ['claims', '900 tonnes', 'Priya Castellano-Whitby'],
    ['claims', '11,000 vehicles', 'Gwendolyn Marsh-Okafor'],
    ['claims', '37 bridges', 'Leland Abernathy-Cho'],
    ['no-figure', '911'],
  ],
  'wire-merger-ceos-call': [
    ['says', 'This is the deal we have wanted for a decade', 'Raymond Okwuosa-Bell'],
    ['says', 'Our shareholders get a fair price today', 'Amélie Vautrin-Keller'],
    ['says', 'something like 40% of the European market', 'Fiona Drummond-Achebe'],
    ['says', 'Most of the savings come from procurement', 'Nadia Petrosyan-Lowe'],
    ['says', 'The price is full but not crazy', 'Teodor Blažević'],
    ['says', 'underappreciated', 'Margaret Hsu-Kowalski'],
    ['claims', '$420 million', 'Nadia Petrosyan-Lowe'],
    ['claims', '6%', 'Teodor Blažević'],
    ['claims', '$71.30', null],
    // The CEO's LinkedIn post in a "social-embed", signed "— … on LinkedIn" (embed72).
    ['says', 'Proud day for everyone at Duranne', 'Amélie Vautrin-Keller'],
  ],
  'boxer-retired-feature': [
    ['says', 'Thirty-seven fights, and those are the bill', 'Danny Mulcahy'],
    ['says', "He couldn't punch", 'Bernard Quilligan'],
    ['says', 'I went home and wrote him a letter', 'Niamh Mulcahy'],
    ['says', 'still the best man I know', 'Niamh Mulcahy'],
    ['says', 'better than most I see', 'Olufemi Hartigan'],
    ['says', 'The third one must have been watching', 'Danny Mulcahy'],
    ['claims', 'thousands of sparring blows', 'Olufemi Hartigan'],
    ['claims', '14,000 people', null],
  ],
  'bangladesh-flood-outlet': [
    ['says', 'No one will go hungry', 'Mahbubur Rahman'],
    ['says', 'We are living on the roof with the goats', 'Rahima Begum'],
    ['says', 'We could save only the Quran', 'Abdul Karim Chaudhry'],
    ['says', 'We have 300 boats for 11 upazilas', 'Farhana Yasmin Chowdhury'],
    ['says', 'People are drinking flood water', 'Tahmina Akter'],
    ['says', 'Three days is a long time on a roof', 'Nasreen Sultana'],
    ['says', 'six drowned', 'Md Anisur Rahman Talukder'],
    ['claims', '3.8 lakh people', 'Mahbubur Rahman'],
    ['claims', '40 speedboats', 'Farhana Yasmin Chowdhury'],
    ['claims', '20 to 30 centimetres', 'Met Office'],
  ],
  'parliament-sketch': [
    ['says', 'Will my right honourable friend agree', 'Rupert Ashcombe-Vey'],
    ['says', 'The honourable member will have his chance', 'Eleanor Whitcombe-Nash'],
    ['says', 'I have a list of 212 of them', 'Kwabena Asante-Hollis'],
    ['says', 'welcome the list', 'Aldous Penhaligon-Ward'],
    ['says', 'includes routes that were reduced', 'Aldous Penhaligon-Ward'],
    ['claims', '212', 'Kwabena Asante-Hollis'],
  ],
  // A forty-third round (pages75): audited by hand before two fixes; see the README's section.
  'marathon-runner-death': [
    ['says', 'We will not speculate', 'Rosalind Okparaeke'],
    ['says', 'A young man lost his life on our course', 'Graham Feltwell-Osei'],
    ['says', 'He was not reckless', 'Agnieszka Brightwater-Ilves'],
    ['says', 'Nobody from the race has called us', 'Henryk'],
    ['says', 'Most collapses in the last mile', 'Samira Haddad-Whitlow'],
    ['says', 'The city will ask the questions', 'Lorraine Vasquez-Pettigrew'],
    ['claims', '212 calls', 'Graham Feltwell-Osei'],
    ['claims', '30 degrees', 'National Weather Service'],
    // The race's post in a "social-embed", signed by its footer (embed72; dropped whole before).
    ['says', 'Our hearts are with the family', 'Harrowgate City Marathon'],
  ],
  'senate-drug-price-hearing': [
    ['says', 'List price is a fiction nobody pays', 'Marguerite Oyelaran-Stokes'],
    ['says', 'a woman in my state paid $1,900', 'Harlan Brookfield-Ames'],
    ['says', 'that is an alibi', 'Celestine Varga-Holloway'],
    // "X shot back that …. "…," she said": the retort reports, and "she" is its speaker.
    ['says', 'We were punished for it', 'Marguerite Oyelaran-Stokes'],
    ['claims', '65%', 'Marguerite Oyelaran-Stokes'],
    ['says', 'And you charge $1,900', 'Obadiah Kerrigan-Thale'],
    ['says', 'People are still rationing', 'Dolores Ferreira-Nakamura'],
    // "A 2026 study by researchers at X estimated": the body its authors work at issued it (doc79).
    ['claims', '$4 to $6', 'Brennick University'],
    // The senator's post in a "div.embed.social", signed "— Sen. … (@…)" (embed72).
    ['says', 'Today I asked the Verantis CEO', 'Obadiah Kerrigan-Thale'],
  ],
  'pakistan-power-tariff': [
    ['says', 'We cannot run the power sector on borrowed money', 'Muhammad Owais Leghari Khosa'],
    ['says', 'justified by capacity payments', 'Waseem Akhtar Qureshi'],
    ['says', 'exports are finished', 'Tariq Javed Sheikhupuri'],
    ['says', 'Salaries have not risen like that', 'Ayesha Siddiqa Rana'],
    ['says', 'You have taxed the poor', 'Shibli Faraz Naqvi'],
    // The post's footer "— Ministry of Energy (Power Division) (@…)" signs it.
    ['says', 'Lifeline consumers using up to 100 units', 'Ministry of Energy'],
    ['claims', 'Rs396 billion', 'finance ministry'],
    ['claims', '34 mills', 'Tariq Javed Sheikhupuri'],
  ],
  'museum-repatriation-ancestors': [
    ['says', 'Our job now is to listen, not to decide', 'Philippa Okonjo-Wrexham'],
    ['says', 'they were sleeping in a cupboard', 'Tukanaré Mbayá-Soriano'],
    ['says', 'Where does it end?', 'Anthony Baskerville-Moore'],
    ['says', 'the board had voted unanimously', 'Alasdair Penrose-Ibekwe'],
    ['says', 'begin the journey home', 'Wayari Cultural Council'],
    ['claims', '22 items', 'Philippa Okonjo-Wrexham'],
    ['claims', '350,000 objects', '2026 annual report'],
  ],
  'greek-ferry-strike': [
    ['says', 'We are not asking for charity', 'Dimitris Karamanolakis'],
    ['says', 'to strike against the islands', 'Konstantinos Vardakastanis-Moraitis'],
    ['says', 'Fares would have to rise', 'Georgios Theodorakopoulos'],
    ['says', 'no bread and no beer', 'Vasiliki Chatzigeorgiou'],
    // The post's footer "— PNE (@…)": one word before a handle signs it.
    ['says', 'Solidarity to all crews', 'PNE'],
    ['claims', '187 ferries', 'coastguard'],
    ['claims', '1,450 euros', 'Dimitris Karamanolakis'],
    ['claims', '11%', 'Hellenic Statistical Authority'],
  ],
  // A forty-fourth round (pages76): audited by hand before one fix; see the README's section.
  'scotland-independence-poll': [
    ['says', 'The question is no longer whether, but when', 'Eilidh Drummond-Baird'],
    ['says', 'A four-point lead sits inside our margin of error', 'Alasdair Ferguson-Kerr'],
    ['says', 'Scots want their government to fix the NHS', 'Kelvinside MSP'],
    ['says', 'That is a fragile majority', 'Iain Mbeki-Rankin'],
    ['says', 'the poll was', 'Ruaridh Stoddart-Lyle'],
    ['says', "Scotland's future should be in Scotland's hands", 'Eilidh Drummond-Baird'],
    ['claims', '61%', 'Alasdair Ferguson-Kerr'],
    ['claims', 'a third', 'Iain Mbeki-Rankin'],
    ['claims', '1,042 adults', null],
  ],
  'celebrity-divorce-filing': [
    ['says', 'Irreconcilable differences have arisen between the parties', 'filing'],
    ['says', "Marisol's priority is, and will always be, her children", 'Lorna Feldstein-Ruiz'],
    ['says', 'the fight is usually about support and custody', 'Gregory Tanaka-Bloom'],
    ['says', 'The tour was the final straw', 'insider'],
    ['says', 'a long time coming', 'source'],
    ['says', 'I will always be grateful', 'Marisol Quintana-Hale'],
    ['claims', '$118 million', 'Tour Ledger'],
    ['claims', '$90 million', 'Gregory Tanaka-Bloom'],
  ],
  'ai-chatbot-lawsuit': [
    ['says', 'You know your body better than any doctor', 'Sunny'],
    ['says', 'This can be our secret', 'chatbot'],
    ['says', 'This was not a glitch', 'Marcus Oyelaran-Pike'],
    ['says', 'it did so in this case more than 30 times', 'Parlance AI'],
    ['says', 'far beyond Ohio', 'Helena Sørlie-Matthews'],
    ['says', 'encouraged their son to stop taking', 'parents'],
    ['claims', '30 times', 'Parlance AI'],
    ['claims', '14 similar suits', 'Helena Sørlie-Matthews'],
  ],
  'turkey-quake-anniversary-translation': [
    ['says', "This is the state's word", 'Selim Karaosmanoğlu'],
    ['says', 'My grandchildren have grown up in a container', 'Hatice Yılmazer'],
    ['says', 'There were 46 of us in that building', 'Mustafa Kemal Arıkan'],
    ['says', 'the tenders go to the same five companies', 'Leyla Güneşdoğan'],
    ['says', 'will not wait for our paperwork', 'Oğuzhan Tekinalp'],
    ['claims', '412 billion lira', 'government'],
    ['claims', '61,000', 'Selim Karaosmanoğlu'],
    ['claims', '8,700 buildings', 'Oğuzhan Tekinalp'],
  ],
  'grain-market-report': [
    ['says', 'The market was caught leaning the wrong way', 'Dana Whitcombe-Ruiz'],
    ['says', "You can't sell bushels you didn't grow", 'Curtis Hallorann'],
    ['says', 'look hard at crop insurance deadlines', 'Lorene Vasquez-Tillman'],
    ['says', 'deliveries could fall by a quarter', 'Red Willow Growers Cooperative'],
    ['says', 'Worst corn I have seen since 2012', 'Kip Ferreira-Lund'],
    ['claims', '38%', 'Agriculture Department'],
    ['claims', '$4.55', 'Dana Whitcombe-Ruiz'],
    ['claims', '1.3 inches', 'Curtis Hallorann'],
    ['claims', '$4.87', null],
  ],
  // The forty-fifth round (README): a local TV wildfire story, a Brazilian outlet in translation, a
  // manager's press conference, a scientist's obituary, a magazine interview set as a transcript.
  'tv-wildfire-ridge-evacuation': [
    ['says', 'We had deputies knocking on doors', 'Dolores Vantongeren'],
    ['says-once', 'If you are told to leave, leave', 'Dolores Vantongeren'],
    ['says', 'The fire is making its own weather', 'Mateo Arrowsmith-Kline'],
    ['says', 'I looked back and the whole ridge was orange', 'Gloria Pimentel-Hayes'],
    ['says', 'You learn to keep a bag by the door', 'Dwight Okonkwo-Barnes'],
    ['says', 'the evacuation zone covers everything east', "county's alert"],
    ['says', 'EVACUATION ORDER expanded', 'Tamarack County Sheriff'],
    // "…, Cal Fire said in an update shortly after 3 p.m. At least …": the clock time ends the
    // sentence, so Cal Fire's cue takes only its own clause.
    ['says', 'was 5% contained', 'Cal Fire'],
    ['says', 'At least 14 homes and 22 outbuildings', 'Cal Fire'],
    ['claims', '6,200 residents', null],
    ['claims', '40 mph', 'Mateo Arrowsmith-Kline'],
    ['claims', '2,800 customers', 'Pacific Summit Electric'],
    ['claims', 'two cats', 'Gloria Pimentel-Hayes'],
  ],
  'brazil-deforestation-report-translation': [
    ['says', 'This is the lowest figure in a decade', 'Helena Cavalcanti-Arruda'],
    // The dek's bare "Minister calls …": "The Minister of the Environment, NAME," is its one holder.
    ['says', 'the lowest in a decade', 'Helena Cavalcanti-Arruda'],
    ['says', 'The Amazon is being protected at the expense of the Cerrado', 'Renata Figueiredo-Saad'],
    ['says', 'comply with the strictest environmental law', 'Brazilian Association of Grain Producers'],
    ['says', 'Whoever wants to stop Matopiba', 'Ademir Kowalczyk'],
    ['says', 'The satellite does not see legal or illegal', 'Tiago Mendonça-Reis'],
    ['says', 'most of the clearing, about 68%', 'report'],
    ['says', 'Menor desmatamento', 'Ministério do Meio Ambiente'],
    ['claims', 'R$ 12 billion', 'Ademir Kowalczyk'],
    ['claims', '2 million people', 'Ademir Kowalczyk'],
    ['claims', '68%', 'report'],
  ],
  'premier-league-manager-presser': [
    ['says', 'That is the end of the conversation for me', 'Javier Ibarrola'],
    ['says', 'You have to ask them', 'Javier Ibarrola'],
    ['says', 'I take the responsibility', 'Javier Ibarrola'],
    ['says', 'Dele trained with the group', 'Javier Ibarrola'],
    ['says', "I think I'd need to sell the stadium first", 'Neil Braithwaite-Cole'],
    ['says', 'Captain. Leader. Going nowhere', 'Westbridge Albion'],
    ['claims', '40 minutes', 'Javier Ibarrola'],
    ['claims', 'eight points', null],
  ],
  'obituary-glaciologist': [
    // Fixed: her own "…," she told this newspaper went to her mother, named in an aside ("his
    // wife, Sigrun,"); the "She" opening the sentences after the lead are hers, as subjects.
    ['says', 'We thought the climate was a big slow ship', 'Margit Ellingsrud-Baptiste'],
    ['says', 'Margit checked every number twice', 'Kwabena Hollis-Strand'],
    ['says', 'She raised her eyebrows', 'Ingrid Sæther-Obi'],
    ['says', "Margit's work changed how the world understands climate", 'Ruth Olawale-Penrose'],
    ['says', 'She kept her polar boots by the front door', 'Solveig Baptiste'],
    ['says', 'her mother had been planning one more trip north', 'Solveig Baptiste'],
    ['says', 'We are deeply saddened', 'Kelmscott Polar Centre'],
    ['claims', '40 PhD students', 'Ingrid Sæther-Obi'],
    ['claims', '£18m', null],
  ],
  'magazine-interview-transcript': [
    // "VENKATARAMAN-COLE:" is the "Venkataraman-Cole" the introduction names: a label in capitals
    // is looked up without case, so its hyphenated name is found and the turns are read.
    ['says', 'Closer than we said publicly', 'Priya Venkataraman-Cole'],
    ['says', 'Every August, for about ten minutes', 'Priya Venkataraman-Cole'],
    ['says', 'How close did you come to blackouts', 'Meridian'],
    ['says', 'has consistently underestimated what its mandates cost families', 'Pacific Power Alliance'],
    ['says', 'Demand just hit 68,112 MW', 'Western Interconnect'],
    ['claims', '900 megawatts', 'Priya Venkataraman-Cole'],
    ['claims', '$2.3 billion', 'Priya Venkataraman-Cole'],
    ['claims', '41 million people', null],
  ],
  // A forty-sixth round (README: "A forty-sixth round"): five unseen pages audited by hand before
  // the two fixes; the facts the engine gets right, and the two it now gets right.
  'au-nurses-strike-union': [
    ['says', 'members had been left with no choice', 'Bronwyn Kilmartin'],
    ['says', 'looking after eight patients when it should be four', 'Bronwyn Kilmartin'],
    ['says', "We didn't want to be here", 'Bronwyn Kilmartin'],
    ['says', "I'd ask the union to come back to the table", 'Declan Ferreira-Hobbs'],
    ['says', 'fair and final', 'Declan Ferreira-Hobbs'],
    // Fixed: the union's name with "and" and an "of" tail was cut to "Nurses".
    ['says', 'about 11,500 members stopped work', 'Nurses and Midwives Federation of Wirrinda'],
    // Fixed: "she said" after "At …, where …, a hospital spokeswoman said" went to Kilmartin.
    ['says', 'Our emergency department remains open', 'hospital spokeswoman'],
    ['says', "I've seen colleagues leave for agency work", 'Kezia Marangoni'],
    ['says', 'Ratios are the real sticking point', 'Helen Qaderi'],
    ['says', 'lost control of the health system', 'Ravi Lindqvist-Doyle'],
    ['claims', 'A$1.2 billion', 'Declan Ferreira-Hobbs'],
    ['claims', 'A$640 million', 'Declan Ferreira-Hobbs'],
    ['claims', '11,500 members', 'Nurses and Midwives Federation of Wirrinda'],
    ['claims', '27 per cent', 'Bureau of Health Information'],
  ],
  'tech-layoffs-memo': [
    // The memo's block quotes after "She wrote in a memo to staff:" and "Marchetti-Vance added:".
    ['says', 'This is the hardest decision I have made as CEO', 'Odessa Marchetti-Vance'],
    ['says', 'We are not cutting because the business is weak', 'Odessa Marchetti-Vance'],
    ['says', 'grew too fast', 'Odessa Marchetti-Vance'],
    ['says', 'This is a margin story dressed up as an AI story', 'Tobias Rennquist'],
    ['says', 'the cuts would save about $310 million a year', 'Tobias Rennquist'],
    ['says', 'she learned her job was gone', 'Marisa Chowdhury-Lamb'],
    ['says', 'shed more than 41,000 jobs', 'LayoffWatch'],
    ['claims', '19%', 'Odessa Marchetti-Vance'],
    ['claims', '$310 million', 'Tobias Rennquist'],
    ['claims', '6.2%', null],
  ],
  'kenya-drought-aid': [
    ['says', 'is reaching only a fraction', 'Joseph Ekai Lopeyok'],
    ['says', 'That is not aid, that is a photograph', 'Joseph Ekai Lopeyok'],
    ['says', 'about 3.1 million people in the arid', 'National Drought Management Authority'],
    ['says', 'We are waiting for the rain', 'Lokwang Ewoi'],
    ['says', 'No Kenyan will die of hunger on our watch', 'Faith Njeri Mwangangi'],
    ['says', 'malnutrition rates among children under five', 'Amina Haji Korir'],
    ['says', 'too little, too late', 'Daniel Lokiru'],
    ['says', '63 of our 112 boreholes are dry', 'Lomarai County Government'],
    ['claims', '3.1 million people', 'National Drought Management Authority'],
    ['claims', 'KSh 3,000', 'Kenya Red Cross Society'],
    // "Sh" without the country's letter (the platform writes "KSh", "TSh", "USh"): read after the round.
    ['claims', 'Sh4,500', 'Faith Njeri Mwangangi'],
    ['claims', 'Sh18,000', 'Faith Njeri Mwangangi'],
    ['claims', '120 goats', 'Lokwang Ewoi'],
    ['claims', '31 per cent', 'Amina Haji Korir'],
  ],
  'council-budget-vote-live': [
    ['says', 'keeps libraries open six days a week', 'Marguerite Delacroix-Henning'],
    ['says', "I'm not going to vote to take cops off the street", 'Hector Villanueva-Pratt'],
    ['says', 'My kids do their homework at the Eastgate branch', 'Yolanda Pettiford-Ames'],
    ['says', 'Where does it stop?', 'Walter Kaminski'],
    ['says', 'We are balancing this on one-time money', 'Olivia Sarkissian-Moore'],
    ['says', 'the city faces a $38 million gap', 'budget office'],
    ['claims', '$38 million', 'budget office'],
    ['claims', '$18 million', 'Olivia Sarkissian-Moore'],
    ['claims', '$412 million', null],
  ],
  'french-election-night-translation': [
    ['says', 'The French have spoken clearly', 'Armelle Vautrin-Lasalle'],
    ['says', 'Not one vote, not one seat for the far right', 'Jean-Baptiste Mercadier'],
    ['says', 'has taken note', 'Élysée'],
    ['says', 'I take my share of responsibility', 'Gaspard Lemonnier-Achard'],
    ['says', '76 candidates were elected outright', 'Interior Ministry'],
    ['says', "the RC's majority becomes very unlikely", 'Nadège Fourcroy-Tissot'],
    ['claims', '76 candidates', 'Interior Ministry'],
    ['claims', '300 three-way races', 'Nadège Fourcroy-Tissot'],
  ],
  // The forty-seventh round (README): five more unseen pages, audited by hand before any change.
  'uk-water-sewage-fines': [
    ['says', 'had discharged about 1.9bn litres of sewage', 'Water Services Standards Authority'],
    // "The watchdog said": the Authority, a regulator by its name.
    ['says', 'it was the largest penalty it had ever imposed', 'Water Services Standards Authority'],
    ['says', 'Severnmoor has let down its customers', 'Felicity Brakenridge'],
    ['says', 'We are sorry. We have not been good enough', 'Marcus Pellingham-Ross'],
    ['says', 'the company accepted the findings and apologised', 'Marcus Pellingham-Ross'],
    ['says', 'Six thousand spills is not a mistake', 'Rosalind Achebe-Hart'],
    ['says', 'storm overflows spilled 71,400 times', 'Environment Agency'],
    ['says', 'the government would ban bonuses', 'Jonathan Okwuosa-Price'],
    ['says', 'a single spill can strip a stretch of river', 'Imogen Tallis'],
    ['says', 'still cheaper than fixing the pipes', 'Clean Wendle'],
    ['claims', '£1.3m', null],
    ['claims', '38%', 'Marcus Pellingham-Ross'],
    ['claims', '£2.1bn', 'Marcus Pellingham-Ross'],
    ['claims', '512,000 hours', 'Environment Agency'],
    ['claims', '£410,000', null],
  ],
  'nigeria-fuel-price': [
    ['says', 'The new prices are in line with market realities', 'Babatunde Okonkwo-Lawal'],
    ['says', 'no scarcity during the festive period', 'Babatunde Okonkwo-Lawal'],
    // "The National President of the … Association of Nigeria, Alhaji Musa Danladi-Garba, said":
    // the association spoke before the round's fix.
    ['says', 'independent marketers would have no choice', 'Musa Danladi-Garba'],
    ['says', 'our members who buy from private depots', 'Musa Danladi-Garba'],
    ['says', 'he now spent N45,000 a day on fuel', 'Emeka Nwachukwu'],
    ['says', 'cannot continue to carry the burden', 'Nigeria Labour Congress'],
    ['says', 'rose by 41.3 per cent', 'National Bureau of Statistics'],
    ['says', 'Every time the naira loses value', 'Aisha Bello-Ogunleye'],
    ['says', 'We are suffering in this country', 'Ngozi Eze-Adebayo'],
    ['claims', 'N1,030', null],
    ['claims', '₦1,215', null],
    ['claims', 'N1,120', 'Musa Danladi-Garba'],
    ['claims', 'N30,000', 'Emeka Nwachukwu'],
    ['claims', 'N70,000', 'Nigeria Labour Congress'],
    ['claims', '41.3 per cent', 'National Bureau of Statistics'],
    // "N700 instead of N500": a bare "N" amount where the text names the naira is money (fig90).
    ['claims', 'N500', 'Emeka Nwachukwu'],
  ],
  'us-courtroom-verdict': [
    ['says', 'This was not a mistake in the books', 'Renata Szymanski-Cole'],
    ['says', 'This was a plan, and he ran it for six years', 'Renata Szymanski-Cole'],
    ['says', 'convict a man for being bad at spreadsheets', 'Lyle Baptiste-Ornelas'],
    ['says', 'that his client would appeal', 'Lyle Baptiste-Ornelas'],
    ['says', 'he would remain free on a $250,000 bond', 'Cornelia Hawthorne-Vance'],
    ['says', 'the verdict sent a message', 'Samuel Oyelaran'],
    ['says', 'It should never have been possible', 'Gloria Nakamura-Pruitt'],
    ['says', 'Thank you to the jurors', 'Harmon County DA'],
    ['claims', '$250,000', 'Cornelia Hawthorne-Vance'],
    ['claims', 'two boats', 'Prosecutors'],
    ['claims', '23 witnesses', null],
    ['claims', '11 hours', null],
  ],
  'nz-rugby-match-report': [
    ['says', "That's the kind of game you want to be part of", 'Warrick Fenwick-Tane'],
    ['says', "We weren't clinical enough", 'Warrick Fenwick-Tane'],
    ['says', 'the best moment of his career', 'Sione Lautaha-Maka'],
    // "All Blacks captain Sione Lautaha-Maka" and then "the 31-year-old said": the team's name
    // was a rival person and the age stayed as written before the round's fix.
    ['says', "I've never been prouder of a group of men", 'Sione Lautaha-Maka'],
    ['says', 'I thought we were the better side', 'Dean Harrowgate'],
    ['says', 'would have scans on his knee', 'Dean Harrowgate'],
    ['claims', 'Eighty minutes', 'Sione Lautaha-Maka'],
    ['claims', '10 or 12 points', 'Warrick Fenwick-Tane'],
    ['claims', '31,240', null],
    ['claims', '63rd minute', null],
  ],
  'korea-central-bank-translation': [
    ['says', 'The Monetary Policy Board decided to maintain', 'Bank of Korea'],
    ['says', 'the bank was not yet ready to cut again', 'Lee Jae-hoon'],
    ['says', 'Exchange rate volatility and household debt require caution', 'Lee Jae-hoon'],
    ['says', 'a greater weight than usual', 'Lee Jae-hoon'],
    ['says', 'household debt stood at 1,927 trillion won', 'BOK'],
    ['says', 'The growth numbers leave the BOK little room', 'Kim Min-jun'],
    ['says', 'a supplementary budget of about 15 trillion won', 'Ministry of Economy and Finance'],
    ['says', 'needed to move together', 'Choi Eun-ji'],
    // "Professor X of Y University … X said", a name written family name first: the lone family
    // name is the professor's (branch names81; it was a second speaker "Choi").
    ['says', 'If fiscal policy does not do its part', 'Choi Eun-ji'],
    ['claims', '41.6 trillion won', 'BOK'],
    ['claims', '15 trillion won', 'Ministry of Economy and Finance'],
    ['claims', '1,462.3 won', null],
  ],
  // The forty-eighth round (README): five more unseen pages, audited by hand before any change.
  'canada-housing-affordability': [
    // The headline's "CMHC says": the initials' long form since the fiftieth round's fix (was "CMHC").
    ['says', 'Housing starts fall 14% as mortgage costs bite', 'Canada Mortgage and Housing Corp.'],
    ['says', 'the new tax credit', 'Dominic Ashworth-Bélanger'],
    ['says', 'We are simply not building fast enough', 'Aurélie Tremblay-Okafor'],
    ['says', 'Every month of delay pushes affordability', 'Aurélie Tremblay-Okafor'],
    ['says', 'The average home price in the Greater Toronto Area', 'Toronto Regional Real Estate Board'],
    ['says', 'We have put real money on the table', 'Dominic Ashworth-Bélanger'],
    ['says', 'too little, too late', 'Melanie Fortier-Grant'],
    ['says', 'first-time buyers had all but vanished', 'Kevin Mahoney-Siu'],
    ['says', 'Five years ago it was half my business', 'Kevin Mahoney-Siu'],
    ['says', 'shelter costs remained the largest contributor', 'Bank of Canada'],
    ['says', 'supply is the answer', 'Dominic Ashworth-Bélanger'],
    ['claims', 'C$1.08 million', 'Toronto Regional Real Estate Board'],
    ['claims', '$4-billion', 'Dominic Ashworth-Bélanger'],
    ['claims', '3.25 per cent', null],
    ['claims', 'C$1.08M', null],
  ],
  'ireland-gaa-funding-row': [
    ['says', "GAA clubs 'left behind' in sports capital grants", 'Pádraig Ó Briain'],
    ['says', 'just 31 per cent of the funding', 'Pádraig Ó Briain'],
    ['says', 'Our clubs are the heartbeat of every parish', 'Pádraig Ó Briain'],
    ['says', '412 clubs had applied for funding', 'Pádraig Ó Briain'],
    // "The Taoiseach, Mícheál Mac Cárthaigh, told the Dáil that …": the office was the speaker, the
    // name its role, before the round's fix.
    ['says', 'that the allocation had been', 'Mícheál Mac Cárthaigh'],
    ['says', "That's money raised at church-gate collections", 'Liam Ó Dubhghaill'],
    ['says', 'And for what?', 'Liam Ó Dubhghaill'],
    ['says', 'the figures showed', 'Orla Nic Amhlaoibh'],
    ['claims', '31 per cent', 'Pádraig Ó Briain'],
    ['claims', '412 clubs', 'Pádraig Ó Briain'],
    ['claims', '€20,000', 'Liam Ó Dubhghaill'],
    ['claims', '€185 million', null],
    ['claims', '€49.1m', null],
  ],
  'us-tech-ai-safety-hearing': [
    ['says', 'that the company had shipped a model', 'Naomi Feldstein-Arora'],
    // A block quote after "In the post, X wrote:".
    ['says', 'We ran the evaluation four times', 'Naomi Feldstein-Arora'],
    ['says', 'the model completed 62 percent', 'Naomi Feldstein-Arora'],
    ['says', 'among the most rigorous in the industry', 'Marcus Oyelowo-Brandt'],
    ['says', 'If you moved the goalposts', 'Harold Brinkley-Osei'],
    ['says', 'routinely recalibrated', 'Marcus Oyelowo-Brandt'],
    // "X said A as the science matured and denied that B": "science" denied it before the round's fix.
    ['says', 'that any change had been made to speed up a launch', 'Marcus Oyelowo-Brandt'],
    ['says', 'This is not a partisan issue', 'Kathleen Morrow-Ybarra'],
    // "A spokesperson for Veridian Labs, which also testified, said the company …": "testified" reported
    // "said the company …" for "which" before the round's fix.
    ['says', 'welcomes clear federal standards', 'spokesperson for Veridian Labs'],
    ['no-quote', 'said the company'],
    ['says', 'I said what I said', 'Naomi Feldstein-Arora'],
    ['claims', '62 percent', 'Naomi Feldstein-Arora'],
    ['claims', '9 percent', 'Naomi Feldstein-Arora'],
    ['claims', '$1.2 billion', null],
  ],
  'india-monsoon-floods': [
    ['says', 'More than 2.3 lakh people have been displaced', 'officials'],
    ['says', 'heavy to very heavy rainfall was likely', 'India Meteorological Department'],
    ['says', 'Assam has received 612 mm of rain', 'India Meteorological Department'],
    ['says', 'Rs 4 lakh as ex gratia', 'Hemanta Barkakoti'],
    ['says', 'No one will be left without food or shelter', 'Hemanta Barkakoti'],
    ['says', '86 relief camps had been set up', 'Ananya Deka-Sharma'],
    ['says', 'Our biggest worry is drinking water', 'Ananya Deka-Sharma'],
    ['says', 'crops on 38,500 hectares', 'Assam State Disaster Management Authority'],
    ['says', 'embankments worth crores', 'Gaurav Medhi'],
    ['says', 'Everything is gone', 'Rahima Begum'],
    ['says', 'Red alert for Dhubri', 'IMD Guwahati'],
    ['claims', '2.3 lakh people', 'officials'],
    ['claims', '27 per cent', 'India Meteorological Department'],
    ['claims', 'Rs 4 lakh', 'Hemanta Barkakoti'],
    ['claims', '41,000 people', 'Ananya Deka-Sharma'],
    ['claims', '₹450 crore', null],
  ],
  'wire-plane-crash-investigation': [
    ['says', 'received a stall warning about 40 seconds', 'investigators'],
    ['says', 'the aircraft slowed from about 230 mph', 'FlightPath24'],
    ['says', 'the crew did not activate the wing de-icing system', 'National Transportation Safety Board'],
    ['says', 'This preliminary report is a snapshot', 'Lorraine Whitfield-Obi'],
    ['says', 'It is not a conclusion', 'Lorraine Whitfield-Obi'],
    ['says', 'cooperating fully', 'Skylane Connect'],
    ['says', "the company's thoughts remained with the families", 'Brent Kowalczyk-Hale'],
    ['says', 'behind the airplane', 'Raymond Achterberg-Nwosu'],
    ['says', 'Forty seconds sounds like a long time', 'Raymond Achterberg-Nwosu'],
    ['says', 'Which is it?', 'Melissa Okonjo-Hart'],
    ['claims', '230 mph', 'FlightPath24'],
    ['claims', '4,000 feet', 'FlightPath24'],
    ['claims', '32 similar aircraft', 'Skylane Connect'],
    ['claims', 'Forty seconds', 'Raymond Achterberg-Nwosu'],
    ['claims', '12 to 18 months', null],
  ],
  // The forty-ninth round (README): five more unseen pages, audited by hand before any change.
  'sa-load-shedding-power-cuts': [
    // A headline's "Stage 6 load-shedding returns": the stage names a level, it counts nothing.
    ['no-figure', 'load-shedding returns'],
    ['says', 'R2.5-billion emergency maintenance plan will', 'Kagiso Mahlangu-Venter'],
    ['says', 'I will not pretend to South Africans', 'Kagiso Mahlangu-Venter'],
    ['says', 'the contractors are on site', 'Kagiso Mahlangu-Venter'],
    ['says', 'the utility had spent R450m on spare parts', 'Dineo Ramaphosa-Botha'],
    ['says', 'small manufacturers could not absorb more cuts', 'Pieter van der Westhuizen'],
    ['says', 'Some will simply close', 'Pieter van der Westhuizen'],
    ['says', 'the country had 289 days of load-shedding', 'Council for Scientific and Industrial Research'],
    ['says', 'two years too late', 'Nomvula Khumalo-Reddy'],
    ['says', 'You cannot fix a fleet this old', 'Nomvula Khumalo-Reddy'],
    ['says', 'Please use electricity sparingly', 'Voltara'],
    // "Voltara, the state power utility," then "the utility said": the body introduced with
    // the noun (was "utility" before branch org87).
    ['says', 'Unplanned outages have risen to 17,340MW', 'Voltara'],
    ['says', 'stage 6 would remain in place', 'Voltara'],
    ['claims', '17,340MW', 'Voltara'],
    // "R2.5-billion", "R450m" with no "rand" in the text were no figures before the round's fix
    // (now the minister's and the officer's in the body, the outlet's in the fact box; see
    // figures.test.ts).
    ['claims', '289 days', 'Council for Scientific and Industrial Research'],
    ['claims', '6,000MW', null],
  ],
  'swiss-referendum-translation': [
    ['says', 'a clear mandate to go back to the drawing board', 'Beatrice Hänggi-Rossi'],
    ['says', '54.2 per cent voted no', 'Federal Chancellery'],
    ['says', 'The Federal Council would present a new financing model', 'Beatrice Hänggi-Rossi'],
    ['says', 'will cost about CHF 4.2 billion a year', 'Federal Social Insurance Office'],
    // "The campaign committee said" after "The Federal Council would …": the Federal Council spoke
    // before the round's fix (a council fits "committee"; the noun "campaign" names another body).
    ['not-by', 'a missed opportunity for pensioners', 'Federal Council'],
    ['says', 'We will not give up', 'Chantal Perrenoud-Meier'],
    ['says', 'A VAT increase would have hit households', 'Marco Tschudin-Lang'],
    ['says', 'The Röstigraben is back', 'Anna Kälin-Dubois'],
    ['claims', 'CHF 4.2 billion', 'Federal Social Insurance Office'],
    ['claims', '71.3 per cent', null],
    ['claims', 'CHF 4.2 bn', null],
  ],
  'esports-tournament-final': [
    ['says', 'I just kept thinking about their B-site setups', 'vyrn'],
    ['says', 'the team had spent two weeks in a bootcamp', 'Emil Sandqvist-Lund'],
    ['says', 'People wrote us off after the group stage', 'Emil Sandqvist-Lund'],
    // A coach "speaking through an interpreter": the interpreter is no speaker.
    ['says', 'mentally exhausted', 'Kim Do-hyun'],
    ['says', 'That is on me', 'Kim Do-hyun'],
    ['says', 'come back stronger', 'Rafael Montoya-Quispe'],
    ['says', 'The tournament drew a peak of 1.8 million', 'Streams Charts'],
    ['says', 'raise the prize pool to $3 million', 'Ingrid Solberg-Matić'],
    ['says', 'Thank you to every fan who believed', 'Nightjar Esports'],
    ['claims', '$3 million', 'Ingrid Solberg-Matić'],
    ['claims', '1.8 million concurrent viewers', 'Streams Charts'],
    ['claims', '$1 million', null],
    ['claims', '13-9', null],
  ],
  'science-medical-study': [
    ['says', 'participants who walked after dinner', 'study'],
    ['says', 'The effect was strongest in people', 'authors'],
    ['says', 'the timing appeared to matter more than the distance', 'Helena Marchetti-Obuya'],
    ['says', 'you blunt the spike', 'Helena Marchetti-Obuya'],
    ['says', 'could not prove cause and effect', 'researchers'],
    // The outside expert "who was not involved in the research".
    ['says', 'plausible and encouraging', 'Samuel Adeyemi-Krantz'],
    ['says', 'want to see a randomised trial', 'Samuel Adeyemi-Krantz'],
    ['says', 'About 1 in 10 adults', 'National Diabetes Registry'],
    ['claims', '0.77', 'study'],
    ['claims', '$12.3 billion', 'National Diabetes Registry'],
    ['claims', '22% to 39%', null],
    ['claims', '3,902', null],
  ],
  'court-fraud-trial': [
    ['says', "Gideon Ashcombe-Reyes spent £3.2m of investors' money", 'Prosecutors'],
    ['says', 'he had persuaded clients', 'Prosecutors'],
    ['says', 'There was no investment', 'Imogen Travers-Akande'],
    ['says', 'one couple, both in their eighties', 'Imogen Travers-Akande'],
    ['says', 'hopelessly disorganised, not dishonest', 'Rupert Hallam-Osei'],
    // A victim impact statement by an unnamed victim.
    ['says', 'I trusted him like a son', 'retired teacher'],
    ['says', 'Your task is to decide whether the prosecution', 'Marcus Ellingham-Beck'],
    ['says', 'the regulator had banned Ashcombe-Reyes', 'Financial Conduct Authority'],
    ['claims', '£410,000', 'Imogen Travers-Akande'],
    ['claims', '£87,500', 'retired teacher'],
    ['claims', '61 clients', null],
  ],
  // The fiftieth round (README): five more unseen pages, audited by hand before any change.
  'uk-heat-record-met-office': [
    // The dek's "forecaster warns" is the forecaster the body names.
    ['says', 'this will not be the last time', 'Priya Hollingworth-Dale'],
    ['says', 'The UK has recorded its hottest day on record', 'Met Office'],
    ['says', 'the reading would be checked by its observations team', 'Met Office'],
    ['says', 'We have seen records broken at 46 stations', 'Priya Hollingworth-Dale'],
    ['says', 'temperatures would fall by 8C to 10C', 'Priya Hollingworth-Dale'],
    ['says', 'Scotland also provisionally set a new national record', 'Met Office'],
    ['says', 'seven have occurred since 2003', 'Met Office'],
    ['says', 'exactly what the science told us to expect', 'Alastair Pendry-Vaughan'],
    ['says', 'The question is no longer whether', 'Alastair Pendry-Vaughan'],
    ['says', 'about 400 services had been cancelled', 'Network Rail'],
    ['says', 'A provisional new UK temperature record', 'Met Office'],
    ['says', 'The butter melted on the counter', 'Margaret Oyinlola-Stubbs'],
    ['claims', '41.2°C', 'Met Office'],
    ['claims', '8C to 10C', 'Priya Hollingworth-Dale'],
    ['claims', '37.1C', null],
    ['claims', '40.3C', null],
  ],
  'philippines-typhoon-barangay': [
    // The excerpt's "NDRRMC says", named in full after it: "… Reduction and Management Council (NDRRMC)".
    ['says', 'over 86,000 families displaced', 'National Disaster Risk Reduction and Management Council'],
    ['says', 'crop damage had reached P1.2 billion', 'National Disaster Risk Reduction and Management Council'],
    ['says', 'Karding made landfall in Caramoan', 'PAGASA'],
    ['says', 'Signal No. 4 was raised over Catanduanes', 'Rhea Mae Bautista-Lim'],
    // "In Barangay X, where …, Barangay Captain Y said at least 200 houses …": the fronted setting
    // was the content, and the clause after "said" lost, before the round's fix.
    ['says', 'at least 200 houses had been washed away', 'Rodolfo Manalastas'],
    ['no-quote', 'where floodwater reached the rooftops'],
    ['says', 'We asked for rubber boats on Monday night', 'Rodolfo Manalastas'],
    ['says', 'P5,000 to each family', 'Lourdes Villafuerte-Abad'],
    ['says', 'No farmer will be left behind', 'Francisco Dimaculangan'],
    ['says', 'her two hectares were under water', 'Corazon Delos Reyes'],
    ['says', 'Our priority now is clearing the roads', 'Junie Castañeda-Tolentino'],
    ['claims', '86,412 families', 'National Disaster Risk Reduction and Management Council'],
    ['claims', '185 kilometers per hour', 'PAGASA'],
    ['claims', '200 houses', 'Rodolfo Manalastas'],
    ['claims', '1,240 personnel', 'Junie Castañeda-Tolentino'],
    ['claims', '₱418 million', null],
    // the "₱" elsewhere says which peso "P" is (fig90: a shared "pesos" alone leaves it "P")
    ['claims', 'P5,000', 'Lourdes Villafuerte-Abad'],
    ['claims', 'P500 million', 'Francisco Dimaculangan'],
  ],
  'union-strike-ballot': [
    // "Members of the Docks and Logistics Union (DLU) …", then "the union said": the run after
    // "and" alone ("Logistics Union") was the body before the round's fix.
    ['says', 'About 1,850 workers were balloted', 'Docks and Logistics Union'],
    ['says', 'real pay at the port has fallen by 12%', 'Docks and Logistics Union'],
    ['says', 'the clearest possible message', 'Brenda Castellane-Hughes'],
    ['says', 'Our members kept this port open', 'Brenda Castellane-Hughes'],
    ['says', 'We are disappointed by the result', 'spokesperson for Tidewater Ports Group'],
    ['says', 'open to talks', 'spokesperson for Tidewater Ports Group'],
    ['says', 'dates would be announced next week', 'Brenda Castellane-Hughes'],
    ['says', 'a long stoppage would hit supply chains', 'Shipping analysts'],
    ['says', 'A two-week strike would create a backlog', 'Tomasz Wierzbicki-Lowe'],
    ['says', 'Seaforth Quay dockers have spoken', 'Docks and Logistics Union'],
    ['claims', '1,850 workers', 'Docks and Logistics Union'],
    ['claims', '£1,000', 'spokesperson for Tidewater Ports Group'],
    ['claims', 'a fifth', 'Tomasz Wierzbicki-Lowe'],
    ['claims', '95.2%', null],
  ],
  'explainer-four-experts-microplastics': [
    ['says', 'about 240,000 tiny pieces of plastic', 'study'],
    ['says', 'Most of what we counted were nanoplastics', 'Helena Voss-Mirza'],
    ['says', 'a genuine leap', 'Helena Voss-Mirza'],
    ['says', 'the researchers tested only three brands', 'Helena Voss-Mirza'],
    ['says', 'We have now found plastic particles in blood', 'Marcus Ojukwu-Lind'],
    ['says', 'that study showed an association', 'Marcus Ojukwu-Lind'],
    ['says', 'switching to filtered tap water', 'Sunita Raghavan-Holt'],
    ['says', 'Dehydration is a much more certain danger', 'Sunita Raghavan-Holt'],
    ['says', 'Not much yet', 'Jonah Feldkamp-Arce'],
    ['says', 'there was no federal limit on microplastics', 'Jonah Feldkamp-Arce'],
    ['says', "You can't regulate what you can't measure", 'Jonah Feldkamp-Arce'],
    // "X put it more simply:" after the four are named in turn: the chemist named first.
    ['says', 'Less plastic near heat', 'Helena Voss-Mirza'],
    // An Instagram embed: "A post shared by <account>".
    ['says', 'Every single bottle had nanoplastics', 'Eastvale Toxicology Lab'],
    ['claims', '10 to 100 times', 'study'],
    ['claims', '257 patients', null],
  ],
  'wire-quarterly-earnings': [
    ['says', 'third-quarter revenue and profit above Wall Street estimates', 'Halvard Systems Inc'],
    ['says', 'rose 6% to $3.71 billion', 'Halvard Systems Inc'],
    // "The networking equipment maker said" after the company: a trade's noun before "maker"
    // is no other kind of body (was "networking equipment maker" before branch org87).
    ['says', 'it now expects fiscal 2027 revenue', 'Halvard Systems Inc'],
    ['claims', '$14.6 billion to $14.8 billion', 'Halvard Systems Inc'],
    ['says', 'We delivered a solid quarter', 'Margaret Lindqvist-Amadi'],
    ['says', 'in the first half of next year', 'Margaret Lindqvist-Amadi'],
    ['says', 'gross margin would be between 61% and 62%', 'Dev Anand-Rourke'],
    ['says', 'revenue from telecom providers fell 18%', 'Halvard Systems Inc'],
    ['says', 'The beat was fine, but the guide cut is what matters', 'Priscilla Nakamura-Doyle'],
    ['says', 'braced for a cut, just not this big', 'analyst'],
    ['says', 'a new $5 billion share buyback program', 'Halvard Systems Inc'],
    ['claims', '$3.71 billion', 'Halvard Systems Inc'],
    ['claims', '61% and 62%', 'Dev Anand-Rourke'],
    ['claims', '$890 million', 'Halvard Systems Inc'],
    ['claims', '$3.64 billion', null],
    ['claims', '38%', null],
  ],
  // The fifty-first round: five unseen pages, audited by hand before the fixes.
  'us-police-bodycam-shooting': [
    ['says', 'feared for his life', 'Warren Delacroix-Hughes'],
    ['says', 'Body camera footage released Thursday shows', 'police officials'],
    ['says', 'Our officer was confronted with a man holding', 'Warren Delacroix-Hughes'],
    ['says', 'identified only by badge number 4471', 'Warren Delacroix-Hughes'],
    ['says', 'the object in Whitfield-Carr', 'Warren Delacroix-Hughes'],
    ['says', 'This video is devastating. Dontae was turning away', 'Renata Okonkwo-Steele'],
    ['says', 'The city owes this family the truth', 'Renata Okonkwo-Steele'],
    ['says', 'was scared, not dangerous', 'Keisha Whitfield'],
    ['says', 'the city would review its use-of-force policy', 'Elaine Sorensen-Pryce'],
    ['claims', 'four shots', 'police officials'],
    ['claims', '22 minutes', 'Elaine Sorensen-Pryce'],
    ['claims', '200 people', null],
  ],
  'mideast-ceasefire-ministry-translation': [
    ['says', 'The exchange will take place within days', 'Tariq al-Hashimi'],
    ['says', 'the two sides had agreed in principle', 'Tariq al-Hashimi'],
    ['says', 'at least 140 detainees would be released', 'Sources'],
    ['says', 'as long as the other side respects it', 'Abu Khalil al-Zubaidi'],
    ['says', 'A ceasefire is not peace. It is a door, and both', 'Ingrid Halvorsen-Moreau'],
    ['says', 'the UN was ready to host direct talks', 'Ingrid Halvorsen-Moreau'],
    ['says', 'more than 2,300 families had been displaced', 'Ministry of Health'],
    ['says', 'no more than a week', 'Samira Abu Rahma'],
    ['says', 'the army had withdrawn heavy weapons', 'government official'],
    ['claims', '38 people', 'health officials'],
    ['claims', '11 children', 'health officials'],
    ['claims', '5 kilometres', 'government official'],
  ],
  'football-transfer-agent-fee': [
    ['says', 'He is a fantastic player, but he is not our player', 'Dieter Bernhardt'],
    // "the German said:" after Bernhardt was named spoke as a body "German" before the round's
    // second fix (a nationality no ending tells).
    ['says', 'That is a question for the board', 'Dieter Bernhardt'],
    ['says', 'in the final stage', 'Joaquim Ferreira-Lobo'],
    ['says', 'Rafael is the son of this club', 'Nuno Vasconcelos-Reis'],
    ['says', 'would not leave for less than his release clause', 'Nuno Vasconcelos-Reis'],
    ['claims', '€80m', 'Nuno Vasconcelos-Reis'],
    ['claims', '£56m', null],
    ['claims', '£38m', null],
  ],
  'tech-tablet-review-specs': [
    ['says', 'A fix is already in testing', 'Daniel Okafor-Lindgren'],
    ['says', 'the company was aware of the stylus issue', 'Daniel Okafor-Lindgren'],
    ['says', 'at least five years of software updates', 'Hana Sakuragi-Ellison'],
    // The maker's post ("— Lumora") spoke as a person "Lumora Slate" (the headline's product,
    // "Lumora Slate 5 review") before the round's first fix.
    ['says', 'Meet Slate 5. Days of battery', 'Lumora'],
    ['not-by', 'Meet Slate 5. Days of battery', 'Lumora Slate'],
    ['claims', '11,200mAh', null],
    ['claims', '3.2GHz', null],
    ['claims', '€679', null],
    ['claims', '17 hours', null],
  ],
  'council-housing-vote-tally': [
    ['says', 'the city "cannot afford to wait', 'supporters'],
    ['says', 'We have teachers and nurses sleeping in their cars', 'Rosalind Achterberg'],
    ['says', 'could not handle 800 more cars a day', 'Theo Vanterpool'],
    ['says', 'I support housing. I do not support gridlock', 'Theo Vanterpool'],
    ['says', 'serious reservations', 'Maribel Ostrowski-Fuentes'],
    ['says', 'Tonight the council chose', 'Kenneth Oyelaran-Wright'],
    ['claims', '800', 'Theo Vanterpool'],
    ['claims', '84 units', null],
    ['claims', '20%', null],
  ],
  // The fifty-second round (see the README): an Australian royal commission hearing, a Spanish
  // outlet's club election in translation, a comet, a consumer survey, a political live blog.
  'au-bushfire-royal-commission': [
    ['says', 'a written warning from a field crew leader', 'Gareth Kilbride-Nunes'],
    // Counsel assisting's question, "Ms Achterberg asked", and the witness's answer, "Mr … replied".
    ['says', 'Were you aware, at 2.40pm', 'Achterberg'],
    ['says', 'I would not have approved the burn', 'Gareth Kilbride-Nunes'],
    ['says', 'radio coverage in the valley', 'Gareth Kilbride-Nunes'],
    ['says', 'We were begging to go', 'Carla Pettigrew-Ngata'],
    ['says', 'changed how field warnings were logged', 'Forest Fire Management Victoria'],
    ['says', 'continues his evidence this afternoon', 'Bushfire Royal Commission'],
    ['claims', '16-hour', 'Gareth Kilbride-Nunes'],
    ['claims', '148,000 hectares', null],
    ['claims', '312 homes', null],
  ],
  'es-football-club-election-translation': [
    // Spanish names with two surnames and "de": one card, the subtitle's "The businessman" its alias.
    ['says', 'a club that belongs to its socios again', 'Javier Ibarra de la Fuente'],
    ['says', 'Today the socios have recovered their club', 'Javier Ibarra de la Fuente'],
    ['says', "without selling the club's soul", 'Javier Ibarra de la Fuente'],
    ['says', 'Turnout was 61%', 'electoral board'],
    ['says', 'review about 300 postal votes', 'Álvaro Pineda Castro'],
    ['says', 'we are asking for transparency', 'Álvaro Pineda Castro'],
    ['says', "the club's accounts were", 'Ernesto Villalba'],
    ['says', 'Hoy empieza el Almaraz de todos', 'Javier Ibarra de la Fuente'],
    ['says', 'every contract, every euro', 'Peña La Vega'],
    // Fixed (branch spk88): her name of five words with "de" is a full name, so "She said" finds
    // her ("rival", the subtitle's role noun, before).
    ['says', 'respect the will of the socios', 'María José Gallardo Ruiz de Alda'],
    ['says', 'does not disappear with a speech', 'María José Gallardo Ruiz de Alda'],
    ['claims', '300 postal votes', 'Álvaro Pineda Castro'],
    ['claims', '23,418', 'electoral board'],
    ['claims', '12,716 votes', null],
  ],
  'science-comet-flyby': [
    ['says', 'Interstellar comet is tumbling', 'scientists'],
    ['says', 'far more active than anything we expected', 'Imani Castellanos-Reid'],
    ['says', 'no more than 1.2 kilometers across', 'Imani Castellanos-Reid'],
    ['says', 'gone forever', 'Imani Castellanos-Reid'],
    ['says', 'suggests the nucleus was disturbed', 'researchers'],
    ['says', 'rested on a single instrument', 'Pieter van Dalsum'],
    ['says', 'rewrite any models', 'Pieter van Dalsum'],
    ['says', 'spinning and spraying water', 'NSAA'],
    // Fixed (branch spk88): "the agency" is not "the agency's Goddard-Wexler Center".
    ['not-by', 'there was no risk to Earth', 'Goddard-Wexler Center'],
    // Fixed: a speed per second, spelled or signed ("58 km" and a rank "second relative" before).
    ['claims', '58 kilometers per second', null],
    ['claims', '58 km/s', null],
    ['no-figure', 'second relative'],
    ['claims', '1.2 kilometers', 'Imani Castellanos-Reid'],
    ['claims', '7.3 hours', 'researchers'],
    ['claims', '210 million kilometers', null],
  ],
  'retail-survey-shoppers': [
    ['says', 'Two in five shoppers cutting back', 'survey'],
    ['says', 'that 41% intended to cut back', 'Norland Insight'],
    ['says', 'younger shoppers were the most likely', 'survey'],
    // A shopper by first name and age ("said Joanne, 46, a teaching assistant").
    ['says', 'one present each this year', 'Joanne'],
    ['says', 'something has to give', 'Joanne'],
    ['says', 'worrying but not surprising', 'British Shops Federation'],
    ['says', 'December is make or break', 'Marcus Delacroix-Webb'],
    ['says', 'an average of £9,300', 'Marcus Delacroix-Webb'],
    ['says', 'up 8% on a year earlier', 'Priya Rathbone-Osei'],
    ['says', 'treat the children', 'Priya Rathbone-Osei'],
    ['says', 'Come and see us', 'Rathbone Toys'],
    ['says', 'frozen fuel duty', 'spokesperson for Treasury'],
    ['claims', '£9,300', 'Marcus Delacroix-Webb'],
    ['claims', '8%', 'Priya Rathbone-Osei'],
    ['claims', '52%', 'survey'],
  ],
  'politics-liveblog-budget-vote': [
    // "He said:" over a blockquote of the statement.
    ['says', 'hands developers the keys', 'Gideon Ashcroft-Bale'],
    ['says', 'they had only held off for now', 'rebels'],
    ['says', 'welcomes the clear vote', 'Downing Street'],
    // A post's heading "Minister hails …" over "The housing minister, NAME, has posted …": the
    // heading's quote is hers (the post she signs "NAME MP"), no bare "Minister".
    ['not-by', 'start, not the end', 'Minister'],
    ['says', 'undeliverable', 'Local Government Network'],
    ['says', 'lost a third of their planning staff', 'Beatrice Amankwah'],
    ['claims', '300,000 homes', 'Local Government Network'],
    ['claims', 'a third', 'Beatrice Amankwah'],
    ['claims', '312', null],
  ],
  // The fifty-third round: five unseen pages, audited by hand before the fixes.
  'canada-wildfire-smoke-translation': [
    ['says', 'When the index is above 7', 'Élodie Charbonneau-Lévesque'],
    ['says', 'children breathe faster than adults', 'Anaïs Bérubé'],
    ['says', 'If a child with asthma needs the puffer', 'Anaïs Bérubé'],
    ['says', 'We have room for 300 people', 'François Lacasse-Dion'],
    ['says', 'Day camps cancelled outdoor activities', 'school board'],
    ['says', 'Clean air shelters open until', 'Ville de Val-Morin'],
    ['claims', '300 people', 'François Lacasse-Dion'],
    ['claims', '1,200 children', 'school board'],
    ['claims', '41 forest fires', null],
  ],
  'us-business-nlrb-union-lawsuit': [
    // "a company spokeswoman said in an emailed statement": no name is given, the role is the speaker.
    ['says', 'Parcelwise respects its employees', 'company spokeswoman'],
    ['says', 'They told me I was a safety risk', 'Denise Harrowgate-Pruitt'],
    ['says', 'a message to everyone else on the floor', 'Owen Castellanos-Reyes'],
    ['says', 'This is the oldest playbook there is', 'Owen Castellanos-Reyes'],
    ['says', 'such cases can take years', 'Labor law experts'],
    ['says', 'real money for these workers', 'Harriet Vandermolen'],
    ['claims', '$9.1 billion', 'Parcelwise Inc.'],
    ['claims', '38,000 people', null],
    ['claims', '$64.20', null],
  ],
  'ghana-fuel-price-protest': [
    // "the Minister of Energy, Hon. …, said …" and then "the minister told journalists".
    ['says', 'the government would review the fuel levy', 'Kofi Adjei-Boakye'],
    ['says', 'Relief is coming. We are engaging', 'Kofi Adjei-Boakye'],
    ['says', 'We will park our vehicles', 'Yakubu Dramani-Issah'],
    ['says', 'The cedi has lost 22%', 'Serwaa Ofori-Atta'],
    ['says', 'the march was peaceful', 'Police'],
    ['claims', '22%', 'Serwaa Ofori-Atta'],
    ['claims', 'a third', 'Yakubu Dramani-Issah'],
    ['claims', 'GH¢13.10', null],
  ],
  'magazine-chef-profile': [
    ['says', 'Fire tells you everything', 'Imogen Szabo-Whitfield'],
    ['says', 'She drove me mad', 'Laurent Devereux-Pike'],
    ['says', 'a betrayal', 'Laurent Devereux-Pike'],
    // "Devereux-Pike calls it "…"; she calls it "…"": the surname is a man's (Laurent), so "she"
    // is the chef the story is about, here and in her later "she says" (fixed: it was his).
    ['says', 'growing up', 'Imogen Szabo-Whitfield'],
    ['says', 'He still salts too much', 'Imogen Szabo-Whitfield'],
    ['says', 'Smoke is a seasoning', 'Tobias Reinholt'],
    ['claims', '£85', null],
  ],
  'wire-defamation-appeal-ruling': [
    ['says', 'The trial judge was entitled to find', 'ruling'],
    // "…," the lawyer for the claimant, X, said outside court: "outside court" is where, not who
    // (fixed: it was the speaker).
    ['says', 'My client has been vindicated', 'Sophia Delacourt-Mensah'],
    ['says', 'her client would consider a further appeal', 'Sophia Delacourt-Mensah'],
    ['says', 'disappointed', 'Channel Vista'],
    ['says', 'read closely in every newsroom', 'Declan Forsythe-Obi'],
    ['claims', '2.3 million people', null],
  ],
  // The fifty-fourth round: five unseen pages, audited by hand; no engine change (judged after the
  // day's rules as they stand).
  'us-measles-outbreak-county': [
    // The dek's "Health officer urges …: "…"" is the officer named in the body.
    ['says', 'This is entirely preventable', 'Renata Vasquez-Oyelaran'],
    ['says', '11 patients had been hospitalized', 'Renata Vasquez-Oyelaran'],
    ['says', 'Of the confirmed cases, 14 are children', "county's dashboard"],
    ['says', 'Measles is one of the most contagious', 'Centers for Disease Control and Prevention'],
    ['says', 'she had changed her mind', 'Kayla'],
    ['says', "gamble with kids' lives", 'Gordon Ashby-Trell'],
    ['claims', '97%', 'Renata Vasquez-Oyelaran'],
    ['claims', 'three epidemiologists', 'Centers for Disease Control and Prevention'],
    ['claims', '84%', null],
  ],
  'indonesia-volcano-eruption-translation': [
    // "Head of the agency's data centre, …, Sutrisno, said": a one-word name after a long title.
    ['says', 'the evacuees were staying in 14 shelters', 'Sutrisno'],
    ['says', 'The status remains at Level IV', 'Sutrisno'],
    ['says', 'no casualties had been reported', 'BNPB'],
    ['says', 'We have distributed 20,000 masks', 'Ahmad Fauzi Rahmatullah'],
    ['says', 'My whole garden is covered in ash', 'Paijo'],
    ['says', 'the Adisumarmo airport', 'Sutrisno'],
    ['claims', '20,000 masks', 'Ahmad Fauzi Rahmatullah'],
    ['claims', '14 shelters', 'Sutrisno'],
  ],
  'tennis-slam-quarterfinal-presser': [
    ['says', "At 5-6 in the tie-break you don't think", 'Dmytro Kovalenko'],
    // "Okonkwo-Barrie, the No 6 seed, …" then "the Briton said" and "He said he would have a scan".
    ['says', "I'm not going to use it as an excuse", 'Samuel Okonkwo-Barrie'],
    ['says', 'he would have a scan on Wednesday', 'Samuel Okonkwo-Barrie'],
    // "… ," Marco said: the coach by his first name, named in full the sentence before.
    ['says', 'He served 31 aces and still nearly lost', 'Marco Bellandi'],
    ['says', 'What a fight', 'Dmytro Kovalenko'],
    ['claims', '31 aces', 'Marco Bellandi'],
    ['claims', '£715,000', null],
  ],
  'eu-parliament-platform-workers-vote': [
    // Fixed after the audit: "The rapporteur, X (S&D, Spain), said" gave "S&D (Spain))".
    ['says', 'Today we tell the algorithm that it is not above', 'Irene Castellví Roura'],
    ['says', 'turns every freelancer into a suspect', 'Lothar Brückner-Hahn'],
    ['says', 'We support fair pay', 'Lothar Brückner-Hahn'],
    ['says', 'a floor, not a ceiling', 'Saskia Lindqvist-Moreau'],
    ['says', 'a costly mess of 27 different rules', 'Move EU'],
    ['says', 'Adopted! 412 for', 'Irene Castellví Roura'],
    // "said platforms that misclassified workers could face fines …": a content clause with no
    // "that" whose subject carries a "that" relative of its own. Role only: "The rapporteur" is
    // not yet carried to the name given the sentence before.
    ['says', 'platforms that misclassified workers could face fines', 'rapporteur'],
    ['claims', '€50,000', 'rapporteur'],
    ['claims', '€4.5 billion', 'Move EU'],
    ['claims', '31 abstentions', null],
  ],
  'uk-local-bus-route-cut': [
    ['says', 'impossible choices', 'Gareth Pennock-Ames'],
    ['says', 'Nobody became a councillor', 'Gareth Pennock-Ames'],
    // "A spokesperson for the bus operator, Coastlink Buses, said …" and "the spokesperson added".
    ['says', 'the route had lost money for five years', 'Coastlink Buses'],
    ['says', 'writing to regular passengers', 'Coastlink Buses'],
    ['says', 'walk a mile with a stick', 'Margaret Lowe-Tindall'],
    ['says', 'This is a lifeline for the old', 'Dev Rathore-Quinn'],
    ['claims', '£14 million', 'Gareth Pennock-Ames'],
    ['claims', '£286,000', null],
  ],
  // The fifty-fifth round: five unseen pages, audited by hand before two fixes (a "that" after a
  // preposition; a lap time with a fraction of a second).
  'india-monsoon-flood-district': [
    ['says', 'died and over 2.3 lakh have been displaced', 'officials'],
    ['says', '112 relief camps had been opened', 'Lakshmi Narayanaswamy'],
    // "the district collector, Smt. Lakshmi Narayanaswamy, said": "Smt." (Shrimati) keeps its period
    // inside the name, as "Mrs." does, instead of ending a sentence (fixed after the audit).
    ['says', 'This is the worst flooding the district has seen', 'Lakshmi Narayanaswamy'],
    ['says', 'Six NDRF teams and two SDRF teams', 'State Emergency Operations Centre'],
    ['says', 'the State would seek Rs 200 crore', 'K. Ramachandra Gowda'],
    ['says', 'The damage to crops alone', 'K. Ramachandra Gowda'],
    // A farmer quoted in translation, then his "He said" and "he asked".
    ['says', 'We could save only the cattle', 'Basavaraj Hiremath'],
    ['says', 'he had taken a loan', 'Basavaraj Hiremath'],
    ['says', 'Who will pay it back now', 'Basavaraj Hiremath'],
    ['says', 'Not one drain was cleaned', 'Farida Begum-Rao'],
    ['claims', 'Three acres', 'Basavaraj Hiremath'],
    ['claims', '₹5 lakh', 'Lakshmi Narayanaswamy'],
    ['claims', '₹1.2 lakh', 'Basavaraj Hiremath'],
    ['claims', '2.3 lakh people', null],
  ],
  'motorsport-grand-prix-race-report': [
    // Team radio, then "he told Sky Sports": the driver's "we" stays his.
    ['says', 'longest 12 laps of my life', 'Linus Dahlqvist'],
    ['says', 'the hard tyre would come alive', 'Linus Dahlqvist'],
    ['says', 'That stop won us the race', 'Greta Vanhoutte-Lind'],
    ['says', 'I had no rear brakes', 'Rafael Oyarzábal'],
    ['says', 'investigate a pit-lane incident', 'stewards'],
    ['claims', '20 laps', 'Rafael Oyarzábal'],
    ['claims', '2.1 seconds', null],
    // Fixed after the audit, checked in figures.test.ts: the lap time "1:32.418" gave a count "1".
  ],
  'factcheck-crime-figures-claim': [
    ['says', 'Families don', 'Douglas Pemberton-Hale'],
    ['says', 'referring to what residents are telling him', 'Corey Vitale'],
    ['says', 'there were 1,184 reported burglaries', "Harlow County Sheriff's Office"],
    ['says', 'nobody looking at our reports', 'Alma Quintero-Banks'],
    // Fixed after the audit: "said short-term rises of that size were common" was cut to "that size …".
    ['says', 'short-term rises of that size were common', 'Jonah Feldkamp'],
    ['says', 'well within normal fluctuation', 'Jonah Feldkamp'],
    ['says', 'burglaries in the county had doubled', 'Douglas Pemberton-Hale'],
    ['claims', '1,184 reported burglaries', "Harlow County Sheriff's Office"],
    ['claims', '100%', null],
  ],
  'nigeria-fuel-subsidy-union': [
    ['says', 'cannot carry this burden"', 'Nigeria Labour Congress'],
    ['says', '₦4.2 trillion', 'Ibrahim Danjuma-Yakubu'],
    ['says', 'There is no going back. The subsidy', 'Ibrahim Danjuma-Yakubu'],
    ['says', 'I have increased my fare', 'Emeka Nwachukwu'],
    ['says', 'inflation, already at 24.8 per cent', 'Folake Adeyemi-Coker'],
    ['says', 'The savings will only make sense', 'Folake Adeyemi-Coker'],
    ['says', 'would not be blamed for the new prices', 'Independent Petroleum Marketers Association of Nigeria'],
    ['claims', '₦18,500', 'Emeka Nwachukwu'],
    ['claims', '24.8 per cent', 'Folake Adeyemi-Coker'],
    // "N617 per litre", "from N300 to N500": no "naira" in the text, but its "₦" says which
    // currency the letter means; read since fig90, missed in the audit.
    ['claims', 'N617', null],
    ['claims', 'N635', null],
    ['claims', 'N300', 'Emeka Nwachukwu'],
    ['claims', 'N500', 'Emeka Nwachukwu'],
  ],
  'radio-transcript-water-shortage': [
    // Speaker labels in capitals at the start of each paragraph.
    ['says', 'how bad is it', 'Teresa Kowalczyk-Byrne'],
    ['says', 'about 140 days of supply', 'Marcus Ebright'],
    ['says', 'Outdoor watering two days a week', 'Marcus Ebright'],
    ['says', 'allocation cut by 40%', 'Lorna Vasquez-Tull'],
    // A listener's letter read on air.
    ['says', 'I’ve lived here 50 years', 'Harold Okafor-Lind'],
    ['says', 'the growth happened faster', 'Marcus Ebright'],
    ['says', 'the river is what pays', 'Lorna Vasquez-Tull'],
    ['claims', '60 acres', 'Lorna Vasquez-Tull'],
    ['claims', '1962', null],
  ],
  // The fifty-sixth round: five unseen pages, audited by hand before the fixes.
  'norway-wolf-cull-translation': [
    ['says', 'The decision is within the framework of the Bern Convention', 'Håkon Brøndbo-Aas'],
    // "Sheep farmer X, 58, lost 41 lambs …" and then ""…. …," she told Fjordposten": the quote's
    // own sentence ends no longer part "she" from the farmer (fixed: it was the agency's man).
    ['says', 'I have found them with their throats torn out', 'Åse Kjølstad-Midtbø'],
    ['says', 'the family was considering giving up sheep', 'Åse Kjølstad-Midtbø'],
    ['says', 'a political hunt with no basis in research', 'Norwegian Society for the Conservation of Nature'],
    // "…," writes X, the society's leader, in an op-ed.
    ['says', 'The wolf in Norway is critically endangered', 'Torgeir Lønnå-Berg'],
    ['says', 'at the upper edge of what the population can tolerate', 'Ingvild Sæther-Myhre'],
    ['says', 'both the wolf and the people who live in wolf country', 'Jørgen Flåten-Rød'],
    ['claims', '94 animals', 'Håkon Brøndbo-Aas'],
    ['claims', 'four generations', 'Åse Kjølstad-Midtbø'],
    ['claims', 'a quarter', 'Torgeir Lønnå-Berg'],
    ['claims', '41 lambs', null],
  ],
  'obituary-poet-verse': [
    ['says', 'she had been ill for some months', 'Greywater Press'],
    ['says', 'She wrote about the estuary the way other people write about God', 'Dafydd Penhallow-Rees'],
    ['says', 'We have lost our conscience and our best proof-reader', 'Greywater Press'],
    ['says', 'her mother had written every morning until February', 'Clemency Alvescot'],
    ['says', 'She would say the poem was in the weather', 'Clemency Alvescot'],
    ['says', 'the most exact poet of place we had', 'Harriet Oyelowo-Brande'],
    ['says', 'she never wasted a syllable', 'Harriet Oyelowo-Brande'],
    ['claims', '180,000 copies', 'Greywater Press'],
    ['claims', '600 copies', null],
  ],
  'us-local-tv-school-board-budget': [
    ['says', 'Nobody in this room wants to close a school', 'Lorraine Batiste-Coyle'],
    ['says', "Now she'll be on a bus for 45 minutes", 'Tamsin Okafor-Reyes'],
    // "One father, who did not give his name, said …" and his "he said": no name, the role speaks.
    ['says', 'made up its mind before we ever walked in', 'father'],
    ['says', 'You held three listening sessions', 'father'],
    ['says', "the numbers don't lie", 'Dwight Hallorann-Metz'],
    ['says', 'We never gave this community a chance', 'Priya Castellane-Dunn'],
    ['claims', '$2.1 million', 'Lorraine Batiste-Coyle'],
    ['claims', 'eleven years', 'Dwight Hallorann-Metz'],
    ['claims', '40 people', null],
  ],
  'crypto-exchange-bankruptcy-filing': [
    ['says', 'a liquidity crunch at a market-making partner', 'Teodor Valsecchi-Marr'],
    // "People familiar with the matter said": the card's name is the head noun, "People".
    ['says', 'federal prosecutors in New York had opened an inquiry', 'People'],
    ['says', "where the customers' coins went", 'Corinne Abernathy-Lusk'],
    ['says', 'modest retention payments', 'Grant Heilbronner-Suh'],
    ['says', 'Sheer luck', 'Delphine Aragão-Wirth'],
    ['says', 'the same story with a new logo', 'Maya Kostadinova-Reel'],
    ['says', 'We will make every user whole', 'Teodor Valsecchi-Marr'],
    ['claims', '$1.4 billion', null],
    ['claims', '3,850 BTC', null],
  ],
  'cricket-odi-series-decider': [
    ['says', 'The ball was reversing a touch', 'Tendai Mbeki-Shaw'],
    ['says', 'Sanjay was magnificent', 'Harriet Oduya-Lang'],
    ['says', "You'd have to ask the captain", 'Fergus Naidoo-Kerr'],
    ['says', 'We lost it in the last eight overs', 'Ruairi Doyle-Anand'],
    // "Mbeki-Shaw finished with … . "…," he said": the lone double-barrelled surname opening the
    // sentence is its subject (fixed: it was the commentator named the paragraph before).
    ['says', "I'll take the medal", 'Tendai Mbeki-Shaw'],
    ['claims', '70', 'Ruairi Doyle-Anand'],
    ['claims', '48.3 overs', null],
  ],
  // The fifty-seventh round.
  'kenya-matatu-strike-fares': [
    // The standfirst's "NTSA says the levy "…"": the acronym is the authority spelt out below.
    ['says', 'the levy "is here to stay"', 'National Transport and Safety Authority'],
    ['says', 'push at least 1,200 vehicles', 'Peter Njoroge-Kibet'],
    ['says', 'this levy is theft', 'Peter Njoroge-Kibet'],
    ['says', 'approved by Parliament', 'National Transport and Safety Authority'],
    // "A driver on the Nakuru–Njoro route, who declined to be named …, said he …. "…," he said":
    // the driver, not "Njoro route" (the en dash split the subject) and not the chairman named
    // two paragraphs before (a noun off the role lists was no description "he" could stand for).
    ['says', 'he had not earned a shilling', 'driver'],
    ['says', 'Hakuna kazi', 'driver'],
    ['not-by', 'Hakuna kazi', 'Peter Njoroge-Kibet'],
    ['says', 'We are the ones suffering', 'Akinyi'],
    ['says', 'convene talks', 'Susan Cherono-Mwangi'],
    ['says', 'Operators are reminded', 'NTSA Kenya'],
    ['claims', 'KSh 198', 'Peter Njoroge-Kibet'],
    ['claims', '40 new weighbridges', 'National Transport and Safety Authority'],
    ['claims', '7 kilometres', 'Akinyi'],
    ['claims', 'KSh 3.9 billion', null],
  ],
  'drug-trial-heart-failure-release': [
    ['says', 'This is the first weekly pill', 'Maren Solvik-Arden'],
    ['says', 'nothing else has worked', 'Maren Solvik-Arden'],
    ['says', 'straight after discharge', 'Tomasz Reinholt-Baker'],
    ['says', "the drug's price had not yet been set", 'Ada Lindqvist-Moore'],
    ['says', 'you treat about 19 patients', 'Ada Lindqvist-Moore'],
    ['says', 'We are proud to have supported', 'Henrik Aasgaard'],
    ['says', 'VERANDA is out', 'Northern Journal of Medicine'],
    ['claims', '19 patients', 'Ada Lindqvist-Moore'],
    ['claims', '4,812 patients', null],
    ['claims', '0.63 to 0.82', null],
    ['claims', '3.2%', null],
  ],
  'uk-tabloid-star-court-case': [
    // "… grabbed her arm at the Velvet Room in Mayfair …. "I panicked …," she said": the club
    // after "the" is no one "she" can stand for.
    ['says', "I panicked. I'm not proud of it and", 'Kelsey Marlowe-Pike'],
    ['says', 'paid a heavy price', 'Giles Ferraby-Hunt'],
    ['says', 'swinging the bag twice', 'Anjali Rowe-Benning'],
    ['says', 'three stitches', 'Marcus Oyelaran'],
    ['says', "I didn't deserve that", 'Marcus Oyelaran'],
    ['says', 'Fame does not buy you', 'Harriet Calloway-Stone'],
    // "A source close to the star told The Flare last night: "…"".
    ['says', 'Kels is mortified', 'source'],
    ['says', 'Lesson learnt', 'Kelsey Marlowe-Pike'],
    ['claims', '£40,000', 'Giles Ferraby-Hunt'],
    ['claims', '£960', null],
    ['claims', '£85', null],
  ],
  'brazil-amazon-deforestation-translation': [
    // The headline's "…, says Inpe" and the subtitle's "Minister says …".
    ['says', 'falls 31% but rises in Pará', 'Inpe'],
    ['says', 'the government will invest', 'Helena Duarte-Saraiva'],
    ['says', 'to 5,830 km²', 'Inpe'],
    ['says', 'command and control works', 'Helena Duarte-Saraiva'],
    ['says', '600 new agents', 'Helena Duarte-Saraiva'],
    ['says', 'a task force with 300 police officers', 'Pará state government'],
    ['says', 'Queda de 31%', 'Helena Duarte-Saraiva'],
    ['claims', 'R$ 1.2 billion', 'Helena Duarte-Saraiva'],
    ['claims', '300 police officers', 'Pará state government'],
    ['claims', '8,450 km²', null],
  ],
  'election-night-live-results': [
    ['says', 'You knocked on 400,000 doors', 'Ruth Okafor-Lindgren'],
    ['says', 'Tomorrow we start fixing the roads', 'Ruth Okafor-Lindgren'],
    ['says', 'The voters have spoken', 'Dale Strickmann'],
    ['says', 'turnout could reach 68%', 'Miriam Vasquez-Hale'],
    ['says', 'Lines were long', 'Miriam Vasquez-Hale'],
    ['says', "The cities haven't come in yet", 'Jules Petrakis'],
    ['says', "I've lost two tires", 'Gloria Tennant'],
    ['says', "Let's get to work", 'Ruth Okafor-Lindgren'],
    ['claims', '400,000 doors', 'Ruth Okafor-Lindgren'],
    ['claims', '61,000 votes', null],
    ['claims', '812,406', null],
  ],
  // The fifty-eighth round: unseen pages, audited by hand before the fix.
  'pk-cricket-board-row': [
    // The chairman's card keeps the trailing honorific "Sahib" in his name (the right person; a
    // later "Haider said" would not find him).
    ['says', 'No franchise gets a single rupee', 'Mansoor Haider Sahib'],
    ['says', '14 players had not been paid', 'Mansoor Haider Sahib'],
    ['says', 'This is a vendetta against players, not against me', 'Shahzaib Durrani'],
    // The former captain's post, signed by his name and handle.
    ['says', 'Fourteen boys have waited two seasons', 'Shahzaib Durrani'],
    // "Begum" is dropped from the owner's name.
    ['says', 'moved the goalposts', 'Rukhsana Tiwana'],
    ['says', 'We want cricket, not court cases', 'Muhammad Aslam Jatoi'],
    ['claims', 'Rs 12 million', 'Mansoor Haider Sahib'],
    ['claims', 'six franchises', 'Pakistan Cricket Board'],
    ['claims', '38 Tests', null],
  ],
  'us-supreme-court-oral-argument': [
    ['says', 'If a police officer climbed onto my fence', 'Eleanor Vance-Whitaker'],
    ['says', 'The Constitution does not forbid the government', 'Paul Brisbane-Hart'],
    ['says', 'Memory is the difference here', 'Raymond Cortlandt'],
    ['says', 'it was stored for 30 days unless flagged', 'Paul Brisbane-Hart'],
    ['says', 'My clients were fined for a shed', 'Tamsin Achebe-Roux'],
    ['says', 'a backyard is not a runway', 'Liberty Yard Project'],
    ['claims', '412 clips', 'Tamsin Achebe-Roux'],
    ['claims', '2,300 homes', null],
  ],
  'au-rba-rate-decision': [
    // The standfirst's "the governor says …" is the governor named in the body.
    ['says', 'still too high', 'Margaret Yallop-Keane'],
    ['says', 'Inflation remains too high and the board', 'Reserve Bank of Australia'],
    ['says', 'We did discuss 50 basis points', 'Margaret Yallop-Keane'],
    ['says', 'underlying inflation of 3.4 per cent', 'Margaret Yallop-Keane'],
    ['says', 'the rise adds about A$120', 'RateFinder'],
    ['says', 'The statement was hawkish', 'Priya Sandhu-Cole'],
    ['says', 'the pressure families are under', "Declan O'Rourke-Hale"],
    ['says', "Now it's the car", 'Renee Tapsell'],
    ['claims', '50 basis points', 'Margaret Yallop-Keane'],
    ['claims', '3.4 per cent', 'Margaret Yallop-Keane'],
  ],
  'product-recall-space-heater': [
    // "Acme Home Products is recalling …, the company said": the name opening the paragraph is
    // the company (fixed: "company" as written, its last word "Products" fitting no company).
    ['says', 'Thermavia Home Products is recalling', 'Thermavia Home Products'],
    ['claims', '37 reports', 'Thermavia Home Products'],
    ['claims', 'nine fires', 'Thermavia Home Products'],
    ['says', 'Consumers should immediately stop using', 'Consumer Product Safety Board'],
    ['says', 'Safety is our first priority', 'Anders Kjellberg-Nash'],
    ['says', 'I smelled plastic', 'Dana Whitcombe'],
    ['says', 'it was the third recall', 'Consumer Product Safety Board'],
    // Model and SKU numbers are no figures.
    ['no-figure', '4471'],
    ['no-figure', 'XR-200'],
    ['claims', '$89', null],
  ],
  'saltmarsh-festival-review': [
    // Song titles in quotation marks are no speech.
    ['no-quote', 'Paper Lanterns'],
    ['says', 'You lot are mad', 'Nell Ashby-Coombe'],
    ['says', 'He taught me three chords', 'Nell Ashby-Coombe'],
    ['says', 'Saltmarsh, are you awake?', 'Kofi Brannagh'],
    ['says', 'attendance over the three days had reached 118,000', 'Harlow Live'],
    ['says', 'We will be back next year', 'Simone Okoye-Hart'],
    ['claims', '118,000', 'Harlow Live'],
    ['claims', '42,000 people', null],
  ],
  // The fifty-ninth round: unseen pages, audited by hand before the fix.
  'za-eskom-stage6-load-shedding': [
    ['says', 'We are not going to stage 8', 'Thandeka Zungu-Mahlangu'],
    // "… has asked Treasury to release R2.3 billion …, his spokesperson, X, said": the spokesperson,
    // not the minister the clause names.
    ['says', 'has asked Treasury to release R2.3 billion', 'Nomvula Shabalala'],
    ['says', 'The money is on the table', 'Nomvula Shabalala'],
    ['says', 'small firms could not afford generators', 'Themba Nxumalo-Dube'],
    // isiZulu opening the quotation.
    ['says', 'Sibuyile emnyameni futhi', 'Zanele Mabaso'],
    ['says', 'run out of excuses', 'Pieter van Wyk-Jansen'],
    // "Eskom will implement …, the utility said": the one-word name opening the paragraph (fixed:
    // it stayed "utility").
    ['says', 'Eskom will implement stage 6', 'Eskom'],
    ['says', 'Please use electricity sparingly', 'Eskom Hld SOC Ltd'],
    // "…, the utility said in a statement. “…,” the statement said": the utility's statement (fixed:
    // it was "statement").
    ['says', 'We apologise to South Africans', 'Eskom'],
    ['claims', '10 hours', null],
    ['claims', 'twice', 'Nomvula Shabalala'],
    // "stage 6" names a level, no figure.
    ['no-figure', 'stage 6'],
  ],
  'uk-inquest-cyclist-lorry': [
    // "Family of X, 27, say …" is the family, no longer form of X's name (fixed: it was read as
    // one, and the dead X's own earlier text went to it through her surname).
    ['says', 'save another family from this', 'Family of Harriet Pellow-Grange'],
    ['says', 'That Kingsmead turn is going to kill someone', 'Harriet Pellow-Grange'],
    ['says', 'The painted lane led her directly', 'Alistair Fenwick-Moore'],
    ['says', 'no safe place to be', 'Alistair Fenwick-Moore'],
    ['says', 'I never saw her', 'Gareth Lomax'],
    ['says', 'travelling at 9mph', 'Nadia Okafor-Lund'],
    // The family's statement read by their solicitor is the parents', not the solicitor's.
    ['says', 'Harriet gave her life to helping others', 'parents'],
    ['not-by', 'Harriet gave her life to helping others', 'Rebecca Thornbury'],
    ['says', 'Our thoughts remain with', 'council spokesperson'],
    ['claims', 'twice', 'Gareth Lomax'],
    ['claims', '56 days', 'council spokesperson'],
    ['claims', '£1.4 million', null],
  ],
  'tech-earnings-call-cloud-guidance': [
    ['says', 'Customers are taking longer to sign large deals', 'Dev Anand-Kessler'],
    ['says', 'Revenue rose 14 per cent', 'Nimbrix'],
    // The analyst "asked whether …" gives no quote; the CEO's "… ," Anand-Kessler replied" does.
    ['says', "We're not seeing a price war", 'Dev Anand-Kessler'],
    ['says', 'operating margin would be about 27 per cent', 'Lorna Whitcombe-Ade'],
    ['says', 'it had 1.2 million paying seats', 'Lorna Whitcombe-Ade'],
    ['says', 'The guide was not', 'Priya Raman-Stokes'],
    ['no-quote', 'the slowdown was caused by rivals'],
    ['claims', '$4.35bn', 'Lorna Whitcombe-Ade'],
    ['claims', '27 per cent', 'Lorna Whitcombe-Ade'],
    ['claims', '1.2 million paying seats', 'Lorna Whitcombe-Ade'],
    ['claims', '11%', null],
  ],
  'wire-hostage-release-statements': [
    ['says', 'Three aid workers freed after 14 months', 'Qatar'],
    ['says', 'in the care of medical staff', "Qatar's foreign ministry"],
    ['says', 'the fruit of patient dialogue', 'Majed al-Sulaiti'],
    // The anonymous official, and his later "the official said".
    ['says', 'no U.S. money had changed hands', 'senior administration official'],
    ['says', 'does not make concessions to hostage-takers', 'senior administration official'],
    ['says', 'They have waited 425 days', 'Kari Brennvik-Aas'],
    ['says', 'We will not rest until', 'Ellen Varga-Mott'],
    ['says', 'the release of 11 prisoners', 'diplomat'],
    ['claims', '11 prisoners', 'diplomat'],
    ['claims', '425 days', 'Kari Brennvik-Aas'],
    ['claims', '30,000 displaced people', null],
  ],
  'local-council-live-blog-ward-votes': [
    ['says', 'the most housing this city has approved', 'Teresa Vandermolen'],
    ['says', 'the traffic study was out of date', 'Dahlberg'],
    ['says', 'then wonder why rents are up 30%', 'Marcus Hollenbeck'],
    // "One resident said …. "…?" she asked."
    ['says', 'My street floods every spring', 'resident'],
    ['says', "I'm 29 and I live with roommates", 'Kayla'],
    ['says', 'Staff recommends approval with conditions', 'Rob Ekstrand-Vale'],
    ['says', 'More than 150 people are in the chambers', 'city clerk'],
    ['claims', '$1.6 million', 'Marcus Hollenbeck'],
    ['claims', '36 units', 'Rob Ekstrand-Vale'],
    ['claims', '31 speakers', null],
  ],
  // The sixtieth round: unseen pages, audited by hand before the fix.
  'ca-wildfire-bilingual-evacuation': [
    // The standfirst's "the fire chief says crews are …" is the chief the body names.
    ['says', 'fighting for every street', 'Martin Labrecque-Dionne'],
    ['says', '140 firefighters', 'Martin Labrecque-Dionne'],
    // The mayor's words in French (« … ») and their translation in brackets are both hers.
    ['says', 'Ne revenez pas chercher vos affaires', 'Sylvie Gagnon-Whitfield'],
    ['says', 'Do not come back for your things', 'Sylvie Gagnon-Whitfield'],
    ['says', 'it had registered more than 2,400 people', 'Red Cross'],
    ['says', 'Nobody in Lac-Sorbier will be left', 'Daniel Ashworth-Roy'],
    ['says', '250 troops would arrive Monday', 'Anika Sandhu'],
    ['says', 'Now I have 20 minutes to pack', 'Paul-Émile Fortier'],
    ['claims', 'four water bombers', 'Martin Labrecque-Dionne'],
    ['claims', '250 troops', 'Anika Sandhu'],
    ['claims', '90 km', null],
  ],
  'transfer-saga-striker-fee': [
    // "Striker's agent hints at "a new chapter" as personal terms are agreed": the passive
    // "are agreed" names no speaker (fixed: it was "personal terms").
    ['not-by', 'a new chapter', 'personal terms'],
    ['says', 'personal terms on a five-year contract', 'Sources'],
    ['says', 'the club has to make the decisions', 'Stefan Hagelund'],
    ['says', 'He trains well, he is professional', 'Stefan Hagelund'],
    ['says', 'The club can confirm it has accepted an offer', 'Corbridge'],
    // The agent's post, signed by his name and handle.
    ['says', 'Every story has a new chapter', 'Rafael Mendonça-Stiles'],
    ['says', "We don't talk about players from other clubs", 'Ines Carvalho-Marr'],
    ['says', 'When there is something to announce', 'Ines Carvalho-Marr'],
    ['claims', '€100m', null],
    ['claims', '€62m', null],
  ],
  'health-study-lancet-night-shift': [
    ['says', 'Our findings add to growing evidence', 'researchers'],
    ['says', 'It is not only about sleep duration', 'Ingrid Halvorsen-Maple'],
    ['says', 'The study did not prove that night work causes strokes', 'Ingrid Halvorsen-Maple'],
    // The independent expert "who was not involved": his partial and his full quote.
    ['says', 'well done but not the last word', 'Marcus Adeyemi-Ross'],
    ['says', 'Night workers differ from day workers', 'Marcus Adeyemi-Ross'],
    ['says', 'Roughly 1 in 5 American workers', 'Bureau of Labor Statistics'],
    ['says', 'should take these findings seriously', 'American Stroke Foundation'],
    ['claims', 'seven hours', 'Ingrid Halvorsen-Maple'],
    ['claims', '1 in 5 American workers', 'Bureau of Labor Statistics'],
    ['claims', '1 in 4', null],
    // The level of the "95% confidence interval" is no figure.
    ['no-figure', '95%'],
  ],
  'ph-typhoon-signal-four-radio': [
    // The lead-in's "PAGASA warns …" and the body's agency are the one body.
    [
      'says',
      'storm surges of up to three meters',
      'Philippine Atmospheric, Geophysical and Astronomical Services Administration',
    ],
    ['says', 'Karding is expected to maintain its strength', 'Benison Catapang'],
    // The mayor's nickname in quotation marks ("Dodong") is no quote and no part of his name.
    ['no-quote', 'Dodong'],
    ['says', 'power had been cut in all 57 barangays', 'Rodolfo Abaricio'],
    ['says', 'Wala pa kaming kuryente', 'Rodolfo Abaricio'],
    ['says', 'No family will go hungry', 'Leonora Quimpo-Salcedo'],
    // "Aling", a Filipino honorific, stays in the vendor's name (the right person).
    ['says', 'That boat fed my whole family', 'Aling Nena Bacsal'],
    ['says', 'TCWS No. 4 raised over Northern Samar', 'PAGASA-DOST'],
    ['claims', '57 barangays', 'Rodolfo Abaricio'],
    ['claims', 'P85 million', 'Leonora Quimpo-Salcedo'],
    ['claims', '48,000 families', null],
  ],
  'opinion-column-bold-qa': [
    ['says', 'the numbers are the numbers', 'Dale Prentiss-Vogt'],
    // A bold question of the column's interview that reports the county.
    ['says', 'those kids can use the Main branch', 'county'],
    ['says', 'no one will lose their job', 'Tomás Reinholt'],
    ['says', 'Last story time at Elm Street', 'Harlow County Library'],
    // The book's title in quotation marks is no speech.
    ['no-quote', 'The Quiet Room'],
    ['claims', '$1.4 million', null],
  ],
  // The sixty-second round: unseen pages, audited by hand before the fix.
  'de-chancellor-budget-translation': [
    // The dek's "The Greens' leader tells …": of the two leaders the body names, the Greens'
    // (fixed: the two made the head "leader" no one's, and the dek stayed "Greens leader").
    ['says', 'the package is', 'Annalena Voss-Kirchner'],
    ['says', 'cannot borrow its way out', 'Helmut Brandauer'],
    ['says', 'Every euro we do not save today', 'Helmut Brandauer'],
    ['says', 'We did not join this government', 'Annalena Voss-Kirchner'],
    ['says', 'we will not vote for it', 'Annalena Voss-Kirchner'],
    // "The government spokesman, Tobias Wendrich, said …" and "Asked whether …, Wendrich said:".
    ['says', 'confident that the coalition will stand together', 'Tobias Wendrich'],
    ['says', 'That question does not arise', 'Tobias Wendrich'],
    ['says', 'a bill sent to the next generation', 'Markus Degenhardt'],
    // The Chancellor's own post in German, signed with his name and handle.
    ['says', 'Wir sparen für die Zukunft', 'Helmut Brandauer'],
    ['claims', '2.9 percent', 'Ruth Albrecht-Semmel'],
    ['claims', '€3.2 billion', null],
  ],
  'uk-police-appeal-stabbing': [
    ['says', 'This was a senseless attack', 'Claire Hembury'],
    ['says', 'anyone with information, or dashcam', 'Claire Hembury'],
    ['says', 'Danny was a gentle giant', 'family'],
    ['says', 'Market Street is where families go', 'Priya Marwood'],
    ['says', 'We are appealing for witnesses', 'Wendmoor Police'],
    // The help line and Crimestoppers' number are no figures.
    ['no-figure', '101'],
    ['no-figure', '0800'],
    ['claims', 'two little girls', 'family'],
    ['claims', 'Two men', null],
  ],
  'kr-chaebol-idol-agency-filing': [
    // Family-name-first names: "Chairman Park Dong-hoon", later "Park said".
    ['says', 'Content is the semiconductor', 'Park Dong-hoon'],
    ['says', 'compete with anyone in the world', 'Park Dong-hoon'],
    ['says', "Our artists' creative direction will not change", 'Starlume Entertainment'],
    // "Haneul Group will buy …, the conglomerate said" (fixed: "conglomerate" was no company noun).
    ['says', 'Haneul Group will buy a 25 percent stake', 'Haneul Group'],
    ['says', 'Lee Ha-eun will remain CEO', 'Haneul Group'],
    ['says', 'They bought our boys like a shipyard', 'Choi Yu-na'],
    ['says', 'steep but defensible', 'Yoon Ji-ho'],
    ['claims', '210 billion won', 'Yoon Ji-ho'],
    ['claims', '18.4 percent', null],
    ['claims', '62,300 won', null],
  ],
  'football-live-text-derby': [
    // The summary's "Kelsford boss says …" is the boss the reaction names in a sentence with no
    // speech, "Kelsford boss Gary Linwood was furious." (fixed: it was "Kelsford boss").
    ['says', 'his side were', 'Gary Linwood'],
    ['says', 'It was a derby, it was never going to be pretty', 'Ruth Kennaway'],
    ['says', 'Tomasz has been working on those runs', 'Ruth Kennaway'],
    ['says', 'We had the better of the ball', 'Gary Linwood'],
    ['says', "I'm not going to talk about the referee", 'Gary Linwood'],
    ['says', 'I will remember this forever', 'Tomasz Wierzba'],
    ['says', 'DERBY DAY WINNERS', 'Ashbourne Rovers'],
    // The minute marks on lines of their own ("88'", "67'") clock the match, they count nothing.
    ['no-figure', '88'],
    ['no-figure', '67'],
    ['claims', '23,400', null],
    ['claims', '20 yards', null],
  ],
  'letters-to-editor-bypass': [
    // A letter's quote of a minister and of a councillor; the letters themselves are no quotes.
    ['says', 'open before the next election', 'Alan Pryce-Whitley'],
    ['says', 'no village will be left without a service', 'Denise Arlott'],
    ['says', 'the cost has risen to £180 million', 'county council'],
    ['says', 'remains a priority', 'Department for Transport'],
    ['no-quote', 'I would like to know who is going to apologise'],
    ['claims', '£95m', null],
  ],
  // The sixty-first round: unseen pages, audited by hand before the fix.
  'wire-markets-wrap-oil-bonds': [
    ['says', 'Markets had priced in two cuts', 'Alisha Brenmoor'],
    ['says', 'Nobody wants to be long duration today', 'Alisha Brenmoor'],
    // "Speaking at a banking conference …, Reserve Bank Governor X said the bank "…"": his speech.
    ['says', 'will not be rushed', 'Tomasz Heldring-Vance'],
    ['says', 'The last mile of disinflation', 'Tomasz Heldring-Vance'],
    ['says', 'We see Brent at $95', 'Kenji Ashdown-Mirza'],
    ['says', 'This is a healthy correction', 'Rosalind Teague'],
    ['claims', '$95', 'Kenji Ashdown-Mirza'],
    ['claims', '84.6 points', null],
    ['claims', '4.92%', null],
  ],
  'ng-election-tribunal-petition': [
    // "Chief X, SAN": the honorific and the rank after the name are no part of it.
    ['says', 'We respectfully disagree with the judgment', 'Babatunde Adeyemi-Cole'],
    ['says', 'sound and unassailable', 'Ngozi Eze-Akintola'],
    ['says', 'spoke clearly at the polls', 'Ngozi Eze-Akintola'],
    ['says', 'We will not keep quiet', 'Musa Danladi-Ishola'],
    ['says', 'Justice has been served', 'Chukwuemeka Obiora-Lawal'],
    ['claims', '21 days', 'Babatunde Adeyemi-Cole'],
    ['claims', 'N5 million', null],
  ],
  'science-asteroid-close-approach': [
    ['says', 'will pass about 290,000 km', 'NASA'],
    // "…, NASA said on Tuesday. … the agency said": a name with no kind word, the one body speaking
    // the sentence before (fixed: it was "agency").
    ['says', 'no risk whatsoever', 'NASA'],
    ['says', 'Those odds sound alarming', 'Renata Oyelowo-Finch'],
    ['says', 'survey telescopes are built to find', 'Renata Oyelowo-Finch'],
    // "a team led by X wrote that …" in a paper, then "X said in an interview".
    ['says', 'likely a rubble pile', 'Tobias Hallgrim-Osei'],
    ['says', 'knowing it is a rubble pile changes everything', 'Tobias Hallgrim-Osei'],
    ['says', 'We have been waiting three years', 'Priya Castellane-Moyo'],
    ['claims', '290,000 km', 'NASA'],
    ['claims', '180,000 miles', 'NASA'],
    ['claims', '2.6 hours', 'Tobias Hallgrim-Osei'],
  ],
  'celebrity-divorce-court-filings': [
    ['says', 'living separate lives', 'source'],
    ['says', 'Delphine asks for privacy', 'representative'],
    ['says', 'wishes Delphine nothing but happiness', 'Martin Ocampo-Reyes'],
    ['says', 'theirs was very comfortable', 'Janelle Fitzmorris'],
    ['claims', 'two children', null],
  ],
  'ie-gaa-football-match-report': [
    // '"…," the Kerry manager, X, said afterwards': "afterwards" is an adverb, no inverted speaker
    // (fixed: it was the speaker, and the quote with the manager's name a reported span).
    ['says', 'We were flat in the first half', 'Pádraig Ó Conchúir'],
    ['says', "Cian's goal lifted the whole place", 'Pádraig Ó Conchúir'],
    ['not-by', 'We were flat in the first half', 'afterwards'],
    ['says', 'we had chances to put the game away', 'Declan Hennelly-Walsh'],
    ['says', 'suspected hamstring injury', 'Mayo GAA'],
    ['says', 'Full-time in Killarney', 'Kerry GAA'],
    // Scores in the Gaelic form goals-points are figures of the outlet's own.
    ['claims', '1-14', null],
    ['claims', '9,412 spectators', null],
  ],
  // The sixty-third round (audited before any change; see the README).
  'in-state-election-crore-pledge': [
    ['says', 'No farmer in Kaveripuram will be left', 'K. Venkata Ramaiah'],
    ['says', 'It is not a promise, it is a cheque', 'K. Venkata Ramaiah'],
    ['says', 'waited four years and remembered farmers', 'Farhana Qureshi'],
    ['says', 'We have written to the Election Commission', 'Farhana Qureshi'],
    // A quote in Hindi and its translation in brackets after it: both the party president's.
    ['says', 'Yeh chunav kisan ka hai', 'P. Sudhakar Reddy'],
    ['says', 'This election belongs to the farmer', 'P. Sudhakar Reddy'],
    ['says', 'Paddy farmers are about 40 lakh voters', 'V. Lakshmi Narayanan'],
    ['says', 'Every rupee is accounted for', 'K. Venkata Ramaiah'],
    ['claims', '40 lakh voters', 'V. Lakshmi Narayanan'],
    ['claims', 'two lakh people', null],
    // "announced a package …, ten days before the first phase of polling in …": the span of time
    // after the comma dates the announcement and is the writer's (fixed: it ran on to the
    // sentence's end, and its figures were the Chief Minister's).
    ['claims', 'ten days', null],
    ['claims', '175 Assembly constituencies', null],
  ],
  'health-study-night-shift-heart-failure': [
    ['says', 'Our findings suggest that the timing of work', 'Ingrid Sollenberg-Achebe'],
    ['says', 'Night work disrupts the body clock', 'Ingrid Sollenberg-Achebe'],
    ['says', 'interesting but should be read with caution', 'Kwame Ostrander-Liu'],
    ['says', 'This is an observational study', 'Kwame Ostrander-Liu'],
    ['says', 'I would not tell anyone to quit', 'Kwame Ostrander-Liu'],
    ['says', 'That is the question employers will ask us', 'Ingrid Sollenberg-Achebe'],
    ['claims', '284,600 adults', null],
    ['claims', '5,712 participants', null],
  ],
  'au-bushfire-emergency-warning': [
    ['says', 'the next 48 hours are critical', 'Louisa Harcastle'],
    ['says', 'Do not wait to see the flames', 'Louisa Harcastle'],
    ['says', "We've lost at least 11 structures", 'Darren Okonkwo-Pryce'],
    // An open-ended quote paragraph goes on in the next one.
    ['says', 'What worries me is the wind change', 'Darren Okonkwo-Pryce'],
    ['says', 'You could see the glow over the ridge', 'Shirley Vandenbroek'],
    ['says', 'This one sounds different', 'Shirley Vandenbroek'],
    ['says', 'should leave now if the path is clear', 'Rural Fire Service'],
    ['claims', '80 kilometres per hour', 'Bureau of Meteorology'],
    ['claims', '14 aircraft', 'Darren Okonkwo-Pryce'],
    ['claims', '42,000 hectares', null],
  ],
  'sports-feature-sprinter-interview': [
    // A quote over three paragraphs, each open-ended, after "what she says will be her last season".
    ['says', 'When the tendon went', 'Marisol Akande-Voss'],
    ['says', 'The rehab was fourteen months', 'Marisol Akande-Voss'],
    ['says', 'She was furious with me', 'Teodor Halvorsen-Mbeki'],
    ['says', 'you can be angry or you can be patient', 'Teodor Halvorsen-Mbeki'],
    ['says', 'Her top speed is the same as 2027', 'Teodor Halvorsen-Mbeki'],
    ['says', "Let's make it a good one", 'Marisol Akande-Voss'],
    ['claims', '41 Diamond League wins', null],
    ['claims', 'fourteen months', 'Marisol Akande-Voss'],
  ],
  'us-civil-court-data-breach-verdict': [
    ['says', 'knowingly misled', 'Patricia Lindqvist-Obi'],
    ['says', "The company's own engineers warned", 'Patricia Lindqvist-Obi'],
    ['says', 'StrideLoop chose to sell it anyway', 'Patricia Lindqvist-Obi'],
    ['says', 'a line in the sand', 'Marcus Delacroix-Tan'],
    ['says', 'Our clients were runners and cyclists', 'Marcus Delacroix-Tan'],
    ['says', 'respectfully disagrees', 'StrideLoop Inc.'],
    // "In a statement, StrideLoop said …. "…," the statement said": the statement is StrideLoop's.
    ['says', 'We have always complied with applicable law', 'StrideLoop Inc.'],
    ['says', 'He knew what time I ran', 'Evelyn Prosser'],
    ['says', 'a win for every user', 'Delacroix-Tan Law'],
    // "declined to comment further" reports no words.
    ['no-quote', 'declined to comment'],
    ['claims', '$9.2 million', null],
    ['claims', '$1,600', null],
  ],
  // The sixty-fourth round (README): a product launch, an obituary, a wire story on truce talks, a
  // savings explainer and a school-board vote.
  'tech-phone-launch-keynote': [
    ['says', 'the phone we should have built three years ago', 'Talia Brenneck'],
    ['says', 'we made the battery the headline', 'Talia Brenneck'],
    ['says', 'a fraction of the power', 'Talia Brenneck'],
    ['says', 'people now keep their phones for four years', 'Priyanka Dassault'],
    ['says', 'The 120Hz panel is the best', 'Kenji Albrecht'],
    ['says', 'Lumen 7 is here', 'Verdane'],
    // Left: "the company says", "Pre-orders open Friday, the company said" stay "company" (the firm is
    // named only in the headline and after a dateline); "Pre-orders", opening its paragraph, is no name.
    ['says', 'Pre-orders open Friday', 'company'],
    // Prices in three currencies, sizes, rates and a count in an analyst's note.
    ['claims', '€829', null],
    ['claims', '6.7-inch', null],
    ['claims', '40%', 'Talia Brenneck'],
    ['claims', '38 million units', 'Priyanka Dassault'],
    ['claims', '2.3%', null],
  ],
  'obituary-architect-harbourside': [
    // The standfirst's "He called it "…"" is the man the headline names.
    ['says', 'a room for the whole town', 'Ewan Strathairn'],
    ['says', 'Dad was drawing until the very last week', 'Morag Strathairn-Lee'],
    ['says', 'If people argue about it in the pub', 'Ewan Strathairn'],
    ['says', 'three winters on site in a borrowed caravan', 'Ewan Strathairn'],
    ['says', 'the least pompous genius I ever met', 'Ishbel Kerrigan'],
    ['says', 'showed a generation that public buildings', 'Royal Caledonian Institute of Architects'],
    ['says', 'made Pellham look out to sea again', 'Pellham Civic Trust'],
    ['claims', '£6.4 million', null],
    ['claims', 'three winters', 'Ewan Strathairn'],
    ['claims', '22 years', null],
  ],
  'wire-mideast-truce-envoy-talks': [
    // "A senior official who spoke on condition of anonymity because he was not authorised to
    // brief the media said …": a relative clause of thirteen words (fixed: "media" spoke).
    ['says', 'the two sides had agreed on the first phase', 'senior official'],
    ['not-by', 'the two sides had agreed on the first phase', 'media'],
    ['says', 'The maps are the problem', 'official'],
    ['says', 'serious but difficult', 'Rami Al-Tawil'],
    ['says', 'I have seen movement today', 'Ingrid Solveigsen'],
    // The dek's "UN envoy says …" is "The UN special envoy, X" of the body (fixed: "envoy" is in
    // no list of role words, and her role opens with no article; it stayed "UN envoy").
    ['says', 'both sides are', 'Ingrid Solveigsen'],
    ['says', 'barely functioning', 'health ministry'],
    ['says', 'We urge both parties to seize this moment', 'Alina Merz'],
    ['says', 'Families are sleeping in schools', 'Farid Okonjo'],
    ['claims', '6,318', 'health ministry'],
    ['claims', '310,000 people', 'Aid agencies'],
  ],
  'finance-explainer-savings-rates': [
    ['says', 'savers who will not need their money', 'experts'],
    ['says', 'the best fixed deals will probably be gone', 'Delroy Fenwick'],
    ['says', 'Your emergency fund should always be instantly accessible', 'Anjali Rao'],
    ['says', 'We regularly review our rates', 'spokeswoman for Castlegate Bank'],
    ['says', 'Loyalty doesn', 'Delroy Fenwick'],
    // The worked example's amounts are the outlet's own; the adviser's allowance is hers.
    ['claims', '£440', null],
    ['claims', '£130', null],
    ['claims', '£1,000', 'Anjali Rao'],
    ['claims', '3.6%', 'RateScope'],
  ],
  'local-school-board-vote-fees': [
    ['says', 'This is a tax on working families, plain and simple', 'Carla Benedetti'],
    ['says', 'lose the music program', 'Tom Grayling'],
    ['says', 'We are charging people for where they live', 'Luis Ferrante'],
    ['says', 'no good options', 'Sandra Whitcombe'],
    // The superintendent's email statement, "he wrote".
    ['says', 'No child will miss school because of this fee', 'Gordon Ashby'],
    ['says', 'the budget vote is June 10', 'Hollins Valley School District'],
    ['claims', '5-2', null],
    ['claims', '$740,000', null],
    ['claims', '6 miles', 'Carla Benedetti'],
  ],
  // The sixty-fifth round: unseen pages, audited by hand before the fixes.
  'no-pm-fuel-tax-opposition': [
    // The standfirst's "The Prime Minister says …" finds the holder named in the body.
    ['says', 'the price of keeping our promises', 'Kjersti Løvås'],
    ['says', 'Nobody likes paying more at the pump', 'Kjersti Løvås'],
    ['says', 'the government could not fund its rail programme', 'Kjersti Løvås'],
    ['says', 'table a motion of no confidence', 'Petter Östby'],
    ['says', 'They have a car', 'Petter Östby'],
    ['says', 'done the arithmetic', 'Håvard Sæthre-Bjørnstad'],
    ['says', 'studying the proposal with great care', 'Åsmund Grønnevik'],
    ['claims', '1,800 kroner', 'Petter Östby'],
    ['claims', '4.2 billion kroner', 'Ministry of Finance'],
    ['claims', '31 percent', null],
  ],
  'crypto-token-selloff-ceo-post': [
    ['says', 'a few hours, not days', 'Dario Velkström'],
    // The chief executive's post on X, signed with his name and handle.
    ['says', 'Withdrawals will resume shortly', 'Dario Velkström'],
    // "the exchange Nexarion paused … for what it called "…"": "it" is no person described by a
    // role (fixed: it was "Nexarion's chief executive", the dek's subject).
    ['not-by', 'routine wallet maintenance', 'Nexarion’s chief executive'],
    ['says', 'more than $9 billion in reserves', 'Nexarion'],
    ['says', 'hit the sell button first', 'Hannah Oyelaran'],
    ['says', 'should be prepared to lose all the money', 'Financial Conduct Board'],
    ['claims', '$410 million', 'Tessellate'],
    ['claims', '$9 billion', 'Nexarion'],
    ['claims', '$1.2 trillion', null],
  ],
  'qa-port-authority-chief-interview': [
    // A bold question that reports the union; the answers under the questions are not read.
    ['says', '300 jobs are at risk from automation', 'dockers union'],
    ['says', 'refused to put a single job guarantee in writing', 'Bernadette Okoro-Lindqvist'],
    ['claims', '300 jobs', 'dockers union'],
    ['claims', '£600 million', null],
  ],
  'br-football-transfer-vinicius-fee': [
    // The standfirst's "Club president says …" and "the club's president confirmed" are "X, the
    // president of Porto Claro" (fixed: "club" was read as a word his role must give).
    ['says', 'the biggest in our history', 'João Batista Figueiredo'],
    ['says', 'have accepted a bid', 'João Batista Figueiredo'],
    ['claims', '€38 million', 'João Batista Figueiredo'],
    ['says', 'the money will go into the academy', 'João Batista Figueiredo'],
    ['says', 'There are three clubs talking to us', 'Márcio Conceição'],
    // "The journalist X reported … on Rádio Paulista that …".
    ['says', 'passed a medical in London', 'Renata Salgueiro'],
    ['says', 'keep 20 percent of any future sale', 'João Batista Figueiredo'],
    ['says', 'never stand in the way of a boy', 'Wanderley Peçanha'],
    ['says', 'Sempre serei grato', 'Kaíque Vinícius Júnior'],
    ['claims', 'three clubs', 'Márcio Conceição'],
    ['claims', '€60 million', null],
    ['claims', '14 goals', null],
  ],
  'uk-met-office-snow-warning': [
    // "said Met Office chief meteorologist Dr X": the honorific opens the person's name (fixed:
    // the quote was the Met Office's, the given name being no known one).
    ['says', 'blizzard conditions at times', 'Aled Penhaligon'],
    ['not-by', 'blizzard conditions at times', 'Met Office'],
    ['says', 'some rural communities could be cut off', 'Met Office'],
    ['says', 'please only travel if you really have to', 'Sunita Ravensworth'],
    ['says', 'he would work from home', 'Gareth Bellingham'],
    ['says', 'moved about three miles', 'Gareth Bellingham'],
    ['says', 'Stay #WeatherAware', 'Met Office'],
    ['claims', 'three miles', 'Gareth Bellingham'],
    ['claims', '60 to 70mph', null],
    ['claims', '2-4 inches', null],
  ],
  // The sixty-sixth round: unseen pages, audited by hand before the fix.
  'fr-elysee-pension-reform-union': [
    // The dek's "a source close to him says" and "the labour minister insists" (named in the body).
    ['says', 'will not govern against the street', 'source'],
    ['says', 'not negotiable', 'Bérénice Lafargue-Thiers'],
    ['says', 'around €9.5 billion', 'Bérénice Lafargue-Thiers'],
    ['says', 'lost all credibility', 'Sylvain Reboul-Garnier'],
    ['says', 'Nothing is ruled out', 'Anne-Laure Vasseur'],
    ['says', 'Pas un jour de plus au travail', 'Sylvain Reboul-Garnier'],
    ['claims', '€13.8 billion', 'pensions advisory council'],
    ['claims', '68 percent', 'Ifop-Delta poll'],
    ['claims', '€14 billion', null],
  ],
  'us-hurricane-landfall-live-updates': [
    ['says', 'a long night', 'Marcus Trevino'],
    ['says', 'Delphine made landfall near Port Caddell', 'National Hurricane Center'],
    ['says', 'a storm surge of 9 to 12 feet', 'National Hurricane Center'],
    ['says', 'The rain is going to be the bigger story', 'Kendra Oyelowo'],
    ['says', 'up to God', 'Denise Fontenot-Hale'],
    ['says', 'for a week or more', 'Gulfline Energy'],
    ['claims', '1.2 million customers', 'PowerWatch'],
    ['claims', '31,000 people', 'Marcus Trevino'],
    ['claims', '14,500 workers', 'Gulfline Energy'],
  ],
  'pk-imf-tranche-rupee-budget': [
    // The dek's "Finance minister calls the deal "…"" finds the minister named in the body.
    ['says', 'the last chance to fix the house', 'Zubair Ahmed Chaudhry'],
    ['says', 'Inflation has come down', 'Nasreen Akhtar Baloch'],
    ['says', 'heroic', 'Farhan Siddiqui-Rana'],
    ['says', 'steadfast implementation', 'Elena Kostadinova-Reyes'],
    ['says', 'Electricity costs Rs62 a unit now', 'Muhammad Tariq'],
    ['claims', 'Rs62', 'Muhammad Tariq'],
    ['claims', '$12 billion', 'Nasreen Akhtar Baloch'],
    ['claims', 'Rs70', null],
    ['claims', '53', null],
  ],
  'celeb-singer-split-source-rep': [
    ['says', 'the pop star, 29, is', 'Pals'],
    ['says', 'the pair', 'actor’s rep'],
    ['says', 'They remain friends and ask for privacy', 'representative'],
    ['says', 'throwing herself into the new album', 'source'],
    ['says', 'checked out', 'insider'],
    ['says', 'the rawest thing she', 'Dex Okafor-Lind'],
    // Ages set off after a description ("the pop star, 29,", "the Hollow Creek star, 34,") are the
    // outlet's, inside a source's claim too (fixed: they were the pals' and the source's).
    ['claims', '29', null],
    ['claims', '34', null],
    ['claims', '41', null],
    ['claims', '410 million views', null],
  ],
  'expedition-deep-sea-trench-research-ship': [
    ['says', 'a whole new neighbourhood', 'Teodora Villanueva-Kask'],
    ['says', 'the lab goes quiet', 'Teodora Villanueva-Kask'],
    ['says', 'too early to say it', 'Oluwaseun Hartley-Pryce'],
    // The press officer's email, relayed in part.
    ['says', 'with all data intact', 'Callum Ferreira-Nash'],
    ['says', 'the last great blank on the map', 'Amara Lindqvist-Obi'],
    ['says', 'The team is speechless', 'Meridian Star Expedition'],
    ['claims', '6,000 metres', 'Callum Ferreira-Nash'],
    ['claims', '26,900 feet', null],
    ['claims', 'NZ$4.6 million', null],
  ],
  // The sixty-seventh round: unseen pages, audited by hand with no change made for them.
  'mx-governor-cartel-ambush-statement': [
    // The headline's "governor vows "…"" and the dek find the governor named in the body.
    ['says', 'no truce', 'Ximena Ochoa Valdivia'],
    ['says', 'a declaration of war', 'Ximena Ochoa Valdivia'],
    ['says', 'Those who did this will face', 'Ximena Ochoa Valdivia'],
    ['says', 'Twelve state police officers were killed', "attorney general's office"],
    ['says', 'asked for reinforcements for weeks', 'Marisol Quintero Ledesma'],
    ['says', 'My brother earned 14,000 pesos', 'Marisol Quintero Ledesma'],
    // An official who asked not to be named is the description, rightly.
    ['says', 'bore the hallmarks', 'federal security official'],
    ['says', 'we will not withdraw', 'Abelardo Sandoval Ruiz'],
    ['says', 'abandoning the police to their luck', 'Efraín Muñoz Carrasco'],
    ['says', 'No habrá tregua', 'Ximena Ochoa Valdivia'],
    ['claims', '14,000 pesos', 'Marisol Quintero Ledesma'],
    ['claims', '1,200 soldiers', 'Abelardo Sandoval Ruiz'],
    ['claims', '418 people', 'official figures'],
    ['claims', '31', null],
    ['claims', '900 shell casings', null],
  ],
  'uk-nhs-ae-waiting-times-figures': [
    // The standfirst's "Health Secretary says …" finds the secretary named in the body.
    ['says', 'the figures show', 'Rosalind Achterberg'],
    ['says', 'green shoots of recovery', 'Rosalind Achterberg'],
    ['says', 'falling for the fourth month in a row', 'Rosalind Achterberg'],
    ['says', 'worked incredibly hard', 'NHS England'],
    ['says', 'a scandal of corridor care', 'Dominic Featherstone'],
    ['says', 'Behind every one of these statistics', 'Dominic Featherstone'],
    ['says', 'by the toilets all night', 'Maureen Pettigrew'],
    ['says', 'about 250 excess deaths a week', 'Royal College of Emergency Medicine'],
    ['says', 'corridor care is now routine', 'Patients First'],
    ['claims', '2.3 million attendances', 'NHS England'],
    ['claims', '12 hours', 'Dominic Featherstone'],
    ['claims', '250 excess deaths', 'Royal College of Emergency Medicine'],
    // Maureen Pettigrew's age.
    ['claims', '78', null],
    ['claims', '19 hours', null],
  ],
  'wire-aviation-runway-incursion-report': [
    // "a preliminary report released on Tuesday by the … Board": the issuer (round 92).
    ['says', 'passed about 170 feet', 'Aviation Safety Investigation Board'],
    ['says', 'travelling at about 138 knots', 'report'],
    ['says', 'one of the closest calls', 'Miriam Osei-Lindqvist'],
    ['says', 'seconds away from a catastrophe', 'Miriam Osei-Lindqvist'],
    // "The board said" is the board the dateline paragraph named.
    ['says', 'had not yet determined', 'Aviation Safety Investigation Board'],
    ['says', 'cooperating fully', 'Aerolínea Norteña'],
    ['says', 'our highest priority', 'Aerolínea Norteña'],
    ['says', 'quick and professional response', 'Skyvale Airways'],
    ['says', 'dangerously congested', 'Halvern Airline Pilots Association'],
    ['says', 'raising this for two years', 'Reinhardt Bjørklund'],
    ['says', 'stop-bar lights', 'National Civil Aviation Authority'],
    ['claims', '164 people', 'report'],
    ['claims', '52 metres', 'Aviation Safety Investigation Board'],
    ['claims', 'two pilots', 'Aerolínea Norteña'],
    ['claims', '285', null],
  ],
  'nba-recap-coach-players-trade-rumour': [
    ['says', 'a grown-man win', 'Dale Rennick'],
    ['says', 'nobody in that locker room', 'Dale Rennick'],
    // "Rennick said of Okoro: "…"": the coach's, not the player's.
    ['says', 'When he gets to his spots', 'Dale Rennick'],
    ['says', 'be ready Tuesday', 'Chidi Okoro'],
    ['says', 'I just want to hoop', 'Teo Vallancourt'],
    ['says', 'held talks with at least two teams', 'league sources'],
    ['says', 'ran out of legs', 'Bettina Sorensen-Hale'],
    ['says', '41 PIECES', 'Harbor City Comets'],
    ['claims', 'three quarters', 'Dale Rennick'],
    ['claims', 'two teams', 'league sources'],
    ['claims', '$31.5 million', null],
    ['claims', '41 points', null],
    ['claims', '118-112', null],
  ],
  'climate-summit-finance-goal-islands': [
    ['says', 'haggle over pennies', 'Losana Tuilagi-Ward'],
    ['says', 'Rich countries are negotiating over our graves', 'Losana Tuilagi-Ward'],
    // "Negotiations … stalled … after a group of small island states walked out …, saying …": the
    // participle is the walk-out's, not the talks' (WRONG in the sixty-seventh round's audit).
    ['says', 'a draft offer fell far short', 'group'],
    ['says', 'There is still time to land a deal', 'Augustin Mbeki-Harrow'],
    ['says', 'Every tonne of carbon', 'Augustin Mbeki-Harrow'],
    ['says', 'a record 38.6 billion tonnes', 'Global Carbon Tally'],
    ['says', 'unfair to developing producers', 'Faisal Al-Murtadha'],
    ['says', 'singles out one source of energy', 'Faisal Al-Murtadha'],
    ['says', 'We cannot carry this alone', 'Henrike Vos-Albrecht'],
    ['says', 'a rounding error', 'Tamsin Achebe-Rowe'],
    ['says', 'an insult dressed up as a compromise', 'Tamsin Achebe-Rowe'],
    ['says', 'our own death certificate', 'Losana Tuilagi-Ward'],
    ['claims', '38.6 billion tonnes', 'Global Carbon Tally'],
    ['claims', 'Three hundred billion dollars', 'Tamsin Achebe-Rowe'],
    ['claims', '$300 billion', null],
    ['claims', '$1.3 trillion', null],
  ],
  // The sixty-eighth round: unseen pages, audited by hand with no change made for them.
  'jp-chief-cabinet-secretary-stimulus-yen': [
    // Family name first throughout; the dek's "Chief cabinet secretary says …" finds him in the body.
    ['says', 'with a strong sense of urgency', 'Tanabe Kōsuke'],
    ['says', 'I will refrain from commenting on that', 'Tanabe Kōsuke'],
    ['not-by', 'an election bribe', 'Tanabe Kōsuke'],
    ['says', 'Prime Minister Ōkubo Masayoshi is expected', 'government sources'],
    ['says', 'without relying on new deficit-covering bonds', 'Hirano Reiko'],
    ['says', 'handing out money with one hand', 'Noda Kenjirō'],
    ['says', 'clearly not in line with fundamentals', 'senior official'],
    ['claims', '0.8 percentage point', 'Economists at Yamabuki Research Institute'],
    ['claims', '160.4', null],
  ],
  'us-supreme-court-decision-clean-water-6-3': [
    ['says', 'The agency stretched the statute', 'Harlan Whitcombe'],
    ['says', 'Congress did not hand regulators a blank check', 'Harlan Whitcombe'],
    ['says', 'Water does not read this court', 'Rosalind Achebe-Marsh'],
    ['says', 'It flows where it flows', 'Rosalind Achebe-Marsh'],
    // "In its brief, the government had argued that …".
    ['says', 'invite pollution upstream', 'government'],
    ['says', 'a victory for every family', 'Western Property Rights Foundation'],
    ['says', 'a gift to polluters', 'Earthwater Alliance'],
    ['says', 'closed beaches and poisoned wells', 'Yusuf Carrington-Diaz'],
    ['claims', '51 percent', 'Rosalind Achebe-Marsh'],
    ['claims', '$1.4 million', 'Dunmore Holdings'],
    ['claims', '40 acres', null],
  ],
  'local-crime-brief-police-release-burglary': [
    ['says', 'was arrested early Sunday', 'Harrowfield Police Department'],
    // ""…," the release said" after "according to a news release from the … Police Department".
    ['says', 'Officers responding to a report of a suspicious person', 'Harrowfield Police Department'],
    ['says', 'A search incident to arrest located', 'Harrowfield Police Department'],
    ['says', 'We are asking anyone who had items taken', 'Marisol Quintanilla-Reyes'],
    ['says', 'We kept our cars locked', 'Trudy Okafor-Lamb'],
    ['says', 'intends to plead not guilty', 'Glenn Pasternak'],
    ['says', '23 reports of vehicle break-ins', 'police'],
    ['claims', '14 counts', 'police'],
    ['claims', 'four wallets', 'Harrowfield Police Department'],
    ['claims', '$640', 'Harrowfield Police Department'],
    ['claims', 'twice', 'Trudy Okafor-Lamb'],
    // The judge's bail and the neighbour's age are the outlet's.
    ['claims', '$25,000', null],
    ['claims', '67', null],
  ],
  'arts-museum-exhibition-painter-letters': [
    // The painter's letters of 1909 and 1912, quoted in the present story: "she wrote", "she complained".
    ['says', 'They call my seas unladylike', 'Edith Varnham'],
    ['says', 'eleven guineas and a lecture on restraint', 'Edith Varnham'],
    ['says', '14 lenders in four countries', 'Oonagh Pemberton-Reid'],
    ['says', 'We had to add evening openings', 'Rufus Adeyemi-Clarke'],
    ['says', 'loud where the early ones whisper', 'Bartholomew Strand'],
    ['claims', 'eleven guineas', 'Edith Varnham'],
    ['claims', '31,000 people', 'Rufus Adeyemi-Clarke'],
    ['claims', '£12.6m', null],
  ],
  'farm-regional-potato-harvest-coop': [
    // A father and daughter sharing a surname, each named in full.
    ['says', 'had the harvester out for six days', 'Martin Ashdown'],
    ['says', 'The supermarkets want spotless skins', 'Ellie Ashdown'],
    ['says', 'a sticking plaster on a broken leg', 'Martin Ashdown'],
    // The dek's "co-op chairman warns …" finds the chairman named in the body.
    ['says', 'prices could hit 40p a kilo', 'Derek Linnell-Shaw'],
    ['says', 'no use if you', 'Derek Linnell-Shaw'],
    ['says', 'monitoring the situation closely', 'spokesperson for the Department for Rural Affairs'],
    ['says', 'Another 22mm overnight', 'Thorneybrook Farm'],
    ['claims', '38 tonnes', 'Fenland Growers Co-operative'],
    ['claims', '£180,000', 'Martin Ashdown'],
    ['claims', '£25,000', 'spokesperson for the Department for Rural Affairs'],
    ['claims', '9,000 hectares', null],
  ],
  // The sixty-ninth round (README): five unseen pages audited by hand, then two fixes.
  'eg-bread-subsidy-pound-cabinet': [
    // The dek's "The supply minister says …" finds the minister named in the body.
    ['says', 'the subsidised loaf will cost 35 piastres', 'Nabila Soliman'],
    // "C, the cabinet announced on Wednesday as the pound weakened to 61.4 to the dollar": the
    // writer's long "as" clause after the cue's time no longer hides the report (fixed).
    ['says', 'subsidised loaf will rise from 20 piastres', 'cabinet'],
    ['claims', '20 piastres', 'cabinet'],
    ['says', 'a bill of 134 billion pounds a year', 'Hossam Eldin Farouk'],
    ['says', 'Nobody will go without bread', 'Nabila Soliman'],
    ['says', 'had pressed Cairo to cut the subsidy bill', 'government source'],
    ['says', 'We bake at a loss every morning', 'Mahmoud Abdel-Rahim'],
    ['says', 'annual urban inflation reached', 'Central Agency for Public Mobilisation and Statistics'],
    ['says', 'Families are already spending half', 'Rania El-Shazly'],
    ['says', 'Supply of subsidised bread is guaranteed', 'Ministry of Supply'],
    ['claims', '134 billion pounds', 'Hossam Eldin Farouk'],
    ['claims', '69 million citizens', 'Nabila Soliman'],
    ['claims', '31.2 percent', 'Central Agency for Public Mobilisation and Statistics'],
    // The baker's age is the outlet's.
    ['claims', '52', null],
  ],
  'factcheck-minister-crime-claim-mostly-false': [
    ['says', 'Since I took office, violent crime', 'Oskar Brennock'],
    ['says', 'turned the tide', 'Oskar Brennock'],
    ['says', 'police recorded 48,210 violent offences', 'National Statistics Office'],
    ['says', 'Neither series supports a fall', 'Ingrid Solbakk'],
    ['says', 'clearly talking about the city he visited', 'Henrik Aasved'],
    ['says', 'Picking the best-looking number', 'Marte Kvalheim'],
    ['says', 'Promise kept', 'Oskar Brennock'],
    ['claims', '48,210 violent offences', 'National Statistics Office'],
    ['claims', '7 percent', 'Ingrid Solbakk'],
  ],
  'tech-quarterly-results-cloud-guidance': [
    ['says', 'We are nowhere near a ceiling', 'Priya Venkataraman'],
    ['says', 'Customers are signing longer contracts', 'Priya Venkataraman'],
    ['says', 'spend about $30 billion on data centres', 'Priya Venkataraman'],
    ['says', 'We are raising guidance', 'Marcus Oyelaran'],
    ['says', 'raises the bar for returns', 'Lena Brandvold'],
    ['says', 'The growth is real', 'Lena Brandvold'],
    ['says', 'cut about 1,200 jobs', 'Corvane Systems'],
    ['says', 'Record quarter for Corvane Cloud', 'Priya Venkataraman'],
    ['claims', '$76 billion to $78 billion', 'Marcus Oyelaran'],
    ['claims', '29%', 'Lena Brandvold'],
    ['claims', '$2.41', null],
  ],
  'uk-crown-court-sentencing-dangerous-driving': [
    // "Judge tells Kyle Parrington, 24, he showed "…"": the hearer's age is skipped with him (fixed).
    ['says', 'he showed "a grotesque disregard for human life"', 'Caroline Mayhew'],
    ['no-quote', '24, he showed'],
    ['says', 'did not brake until after the impact', 'Amelia Ransford'],
    ['says', 'Our two boys ask every night', 'Sarah Whitlock'],
    ['says', 'genuinely remorseful', 'Jonathan Pell'],
    ['says', 'turn a public road into a racetrack', 'Caroline Mayhew'],
    ['says', 'reduced the sentence by a third', 'Caroline Mayhew'],
    ['says', 'This was entirely avoidable', 'Neil Ockenden'],
    ['says', 'Our thoughts remain with', 'Wrexfordshire Police'],
    ['claims', 'half a mile', 'Amelia Ransford'],
    ['claims', 'two boys', 'Sarah Whitlock'],
    ['claims', '41', null],
  ],
  'ar-inflation-monthly-peso-union': [
    ['says', 'finally under control', 'Lautaro Echeverría'],
    ['says', 'Consumer prices rose 3.1% in July', 'INDEC'],
    ['says', 'crawling peg of 2% a month', 'Lautaro Echeverría'],
    ['says', 'A minimum wage of 420,000 pesos is a joke', 'Héctor Barrionuevo Saldías'],
    ['says', 'take to the streets', 'Héctor Barrionuevo Saldías'],
    ['says', 'real wages were still 14% below', 'Ecolatina'],
    ['says', 'If the peg breaks', 'Julieta Manzanares Ortiz'],
    ['says', 'Seguimos bajando', 'Lautaro Echeverría'],
    ['claims', '4.6%', 'INDEC'],
    ['claims', '420,000 pesos', 'Héctor Barrionuevo Saldías'],
    ['claims', '10%', 'Julieta Manzanares Ortiz'],
  ],
  // The seventieth round: unseen pages, audited by hand before the two fixes.
  'opinion-columnist-congestion-charge': [
    // The columnist's "I"/"we" and her own sums stay hers; those she quotes keep theirs.
    ['says', 'the £9 daily fee will cut traffic by a fifth', 'council'],
    ['says', 'give the city centre back to people', 'Idris Penhallow'],
    ['says', 'not one has gone back', 'Idris Penhallow'],
    ['says', 'There is no bus at five', 'Rekha Balasingham'],
    ['says', 'entirely predictable', 'Idris Penhallow'],
    ['says', 'a price worth paying for cleaner air', 'Gordon Mbeki-Lowe'],
    ['says', 'nervous, and with reason', 'Gordon Mbeki-Lowe'],
    ['says', 'Buses first, please', 'Philippa Drummond-Kerr'],
    ['claims', '20 percent', 'Idris Penhallow'],
    ['claims', '61 percent', "council's own consultation"],
    ['claims', '£2,160', null],
    ['claims', '22 years', null],
  ],
  'podcast-economy-episode-transcript': [
    ['says', 'Something has to give', 'Yolanda Fairweather'],
    ['says', 'So is this a bubble?', 'Marcus Oyelaran'],
    ['says', 'A bubble pops', 'Yolanda Fairweather'],
    // "DENISE (CALLER, PORT HALLAM):": a label with a bracketed note (the second fix).
    ['says', 'My rent went from', 'Denise'],
    ['says', 'with very little room to cut', 'Brightwater Apartment Association'],
    ['says', 'Rents in the Brightwater metro area rose', 'regional housing board'],
    ['claims', '$270', 'Denise'],
    ['claims', '$1,450', 'Denise'],
    ['claims', '19 percent', 'Yolanda Fairweather'],
    ['claims', '11 percent', 'regional housing board'],
  ],
  'food-chef-restaurant-review-recipe': [
    // The dek's "He says …" finds the chef.
    ['says', 'cooking less, and cooking it properly', 'Tomasz Wierzbicki'],
    ['says', 'It was poverty', 'Tomasz Wierzbicki'],
    ['says', 'the price of a good night at the pub', 'Tomasz Wierzbicki'],
    ['says', 'We have 28 seats and one fire', 'Anouk Delacroix-Baines'],
    ['says', 'brilliant in its first hour', 'Hamish Oduya-Grant'],
    ['says', 'not wrong about the bread', 'Tomasz Wierzbicki'],
    ['claims', 'four breads', 'Hamish Oduya-Grant'],
    // "The 41-year-old", the prices and the recipe's quantities are the outlet's.
    ['claims', '41-year-old', null],
    ['claims', '£85', null],
    ['claims', '800g', null],
    ['claims', '½ cup', null],
  ],
  'wire-earthquake-toll-rises': [
    ['says', 'killing at least 27 people', 'disaster agency'],
    ['says', 'The number of victims is likely to rise', 'Radomir Kostelić'],
    ['says', 'The quake hit at', 'National Seismological Institute'],
    ['says', 'more than 1,200 homes', 'State media'],
    ['says', 'We heard the boy tapping on a pipe', 'Mirela Stanić'],
    ['says', 'No family will be left alone', 'Dušan Orlević'],
    ['says', 'Our teams are on the ground', 'National Disaster Management Agency'],
    ['claims', '18 km', 'National Seismological Institute'],
    ['claims', '40 sniffer dogs', 'Radomir Kostelić'],
    ['claims', '50 million dinars', 'Dušan Orlević'],
    ['claims', '63 people', null],
  ],
  'student-paper-university-funding-cuts': [
    // The dek's "Students' union president calls …" finds him in the body.
    ['says', 'a fire sale of our degrees', 'Kwabena Asante-Holt'],
    // The dek's "staff told to expect "…"": the staff heard the words (the first fix).
    ['not-by', 'difficult choices', 'staff'],
    ['says', 'anything other than painful', 'Helena Ravensworth'],
    ['says', 'Students pay £9,250 a year', 'Kwabena Asante-Holt'],
    ['says', 'colleagues had learned of the review', 'lecturer'],
    ['says', 'committed to protecting the student experience', 'spokesperson'],
    ['says', 'Emergency meeting Thursday', 'Harlowmere SU'],
    ['claims', '23 percent', 'Helena Ravensworth'],
    ['claims', '£9,250', 'Kwabena Asante-Holt'],
    ['claims', '54 percent', null],
  ],
  // The seventy-first round: unseen pages, audited by hand with no change made for them.
  'ke-doctors-strike-health-cs': [
    ['says', 'We will not go back to the wards', 'Ochieng Masinde-Waweru'],
    ['says', 'Our members have not been paid for four months', 'Ochieng Masinde-Waweru'],
    ['says', 'already released Sh800 million', 'Njeri Wambugu-Lagat'],
    ['says', 'a gun to our heads', 'Njeri Wambugu-Lagat'],
    ['says', '47 patients had died', 'ministry'],
    ['says', 'Where do I take him?', 'Mary Achieng'],
    ['says', 'would cost about Sh6.1 billion a year', 'Ochieng Masinde-Waweru'],
    ['says', 'No CBA, no work', 'KUMP Kenya'],
    ['claims', 'Sh800 million', 'Njeri Wambugu-Lagat'],
    ['claims', '47 patients', 'ministry'],
    ['claims', '60 kilometres', 'Mary Achieng'],
    // The lead's offer and the fact box are the outlet's.
    ['claims', 'Sh2.4 billion', null],
    ['claims', '7,000', null],
  ],
  'wire-central-bank-raises-rate-crown': [
    ['says', 'Inflation pressures have proved more persistent', 'policymakers'],
    ['says', 'will do what it takes', 'Helga Strandberg-Idowu'],
    ['says', 'We are not done yet', 'Helga Strandberg-Idowu'],
    ['says', 'meeting by meeting', 'Helga Strandberg-Idowu'],
    ['says', 'This was a clear hawkish surprise', 'Mattias Reinholt'],
    ['says', 'regain credibility', 'Economists at Calder & Finch'],
    ['says', "respected the bank's independence", 'finance ministry'],
    ['claims', '6.25%', 'Mattias Reinholt'],
    ['claims', '50 basis points', null],
    ['claims', '9.62', null],
  ],
  'local-school-threat-hoax-teen-arrested': [
    // The dek's "Sheriff says …" finds the sheriff named in the lead.
    ['says', 'as a joke', 'Dale Ruckert'],
    ['says', 'forced the school into a three-hour lockdown', 'Dale Ruckert'],
    ['says', 'It cost this community a morning of terror', 'Dale Ruckert'],
    ['says', 'taken to the county juvenile detention center', 'court records'],
    ['says', 'safe and accounted for', 'Carla Whitfield-Nunez'],
    ['says', 'I found out from my kid', 'Jorge Salcedo'],
    ['says', 'A suspect is in custody', 'Tamarack County Sheriff'],
    ['claims', 'three-hour', 'Dale Ruckert'],
    // The parent's age in apposition is the outlet's.
    ['claims', '42', null],
    ['claims', '40 deputies', null],
  ],
  'tennis-masters-final-tiebreak-presser': [
    ['says', 'thinking about the speech for the runner-up', 'Bence Varga'],
    // "the Swede told his press conference" finds the loser.
    ['says', "That's tennis", 'Anders Lindqvist'],
    ['says', 'a left shoulder problem had bothered him', 'Anders Lindqvist'],
    ['says', 'grown up', 'Ignasi Puigvert'],
    ['says', 'lost this match in his head', 'Ignasi Puigvert'],
    ['claims', 'Two years', 'Ignasi Puigvert'],
    ['claims', '17 aces', null],
    ['claims', '€915,000', null],
    ['claims', '6-4', null],
  ],
  'id-volcano-ash-column-exclusion-translation': [
    ['says', 'sending a column of ash about 4,000 metres', 'Centre for Volcanology and Geological Hazard Mitigation'],
    // "the agency's head, X, said in a written statement" is the named head's.
    ['says', 'within a radius of 7 kilometres', 'Hendra Kusumawardhana'],
    ['says', '9,312 residents from 14 villages', 'East Flores Regional Disaster Management Agency'],
    ['says', 'Our stock of masks', 'Yosef Bataona'],
    ['says', 'The ash fell like rain', 'Maria Goreti Lamanepa'],
    ['says', 'Frans Seda Airport', 'Transportation Ministry'],
    ['says', 'Warga diimbau', 'BPBD Flores Timur'],
    ['claims', '7 kilometres', 'Hendra Kusumawardhana'],
    ['claims', '11 evacuation posts', 'East Flores Regional Disaster Management Agency'],
    ['claims', 'three days', 'Yosef Bataona'],
    ['claims', '56', null],
  ],
  // The seventy-third round (unseen pages, audited by hand before the fixes).
  'investigation-leaked-emails-pharmacy-chain': [
    // Two block quotations in a run after one "X wrote:" are both the writer's.
    ['says', 'Every store needs to hit 85 auto-refills', 'Garrett Delacroix-Hume'],
    ['says', 'who signs their bonus', 'Garrett Delacroix-Hume'],
    ['says', 'several pharmacists had complained', 'Patrice Okonkwo-Laine'],
    ['says', 'One store refunded', 'Patrice Okonkwo-Laine'],
    ['says', 'taken out of context', 'Corbelle Pharmacy'],
    ['says', 'State pharmacy boards received 214 complaints', 'records'],
    ['says', 'Our pharmacists put patients first', 'Corbelle Pharmacy'],
    ['claims', '85 auto-refills', 'Garrett Delacroix-Hume'],
    ['claims', '$12,000', 'Patrice Okonkwo-Laine'],
    ['claims', '300 internal emails', null],
  ],
  'ie-election-count-live-galway-west': [
    ['says', 'humbled', 'Sinéad Ní Bhraonáin'],
    ['says', 'in real danger', 'Declan Moriarty-Keane'],
    ['says', 'The transfers are not coming my way', 'Declan Moriarty-Keane'],
    ['says', 'a total valid poll of 68,888', 'Mairéad Fitzgibbon'],
    ['says', 'a smooth count so far', 'Mairéad Fitzgibbon'],
    ['says', 'could take as much as 14 percent', 'Party tallymen'],
    ['says', 'Tallies are tallies', 'Pádraig Ó Cuinn'],
    ['says', 'Every vote counted', 'Sinéad Ní Bhraonáin'],
    ['claims', '68,888', 'Mairéad Fitzgibbon'],
    ['claims', '13,907 first-preference votes', null],
    ['claims', '9,874', null],
  ],
  'uk-asylum-tribunal-appeals-backlog': [
    ['says', 'a system failing on its own terms', 'Refugee Harbour'],
    ['says', 'the quality of the first decisions', 'Amira Kassab-Lowther'],
    ['says', 'unable to work or study', "One of the charity's clients"],
    // Fixed: "Refugee Harbour, a charity that …" is a body, so the client's "he" is not it.
    ['not-by', 'I lost two years of my life', 'Refugee Harbour'],
    ['says', 'Our decisions are robust', 'spokesperson for Home Office'],
    ['says', 'many appeals succeeded', 'spokesperson for Home Office'],
    ['says', 'working at the limit', 'Malcolm Ferreira-Stowe'],
    ['says', 'Behind every number', 'Refugee Harbour'],
    ['claims', '400', 'spokesperson for Home Office'],
    ['claims', '22 months', null],
    // Fixed: "according to figures published by the Ministry of Justice": the ministry, not "figures".
    ['says', 'reached a record 58,300', 'Ministry of Justice'],
    ['claims', '58,300', 'Ministry of Justice'],
    ['claims', '49 percent', 'Ministry of Justice'],
  ],
  'film-festival-review-director-interview': [
    ['says', 'cost about $9 million', 'Elena Lindqvist-Mora'],
    ['says', 'My grandmother', 'Elena Lindqvist-Mora'],
    ['says', 'almost no instructions', 'Haddad-Ellis'],
    ['says', 'still be talking about', 'Benoît Saramago-Kyle'],
    ['says', 'open in 240 cinemas', 'Tidewater Pictures'],
    ['says', 'We are still shaking', 'Tidewater Pictures'],
    // "the director, 52, said" (the body's third paragraph) and the dek's "The director … tells
    // Reel Notes" are not the festival's artistic director, first named four paragraphs on.
    ['not-by', 'everyone wanted another chase', 'Benoît Saramago-Kyle'],
    ['not-by', 'a film about waiting', 'Benoît Saramago-Kyle'],
    ['claims', '38 days', 'Elena Lindqvist-Mora'],
    ['claims', '$6 million', null],
    // The director's age in apposition is the outlet's.
    ['claims', '52', null],
  ],
  'airline-strike-cabin-crew-cancellations': [
    ['says', 'deeply disappointing', 'airline'],
    ['says', 'Aeravia cancelled 312 flights', 'airline'],
    ['says', '7 percent pay rise', 'airline'],
    ['says', 'rejected that offer by 88 percent', 'Flight Crew Union'],
    ['says', 'real-terms pay cut', 'Flight Crew Union'],
    ['says', 'The kids are gutted', 'Gemma Hartigan'],
    ['says', 'if I have to swim', 'Rohan Desai-Whitcombe'],
    ['says', 'carried this airline through the pandemic', 'Fiona Marchetti-Doyle'],
    ['says', 'second strike was planned', 'Fiona Marchetti-Doyle'],
    ['claims', '41,000 passengers', 'airline'],
    ['claims', '88 percent', 'Flight Crew Union'],
    ['claims', 'four days', 'Gemma Hartigan'],
    ['claims', '38', null],
    ['claims', '£520', null],
  ],
  // The seventy-second round: unseen pages, audited by hand before the two fixes.
  'us-budget-deal-cbo-think-tank': [
    ['says', 'would add $1.9 trillion to deficits over a decade', 'CBO'],
    ['says', 'the president will sign it', 'White House'],
    ['says', 'the caps would save about $410 billion', 'Congressional Budget Office'],
    ['says', 'about 62 percent of the tax cuts', 'Tax Policy Center'],
    ['says', 'interest costs alone would reach', 'Halvorsen Institute for Fiscal Studies'],
    // "Sen. X, D-Ore., the chair of the Budget Committee, told reporters": the party tag
    // before the title is no speaker (the fix; it was "D-Ore." before).
    ['says', 'Nobody in this building loves this deal', 'Marla Quintrell'],
    ['says', 'It is the least bad option we had', 'Marla Quintrell'],
    ['says', 'take default off the table', 'Marla Quintrell'],
    ['says', 'We are borrowing $5 billion a day', 'Grady Whitcombe'],
    ['says', 'keeps the government open', 'Teresa Obuya-Grant'],
    ['claims', '$410 billion', 'Congressional Budget Office'],
    ['claims', '62 percent', 'Tax Policy Center'],
    ['claims', '$1.4 trillion', 'Halvorsen Institute for Fiscal Studies'],
    ['claims', '$5 billion', 'Grady Whitcombe'],
    ['claims', '$3.2 trillion', null],
  ],
  'cn-customs-trade-data-exports': [
    ['says', "China's exports rose 7.4 percent year-on-year", 'General Administration of Customs'],
    ['says', 'The trade surplus widened', 'General Administration of Customs'],
    ['says', 'shown strong resilience in the face of', 'Lü Daqing'],
    ['says', 'the new three', 'Lü Daqing'],
    // "said exports of …, which he called "the new three," rose 21.3 percent": the relative clause
    // quoting a name no longer ends the report (the second fix).
    ['says', 'rose 21.3 percent in the period', 'Lü Daqing'],
    ['claims', '21.3 percent', 'Lü Daqing'],
    ['says', 'the figures beat expectations', 'Analysts'],
    ['says', 'reflects the competitiveness of Chinese manufacturing', 'Fang Xiaoli'],
    ['says', 'imports remained weak', 'Tang Wenjie'],
    ['says', 'foreign trade in goods reached', 'Xinhai Business'],
    ['claims', '11.6 percent', 'General Administration of Customs'],
    ['claims', '15.8 percent', 'General Administration of Customs'],
    ['claims', '15.9 trillion yuan', 'Xinhai Business'],
  ],
  'museum-new-species-gecko-paper': [
    // The dek's "The lead author says" finds her in the body.
    ['says', 'how much is still hiding in our own collections', 'Saoirse Mbeki-Lund'],
    ['says', 'measures just 28 mm from snout to vent', 'study'],
    ['says', 'I knew within ten minutes', 'Saoirse Mbeki-Lund'],
    ['says', 'compared the specimen with 214 geckos', 'Saoirse Mbeki-Lund'],
    ['says', 'more than 90,000 specimens', 'Anselm Verhoeven'],
    ['says', 'I would bet my pension on it', 'Anselm Verhoeven'],
    ['says', 'has not been recorded in the wild', 'paper'],
    ['says', 'the last patches of old forest', 'Saoirse Mbeki-Lund'],
    ['claims', '0.4 grams', 'study'],
    ['claims', '214 geckos', 'Saoirse Mbeki-Lund'],
    ['claims', '90,000 specimens', 'Anselm Verhoeven'],
    ['claims', '0.4 g', null],
  ],
  'agm-proxy-fight-activist-letter': [
    ['says', 'We will keep pressing', 'Nadia Esterhazy-Coombe'],
    // A letter's words in a block quotation after "X wrote:" are the writer's.
    ['says', 'Brennock has lost half of its market value', 'Nadia Esterhazy-Coombe'],
    ['says', 'were cast in favour of', 'Brennock Foods'],
    ['says', 'given us a clear mandate to continue', 'Rupert Aldwinckle'],
    ['says', 'return £300 million to investors', 'Rupert Aldwinckle'],
    ['says', 'a substantial minority of owners', 'Nadia Esterhazy-Coombe'],
    ['says', 'a warning the board cannot ignore', 'Colm Harrigan'],
    ['says', 'That is not a defeat', 'Culvane Capital'],
    ['claims', 'half', 'Nadia Esterhazy-Coombe'],
    ['claims', '61.8 percent', 'Brennock Foods'],
    ['claims', '£300 million', 'Rupert Aldwinckle'],
    ['claims', '6.2 percent', null],
    ['claims', '74 percent', null],
  ],
  'mountain-rescue-climber-ridge': [
    // The dek's "His sister says" finds her in the body.
    ['says', 'never stopped believing', 'Elin Lindqvist-Haas'],
    ['says', 'was flown to hospital on Tuesday', 'police'],
    ['says', 'his fingers are frostbitten', 'Elin Lindqvist-Haas'],
    ['says', 'winds of up to 90 km/h', 'Marc Deveraux-Piquet'],
    ['says', 'we could not get closer than 300 metres', 'Marc Deveraux-Piquet'],
    ['says', 'a satellite beacon', 'police'],
    ['says', 'carry a spare power source', 'police'],
    ['says', 'in a stable condition', 'hospital'],
    ['claims', '2,750 metres', 'Marc Deveraux-Piquet'],
    // The climber's age is the outlet's.
    ['claims', '34-year-old', null],
  ],
  // The seventy-fourth round: unseen pages, audited by hand with no change made for them.
  'ca-surgical-wait-times-legislature': [
    // The dek's "Health Minister X says" and "NDP critic calls the plan "…"" find their holders.
    ['says', 'new operating-room funding will', 'Colette Armitage-Roy'],
    ['says', 'a press release, not a strategy', 'Darnell Okafor-Lindgren'],
    ['says', 'waited a median of 41 weeks', 'Canadian Institute for Health Outcomes'],
    ['says', 'I will not stand here and pretend otherwise', 'Colette Armitage-Roy'],
    ['says', 'will add 9,000 surgeries a year', 'Colette Armitage-Roy'],
    ['says', 'announced the same money twice', 'Darnell Okafor-Lindgren'],
    ['says', 'a week someone spends in pain', 'Darnell Okafor-Lindgren'],
    // The daughter's subject carries a relative clause with an age and a duration.
    ['says', 'he had stopped driving', 'Marguerite Tessier-Bell'],
    ['says', 'fixed everybody', 'Marguerite Tessier-Bell'],
    ['says', '1,140 patients had been offered surgery', 'spokesperson for the Lakeshore Health Authority'],
    ['says', 'wait times are unacceptable', 'Colette Armitage-Roy'],
    ['claims', '54 per cent', 'Canadian Institute for Health Outcomes'],
    ['claims', '68 per cent', 'Canadian Institute for Health Outcomes'],
    ['claims', '9,000 surgeries', 'Colette Armitage-Roy'],
    ['claims', '62 per cent', 'spokesperson for the Lakeshore Health Authority'],
    ['claims', '78-year-old', null],
    ['claims', '54%', null],
  ],
  'wire-oil-price-shock-opec-cut': [
    ['says', 'prevent a build-up of stocks', 'delegates'],
    ['says', 'The market was oversupplied', 'delegates'],
    ['says', 'concentrated in very few hands', 'Ingrid Halvorsen-Maas'],
    ['says', 'a precautionary measure aimed at', 'energy ministry'],
    ['says', 'Washington regarded the cut', 'U.S. official'],
    ['claims', '$105', 'Ingrid Halvorsen-Maas'],
    ['claims', '$88', 'Ingrid Halvorsen-Maas'],
    // Market prices and the size of the cut are the wire's own.
    ['claims', '$96.40', null],
    ['claims', '9.2%', null],
    ['claims', '1.5 million barrels', null],
  ],
  'uk-planning-committee-housing-estate-row': [
    ['says', 'simply cannot take another thousand cars', 'Bernadette Quayle-Summers'],
    ['says', 'We are not against housing', 'Bernadette Quayle-Summers'],
    ['says', 'refusing the plans could cost the council dearly', 'Royston Adebayo-Fenn'],
    ['says', 'costs of £250,000 or more', 'Royston Adebayo-Fenn'],
    ['says', 'think very carefully', 'Royston Adebayo-Fenn'],
    ['says', 'flooded every winter', 'Lorna Peverell-Ash'],
    ['says', 'photos of ducks swimming', 'Lorna Peverell-Ash'],
    ['says', 'would appeal to the Planning Inspectorate', 'Corrow Homes'],
    // '"…," a spokesman said' right after the company's statement: its spokesman (spox94).
    ['says', 'allocated in the council', 'spokesman for Corrow Homes'],
    ['claims', '£250,000', 'Royston Adebayo-Fenn'],
    ['claims', '3.1 years', 'Harrowdene District Council'],
    ['claims', '£3.4 million', null],
    ['claims', '126 affordable homes', null],
    // The resident's age is the outlet's.
    ['claims', '67', null],
  ],
  'golf-open-final-round-winner': [
    ['says', 'I almost fell over', 'Matías Castellanos'],
    ['says', 'whether to laugh or cry', 'Matías Castellanos'],
    ['says', 'with the putter today', 'Jared Pemberton-Kyle'],
    ['says', 'played beautifully', 'Jared Pemberton-Kyle'],
    ['says', 'nearly quit the game', 'Matías Castellanos'],
    ['says', 'tie my shoes', 'Matías Castellanos'],
    ['says', 'Gracias a todos', 'Matías Castellanos'],
    ['claims', '11 months', 'Matías Castellanos'],
    ['claims', '$1.62 million', null],
    ['claims', '$981,000', null],
    ['claims', '12-under', null],
    ['claims', '2-over', null],
  ],
  'ph-typhoon-relief-evacuees-translation': [
    // The dek's "The governor says" finds her in the body.
    ['says', 'supplies will last', 'Leonora Bautista-Quiambao'],
    ['says', 'More than 212,000 people remain', 'National Disaster Relief Council'],
    ['says', 'Damage to agriculture has reached', 'National Disaster Relief Council'],
    ['says', 'The ships are coming', 'Leonora Bautista-Quiambao'],
    ['says', '60,000 more family food packs', 'Leonora Bautista-Quiambao'],
    ['says', 'released ₱42 million in aid', 'Department of Social Welfare'],
    ['says', 'taken his boat', 'Ernesto Dimaculangan'],
    ['says', 'how will I feed them', 'Ernesto Dimaculangan'],
    ['says', 'sleeping on the floor of a classroom', 'Maricel Tolentino-Abad'],
    ['says', 'one toilet for two hundred people', 'Maricel Tolentino-Abad'],
    ['says', 'expected to dock in San Roque', 'NDRC Philippines'],
    ['claims', '14 towns', 'National Disaster Relief Council'],
    ['claims', '₱42 million', 'Department of Social Welfare'],
    ['claims', '60,000', 'Leonora Bautista-Quiambao'],
    // The evacuee's age is the outlet's.
    ['claims', '54', null],
  ],
  // The seventy-fifth round.
  'us-senate-confirmation-hearing-energy-nominee': [
    ['says', 'the savings were', 'Marta Halvorsen'],
    ['says', 'not a retreat, but a reset', 'Marta Halvorsen'],
    // "the Oklahoma Republican said" after "Sen. X (R-Okla.)": the senator, not a role.
    ['says', 'keep the lights on with less money', 'Wade Brannock'],
    ['says', 'knocked out power to 310,000 homes', 'Wade Brannock'],
    ['says', 'I will keep it open', 'Marta Halvorsen'],
    // A quoted exchange under "who asked …:": the question is the senator's; the answer is
    // the nominee's, never his (unclear since the fix).
    ['says-once', 'Will you commit today', 'Roy Gaskill'],
    ['not-by', 'I can commit that Texas will get its fair share', 'Roy Gaskill'],
    ['says', 'That is not a yes', 'Roy Gaskill'],
    ['says', 'earned a fair hearing', 'Lucia Ferrante'],
    ['says', 'three Republicans were undecided', 'Lucia Ferrante'],
    ['says', 'the most qualified nominee', 'White House'],
    ['says', 'I did not get a simple answer', 'Roy Gaskill'],
    ['claims', '310,000 homes', 'Wade Brannock'],
    ['claims', 'two weeks', 'Lucia Ferrante'],
    ['claims', '$4.2 billion', null],
    ['claims', '11-9', null],
  ],
  'band-comeback-album-chart': [
    // Song and album titles in quotes and italics are no one's words ("Harbour Lights" is not
    // asserted: the dek's report runs on over the outlet's "as lead single "…" passes …").
    ['no-quote', 'Nobody Calls It Home'],
    ['says', 'the record we were too scared to make', 'Nadia Quarrell'],
    ['says', "we couldn't stand being in a room together", 'Nadia Quarrell'],
    ['says', "we couldn't stand being apart", 'Nadia Quarrell'],
    ['says', 'written in a single night', 'Nadia Quarrell'],
    ['says', 'sing all the way through', 'Nadia Quarrell'],
    ['says', 'recorded the album live', 'Owen Teague'],
    ['says', 'No click tracks', 'Owen Teague'],
    ['says', 'would play 22 dates', 'Owen Teague'],
    ['says', 'the closest race', 'Miriam Vell'],
    ['says', 'finally forgiven itself', 'Ciaran Lowth'],
    ['says', 'Thank you, every single one of you', 'thelanterncoast'],
    // A fact box's field and its title ("Biggest hit: "…"") is no quote (it was given to
    // "Biggest" before the fix).
    ['no-quote', 'Paper Boats'],
    ['claims', '19 days', 'Owen Teague'],
    ['claims', '22 dates', 'Owen Teague'],
    ['claims', '38,900 units', null],
    ['claims', 'No. 14', null],
  ],
  'court-sentencing-carer-fraud-judge-mother': [
    // The dek's "Judge tells X she …" finds the judge in the body.
    ['says', 'betrayed the trust', 'Helen Carrow'],
    ['says', 'taken money from 17 residents', 'Martin Doyle'],
    ['says', 'cruel, calculated and sustained', 'Helen Carrow'],
    ['says', 'You knew they could not check', 'Helen Carrow'],
    ['says', 'deeply ashamed', 'Gavin Pryce'],
    ['says', 'she had repaid', 'Gavin Pryce'],
    ['says', 'lost nearly £26,000', 'Rosalind Fenwick'],
    // "She said her son …", "she said": the victim's mother, never the defendant.
    ['says', 'gone without new clothes', 'Rosalind Fenwick'],
    ['says', 'He thought she was his friend', 'Rosalind Fenwick'],
    ['says', 'fully cooperated with police', 'Cresthaven Care'],
    ['says', 'independent audits', 'Cresthaven Care'],
    ['says', 'If you are worried', 'Westmarch Police'],
    ['claims', '£41,000', 'Gavin Pryce'],
    ['claims', '£26,000', 'Rosalind Fenwick'],
    ['claims', '£380,000', null],
  ],
  'explainer-what-we-know-bridge-collapse': [
    ['says', 'a number of people', 'West Calder Police'],
    ['says', 'a frightening incident', 'Graham Oakes'],
    ['says', 'nothing to suggest the collapse was deliberate', 'Graham Oakes'],
    ['says', 'no safety concerns were raised', 'Sharon Eddleston'],
    ['says', 'get to the bottom of this, and', 'Sharon Eddleston'],
    ['says', 'close two other footbridges', 'Kettlemoor Borough Council'],
    ['says', 'answers, not excuses', 'Imran Sattar'],
    ['says', 'Please avoid the area', 'West Calder Police'],
    // The bullets' figures are the outlet's.
    ['claims', 'Eleven others', null],
    ['claims', '2,000 people', null],
    ['claims', '48-metre', null],
  ],
  'science-vaccine-trial-press-call': [
    ['says', 'cut hospital admissions among toddlers', 'Corvane Biologics'],
    ['says', 'the strongest we have seen', 'Ingrid Solvang'],
    ['says', 'Parents have had nothing for toddlers', 'Ingrid Solvang'],
    ['says', 'file for approval', 'Ingrid Solvang'],
    ['says', 'genuinely encouraging', 'Kwame Osei-Barrow'],
    ['says', 'a press release was not a paper', 'Kwame Osei-Barrow'],
    ['says', 'confidence intervals', 'Kwame Osei-Barrow'],
    ['says', 'fifty-something in a journal', 'Kwame Osei-Barrow'],
    ['says', 'Waiting for the full paper', 'Kwame Osei-Barrow'],
    ['claims', 'Seventy-one percent', 'Kwame Osei-Barrow'],
    ['claims', '12%', null],
    ['claims', '9,200 children', null],
  ],
  // A seventy-sixth round (see the README): five unseen pages, audited by hand.
  'space-launch-scrub-valve-telescope': [
    // The dek's "Launch director says" finds her in the body.
    ['says', 'exactly the right call', 'Imani Castellane-Brooks'],
    ['says', 'was scrubbed 41 seconds before liftoff', 'National Space Exploration Agency'],
    ['says', 'no earlier than Saturday at 9:12', 'National Space Exploration Agency'],
    ['says', 'drain about 410,000 litres', 'Imani Castellane-Brooks'],
    ['says', 'flown on 23 earlier missions', 'Dmitri Oyelaran-Voss'],
    ['says', 'We will find out what it told us', 'Dmitri Oyelaran-Voss'],
    ['says', 'a lifetime of data', 'Helga Marisquez'],
    ['says', 'Nobody here is upset', 'Helga Marisquez'],
    ['says', 'safe and stable', 'Velora Launch Systems'],
    ['says', 'The vehicle is in a safe configuration', 'National Space Exploration Agency'],
    // A rocket's and an upper stage's model numbers are no figures.
    ['no-figure', 'Heavy 7'],
    ['no-figure', 'V9'],
    ['claims', '410,000 litres', 'Imani Castellane-Brooks'],
    ['claims', '14 years', null],
  ],
  'sg-property-prices-cooling-measures': [
    ['says', 'Private home prices rose 3.8 per cent', 'Urban Land Authority'],
    ['says', 'suburban condominiums climbed 5.2 per cent', 'Urban Land Authority'],
    ['says', 'Buyers should be prudent', 'Urban Land Authority'],
    ['says', 'new launches in the suburbs were', 'Lim Kai Xiang'],
    ['says', 'passed $2,150 per square foot', 'Priya Ramanathan'],
    ['says', 'simply out of reach', 'Priya Ramanathan'],
    ['says', 'resale flat prices rose 1.7 per cent', 'Housing and Estates Board'],
    ['says', '14 flats were sold', 'Housing and Estates Board'],
    ['says', 'the price moves again', 'Daniel Koh'],
    ['claims', '5.2 per cent', 'Urban Land Authority'],
    ['claims', '$1.6 million', 'Priya Ramanathan'],
    ['claims', '34', null],
  ],
  'wire-drug-bust-port-cocaine': [
    ['says', 'packed in 48 false-bottomed crates', 'Narcotics Enforcement Administration'],
    ['says', 'we cut it', 'Marcus Ellory-Thane'],
    ['says', 'Four men, aged 29 to 51', 'Celeste Varga-Holm'],
    ['says', 'should think again', 'Celeste Varga-Holm'],
    ['says', 'had no idea what was in those containers', 'Bernard Quillfeather'],
    ['says', 'five times a week', 'Bernard Quillfeather'],
    // "the agency said" after the NEA's short form.
    ['says', 'seized $412,000 in cash', 'Narcotics Enforcement Administration'],
    ['claims', '$412,000', 'Narcotics Enforcement Administration'],
    ['claims', '10 years', null],
  ],
  'magazine-profile-glaciologist-husband': [
    ['says', 'Ice is never quiet', 'Ingrid Solvang-Ashdown'],
    ['says', 'I carry the batteries', 'Tomas Ashdown'],
    ['says', 'spent 40 days on the ice cap', 'Tomas Ashdown'],
    // "she said" right after her husband's paragraph is still hers.
    ['says', 'He stayed for the coffee', 'Ingrid Solvang-Ashdown'],
    // Fixed: "Her longtime collaborator, the acoustician X of the … Institute, said" names X.
    ['says', 'her recordings had changed the field', 'Ravi Demarchelier'],
    ['says', 'hear a glacier lose mass', 'Ravi Demarchelier'],
    ['says', 'Ravi is kind', 'Ingrid Solvang-Ashdown'],
    ['claims', '40 days', 'Tomas Ashdown'],
    ['claims', '1.4 metres', null],
  ],
  'gh-wassce-results-pass-rates': [
    // Fixed: the headline's bare "council says" is the one council the body names.
    ['says', '61.4% of candidates pass core mathematics', 'West Sahel Examinations Council'],
    ['says', 'a sign that the reforms are working', 'Kofi Adjei-Boateng'],
    ['says', 'A total of 61.4 per cent', 'West Sahel Examinations Council'],
    ['says', '472,906 candidates from 1,004 schools', 'Abena Owusu-Mensah'],
    ['says', 'withheld the results of 3,118 candidates', 'Abena Owusu-Mensah'],
    ['says', 'destroy the credibility of our certificates', 'Abena Owusu-Mensah'],
    ['says', 'results of 26 schools had been cancelled', 'West Sahel Examinations Council'],
    ['says', 'We are not celebrating yet', 'Kofi Adjei-Boateng'],
    ['says', 'lacked textbooks', 'Yaw Frimpong'],
    ['says', '90 students with five books', 'Yaw Frimpong'],
    ['claims', '54.7 per cent', 'West Sahel Examinations Council'],
    ['claims', '8,000', 'Kofi Adjei-Boateng'],
  ],
  // A seventy-seventh round (see the README): five unseen pages, audited by hand.
  'cable-interview-transcript-senator-tariffs': [
    ['says', 'would cost a typical family', 'Dolores Quintanar'],
    // The labelled turns: the host's and the senator's (a label names her with "SEN.").
    ['says', 'thanks for joining us', 'Grant Elsworth'],
    ['says', 'not in Beijing', 'Dolores Quintanar'],
    ['says', 'what the commerce secretary said this morning', 'Grant Elsworth'],
    // The clip's label of four words, a role before the full name (fixed in this round).
    ['says', 'not going to apologize', 'Raymond Tulloch'],
    ['says', 'afford a washing machine', 'Dolores Quintanar'],
    ['says', 'Are you running', 'Grant Elsworth'],
    ['says', 'Ask me again in the summer', 'Dolores Quintanar'],
    ['says', 'not a yes either', 'Dolores Quintanar'],
    ['says', 'My bill fixes it', 'Dolores Quintanar'],
    ['claims', '14 co-sponsors', 'Dolores Quintanar'],
  ],
  'wire-exclusive-chipmaker-takeover-talks': [
    // Anonymous sources speak as the text describes them.
    ['says', 'in advanced talks to acquire', 'people'],
    ['says', 'a premium of roughly 27%', 'sources'],
    ['says', 'circling Orilux for a year', 'one of the people'],
    ['says', 'market rumours or speculation', 'Orilux'],
    ['says', 'open to all options', 'Annelise Voorhout'],
    ['says', 'double the group', 'Marcus Okonkwo-Reyes'],
    ['says', 'Chips are where the growth is', 'Marcus Okonkwo-Reyes'],
    ['claims', '$3 billion', 'Marcus Okonkwo-Reyes'],
    ['claims', 'three people', null],
    ['claims', '19%', null],
    ['claims', '$2.8 billion', null],
  ],
  'au-question-time-sketch-housing': [
    ['says', 'families are sleeping in their cars', 'Callum Brierley'],
    ['says', 'We are building, Mr Speaker', 'Ellen Marchetti'],
    // The Speaker's rulings are his, "the Prime Minister" inside them is no speaker.
    ['says', 'cease interjecting', 'Russell Kaye'],
    ['says', 'The Prime Minister has the call', 'Russell Kaye'],
    ['says', 'within the broad ambit', 'Russell Kaye'],
    ['says', 'they promised very few', 'Ellen Marchetti'],
    ['says', 'a lagging indicator', 'Jaspreet Sandhu'],
    ['claims', '11 per cent', 'Callum Brierley'],
    ['claims', '8 per cent', 'Jaspreet Sandhu'],
    ['claims', 'nine warnings', null],
  ],
  'laptop-review-ultrabook-aeris-14': [
    ['says', 'comes from its new Kestrel K9 processor', 'Novatek'],
    ['says', 'the most efficient laptop chip', 'Novatek'],
    ['says', 'designed from the first transistor', 'Ilse Brandvold'],
    ['says', 'chosen endurance over benchmark', 'Ilse Brandvold'],
    ['says', 'a choice Novatek will have to defend', 'Rhiannon Castellane'],
    ['says', 'not carrying a dongle', 'Rhiannon Castellane'],
    ['claims', '$1,900', 'Rhiannon Castellane'],
    // The reviewer's benchmark and prices are the outlet's; chip names are no figures.
    ['claims', '11,840', null],
    ['claims', '£1,399', null],
    ['no-figure', 'K9'],
    ['no-figure', 'X4'],
  ],
  'greek-outlet-wildfire-attica-translation': [
    ['says', '310 firefighters with 95 vehicles', 'Yiannis Kostopoulos'],
    ['says', 'winds are changing direction', 'Yiannis Kostopoulos'],
    ['says', 'a very difficult night ahead', 'Yiannis Kostopoulos'],
    // "the European Copernicus service" after "The fire service": another body (fixed in this round).
    ['says', '4,300 hectares had burnt', 'European Copernicus service'],
    ['says', 'the village is surrounded', 'Stavroula Anagnostaki'],
    ['says', 'no water in the hydrants', 'Stavroula Anagnostaki'],
    ['says', 'no reports of injuries', 'Yiannis Kostopoulos'],
    ['says', 'only her medicines', 'Eleni Markou'],
    ['says', 'door open for the cat', 'Eleni Markou'],
    ['says', 'no one will be left alone', 'Thodoris Vlachakis'],
    ['claims', '310 firefighters', 'Yiannis Kostopoulos'],
    ['claims', '112 emergency alerts', null],
    ['claims', '300 evacuees', null],
  ],
  // A seventy-eighth round (see the README): five unseen pages, audited by hand, no change made for them.
  'us-city-council-budget-fight-union': [
    ['says', 'lean but fair', 'Dolores Abernathy-Quinn'],
    ['says', 'Every department is giving something', 'Dolores Abernathy-Quinn'],
    // "…, according to the city's budget office, and …": the office's clause only.
    ['says', 'The city faces a $14.2 million shortfall', 'budget office'],
    ['says', 'leaned too heavily on one-time money', 'Raymond Ostrowski'],
    ['says', 'papering over a hole', 'Raymond Ostrowski'],
    ['says', 'rainy-day fund', 'Teresa Vantongeren-Hill'],
    ['says', '4.5% tax increase', 'Teresa Vantongeren-Hill'],
    ['says', 'stretch response times', 'Kevin Matusiak'],
    ['says', 'That is not a slogan, that is math', 'Kevin Matusiak'],
    ['says', 'hiring freeze alone would save', 'budget office'],
    // "Asked whether she would veto …, X said she would "…"".
    ['says', 'look at what lands on my desk', 'Dolores Abernathy-Quinn'],
    ['says', 'Thank you to every resident who spoke', 'Teresa Vantongeren-Hill'],
    ['claims', '4.5%', 'Teresa Vantongeren-Hill'],
    ['claims', '22 seats', 'Kevin Matusiak'],
    ['claims', '$3.8 million', 'budget office'],
    ['claims', '$1.1 million', 'budget office'],
    ['claims', '181 active members', null],
    // A union local's number is no figure.
    ['no-figure', '1187'],
  ],
  'wire-hospital-chain-cyberattack': [
    ['says', 'patient records of as many as 1.3 million people', 'Crestmoor Health'],
    // "according to two people familiar with the investigation": anonymous, the head noun.
    ['says', 'compromised vendor account', 'people'],
    // "X, a threat researcher at …, wrote in a blog post …", then "she wrote".
    ['says', 'a group her firm tracks', 'Marisol Etxeberria-Lunde'],
    ['says', 'at least 14 health providers', 'Marisol Etxeberria-Lunde'],
    ['says', 'people dying in the hallway', 'Marisol Etxeberria-Lunde'],
    ['says', 'writing orders by hand', 'Kwabena Ashworth-Nyhan'],
    ['says', 'It feels like 1995 in here', 'Kwabena Ashworth-Nyhan'],
    ['says', 'in contact with the company', 'Department of Health and Human Services'],
    ['says', 'We are aware of a network incident', 'Crestmoor Health'],
    ['claims', '1.3 million people', 'Crestmoor Health'],
    ['claims', '14 health providers', 'Marisol Etxeberria-Lunde'],
    ['claims', '8.7%', null],
    ['no-figure', '911'],
  ],
  'womens-cup-final-extra-time': [
    ['says', 'I just closed my eyes and hit it', 'Adaeze Okonkwo-Reyes'],
    ['says', 'the win belonged to the supporters', 'Siobhan Feeney-Marr'],
    ['says', 'This one is for them', 'Siobhan Feeney-Marr'],
    // "X admitted she had …", then "She said the forward …": the coach, not the forward she names.
    ['says', 'almost left Okonkwo-Reyes out of the squad', 'Ingrid Oyelowo-Platt'],
    ['says', 'the one thing you cannot coach', 'Ingrid Oyelowo-Platt'],
    ['says', 'run out of legs', 'Beatriz Halloran-Sousa'],
    ['says', 'nothing left for the last 30', 'Beatriz Halloran-Sousa'],
    ['says', 'I am proud of them', 'Beatriz Halloran-Sousa'],
    ['claims', 'eleven years', 'Siobhan Feeney-Marr'],
    ['claims', '90 minutes', 'Beatriz Halloran-Sousa'],
    ['claims', '41,208 spectators', null],
    ['claims', '112th minute', null],
  ],
  'gulf-desalination-plant-translation': [
    // "He said: "…"" after "His Excellency the Minister of …, Sheikh X, inaugurated …".
    ['says', 'Water security is national security', 'Sheikh Faisal bin Rashid Al-Marzouqi'],
    ['says', '2.1 million cubic metres per day', 'Sheikh Faisal bin Rashid Al-Marzouqi'],
    ['says', 'two further plants', 'Sheikh Faisal bin Rashid Al-Marzouqi'],
    // "For his part, the plant's project director, Engineer X, explained that …", then "Eng. X told …:".
    ['says', '35 per cent less energy', 'Tariq Hamdan Al-Subaie'],
    ['says', 'The brine is returned to the sea', 'Tariq Hamdan Al-Subaie'],
    ['says', "62 per cent of the plant's engineers", 'Tariq Hamdan Al-Subaie'],
    ['says', 'an important achievement', 'Noura Al-Haddad'],
    ['says', 'becoming saltier', 'Noura Al-Haddad'],
    ['says', 'monitor the marine life', 'Noura Al-Haddad'],
    ['says', 'inaugurates the Ras Halwan desalination plant', 'Ministry of Electricity and Water'],
    ['claims', '2.1 million cubic metres', 'Sheikh Faisal bin Rashid Al-Marzouqi'],
    ['claims', '1.8 kilometres', 'Tariq Hamdan Al-Subaie'],
    ['claims', '62 per cent', 'Tariq Hamdan Al-Subaie'],
  ],
  'uk-obituary-union-leader-dockers': [
    // Old speeches: "He told the union's conference that year: "…"", "In a speech in 1987, …, he said: "…"".
    ['says', 'a union that cannot strike is a social club', 'Bernard Tolliver-Craig'],
    ['says', 'They can close the gates', 'Bernard Tolliver-Craig'],
    ['says', 'misjudged the mood', 'Bernard Tolliver-Craig'],
    ['says', 'I should have known', 'Bernard Tolliver-Craig'],
    ['says', 'stubborn, funny', 'Evelyn Marchbanks-Oyo'],
    ['says', 'Bernie never once asked a member', 'Evelyn Marchbanks-Oyo'],
    ['says', 'a giant of the movement', 'Labour and Co-operative Party'],
    ['says', 'He stood with us on the picket line', 'Saltmarsh Dockers'],
    ['claims', '96,417 votes', null],
    ['claims', '71,250', null],
    ['claims', '412,000', null],
  ],
  // Seventy-ninth round (test/fixtures/news-html/README.md).
  'us-school-active-shooter-drill-parents': [
    // A dek "Superintendent X says the drill was "…"", then "told the board", "She said … but conceded that …".
    ['says', 'a mistake in how we told families', 'Lorraine Okafor-Bellamy'],
    ['says', 'We owe our families better communication', 'Lorraine Okafor-Bellamy'],
    ['says', 'parents should have been warned the day before', 'Lorraine Okafor-Bellamy'],
    ['says', 'suspend drills with simulated gunfire', 'Lorraine Okafor-Bellamy'],
    ['says', 'She texted me that she was going to die', 'Renata Szabo-Whitfield'],
    ['says', 'I want my kids ready', 'Desmond Achterberg'],
    ['says', 'This should not depend on which superintendent', 'Gideon Marchetti-Lowe'],
    ['says', 'raised concerns about realism over safety', 'Tallmadge Valley Education Association'],
    ['says', 'Parents deserve notice before any drill', 'Gideon Marchetti-Lowe'],
    ['claims', '48 hours', 'Gideon Marchetti-Lowe'],
    ['claims', '1,150 teachers', null],
  ],
  'wire-g20-finance-ministers-communique': [
    // "the joint statement said", "The communique said … and noted that …", ministers by name and by "he said".
    ['says', 'Elevated public debt in many economies', 'joint statement'],
    ['says', 'in a growth-friendly way', 'communique'],
    ['says', 'global growth was expected to slow', 'communique'],
    ['says', 'frank and, at times, difficult', 'Beatriz Alcântara-Vidal'],
    ['says', 'not every member could sign it', 'Beatriz Alcântara-Vidal'],
    ['says', 'A communique that is silent on trade', 'Hallvard Tjernstrom'],
    ['says', 'Markets will read the debt paragraph', 'Kasimir Dreyer'],
    ['says', 'two members had refused to endorse', 'senior official'],
    // "96%" and "2.6%" are the communique's in the body, the outlet's again in the fact box.
    ['claims', 'two members', 'senior official'],
    ['claims', '22 economies', null],
    ['claims', '120%', null],
  ],
  'in-ipl-auction-crore-franchises': [
    // A dek "Nawabs owner X calls the fast bowler "…"", then crore and lakh figures.
    ['says', 'the piece we were missing', 'Vikramaditya Reddy'],
    ['says', 'we were not leaving without him', 'Vikramaditya Reddy'],
    ['says', 'My father started crying at ten crore', 'Harshvardhan Kulkarni'],
    ['says', 'we are buying the next ten years', 'Meenakshi Varghese'],
    ['says', 'paying for potential as if it were proven', 'Sudhir Patwardhan'],
    ['says', 'several teams had left themselves', 'Sudhir Patwardhan'],
    ['says', 'The Nawabs have their spearhead', 'Nagpur Nawabs'],
    ['claims', 'Rs 3 crore', 'Sudhir Patwardhan'],
    ['claims', 'ten crore', 'Harshvardhan Kulkarni'],
    ['claims', 'Rs 30 lakh', null],
    ['claims', 'Rs 18.5 crore', null],
  ],
  'science-exoplanet-discovery-super-earth': [
    // "In a press release, the institute said …"; a sceptic's "He said red dwarfs often blast their
    // planets with flares that can …" was lost before the fix (a relative "that" after an unknown verb).
    ['says', 'we can hope to see an atmosphere', 'Annika Solberg-Ferreira'],
    ['says', 'one of the most promising nearby worlds', 'Halden Institute for Astronomy'],
    ['says', 'We checked that for six months', 'Annika Solberg-Ferreira'],
    ['says', 'red dwarfs often blast their planets', 'Tomasz Wierzbicki-Hale'],
    ['says', 'Habitable zone is a statement about distance', 'Tomasz Wierzbicki-Hale'],
    ['says', 'exactly the kind of object', 'Tomasz Wierzbicki-Hale'],
    ['claims', '86%', 'Halden Institute for Astronomy'],
    ['claims', '1.6 times', 'astronomers'],
    ['claims', '40 hours', null],
  ],
  'uk-rail-strike-live-blog': [
    // Timestamped posts. "the Rail and Maritime Workers' Union" was cut to "Maritime Workers Union"
    // before the fix (the dek's "the union says" and "according to the union" with it).
    ['says', 'ready to talk at any time', 'Priyanka Hollinshead'],
    ['says', "the Treasury's chequebook", 'Priyanka Hollinshead'],
    ['says', 'stay out as long as it takes', 'Mick Thornaby-Reyes'],
    ['says', 'Our members are not striking for fun', 'Mick Thornaby-Reyes'],
    ['says', 'has not put a penny on the table"', "Rail and Maritime Workers' Union"],
    ['says', 'Around 40,000 workers are expected', "Rail and Maritime Workers' Union"],
    ['says', 'Bus replacement is a coach', 'Jo Ashdown'],
    ['says', "We're sorry for the disruption", 'Rail Delivery Partnership'],
    ['says', 'about 20% of normal services were running', 'Rail Delivery Partnership'],
    ['claims', '14%', 'Mick Thornaby-Reyes'],
    ['claims', '4.5%', null],
  ],
  // An eighty-first round (pages115).
  'de-coalition-talks-leaked-paper': [
    // A leaked draft "says", three leaders by name; "According to a negotiator who asked not to be
    // named" gave the garbled "negotiator who" before the fix.
    ['says', 'whatever the bridges need', 'draft'],
    ['says', 'cannot be closed within the debt brake', 'paper'],
    ['says', 'raise the top rate of income tax', 'paper'],
    ['says', 'Nobody here wants to fail', 'Margarethe Vollrath-Kessler'],
    ['says', 'We were elected to keep the books in order', 'Constantin Ebersberg'],
    ['says', 'another motorway bridge is closed to lorries', 'Ayla Brinkhoff-Demir'],
    ['says', 'a deadline of Easter', 'negotiator'],
    ['claims', 'two percentage points', 'paper'],
    ['claims', '27%', null],
    ['claims', '€60 billion', null],
  ],
  'football-transfer-saga-striker': [
    // A reporter's question at a press conference, the manager's reply by "the manager replied".
    ['says', 'Jerome wants to play in Europe and he was told', 'Stefano Marchetti-Ward'],
    ['says', 'Is he in the squad against Fenbridge?', 'reporter'],
    ['says', 'He trains well, he is professional', 'Lars Pettersson-Quayle'],
    ['says', 'pushed around by a phone call', 'Lars Pettersson-Quayle'],
    ['says', 'In two years he walks for free', 'Gary Lindqvist-Ebo'],
    ['claims', 'ten times', 'Lars Pettersson-Quayle'],
    ['claims', '€56 million', null],
    ['claims', '£40m', null],
  ],
  'health-measles-outbreak-county': [
    // "according to the National Center …" over county counts; "The agency said …" resolves to it.
    ['says', 'has grown to 84 confirmed cases', 'National Center for Infectious Disease Control'],
    ['says', '79 of the patients were unvaccinated', 'National Center for Infectious Disease Control'],
    ['says', 'This outbreak is not slowing down', 'Renée Fairbanks-Ito'],
    ['says', 'only 81% of kindergartners', 'Renée Fairbanks-Ito'],
    ['says', 'Measles is not a rash', 'Kwabena Osei-Lindgren'],
    ['says', 'I thought I was protecting him', 'Jenna Holcroft'],
    ['claims', '81%', 'Renée Fairbanks-Ito'],
    ['claims', '2,300 doses', 'officials'],
    ['claims', '12 free vaccination clinics', null],
  ],
  'tech-data-breach-ransom-bitcoin': [
    // "the company wrote in a blog post" a paragraph after "Strydo, the fitness tracking app, has …".
    ['says', 'we detected unauthorized access', 'Strydo'],
    ['says', 'hackers stole data belonging to about 31 million users', 'Strydo'],
    ['says', 'your front door is in this file', 'Ilse Vanterpool-Mbeki'],
    ['says', 'is demanding 40 bitcoin', 'screenshot'],
    ['says', 'working with law enforcement', 'spokesperson'],
    ['says', 'why users heard it from a journalist first', 'Halvard Ní Bhriain'],
    ['claims', '$2.6 million', 'screenshot'],
    ['claims', '72 hours', 'Halvard Ní Bhriain'],
    ['claims', '4%', null],
  ],
  'ng-fuel-price-rise-naira': [
    // Naira per litre; "A source in the ministry who asked not to be named said …" went to
    // "ministry" (wrong) when audited; the noun before "in the ministry who …" is the source now.
    ['says', 'Workers cannot carry this burden', 'Ifeoma Balogun-Eze'],
    ['says', 'all options are on the table', 'Ifeoma Balogun-Eze'],
    ['says', 'the prevailing cost of supply', 'Olufemi Adekunle-Hart'],
    ['says', 'We are rolling out CNG buses', 'Abubakar Yusuf-Danjuma'],
    ['says', 'The money is simply not there', 'source'],
    ['says', 'the government had no plan to restore the subsidy', 'source'],
    ['says', 'I used to pay N500 to come to market', 'Kemi Ogunbiyi'],
    ['claims', 'N70,000', 'Ifeoma Balogun-Eze'],
    ['claims', 'N1,000', 'Kemi Ogunbiyi'],
    ['claims', 'N897', null],
  ],
  // The eightieth round (all invented): a Brazilian outlet in translation, a US murder trial, a wire
  // mine collapse, a business outlet's merger, a UK local paper's council tax rise.
  'br-deforestation-amazon-satellite-data': [
    // "According to the institute, …" after the institute's full name: the institute's.
    ['says', 'a turning point', 'Helena Vasconcelos-Prado'],
    ['says', 'fell by 22% in the twelve months', 'National Institute for Orbital Research'],
    ['says', 'square kilometres were cleared', 'National Institute for Orbital Research'],
    ['says', 'would hire 1,200 new inspectors', 'Helena Vasconcelos-Prado'],
    ['says', 'The chainsaws have not stopped', 'Gilberto Saramago Lins'],
    ['says', 'clearing in the Cerrado savanna rose', 'Green Frontier Network'],
    ['says', 'lose four months of the year to clouds', 'Marcos Teixeira Bento'],
    ['claims', '740,000 hectares', 'Green Frontier Network'],
    ['claims', '8,310 square kilometres', 'National Institute for Orbital Research'],
    ['claims', '6,480 km²', null],
  ],
  'us-murder-trial-witness-testifies': [
    // A courtroom exchange: "“About 40 feet,” X replied", "“And it was dark?” Y asked".
    ['says', 'I looked out of my kitchen window', 'Rosalind Ferraby'],
    ['says', 'had owed the victim $4,000', 'Alan Metzgar-Quinn'],
    ['says', 'About 40 feet', 'Rosalind Ferraby'],
    ['says', 'And it was dark?', 'Nina Castellano-Reyes'],
    ['says', 'the trial would resume Tuesday', 'Harold Eastbrook'],
    ['says', 'say his name with respect', 'Loretta Whitcombe'],
    ['claims', '$4,000', 'Alan Metzgar-Quinn'],
    ['claims', '40 feet', 'Rosalind Ferraby'],
    ['claims', '40 years', null],
  ],
  'wire-chile-mine-collapse-rescue': [
    ['says', 'We have a drill at 210 metres', 'Ignacio Portales Vidal'],
    ['says', 'About 30,000 tonnes of rock fell', 'Ignacio Portales Vidal'],
    ['says', 'ventilation to the lower levels', 'Minera Quebrada Azul'],
    ['says', 'Nobody listened', 'Marisol Contreras'],
    ['says', 'spare no effort', 'Andrés Villalobos'],
    ['says', 'workers had reported noises', 'Rodrigo Hernández Saavedra'],
    ['claims', '210 metres', 'Ignacio Portales Vidal'],
    ['claims', '10 days', 'Minera Quebrada Azul'],
    ['claims', '5.2 million tonnes', null],
  ],
  'biz-merger-paint-makers-deal': [
    // "Analysts at Brantwood Securities wrote in a note that …"; a regulator's spokeswoman.
    ['says', 'neither of us could afford alone', 'Margaret Sunderholm'],
    ['says', 'would save $900 million a year', 'Margaret Sunderholm'],
    ['says', 'Our customers will see the same people', 'Piet Vandermolen'],
    ['says', 'full but defensible', 'Analysts at Brantwood Securities'],
    ['says', 'look carefully at the effects', 'spokeswoman for the Competition and Markets Board'],
    ['claims', '$68.50', null],
    ['claims', '$52.29', null],
    ['claims', '$64.80', null],
  ],
  'uk-council-tax-rise-band-d': [
    // "The council's report says …" then "According to the report, …": the report named again was
    // "report" alone before the fix (a bare description's search read no possessive); the facts'
    // surname-like matching takes either, so resolution.test.ts holds the exact name.
    ['says', 'the authority faces a gap of £18 million', "council's report"],
    ['says', '62% of the council', "council's report"],
    ['says', 'the alternative was closing libraries', 'Dennis Harrowgate'],
    ['says', 'The bins are collected fortnightly', 'Yasmin Okafor-Bright'],
    ['says', "a week's food", 'Maureen Tillotson'],
    ['says', 'I have lived here 50 years', 'Maureen Tillotson'],
    ['claims', '62%', "council's report"],
    ['claims', '£18 million', "council's report"],
    ['claims', '£1,964', null],
    ['claims', '£4.5 million', null],
  ],
  // Round 82 (pages116): five unseen pages, audited by hand (the engine unchanged).
  'za-load-shedding-stage6-township-shop': [
    // A headline's "Stage 6 load-shedding returns": the stage names a level, it counts nothing.
    ['no-figure', 'load-shedding returns'],
    // "In Kwaleni township, east of the city, Nomvula Dlamini-Kruger has run a spaza shop …. With
    // …, she said …": a given name no table knows after two opening phrases; her report and two
    // quotes go to the utility's spokeswoman of the paragraph before (wrong, left alone: see README).
    ['says', 'it lost 4,300 megawatts in 12 hours', 'Voltana'],
    ['says', 'unacceptable and avoidable', 'Kgosi Ramaphakela-Venter'],
    ['says', 'due to the loss of additional generating units', 'Voltana'],
    ['says', 'unplanned outages had reached', 'Voltana'],
    ['says', 'South Africans have been patient for too long', 'Kgosi Ramaphakela-Venter'],
    ['says', 'We understand the frustration', 'Lerato Fourie-Mthembu'],
    ['says', 'load-shedding has cost the economy', 'Energy Research Unit'],
    ['says', 'Every stage above four', 'Pieter van Aswegen-Dube'],
    ['claims', '17,850MW', 'Voltana'],
    ['claims', 'R900 million', 'Energy Research Unit'],
    ['claims', 'two units', 'Lerato Fourie-Mthembu'],
    ['claims', '11 years', null],
  ],
  'us-supreme-court-argument-agency-fees': [
    ['says', 'Point me to the words', 'Harold Vinterberg'],
    ['says', 'recover the reasonable costs', 'Monica Strand-Ayala'],
    ['says', 'Congress did not have to name a dollar figure', 'Monica Strand-Ayala'],
    ['says', 'dozens of user fees that nobody has questioned', 'Elena Marchetti-Boyd'],
    ['says', 'That is exactly the point', 'Raymond Okafor-Lind'],
    ['says', 'nobody was charged $4,500 before 2029', 'Raymond Okafor-Lind'],
    ['says', 'total about $310 million', 'Maritime Licensing Board'],
    ['says', 'rewrite administrative law', 'Harold Vinterberg'],
    ['says', 'had the better day by a wide margin', 'Lydia Fairbanks-Oduya'],
    ['says', 'she expected a 6-3 ruling', 'Lydia Fairbanks-Oduya'],
    ['says', 'We just argued for every small boat', 'Raymond Okafor-Lind'],
    ['claims', '$310 million', 'Maritime Licensing Board'],
    ['claims', '900 miles', 'Raymond Okafor-Lind'],
    ['claims', '68,000', null],
  ],
  'wire-election-night-victory-concession': [
    // The dek's "the incumbent says …" stays role-only, and "International observers from the
    // Baltic-Danube Monitoring Mission said" gives the description: not asserted.
    ['says', 'Tonight Dravonia chose to turn a page', 'Ilona Varga-Lind'],
    ['says', "open every ministry's books", 'Ilona Varga-Lind'],
    ['says', 'he had called his rival to congratulate her', 'Bence Toldy-Marsh'],
    ['says', 'The voters have spoken clearly', 'Bence Toldy-Marsh'],
    ['says', 'a strong and honest opposition', 'Bence Toldy-Marsh'],
    ['says', 'Turnout was 71.4%', 'Central Electoral Commission'],
    ['says', 'calm and orderly', 'Gergely Antal-Weiss'],
    ['says', 'Tomorrow we start work', 'Ilona Varga-Lind'],
    ['claims', '71.4%', 'Central Electoral Commission'],
    ['claims', '100 days', 'Ilona Varga-Lind'],
    ['claims', '1.8%', null],
  ],
  'food-restaurant-closure-instagram-rent': [
    // The Instagram post "read in full" after a colon is read as a quote but given no one.
    ['says', 'made the numbers "impossible"', 'Dario Castellanos-Frey'],
    ['says', "the bistro's rent had been $11,000 a month", 'Dario Castellanos-Frey'],
    ['says', 'We are full five nights a week', 'Dario Castellanos-Frey'],
    ['says', 'where we had his wake', 'Ruth Abernethy-Cole'],
    ['says', "I don't know where we'll go", 'Ruth Abernethy-Cole'],
    ['says', 'My client offered a five-year lease', 'Gideon Marsh-Okonjo'],
    ['says', 'average restaurant rents on Fenwick Street rose 38%', 'Castleton Realty'],
    ['says', "Maybe when I've slept", 'Dario Castellanos-Frey'],
    ['claims', '38%', 'Castleton Realty'],
    ['claims', '12 years', 'Ruth Abernethy-Cole'],
    ['claims', '8,000 likes', null],
  ],
  'kr-kpop-agency-dispute-translation': [
    // "the agency said in a statement" stays "agency" (role-only), as does the dek's "her lawyer";
    // the fan union's "…," the statement read" gives "statement".
    ['says', 'the singer breached her exclusive contract', 'Bluewave Entertainment'],
    ['says', 'This lawsuit is an attempt to silence her', 'Park Ji-hoon'],
    ['says', 'asked the Seoul Central District Court', 'Park Ji-hoon'],
    ['says', 'such disputes had become more common', 'industry official'],
    ['says', 'Seven-year contracts were signed', 'industry official'],
    ['says', 'We stand with Ha-eun', 'Starline Fan Union'],
    ['claims', 'two years', 'Park Ji-hoon'],
    ['claims', '40,000 fans', null],
    ['claims', '6.3 percent', null],
  ],
  // The eighty-third round (all invented): a French outlet's pension protests in translation, a US
  // hurricane live page, a wire central bank cut, a music outlet's festival cancellation, an
  // Australian coroner's bushfire findings.
  'fr-pension-reform-protests-crowd': [
    // Police and union crowd counts ("The unions put the figure at …") are left unclaimed.
    ['says', 'a matter of justice between generations', 'Armelle Castagnède'],
    ['says', 'The government can no longer pretend', 'Bastien Rouvier'],
    ['says', 'the unions would call a ninth day of action', 'Solène Marchetti'],
    ['says', 'calm, determined and united', 'Solène Marchetti'],
    ['says', 'will run a deficit of 13 billion euros', 'Armelle Castagnède'],
    ['says', 'governing against the country', 'Hugo Ferrandi'],
    ['says', 'two more years of night shifts', 'Élodie Baranger'],
    ['says', '23 people had been arrested', 'Paris police prefecture'],
    ['claims', '13 billion euros', 'Armelle Castagnède'],
    ['claims', '23 people', 'Paris police prefecture'],
  ],
  'us-hurricane-delphine-port-calloway-live': [
    // Timestamped updates; the sheriff "wrote on Facebook"; the advisory's words are the center's.
    ['says', 'If you are in a safe place, stay where you are', 'Loretta Hanbury'],
    ['says', 'National Guard members had been deployed', 'Loretta Hanbury'],
    ['says', 'maximum sustained winds of 120 mph', 'National Hurricane Center'],
    ['says', 'life-threatening storm surge', 'National Hurricane Center'],
    ['says', 'Please do not call 911', 'Dwayne Pettibone'],
    ['says', 'My car is gone', 'Renata Olszewski'],
    ['claims', '45 mph', 'Dwayne Pettibone'],
    ['claims', '10 to 15 inches', 'Forecasters'],
    ['claims', '1,400 National Guard members', 'Loretta Hanbury'],
  ],
  'wire-central-bank-surprise-cut': [
    // Both fixed: "cut its policy rate by 50 basis points …, and said …" gave "basis" (a plural
    // after a number read as a verb); "All 24 economists polled by Atlas Wire … had forecast …"
    // gave the pollster.
    ['says', 'further easing was possible', 'Bank of Norvaland'],
    ['says', 'the rate would be held at 3.75%', 'economists'],
    ['not-by', 'the rate would be held at 3.75%', 'Atlas Wire'],
    ['says', 'firmly on its way back to target', 'Henrik Aasvold'],
    ['says', 'when the data allowed it', 'Henrik Aasvold'],
    ['says', 'This is a bold move', 'Pernille Kvam'],
    ['says', 'another 25 basis point cut', 'Economists at Stavnes Markets'],
    ['claims', '25 basis point', 'Economists at Stavnes Markets'],
    ['claims', '2.91%', null],
  ],
  'music-festival-cancellation-refunds': [
    // "Headliner Vesna Ilić wrote …" beside the dek's "headliner Vesna Ilić": an agent noun the
    // text writes in lower case is her role, not her name, so she is one speaker.
    ['says', 'exhausted every option', 'Tallowmere Live'],
    ['says', 'Every ticket holder will be refunded in full', 'Gideon Frane'],
    ['says', 'she learned the news', 'Vesna Ilić'],
    ['says', 'Nobody from the festival called us', 'Vesna Ilić'],
    ['says', 'she had found out with her fans', 'Vesna Ilić'],
    ['says', 'close to £400', 'Priya Dhanoa'],
    ['says', 'The ticket money is the least of it', 'Priya Dhanoa'],
    ['says', 'had not refused any licence', 'spokeswoman for Harrowfield District Council'],
    ['claims', '£400', 'Priya Dhanoa'],
    ['claims', '28,000 people', null],
  ],
  'au-bushfire-coroner-inquiry-findings': [
    // "State Coroner Judith Ferrabee has found": the title is her role, so "the coroner wrote" is
    // her; "The report found …" is not read.
    ['says', 'too late to be of any use', 'Judith Ferrabee'],
    ['says', 'By the time the message reached their phones', 'Judith Ferrabee'],
    ['says', 'significantly underestimated', 'Judith Ferrabee'],
    ['says', 'stretched across four fronts', 'Graham Yeats'],
    ['says', 'We did not have the eyes on that ridge', 'Graham Yeats'],
    ['says', 'the coroner has said so plainly', 'Anita Seremetis'],
    ['says', 'respond to all 14 recommendations', 'Craig Dunmore'],
    ['claims', 'four fronts', 'Graham Yeats'],
    ['claims', 'six months', 'Craig Dunmore'],
    ['claims', '112 homes', null],
  ],
  // The eighty-fourth round (all invented): a Spanish outlet's drought in translation, a Canadian
  // wildfire evacuation, a tech outlet's heater recall, a UK select committee hearing, a Kenyan
  // teachers' strike.
  'es-drought-water-rationing-reservoir': [
    // Fixed: "The reservoir operator, X, said in a statement … "…," the statement said" gave
    // "statement"; the comma closing the appositive kept X from being the statement's issuer.
    ['says', 'the only responsible choice', 'Inmaculada Sorribes'],
    ['says', 'as long as the summer allows it', 'Inmaculada Sorribes'],
    ['says', 'held 212 cubic hectometres', 'Aguas del Alto Serra'],
    ['says', 'Every hectolitre we save now', 'Aguas del Alto Serra'],
    ['says', 'a lost harvest written in advance', 'Unión de Labradores de Valdeserra'],
    ['says', 'growers of stone fruit stood to lose 40 percent', 'Fermín Azcárate'],
    ['says', 'which trees to let die', 'Fermín Azcárate'],
    ['says', 'My father never saw this', 'Remedios Llabrés'],
    ['says', 'two years too late', 'Cauce Vivo'],
    ['says', 'El agua es de todos', 'Inmaculada Sorribes'],
    ['claims', '31 months', 'Inmaculada Sorribes'],
    ['claims', '212 cubic hectometres', 'Aguas del Alto Serra'],
    ['claims', '40 percent', 'Fermín Azcárate'],
    ['claims', '49%', null],
  ],
  'ca-wildfire-evacuation-northern-town': [
    // "Evacuee X, who left …, spent the night …. "…," she said": the role in -ee is off the name,
    // so its forename's gender reaches "she" (it went to the premier).
    ['says', 'Everything else is in God', 'Bernadette Fournier-Leduc'],
    ['says', 'throwing everything we have', 'Colette Brandvold'],
    ['says', 'Please go now', 'Colette Brandvold'],
    ['says', 'asked Ottawa for military aircraft', 'Colette Brandvold'],
    ['says', 'This fire is making its own weather', 'Jolene Sarkissian'],
    ['says', 'received the evacuation order four hours after the town', 'Raymond Kaskitew'],
    ['says', 'Our elders were the last to hear', 'Raymond Kaskitew'],
    ['says', '41 fires were burning', 'provincial wildfire service'],
    ['says', 'Register online', 'Colette Brandvold'],
    ['claims', '300 firefighters', 'Colette Brandvold'],
    ['claims', '60 km/h', 'Jolene Sarkissian'],
    ['claims', '1,100 people', 'Raymond Kaskitew'],
    ['claims', '48,000 hectares', null],
  ],
  'tech-smart-heater-recall-firmware': [
    // "the company says", "the company said", "regulator warns" stay role-only; model and firmware
    // numbers are no figures.
    ['says', 'immediately unplug the heaters', 'Consumer Appliance Safety Board'],
    ['says', 'sold between October 2035 and March 2036', 'Consumer Appliance Safety Board'],
    ['says', 'would be pushed to connected heaters', 'Tobias Grünwald-Ames'],
    ['says', 'wait on a download', 'Tobias Grünwald-Ames'],
    ['says', 'Mine tripped the breaker', 'Kendra Moultrie'],
    ['says', '92 percent of affected heaters', 'Hearthly'],
    ['claims', '$129 to $179', 'Consumer Appliance Safety Board'],
    ['claims', '92 percent', 'Hearthly'],
    ['claims', '180,000 smart heaters', null],
    ['no-figure', '4.1.2'],
    ['no-figure', 'HX-220'],
  ],
  'uk-select-committee-water-boss-bonus': [
    // The chair's question and the chief executive's answers in a run of quote paragraphs.
    ['says', 'earned against targets set by the board', 'Alastair Penhallow'],
    ['says', 'About 41,000', 'Alastair Penhallow'],
    ['says', 'And you still think you deserve a bonus', 'Deborah Ashcombe'],
    ['says', 'I accept its judgement', 'Alastair Penhallow'],
    ['says', 'paid £48m in dividends', 'Tariq Mahmood-Hale'],
    ['says', 'Your customers are paying twice', 'Tariq Mahmood-Hale'],
    ['says', 'would spend £2.1bn', 'Alastair Penhallow'],
    ['says', 'examine the evidence given today', 'Ofwat'],
    ['claims', '£200,000', 'Alastair Penhallow'],
    ['claims', '£2.1bn', 'Alastair Penhallow'],
    ['claims', '£9.40', null],
  ],
  'ke-teachers-strike-court-order': [
    // "The order stated that …" stays "order" (role-only); "CS" stays in the secretary's name.
    ['says', 'until the money is in their accounts', 'Wanjiru Kamau-Oduya'],
    ['says', 'the union would appeal', 'Wanjiru Kamau-Oduya'],
    ['says', 'A court order does not pay rent', 'Wanjiru Kamau-Oduya'],
    ['says', 'Parliament has not appropriated', 'Ochieng Mwakasege'],
    ['says', 'paid Sh4,000 for private tuition', 'Josephine Akinyi'],
    ['says', 'our children are just sitting', 'Josephine Akinyi'],
    ['says', 'No pay, no class', 'KUST Kenya'],
    ['claims', 'three years', 'Wanjiru Kamau-Oduya'],
    ['claims', 'Sh4,000', 'Josephine Akinyi'],
    ['claims', 'KSh33,000', null],
  ],
  // An eighty-fifth round (pages119): audited by hand before one fix; see the README's section.
  'in-state-election-results-lakh-margin': [
    // The dek's "the election commission says" finds the commission named in the body.
    ['says', 'sit in the opposition with honour', 'Savitri Pandhare'],
    ['says', 'turnout at 68.4 per cent', 'State Election Commission'],
    ['says', 'This is a vote for work, not for words', 'Ramakant Dhurve'],
    ['says', 'the new government would be sworn in on Thursday', 'Ramakant Dhurve'],
    ['says', 'We accept the mandate of the people', 'Savitri Pandhare'],
    ['says', 'look honestly at what went wrong', 'Savitri Pandhare'],
    ['says', 'Women voted at a higher rate than men', 'Manjula Sarangi'],
    ['says', 'neutralised anti-incumbency', 'Hemant Kashikar'],
    ['claims', 'Rs 6,200 crore', 'Ramakant Dhurve'],
    ['claims', '5.42 crore registered voters', 'Manjula Sarangi'],
    ['claims', '1.3 crore women', 'Hemant Kashikar'],
    ['claims', '1.8 lakh votes', null],
  ],
  'us-school-board-budget-per-pupil': [
    // The dek's "Superintendent says" and "one board member calls" find the two named below.
    ['says', 'cannot keep every program', 'Marcus Eberhardt'],
    ['says', 'I wish I had a different answer tonight', 'Marcus Eberhardt'],
    ['says', 'My daughter learned to read music', 'Tamsin Okonkwo-Reyes'],
    ['says', 'Start there', 'Gregory Lindqvist'],
    ['says', 'a betrayal of every family', 'Janine Albescu'],
    ['says', 'the board should consider a levy instead', 'Janine Albescu'],
    ['says', 'Every comment tonight will be read and considered', 'Harold Vickery'],
    ['claims', '640 students', 'Marcus Eberhardt'],
    ['claims', '$2.1 million', 'Marcus Eberhardt'],
    ['claims', '38 teaching positions', null],
  ],
  'science-asteroid-near-miss-odds': [
    // Left alone: the finder is named only as a passive's agent ("first seen … by X, an amateur
    // astronomer …"), so her "she said" quotes have no speaker.
    ['says', 'would most likely have burst high in the atmosphere', 'Tobias Wennergren'],
    ['says', 'That number will almost certainly fall to zero', 'Tobias Wennergren'],
    ['says', 'the near miss showed the limits of current surveys', 'Ines Calderwood'],
    ['says', 'We found a 14-metre rock', 'Ines Calderwood'],
    ['says', 'Keep looking up', 'Margit Halvorsen-Achebe'],
    ['claims', '11.6 kilometres per second', 'Tobias Wennergren'],
    ['claims', '140-metre', 'Ines Calderwood'],
    ['claims', '212,000 kilometres', null],
  ],
  'rugby-match-report-third-try': [
    // The referee's words "told the players, in an exchange picked up by the broadcast".
    ['says', 'found a way', 'Declan Ashby-Firth'],
    ['says', 'the turning point', 'Emeric Duplessis'],
    ['says', 'Shoulder to the head, no mitigation', 'Ffion Treharne'],
    ['says', 'the right call', 'Declan Ashby-Firth'],
    ['says', 'earned the penalties by going forward', 'Declan Ashby-Firth'],
    ['says', "We'll look at it, but it hurts", 'Emeric Duplessis'],
    ['says', 'What a finish at Quayside', 'Harbourside Rovers'],
    ['claims', '60 minutes', 'Declan Ashby-Firth'],
    ['claims', '10 minutes', 'Emeric Duplessis'],
    ['claims', '41 points', null],
  ],
  'ie-housing-protest-dail-translation': [
    // Fixed: "Caoimhín Ó Dálaigh TD said …" kept "TD" in the name (his forename is on no list), so
    // his "he told the chamber" went to the minister named through the dek.
    ['says', 'A whole generation is leaving the country', 'Caoimhín Ó Dálaigh'],
    ['says', 'the crisis was', 'Caoimhín Ó Dálaigh'],
    ['says', '41,000 homes were built last year', 'Declan Furlong'],
    ['says', 'Families are being priced out', 'Róisín Nic Amhlaoibh'],
    ['says', 'her landlord had served her a notice to quit', 'Aoife Mhic Craith'],
    ['says', 'I have paid rent on time for eleven years', 'Aoife Mhic Craith'],
    ['says', 'We are building more homes', 'Declan Furlong'],
    ['says', 'the crowd at about 8,000', 'Garda sources'],
    ['says', '20,000 people took part', 'organisers'],
    // Fixed: "The report, published by the housing charity X, found that …" was not read.
    ['says', 'the average rent in Dublin had reached', 'Teach Fáilte'],
    ['claims', '9 per cent', 'Teach Fáilte'],
    ['claims', 'eleven years', 'Aoife Mhic Craith'],
    ['claims', '20,000 people', 'organisers'],
  ],
  // An eighty-sixth round (pages120): audited by hand before two fixes; see the README's section.
  'jp-earthquake-aftermath-shindo-translation': [
    // The seismic intensity "6-upper" names a level of the scale, no count.
    ['no-figure', '6-upper'],
    // The dek's "the mayor of Kirimachi calls" finds the mayor named in the body.
    ['says', 'the government will release ¥8.5 billion in reserve funds', 'Tadashi Amagiri'],
    ['says', 'worse than anything we prepared for', 'Haruko Sendagaya'],
    ['says', 'it is impossible to remain standing', 'Meteorological Agency'],
    ['says', 'aftershocks of similar strength could follow', 'Meteorological Agency'],
    ['says', 'The next 72 hours are decisive', 'Tadashi Amagiri'],
    ['says', 'The roads into the valley are gone', 'Haruko Sendagaya'],
    ['says', 'We ran out in our slippers', 'Isamu Kawabata'],
    ['says', 'Please do not return home to collect belongings', 'Kenji Moriwaki'],
    ['says', 'We have opened three more water stations', 'Kirimachi Town'],
    ['claims', '¥8.5 billion', 'Tadashi Amagiri'],
    ['claims', '11,000 households', 'Haruko Sendagaya'],
    ['claims', '620 people', null],
  ],
  'us-senate-hearing-bank-failure-ceo': [
    // "X said under questioning from Sen. Y, a Democrat from Z": the answer is X's.
    ['says', 'no bank could survive a run of that speed', 'Warren Halloway'],
    ['says', 'I take full responsibility for what happened', 'Warren Halloway'],
    ['says', 'You paid yourselves while the house was on fire', 'Priya Castellanos'],
    ['says', 'indefensible', 'Priya Castellanos'],
    ['says', 'Depositors pulled $18 billion in a single day', 'Warren Halloway'],
    // Fixed (spk102): "The former chief executive of X told senators" is the dek's "Former CEO".
    ['says', 'he takes full responsibility for the bank', 'Warren Halloway'],
    ['says', 'We were wrong', 'Warren Halloway'],
    ['says', 'the senator would introduce a bill next month', 'Aides'],
    ['says', 'will you give the bonuses back', 'Priya Castellanos'],
    // Fixed: "a report by X's inspector general … The report found" gave "report".
    ['says', 'interest-rate risk as early as 2035', "Federal Reserve's inspector general"],
    ['says', 'did not escalate their concerns', "Federal Reserve's inspector general"],
    ['claims', '$6.3 billion', null],
    ['claims', '$12 million', null],
  ],
  'ph-typhoon-relief-pesos': [
    // Pesos written "P1.2 billion" and "₱3.4 billion" are both read as money.
    ['says', 'displaced more than 86,000 families', 'National Disaster Risk Reduction and Management Council'],
    // Fixed (spk102): the dek's "The disaster agency says" is the one disaster body, a council.
    ['says', 'have reached "only half"', 'National Disaster Risk Reduction and Management Council'],
    ['says', 'many roads are still under water', 'Ramon Villacorte'],
    ['says', 'the government had released P1.2 billion', 'Ramon Villacorte'],
    ['says', 'We need boats, not just food packs', 'Maricel Dumaguing'],
    ['says', 'Damage to agriculture was estimated', 'Department of Agriculture'],
    ['says', 'Twenty years I fished with that boat', 'Ernesto Dalangin'],
    ['says', 'each fisherman who lost a boat', 'Maricel Dumaguing'],
    ['says', 'We still need drinking water', 'Tagpuro Municipal Government'],
    ['claims', 'four provinces', 'National Disaster Risk Reduction and Management Council'],
    ['claims', '300 fishing boats', 'officials'],
    ['claims', '₱15,000', 'Maricel Dumaguing'],
  ],
  'trade-airline-pilots-strike-podcast': [
    // Fixed: "The airline said" went to "Nordic Airline Pilots Association" (the noun a modifier in
    // the name), and the body's "the union said" to the dek's "pilots' union" left as written.
    ['not-by', 'passengers could rebook for free', 'Nordic Airline Pilots Association'],
    ['says', 'Our pilots are flying more hours for less money', 'Nordic Airline Pilots Association'],
    ['says', 'not taken this decision lightly', 'Nordic Airline Pilots Association'],
    // Fixed (spk102): the dek's "The pilots' union says" is the one pilots' association.
    ['says', 'the airline "left us no choice"', 'Nordic Airline Pilots Association'],
    ['says', 'would cost the airline €310 million a year', 'Annika Sorvald'],
    ['says', 'The door is open', 'Annika Sorvald'],
    ['says', "Management's numbers assume every pilot", 'Henrik Valkama'],
    ['says', 'Stuck in Lindholm with two kids', 'Carla Menendez-Ross'],
    ['claims', '17 percent', 'Annika Sorvald'],
    ['claims', '2029', 'Nordic Airline Pilots Association'],
    ['claims', '1,900 pilots', null],
  ],
  'scot-sheriff-court-sentencing-remarks': [
    // The dek's bare "Sheriff tells X he …" finds the sheriff named in the body.
    ['says', 'preyed on trust', 'Alasdair Menteith'],
    ['says', 'Only a custodial sentence is appropriate', 'Alasdair Menteith'],
    ['says', 'he had reduced the sentence', 'Alasdair Menteith'],
    ['says', 'in each case no work was done', 'Eilidh Bannatyne'],
    ['says', 'in a dangerous state', 'Eilidh Bannatyne'],
    ['says', 'I used to love having visitors', 'victim impact statement'],
    ['says', 'deeply ashamed', 'Fraser Gillanders'],
    ['says', 'If in doubt, call 101', 'Tayside Police Division'],
    ['claims', '£30,000', 'Fraser Gillanders'],
    ['claims', '£12,000', null],
  ],
  'br-central-bank-selic-decision-translation': [
    ['says', 'still far from target', 'Renata Quaresma'],
    ['says', 'the weaker real had added', 'Renata Quaresma'],
    ['says', 'for an economy growing at 1.8 percent', 'Otávio Brandão'],
    ['says', 'zero primary deficit', 'Otávio Brandão'],
    ['says', 'a more contractionary monetary policy', 'Copom'],
    ['says', 'Consumer prices rose 5.9 percent', 'IBGE'],
    ['says', 'The Copom bought credibility today', 'Marcelo Tavares'],
    ['says', 'read as political', 'Felipe Ancora'],
    ['says', 'Manufacturing cannot absorb this', 'Federation of Industries of Goiás'],
    ['claims', '0.4 percentage points', 'Renata Quaresma'],
    ['claims', 'R$ 38 billion', 'Federation of Industries of Goiás'],
    ['claims', '12.75 percent', null],
  ],
  'us-city-council-zoning-duplex-public-comment': [
    // Fixed: "He said he had received about 300 emails" (the second of two sentences opened by
    // "He" after two councilmen) went to the one who spoke before; now no one's, as the first.
    ['not-by', 'he had received about 300 emails', 'Gary Pruitt'],
    ['says', 'teach our kids', 'Rosa Delgado-Finch'],
    ['says', 'rushed through', 'Gary Pruitt'],
    ['says', "I'm against four cars", 'Elaine Broderick'],
    ['says', 'I would love to be your neighbor', 'Marcus Oyelaran'],
    ['says', 'only about 4 percent of eligible lots', 'Helen Vasquez'],
    ['says', 'the council listened to everyone', 'Frank Ostrowski'],
    ['claims', '4 percent', 'Helen Vasquez'],
    ['claims', '300 emails', null],
    ['claims', '6,200 lots', null],
  ],
  'journal-news-drug-trial-obesity-pill-phase3': [
    ['says', 'largest reductions we have seen', 'Helena Marchetti'],
    ['says', 'in line with injectable drugs', 'Helena Marchetti'],
    ['says', 'submit the data to the FDA', 'Veridane Therapeutics'],
    ['says', 'priced competitively', 'Veridane Therapeutics'],
    ['says', 'the question nobody has answered yet', 'Samuel Okonjo'],
    ['says', 'We need the extension data', 'Samuel Okonjo'],
    ['says', 'a pill could reach patients', 'Karen Lindqvist'],
    ['says', 'Cold-chain storage and needles', 'Karen Lindqvist'],
    // Fixed: "An editorial accompanying the paper, by X, warned:" gave "paper" the block quote.
    ['says', 'Average weight loss hides a wide spread', 'Rafael Ibsen'],
    ['claims', '3,412 participants', null],
  ],
  'ng-fuel-price-protest-police-nlc': [
    ['says', 'attempted to set a filling station on fire', 'Lagos State Police Command'],
    // Fixed (spk103): "the command said" after "… Police Command" stayed "command" (no body noun).
    ['says', 'Eleven people were arrested', 'Lagos State Police Command'],
    ['claims', 'Eleven people', 'Lagos State Police Command'],
    ['says', 'We were singing and holding placards', 'Chiamaka Eze'],
    // Fixed: "said X, a 24-year-old hairdresser, who said …" went to the appositive.
    ['says', 'her transport fare to work had doubled', 'Chiamaka Eze'],
    ['claims', '₦1,600', 'Chiamaka Eze'],
    ['says', 'We are not asking for charity', 'Ibrahim Danladi'],
    ['says', 'unproductive', 'Ibrahim Danladi'],
    ['says', 'would not return to subsidies', 'Halima Gwadabe'],
    ['says', 'the talks would continue', 'Halima Gwadabe'],
    ['says', 'the price was set by the market', 'Independent Petroleum Marketers Association of Nigeria'],
    ['says', 'Our members are not the enemy', 'Sule Mohammed'],
    ['claims', '₦4.2 trillion', 'Halima Gwadabe'],
    ['claims', '₦70,000', 'Ibrahim Danladi'],
  ],
  'cricket-test-match-report-press-conference': [
    ['says', 'hit the top of off', 'Will Harwell'],
    ['says', 'the best I have seen from an Eastmark bowler', 'Jonty Vale'],
    ['says', "We'll look at the pitch first", 'Jonty Vale'],
    ['says', "Kieran's scored 1,100 runs", 'Dev Ramanathan'],
    // Fixed (spk103): "the Tasport captain said" was not the dek's "Tasport skipper X".
    ['says', 'We were too passive', 'Dev Ramanathan'],
    ['says', "That's on me as much as anyone", 'Dev Ramanathan'],
    ['says', 'train hard and turn up angry', 'Grant Ellery'],
    ['claims', '1,100 runs', 'Dev Ramanathan'],
  ],
  'de-coalition-budget-row-translation': [
    // Fixed: the dek's "the Greens' Konrad Almstedt" named "Greens Konrad Almstedt" (a plural's
    // possessive, its apostrophe lost from the name's words).
    ['says', 'an austerity budget in disguise', 'Konrad Almstedt'],
    ['says', 'We will not balance this budget', 'Tobias Wendehorst'],
    ['says', 'found money for everything except savings', 'Tobias Wendehorst'],
    ['says', 'the cuts would fall hardest on rail', 'Konrad Almstedt'],
    ['says', 'Nobody in this coalition wants a budget crisis', 'Marlene Oberdieck'],
    ['says', 'the gap could widen', 'German Economic Institute'],
    ['says', 'The numbers in the draft are optimistic', 'Gesa Thormählen'],
    ['claims', '€22 billion', 'German Economic Institute'],
    ['claims', '€14 billion', null],
  ],
  'uk-hospital-ae-waits-trust-union': [
    // Fixed: "The trust said" stayed "trust" after "… NHS Trust" was named (no body noun).
    ['says', 'flu admissions had doubled', 'Severnside University Hospitals NHS Trust'],
    ['says', 'working flat out', 'Imogen Faircloth'],
    ['says', 'I want to apologise to every patient', 'Imogen Faircloth'],
    ['says', 'Corridor care is not a winter emergency', 'Bethan Carrow'],
    ['says', 'Our members are exhausted', 'Bethan Carrow'],
    ['says', 'Some of them are leaving for agency work', 'Bethan Carrow'],
    ['says', 'one in five nursing posts', 'Health Workers Union'],
    ['says', 'nobody had checked on her mother', 'Karen Dunmore'],
    ['says', 'The nurses were kind', 'Karen Dunmore'],
    ['claims', '140 beds', 'Severnside University Hospitals NHS Trust'],
    ['claims', '£1.8 billion', 'spokesperson for Department of Health and Social Care'],
  ],
  'tech-retailer-breach-regulator-researcher': [
    ['says', 'had accessed a marketing database', 'Brackwell & Finch'],
    ['says', 'We take the security of our customers', 'Oliver Stanbridge'],
    ['says', 'Anyone with a web browser could read it', 'Tomasz Wierzbicki'],
    ['says', 'I sent them the address of the server', 'Tomasz Wierzbicki'],
    ['says', 'it had opened an inquiry', 'Information Rights Office'],
    ['says', 'Organisations must report a breach', 'Anjali Voss'],
    ['claims', '3.8 million customers', 'Brackwell & Finch'],
    ['claims', '72 hours', 'Anjali Voss'],
    ['claims', '212 stores', null],
    // Fixed (spk103): "X, the homeware retailer with 212 stores," read as naming the retailer for
    // "The retailer said" far below.
    ['says', 'customers should be wary of emails', 'Brackwell & Finch'],
    ['claims', '12 months', 'Brackwell & Finch'],
  ],
  'mx-migrant-caravan-two-governments-translation': [
    ['says', 'Mexico will not use force against families', 'Rodrigo Castañeda Villalba'],
    ['says', 'not to put their children at risk', 'Rodrigo Castañeda Villalba'],
    ['says', 'people who crossed without authorisation', 'Dana Whitcombe'],
    ['says', 'the United States has paid', 'Dana Whitcombe'],
    ['says', 'they had waited eight months', 'Yelitza Moncada'],
    ['says', 'We are not criminals', 'Yelitza Moncada'],
    ['says', 'We have run out of mattresses', 'Anselmo Quiroga'],
    ['says', 'the state would send ambulances', 'Leticia Zárate Ochoa'],
    ['claims', '$45 million', 'Dana Whitcombe'],
    ['claims', 'eight months', 'Yelitza Moncada'],
  ],
  'tennis-slam-final-oncourt-presser': [
    ['says', 'I just stopped thinking and swung', 'Elena Vasquez-Lindqvist'],
    ['says', 'you are the best player in the world', 'Elena Vasquez-Lindqvist'],
    ['says', 'proud of this fortnight', 'Katarina Olenska'],
    ['says', 'I played it too safe', 'Katarina Olenska'],
    ['says', 'her shoulder had bothered her', 'Katarina Olenska'],
    ['says', 'She started to believe she belonged', 'Rafael Ibarguen'],
    ['not-by', 'I was in a cast for three months', 'Mireille Dastugue'],
    ['claims', '5-6', 'Elena Vasquez-Lindqvist'],
    ['claims', '38 winners', null],
  ],
  'kr-agency-contract-dispute-court-translation': [
    // Fixed: "The members' lawyer, Kang Min-seok of the law firm …, told" stayed "members lawyer"
    // (a family name first, then a romanised given name, before "of").
    ['says', 'the agency had charged the group', 'Kang Min-seok'],
    ['says', 'the group earned 5.2 billion won', 'Kang Min-seok'],
    ['says', 'We are not asking for money', 'Yoon Ha-eun'],
    ['says', 'We invested everything in these five artists', 'Park Jae-won'],
    ['says', 'a rival agency had approached the members', 'Lee Seung-woo'],
    ['says', 'Seven-year contracts were meant to protect trainees', 'Choi Eun-ji'],
    ['says', 'Today they protect agencies', 'Choi Eun-ji'],
    ['claims', '3.8 billion won', 'Kang Min-seok'],
    ['claims', '5.2 billion won', 'Kang Min-seok'],
  ],
  'au-royal-commission-aged-care-hearing': [
    ['says', 'I stopped expecting them to', 'Maree Keough'],
    ['says', 'a resident had lain on the floor', 'Maree Keough'],
    ['says', 'she had seen Ms Keough cry', 'Dianne Pratt'],
    ['says', 'At no point were residents put at risk', 'Graham Ostrowski'],
    ['says', 'it had spent $12 million on extra staff', 'Banksia Care Group'],
    ['says', 'complaints about night staffing rose', 'Aged Care Quality and Safety Commission'],
    ['says', 'This is what our members have been telling us', 'Tess Mancuso'],
    ['claims', '$12 million', 'Banksia Care Group'],
    ['claims', '31 per cent', 'Aged Care Quality and Safety Commission'],
  ],
  'us-tv-station-tornado-damage-sheriff': [
    // Fixed: "Ray Dillard and his neighbor Tom Kessinger …. He said" gave the first man; two men
    // are joined there, so the pronoun stays unresolved.
    ['not-by', 'the roar lasted less than a minute', 'Ray Dillard'],
    ['says', 'The track was about 14 miles long', 'Bethany Koenig'],
    ['says', 'the first warning went out 17 minutes', 'Bethany Koenig'],
    ['says', 'Please stay off the county roads', 'Dale Whitacre'],
    ['says', 'nine people were taken to hospitals', 'Dale Whitacre'],
    ['says', 'lived here 52 years', 'Tom Kessinger'],
    ['says', 'what people do out here', 'Tom Kessinger'],
    ['claims', '17 minutes', 'Bethany Koenig'],
    ['claims', 'nine people', 'Dale Whitacre'],
  ],
  'fr-pension-strike-rail-refineries-translation': [
    // Fixed: "Sophie Arnaud, a train driver, and her colleague Nadia Ferrand …. She said" gave the
    // first woman; the pronoun and its figure now stay unresolved.
    ['not-by', 'she would lose €110 a day', 'Sophie Arnaud'],
    ['claims', '€110', null],
    ['says', 'the government would not withdraw the bill', 'Hélène Vautrin'],
    ['says', 'Everything else can be discussed', 'Hélène Vautrin'],
    ['says', 'We are ready for a long spring', 'Bruno Lemarchand'],
    ['says', 'It will get it', 'Bruno Lemarchand'],
    ['says', 'My mother worked until 64', 'Nadia Ferrand'],
    ['says', 'I hear the anger', 'Laurent Desjardins'],
    ['claims', '58 per cent', 'SNCF Voyageurs'],
    ['claims', '64 per cent', 'Opinia'],
  ],
  'sci-climate-panel-report-minister': [
    ['says', 'Every fraction of a degree matters', 'Ingrid Sørvik'],
    ['says', 'We now expect up to 1.1 metres', 'Kwame Asante-Boateng'],
    ['says', 'still disagree with each other', 'Petr Novák'],
    ['says', 'the central estimate was 0.6 metres', 'Petr Novák'],
    ['says', 'a final warning', 'Teuila Faleolo'],
    ['says', 'Our islands will not wait', 'Teuila Faleolo'],
    ['claims', '0.6 metres', 'Petr Novák'],
    ['claims', '270 authors', 'Ingrid Sørvik'],
  ],
  'id-volcano-evacuation-lahar-translation': [
    ['says', 'the lava dome is growing', 'Hendra Gunadi'],
    ['says', 'hot clouds could travel up to seven kilometres down', 'Hendra Gunadi'],
    ['says', 'What we need now is for people to get on them', 'Wahyu Hendrawan'],
    ['says', 'buses are waiting but many farmers', 'Wahyu Hendrawan'],
    ['says', 'the district would rent land', 'Wahyu Hendrawan'],
    ['says', 'who will milk them', 'Suparno'],
    ['says', 'I will go when I see the smoke coming', 'Slamet Riyadi'],
    ['says', 'masks and blankets were running short', 'Sri Lestari'],
    ['says', 'The money is going now', 'Abdul Haris'],
    ['claims', 'Rp 12 billion', 'Abdul Haris'],
    ['claims', '4,500 metres', null],
  ],
  'us-business-warehouse-union-vote-nlrb': [
    // Fixed: "Every Parcelo building" inside a quote made a person "Every Parcelo", who then took
    // "Parcelo said it would file objections".
    ['says', 'it would file objections with the labor board', 'Parcelo Inc.'],
    ['says', 'This is the crack in the wall', 'Denise Okafor'],
    ['says', 'voices of all our employees were not heard', 'Brent Hallorann'],
    ['says', 'while objections were pending', 'Brent Hallorann'],
    ['says', 'They outspent us a hundred to one', 'Marcus Tellez'],
    ['says', 'bargaining start within 30 days', 'Marcus Tellez'],
    ['says', '61 ballots had been challenged', 'Karen Lindqvist'],
    ['says', 'would set a floor for the whole sector', 'Priya Ramaswamy'],
    ['claims', '$19.75', 'Parcelo Inc.'],
    ['claims', '61 ballots', 'Karen Lindqvist'],
  ],
  'ca-provincial-budget-deficit-critics': [
    ['says', 'They are asking to see a doctor', 'Claire Prentice'],
    ['says', 'the forecast matched private-sector averages', 'Claire Prentice'],
    ['says', 'Net debt is going up $6 billion', 'Joanne Bélanger'],
    ['says', 'the numbers did not add up', 'Joanne Bélanger'],
    ['says', 'nursing positions in rural hospitals are already vacant', 'Ravi Sandhu'],
    ['says', 'Every dollar of this deficit is a tax on our kids', 'Lakeland Taxpayers Federation'],
    ['says', 'will worry the bond-rating agencies', 'Paul Desrosiers'],
    ['says', 'the lowest debt-to-GDP ratio on the Prairies', 'Dale Kowalchuk'],
    ['claims', '9.4 per cent', 'Claire Prentice'],
    ['claims', '$84', 'Joanne Bélanger'],
    ['claims', '640 nursing positions', 'Ravi Sandhu'],
  ],
  'eg-pound-devaluation-central-bank-translation': [
    ['says', 'would let market forces determine the exchange rate', 'Central Bank of Egypt'],
    ['says', 'close the gap with the parallel market', 'Central Bank of Egypt'],
    ['says', 'There is no longer one price at the bank', 'Tarek Abdel-Moneim'],
    ['says', 'We expect annual inflation to peak', 'Hany Raouf'],
    ['says', 'the government needed to protect the poor', 'Mona El-Sherbiny'],
    ['says', 'subsidies should follow, not precede', 'Dina Farag'],
    ['says', 'set aside 180 billion pounds', 'Sherif Mansour'],
    ['says', 'so we wait', 'Ayman'],
    ['claims', '$9 billion', 'Tarek Abdel-Moneim'],
    ['claims', '42 percent', 'Hany Raouf'],
    ['claims', '62 million people', 'Mona El-Sherbiny'],
  ],
  'motorsport-grand-prix-team-radio-stewards': [
    ['says', 'I stayed on my line', 'Erik Lindgren'],
    ['says', 'someone in an office decides', 'Erik Lindgren'],
    ['says', 'Gap is three seconds, we need five', 'Paolo Ferri'],
    ['says', 'did not leave a car', 'stewards'],
    ['says', 'the rules are the rules', 'Tomás Vasquez'],
    ['says', "If I don't lift, we both crash", 'Tomás Vasquez'],
    ['says', 'Vasquez had not reached', 'Jonas Brekke'],
    ['says', 'We have lodged a protest against the decision', 'Halvard Racing'],
    ['claims', 'three seconds', 'Paolo Ferri'],
    ['claims', '14.6 seconds', null],
  ],
  'pl-judicial-reform-eu-dispute-translation': [
    ['says', 'restores the sovereignty of the Polish people', 'Bogumił Karwacki'],
    ['says', 'That era is over', 'Bogumił Karwacki'],
    ['says', 'under pressure from officials in Brussels', 'Bogumił Karwacki'],
    ['says', 'undermines the independence of the judiciary', 'European Commission'],
    ['says', 'however it is dressed', 'Henrietta Lindqvist-Moreau'],
    ['says', 'the Commission would write to Warsaw', 'Henrietta Lindqvist-Moreau'],
    ['says', 'unconstitutional on its face', 'Zofia Rembielińska'],
    ['says', 'is not controlling the judiciary', 'Zofia Rembielińska'],
    ['says', 'We have done it before', 'Krzysztof Wendland'],
    ['claims', 'two weeks', 'Henrietta Lindqvist-Moreau'],
    ['claims', '3,500 judges', null],
  ],
  'us-obituary-physicist-colleagues-tributes': [
    ['says', 'the cause was heart failure', 'Adaeze Marsh-Okafor'],
    ['says', 'She built a field', 'Samuel Whitlock-Ibe'],
    ['says', 'more red ink than black', 'Marisol Fenwick'],
    ['says', 'the room went silent', 'Marisol Fenwick'],
    ['says', 'We mourn Dr. Evelyn Marsh-Okafor', 'Ridgefield National Lab'],
    // Fixed: "According to X, which awarded her …, C" opened the span on the relative clause.
    ['says', 'her papers have been cited more than 19,000 times', 'American Physical Society'],
    ['no-quote', 'which awarded her its Sternfeld Prize'],
    ['claims', '19,000 times', 'American Physical Society'],
  ],
  'gulf-airline-expansion-ceo-keynote': [
    ['says', 'double in seven years', 'Faisal Al Mansoori'],
    ['says', 'We are not building an airline', 'Faisal Al Mansoori'],
    ['says', 'I would ask the sceptics', 'Faisal Al Mansoori'],
    ['says', 'The runway is finished', 'Sheikh Hamdan bin Rashid Al Qasimi'],
    ['says', 'ambitious to say the least', 'Julian Okonkwo-Hale'],
    ['says', 'parked in the desert', 'Julian Okonkwo-Hale'],
    ['says', 'among the lowest in the industry', 'Mark Ellison'],
    ['says', 'underestimating the emirate', 'Mark Ellison'],
    ['says', 'the first of the new aircraft would arrive', 'Sahrawan Airways'],
    ['claims', '14 per cent', 'Skyward Analytics'],
    ['claims', '3.4 billion dirhams', 'Sahrawan Airways'],
    ['claims', '70 per cent', 'Sheikh Hamdan bin Rashid Al Qasimi'],
  ],
  'us-transit-strike-mayor-union-riders': [
    // Fixed: "Transit Workers Local 412 President X" was named whole (a number in the body's
    // name made the run an organisation's).
    ['says', 'his members had worked without a contract', 'Raymond Okafor-Delgado'],
    ['says', 'will not be held hostage', 'Denise Carrow-Whitfield'],
    ['says', 'fair and affordable', 'Denise Carrow-Whitfield'],
    ['says', 'They drove through the pandemic', 'Raymond Okafor-Delgado'],
    ['says', 'ready to talk tonight', 'Patricia Lindqvist'],
    ['says', 'could not afford to do the same', 'Keisha Marlowe'],
    ['says', 'her employer had told her', 'Anita Rojas'],
    ['says', 'Both sides need to be in a room', 'Tomás Berrigan'],
    ['claims', '$310 million', 'Harborview Regional Transit Authority'],
    ['claims', '$50 million', 'Harborview Chamber of Commerce'],
    ['claims', '$48', 'Keisha Marlowe'],
  ],
  'ar-inflation-figures-statistics-office-translation': [
    ['says', 'Eleven of the twelve divisions slowed', 'Marcela Iturbide Roca'],
    ['says', 'the result of discipline', 'Gustavo Ferreyra Lanús'],
    ['says', 'The headline number flatters the government', 'Sebastián Goldaracena'],
    ['says', 'had been stuck at about 2.4%', 'Sebastián Goldaracena'],
    ['says', 'market survey expected 2.6%', 'Valeria Szulc'],
    ['says', 'I buy meat once a week', 'Norma Bertolotti'],
    ['says', 'Lower inflation has not yet turned into higher consumption', 'Buenos Aires Chamber of Commerce'],
    ['claims', '41.9%', 'Federal Institute of Statistics and Censuses'],
    ['claims', '2.6%', 'Valeria Szulc'],
    ['claims', '2.8%', 'Sebastián Goldaracena'],
    ['claims', '410,000 pesos', 'Norma Bertolotti'],
    ['claims', '3.2%', 'Buenos Aires Chamber of Commerce'],
  ],
  'p126-vn-factory-relocation-translation': [
    // Fixed: a tone-marked letter ("ị") ended the name run, so the post's "Lê Thị Hồng Nhung" was "Thị Hồng Nhung".
    ['says', 'Thanh Lam welcomes HPF', 'Lê Thị Hồng Nhung'],
    ['says', 'We are not leaving the province', 'Tran Minh Duc'],
    ['says', 'the relocation would cost about 1.2 trillion dong', 'Tran Minh Duc'],
    ['says', 'it would offer a shuttle bus', 'Hoa Phat Footwear Joint Stock Company'],
    ['says', 'the province had approved the land lease', 'Le Thi Hong Nhung'],
    ['says', 'Who will pick her up', 'Vo Thi Mai'],
    ['says', 'she had bought a house near the plant', 'Dang Thi Thu'],
    ['says', 'most of the younger workers would follow', 'Vo Thi Mai'],
    ['says', 'A worker who cannot make the journey', 'Bui Van Khoa'],
    ['says', 'Manufacturers are chasing cheaper land', 'Hoang Duc Tri'],
    ['claims', 'twenty years', 'Bui Van Khoa'],
    ['claims', '3 million dong', 'Federation of Labour'],
    ['claims', '70 kilometres', "People's Committee"],
  ],
  'p126-us-subpoena-fight-committee-white-house-counsel': [
    ['says', 'they have a right to know who got them', 'Walter Brandt'],
    ['says', 'a fishing expedition', 'Margaret Ellery-Tan'],
    ['says', 'We will not hand over', 'Margaret Ellery-Tan'],
    ['says', 'it will fight in court', 'White House'],
    ['says', 'Brandt had refused to meet', 'Lorraine Beasley'],
    ['says', 'a fully competitive process', 'Department of Commerce'],
    ['says', 'Nobody is above a lawful subpoena', 'Walter Brandt'],
    ['says', 'Executive privilege is at its weakest', 'Dana Whitfield'],
    ['says', 'the courts had generally avoided', 'Helen Okonedo'],
    ['says', 'Judges prefer that the branches negotiate', 'Helen Okonedo'],
    ['says', 'Taxpayers deserve answers', 'Walter Brandt'],
    ['claims', 'four times', 'Walter Brandt'],
    ['claims', 'twice', 'Lorraine Beasley'],
  ],
  'p126-sci-coral-bleaching-marine-heatwave': [
    // Fixed: "a report released on Monday by X": two time words between the participle and "by".
    ['says', 'Sea-surface temperatures around Varuna Atoll', 'Pacific Reef Monitoring Network'],
    ['says', 'We have never seen bleaching this deep', 'Amara Kealoha'],
    ['says', 'the team had surveyed 148 sites', 'Amara Kealoha'],
    ['says', 'The peak this year reached 14 DHW', 'Oceanic and Atmospheric Data Centre'],
    ['says', 'anything above 8 DHW', 'Felipe Ostrander'],
    ['says', 'The parrotfish are thinner', 'Tevita Lolohea'],
    ['says', 'catches had fallen by about a third', 'Tevita Lolohea'],
    ['says', 'Our 2028 bleaching report is out', 'Pacific Reef Monitoring Network'],
    ['claims', '2.1 degrees Celsius', 'Pacific Reef Monitoring Network'],
    ['claims', '20 metres', 'Amara Kealoha'],
  ],
  'p126-scot-football-club-takeover-fans-groups': [
    ['says', 'secures the club', 'Alasdair Munro'],
    ['says', 'This is a community club', 'Brent Halvorsen'],
    ['says', 'it had not been consulted', 'Kinloch Supporters Trust'],
    ['says', 'We have heard promises before', 'Morag Ferguson'],
    ['says', 'the money was needed', 'Eilidh Rankin'],
    ['says', "Ferguson's demand was reasonable", 'Eilidh Rankin'],
    ['says', 'the new owners would have to pass', 'Scottish Professional Football League'],
    ['says', 'I understand the worry', 'Alasdair Munro'],
    ['claims', 'sixty years', 'Alasdair Munro'],
    ['claims', 'two years', 'Morag Ferguson'],
  ],
  'p126-consumer-airline-refund-complaints-regulator': [
    ['says', 'it had written to five airlines', 'Civil Aviation Standards Office'],
    ['says', 'Some airlines are taking seven months', 'Rosalind Vantongeren'],
    ['says', 'I phoned 23 times', 'Gareth Pennock'],
    ['says', 'the enforcement has been weak', 'Naomi Kessler'],
    ['says', 'the airlines knew most people would not bother', 'Ian Dunleavy'],
    ['says', 'A refund of a few hundred pounds', 'Ian Dunleavy'],
    ['says', 'carriers had hired extra staff', 'Airlines UK'],
    ['says', 'a very difficult summer', 'Tom Ashdown'],
    ['claims', '18,400', 'Civil Aviation Standards Office'],
    ['claims', '23 times', 'Gareth Pennock'],
    ['claims', '37%', 'Fair Deal'],
  ],
  'th-haze-pm25-emergency-northern-provinces-translation': [
    ['says', 'respiratory admissions had doubled', 'Kanokwan Phromsiri'],
    ['says', 'at least a month too late', 'Suda Inthanon'],
    ['says', 'the province had asked for a ban in February', 'Suda Inthanon'],
    ['says', 'If I do not burn', 'Boonmee Kaewkham'],
    ['says', 'Emergencies every March are not a policy', 'Clean Air Network'],
    ['claims', '200,000 baht', 'Somkiat Rattanawong'],
    ['claims', '3,000 baht', 'Boonmee Kaewkham'],
    ['claims', '61%', 'Pollution Control Department'],
  ],
  'us-antitrust-trial-day-search-ads-testimony': [
    ['says', 'They locked the doors and then told everyone', 'Naomi Feldstein-Ruiz'],
    ['says', 'your own board said the product', 'Conrad Whitmore'],
    ['says', 'Those are not the same thing', 'Naomi Feldstein-Ruiz'],
    ['says', 'the email had been taken out of context', 'Naomi Feldstein-Ruiz'],
    ['says', 'two years behind', 'Elaine Marsh'],
    ['says', 'because it is better', 'Veridex Inc.'],
    ['says', 'This is a bench trial', 'Harriet Okwuosa'],
    ['says', 'Veridex paid $26.3 billion', 'Justice Department'],
    ['claims', '$40 million', 'Naomi Feldstein-Ruiz'],
    ['claims', 'four taps', 'Veridex Inc.'],
  ],
  'cycling-doping-ban-rider-lawyer-appeal': [
    ['says', 'consistent with a blood transfusion', 'Ingrid Halvorsen'],
    ['says', 'his client would appeal', 'Marco Sartori'],
    ['says', 'Every physiologist knows', 'Marco Sartori'],
    ['says', 'We will bring two experts', 'Marco Sartori'],
    ['says', 'a hard day for everyone', 'Paolo Ricci'],
    ['says', 'tested 38 times', 'Matteo Ferrante'],
    ['says', 'can ruin a career on a graph', 'Matteo Ferrante'],
    ['says', 'cannot explain a fall in reticulocytes', 'Ingrid Halvorsen'],
    ['says', 'the chance of such values', 'International Cycling Integrity Agency'],
    ['claims', '21 days', 'Marco Sartori'],
    ['claims', '38 times', 'Matteo Ferrante'],
    ['claims', 'one in 1,000', 'International Cycling Integrity Agency'],
  ],
  'wire-nile-dam-dispute-three-governments': [
    ['says', 'We have harmed no one', 'Alemayehu Bekele'],
    ['says', 'Cairo would take the matter', 'Hisham Abdel-Rahman'],
    ['says', 'needed daily data on releases', 'Osman Babiker'],
    ['says', 'does not give anyone a veto', 'Meron Tadesse'],
    ['says', 'the sticking point was', 'Ngozi Eze'],
    ['says', 'Nobody is going to bomb a dam', 'Kwame Asante'],
    ['claims', '23 billion cubic metres', 'Alemayehu Bekele'],
    ['claims', '100 km', 'Osman Babiker'],
    ['claims', '60 billion cubic metres', 'International Basin Research Institute'],
  ],
  'uk-local-library-closure-residents-councillors': [
    ['says', 'Nobody went into politics', 'Janet Pryce'],
    ['says', 'a mobile library would visit', 'Janet Pryce'],
    ['says', 'the library had 41,000 visits', 'Deborah Okafor'],
    ['says', 'Cllr Pryce had not visited it once', 'Deborah Okafor'],
    ['says', 'Where do they go now', 'Margaret Ellison'],
    ['says', 'apply for her pension credit', 'Rita Coombes'],
    ['says', 'We have a lawyer', 'Tom Ashdown'],
    ['says', 'It was not given to the council to sell', 'Tom Ashdown'],
    ['claims', '£6.2 million', 'Janet Pryce'],
    ['claims', '28%', 'Westfold District Council'],
  ],
  'r95-nl-farmers-nitrogen-protest-translation': [
    ['says', 'The target is in the law and it will not move', 'Sietske Wouterlo'],
    ['says', 'your permit is gone in three years', 'Gerrit Haverkamp'],
    ['says', 'his own farm had been offered', 'Gerrit Haverkamp'],
    // The speaker is right; the quote still opens on the description set on him ("an ecologist
    // at the University of …"), a cause left alone.
    ['says', 'nitrogen deposition in the Veluwe woods', 'Pieter-Jan Oosterwold'],
    ['says', 'more of the heath turns to grass', 'Pieter-Jan Oosterwold'],
    ['says', 'The cabinet will not extend the deadline', 'Sietske Wouterlo'],
    ['claims', '640 kilometres', 'RWV'],
    ['claims', '€2.3 million', 'Gerrit Haverkamp'],
    ['claims', '40%', 'Pieter-Jan Oosterwold'],
    ['claims', '€500 million', 'Sietske Wouterlo'],
  ],
  'r95-us-hospital-prices-investigation-patients': [
    ['says', 'I called them three times', 'Delia Farrow-Nunes'],
    ['says', 'That gap is among the widest', 'Marguerite Osei-Lindqvist'],
    ['says', 'discount cash prices by about 40%', 'Marguerite Osei-Lindqvist'],
    ['says', 'including care we provide for free', 'Daniel Okereke-Voss'],
    ['says', 'We encourage any patient', 'Daniel Okereke-Voss'],
    ['says', 'Patients should not pay more', 'Harriet Lundqvist-Ames'],
    ['claims', '250%', 'Daniel Okereke-Voss'],
    ['claims', '150%', 'Harriet Lundqvist-Ames'],
  ],
  'r95-cl-mine-collapse-rescue-translation': [
    ['says', 'This is a night Chile will remember', 'Rodrigo Alcántara Vidal'],
    ['says', 'the men were dehydrated', 'Patricia Huenchullán'],
    ['says', 'Nobody lost hope', 'Osvaldo Carrasco Pinto'],
    ['says', 'We warned them in writing', 'Ximena Rojas Fuenzalida'],
    ['says', 'a magnitude 4.1 seismic event', 'Minera Andacollo del Norte'],
    ['says', 'two miners had been admitted', 'Ignacio Benavente'],
    ['claims', '24-centimetre', 'Patricia Huenchullán'],
    ['claims', '11 days', 'Ximena Rojas Fuenzalida'],
  ],
  'r95-space-agency-budget-cut-scientists': [
    ['says', 'We will do more with less, and we will protect', 'Colette Abernathy-Reyes'],
    ['says', 'Mesa has fuel for another nine years', 'Imogen Castellano-Burke'],
    ['says', 'the team of 86 would be cut', 'Wendell Ashgrove'],
    ['says', 'This budget will not pass', 'Tobias Merriwether'],
    ['says', 'the rover had returned 410,000 images', 'Lucinda Marchetti'],
    ['says', 'We are switching off a machine', 'Lucinda Marchetti'],
    ['claims', '1,200 contractor jobs', 'National Space Exploration Agency'],
    ['claims', 'eight people', 'Wendell Ashgrove'],
    ['claims', '410,000 images', 'Lucinda Marchetti'],
  ],
  'r95-fashion-week-review-designer-interview': [
    // Fixed: "Valcourt" was the house "Maison Valcourt" (its first word a given name in the
    // table), named in apposition to "Valcourt's house", not the designer named first.
    ['says', 'For ten years people told me', 'Oriane Valcourt'],
    ['says', 'the silk had taken 18 months', 'Oriane Valcourt'],
    ['says', 'Divide the price by twenty', 'Oriane Valcourt'],
    ['says', 'who wears a wet slip', 'Penelope Ashcombe-Drury'],
    ['says', 'the store had already ordered 14', 'Amara Delacroix-Obi'],
    ['says', 'always been braver', 'Hugo Ferreira-Lenz'],
    ['says', 'sales of the label rose 64%', 'Arlon-Hesse'],
    ['claims', 'twenty years', 'Oriane Valcourt'],
    ['claims', '18 months', 'Oriane Valcourt'],
    ['claims', '112 shows', 'Fédération de la Mode'],
  ],
  'p127-it-migrant-boat-rescue-coastguard-ngo-translation': [
    ['says', 'Another hour and we would be counting the dead', "Rosaria Dell'Anno"],
    ['says', 'the ship was then sent to Ortonova', 'Jonas Feldkamp'],
    ['says', 'Sending exhausted people on a three-day voyage', 'Jonas Feldkamp'],
    ['says', 'We will comply, as we always do', 'Jonas Feldkamp'],
    // Fixed: "Undersecretary" is a title, no part of the name.
    ['says', 'ports in the south were', 'Marco Tavolieri'],
    ['says', 'the two crews had worked side by side', "Rosaria Dell'Anno"],
    ['says', 'like a parcel, from arm to arm', 'Ilaria Bassetti'],
    ['says', 'Our island has welcomed everyone', 'Salvatore Giurlani'],
    ['claims', '30 children', "Rosaria Dell'Anno"],
    ['claims', '48,300 people', 'Interior Ministry'],
    ['claims', '1,870 people', 'UNHCR'],
  ],
  'p127-us-governor-veto-same-party-legislators': [
    ['says', 'I will not ask families who pay sales tax', 'Harriet Whitcombe'],
    ['says', 'he had 36 votes in the Senate', 'Dale Prewitt'],
    ['says', 'written by lobbyists', 'Owen Castellanos'],
    ['says', 'Prewitt had not shown him', 'Owen Castellanos'],
    ['says', 'until they know the law', 'Dale Prewitt'],
    ['says', 'Every state around us has this exemption', 'Cedar Valley Technology Council'],
    ['says', 'Her pen is not', 'Lena Ostrowski'],
    ['claims', '36 votes', 'Dale Prewitt'],
    ['claims', '$38 million', 'Legislative Fiscal Office'],
    ['claims', '6.5%', null],
  ],
  'p127-wire-drug-price-fixing-settlement': [
    ['says', 'For years these companies carved up the market', 'Elena Varga-Whitfield'],
    ['says', 'admits no wrongdoing', 'Bertrand Koenig'],
    ['says', 'it had already cut prices on 11', 'Halvorsen Pharma'],
    ['says', 'more than 1,200 text messages', 'Elena Varga-Whitfield'],
    ['says', 'The fine is a cost of doing business', 'Paul Oyelaran'],
    ['says', 'generic drugs saved U.S. patients', 'Generic Medicines Council'],
    ['claims', '1,200 text messages', 'Elena Varga-Whitfield'],
    ['claims', '$408 billion', 'Generic Medicines Council'],
  ],
  'p127-chess-world-championship-game-report': [
    ['says', 'Honestly, it was a bluff that worked', 'Anahit Sarkisova'],
    ['says', 'the move of the match so far', 'Yusuf Demirkaya'],
    ['says', "the champion's clock, not the knight", 'Yusuf Demirkaya'],
    ['says', 'will have to guess', 'Davit Harutyunov'],
    ['says', 'Two great players are showing the world', 'Arkady Voronets'],
    ['claims', '2.3 million viewers', 'International Chess Federation'],
  ],
  'p127-uk-university-pensions-strike-vice-chancellor': [
    ['says', 'Nobody goes into lecturing to get rich', 'Fiona MacAskill'],
    ['says', 'he understood the anger on the picket lines', 'Geoffrey Ambler'],
    ['says', 'any day this week', 'Geoffrey Ambler'],
    ['says', 'she had lost 14 days', 'Ruth Okonedo'],
    ['says', 'she had not taken the decision lightly', 'Megan Hallworth'],
    ['says', 'the next generation of lecturers will retire poor', 'Ruth Okonedo'],
    // Fixed: "the University and College … Union" was cut to "College … Union".
    ['says', "will cut a typical member's retirement income", 'University and College Lecturers Union'],
    ['says', 'Students stand with staff', 'National Union of Students'],
    ['claims', '1.1 million students', "University and College Lecturers' Union"],
    ['claims', '£9,250', 'Callum Reeve'],
  ],
  'p130-lk-debt-restructuring-imf-central-bank-translation': [
    ['says', 'Bondholders agree to 28% haircut', 'Ministry of Finance'],
    ['says', 'closes the worst chapter of our economic history', 'Ranjith Wickramasuriya'],
    ['says', 'the new bonds would mature over 15 years', 'Ranjith Wickramasuriya'],
    ['says', 'interest payments would fall', 'Ministry of Finance'],
    ['says', 'Price stability is the foundation', 'Chandrika Senanayake'],
    ['says', 'reserves of $5.8 billion', 'Anoma Rathnayake'],
    ['says', 'an important milestone', 'International Monetary Fund'],
    ['says', 'The gains are real', 'Pieter van Aalst'],
    ['says', 'nobody has restructured that', 'Kasun Dissanayake'],
    ['says', 'My electricity bill', 'Sunil Bandara'],
    ['says', 'the government had given away too much', 'Harsha Gunatilleke'],
    ['says', 'A fair deal for the people of Sri Lanka', 'Ranjith Wickramasuriya'],
    ['claims', '$12.5 billion', 'Ministry of Finance'],
    ['claims', '$5.8 billion', 'Anoma Rathnayake'],
    ['claims', 'one in four households', 'Advocata Policy Centre'],
    ['claims', 'three times', 'Sunil Bandara'],
  ],
  'p130-us-wildfire-insurance-pullout-homeowners': [
    ['says', 'We did not make this decision lightly', 'Summit Mutual Insurance Co.'],
    ['says', 'the insurer had lost $640 million', 'Douglas Whitcombe'],
    ['says', 'deeply disappointing', 'Lydia Marchetti'],
    ['says', 'Insurers cannot take the premiums', 'Lydia Marchetti'],
    ['says', 'now they tell me I am too risky', 'Janet Orozco'],
    ['says', 'the only quote she had found', 'Patricia Lindqvist'],
    ['says', 'That is more than my property tax', 'Patricia Lindqvist'],
    ['says', 'premiums on the FAIR Plan have risen', 'Foothill Homeowners Alliance'],
    ['says', 'People are being priced out', 'Ray Castellanos'],
    ['says', 'more companies will leave', 'Hannah Sato'],
    ['claims', '$640 million', 'Douglas Whitcombe'],
    ['claims', '$7,800', 'Patricia Lindqvist'],
    ['claims', '48%', 'Foothill Homeowners Alliance'],
  ],
  'p130-wire-tanker-seizure-gulf-two-navies': [
    ['says', 'The vessel was in international waters', 'Stefan Dragomir'],
    ['says', 'switched off its transponder', 'Yusuf al-Harbi'],
    ['says', 'Any ship that violates our sovereignty', 'Yusuf al-Harbi'],
    // Fixed: "Commodore" before the name is a naval rank (ROLE_WORDS), no longer read into the name.
    ['says', 'with restraint', 'Idris Farahani'],
    ['says', 'a Qastari helicopter had fired warning shots', 'Stefan Dragomir'],
    ['says', 'it had lost contact with the vessel', 'Halvorsen Tankers'],
    ['says', 'Every seizure like this adds a risk premium', 'Nadia Kerimova'],
    ['says', "18% of the world's seaborne crude", 'Jonas Brekke'],
    ['claims', 'twice', 'Yusuf al-Harbi'],
    ['claims', '0412 GMT', 'Halvorsen Tankers'],
  ],
  'p130-local-hs-football-coach-fired-parents-board': [
    ['says', "The board's first duty", 'Angela Ruiz'],
    ['says', 'the coach had not known about the hazing', 'Mark Feeney'],
    ['says', 'her son had begged her', 'Laura Mendes'],
    ['says', 'That is the culture they built', 'Laura Mendes'],
    ['says', 'Kowalski had raised $48,000', 'Sharon Pike'],
    ['says', 'He has been a father to these boys', 'Sharon Pike'],
    ['says', 'a suspension would have been enough', 'Tom Haskins'],
    ['says', 'We had the report on our desks', 'Gary Lutz'],
    ['says', 'deserve to finish the season', 'Renee Watkins'],
    ['says', 'Proud to have coached these young men', 'Dale Kowalski'],
    ['claims', '$48,000', 'Sharon Pike'],
    ['claims', '200 people', null],
  ],
  'p130-art-auction-record-auctioneer-buyers-agent': [
    ['says', 'Six bidders were still in it', 'Charlotte Beaumont'],
    ['says', 'her client was a private collector', 'Miriam Kohl'],
    ['says', 'He told me he would go to fifty', 'Miriam Kohl'],
    ['says', 'the evening sale totalled', 'Aldridge & Finch'],
    ['says', 'sell-through rate of 81%', 'Fiona Grant'],
    ['says', 'One great painting does not make a recovery', 'Fiona Grant'],
    ['says', 'Charlotte knows how to keep a room waiting', 'Miriam Kohl'],
    ['claims', '$30 million', 'Charlotte Beaumont'],
    ['claims', 'fifty', 'Miriam Kohl'],
    ['claims', '$212 million', 'Aldridge & Finch'],
    ['claims', '$160 million to $230 million', 'Aldridge & Finch'],
  ],
  'p132-se-wolf-cull-hunters-sami-translation': [
    ['says', 'This decision follows the science and the law', 'Annika Lövgren-Strand'],
    ['says', 'attacks on sheep had doubled', 'Annika Lövgren-Strand'],
    ['says', 'hunters had waited three winters', 'Per-Olof Nyqvist'],
    ['says', 'We are not the enemy of the wolf', 'Per-Olof Nyqvist'],
    ['says', 'You cannot shoot a third of a population', 'Maja Sundström-Ek'],
    ['says', 'the wolves followed the herds', 'Elle Márjá Labba'],
    ['says', 'genetic variation in the Scandinavian population', 'Torbjörn Hallin'],
    ['says', 'The regions decide', 'Karin Edfelt'],
    // Fixed: "the region's estimated population of 94": a participle after a noun's possessive
    // is an adjective, not a cue with "about a third of the region's" as its speaker.
    ['no-quote', 'population of 94 animals'],
    ['claims', '94 animals', null],
    ['claims', '212 animals', 'Annika Lövgren-Strand'],
    ['claims', '375 wolves', 'Swedish Environmental Protection Agency'],
  ],
  'p132-us-boil-water-notice-utility-residents': [
    ['says', 'Our crews are working around the clock', 'Calvin Oduya'],
    ['says', 'the pipe was installed in 1958', 'Calvin Oduya'],
    ['says', 'cut the replacement budget by 22%', 'Rosalind Prewett-Haines'],
    ['says', 'We chose to pave roads instead', 'Rosalind Prewett-Haines'],
    ['says', 'she was losing about $3,000 a day', 'Guadalupe Serrano-Vick'],
    ['says', "I can't wash a lettuce leaf", 'Guadalupe Serrano-Vick'],
    ['says', 'no illnesses had been reported', 'Anil Vasquez-Moore'],
    ['says', 'Two hospitals had switched', 'Anil Vasquez-Moore'],
    ['says', 'They gave me two cases', 'Harold Pinkney'],
    ['claims', '22%', 'Rosalind Prewett-Haines'],
    ['claims', '$3,000', 'Guadalupe Serrano-Vick'],
    ['claims', '48 hours', 'Calvin Oduya'],
  ],
  'p132-gh-cocoa-farmgate-price-board': [
    ['says', 'This is the highest price in our history', 'Kwabena Asante-Mensah'],
    ['says', 'secured a syndicated loan', 'Kwabena Asante-Mensah'],
    ['says', 'buyers in the neighbouring country', 'Yaw Darko-Addo'],
    ['says', "My children's school fees are not patriotic", 'Yaw Darko-Addo'],
    ['says', 'prices reviewed every quarter', 'Akosua Frimpong'],
    ['says', 'the border leaks', 'Kofi Amoah-Larbi'],
    ['says', 'farmers brought her fewer bags', 'Abena Owusu-Ansah'],
    ['says', 'it was half empty', 'Kwame Owusu-Ansah'],
    ['says', 'is a cut in real terms', 'Samuel Nketiah'],
    ['claims', 'GH¢4,900', 'Yaw Darko-Addo'],
    ['claims', '150,000 tonnes', 'Kofi Amoah-Larbi'],
    ['claims', '30%', 'Samuel Nketiah'],
  ],
  'p132-wire-canal-drought-draft-limits-shippers': [
    ['says', 'We are managing a scarce resource', 'Ernesto Valdivieso-Ruiz'],
    ['says', 'rainfall since May was 41% below normal', 'Ernesto Valdivieso-Ruiz'],
    ['says', 'daily transits would fall to 24', 'Corvada Canal Authority'],
    ['says', 'a surcharge of $300 per container', 'Nordhavn Line'],
    ['says', 'ships would carry less cargo', 'Signe Kallestrup'],
    ['says', 'Every centimetre of draft', 'Ravi Menon-Castell'],
    ['says', 'sailing around the southern cape', 'Ravi Menon-Castell'],
    ['says', 'Nobody asked us', 'Teodora Aguilar'],
    ['says', 'no decision on the dam', 'Marisol Ocampo-Reyes'],
    ['claims', '41%', 'Ernesto Valdivieso-Ruiz'],
    ['claims', '70 containers', 'Ravi Menon-Castell'],
    ['claims', '12 days', 'Ravi Menon-Castell'],
  ],
  'p132-esports-player-banned-cheating-team': [
    ['says', 'The evidence is clear and it is technical', 'Bartholomew Ngata'],
    ['says', 'stripped the team of its Lisbon prize money', 'Bartholomew Ngata'],
    ['says', 'Nobody on the staff knew', 'Mikkel Aasgaard'],
    ['says', 'installed by someone else', 'Ingrid Solheim-Varga'],
    ['says', 'We have asked three times', 'Fenna de Rooij-Baptiste'],
    ['says', 'Her crosshair snapped', 'Tomasz Wielgosz'],
    ['says', 'bans of this length were rare', 'Priya Raghunathan'],
    ['says', 'practise for 10 hours a day', 'Leif Brandvold'],
    ['says', 'The team is not sanctioned', 'Chiara Bellweather'],
    ['claims', '14 maps', 'Bartholomew Ngata'],
    ['claims', 'four professional players', 'Priya Raghunathan'],
    ['claims', '10 hours', 'Leif Brandvold'],
  ],
  'p133-is-volcano-tourism-lagoon-translation': [
    ['says', 'are walking on a roof over fire', 'Sigrún Hafsteinsdóttir'],
    ['says', 'We close the path when the wind turns', 'Sigrún Hafsteinsdóttir'],
    ['says', 'rescue teams had carried 14 hikers', 'Sigrún Hafsteinsdóttir'],
    ['says', 'the money pays for toilets', 'Þórður Gunnarsson'],
    ['says', 'bookings had risen by 40%', 'Einar Jökulsson'],
    ['says', 'Now I have a waiting list', 'Einar Jökulsson'],
    ['says', 'the eruption could continue for months', 'Katrín Ólafsdóttir'],
    ['says', 'The magma is coming from a shallow chamber', 'Katrín Ólafsdóttir'],
    ['says', 'gas pollution could reach the town of Vogar', 'Meteorological Office'],
    ['claims', '6,000 people', 'Icelandic Tourist Board'],
    ['claims', '14 hikers', 'Sigrún Hafsteinsdóttir'],
    ['claims', '40%', 'Einar Jökulsson'],
    ['claims', 'nine days', 'Katrín Ólafsdóttir'],
  ],
  'p133-us-teachers-union-contract-vote-superintendent': [
    ['says', 'took it with their eyes open', 'Darlene Kowalczyk'],
    ['says', 'the district will have to cut elsewhere', 'Gloria Ashby-Reyes'],
    ['says', 'the raises would cost the district', 'Gloria Ashby-Reyes'],
    ['says', 'close a $7 million gap', 'Gloria Ashby-Reyes'],
    ['says', 'the district was holding $31 million', 'Darlene Kowalczyk'],
    ['says', 'We will not lay off teachers', 'Gloria Ashby-Reyes'],
    ['says', 'I have 33 kids in my room', 'Monique Abernathy-Fields'],
    ['says', 'the board would vote on the contract', 'Howard Tillman'],
    ['claims', '$19 million', 'Gloria Ashby-Reyes'],
    ['claims', '$31 million', 'Darlene Kowalczyk'],
    ['claims', '$7 million', 'Gloria Ashby-Reyes'],
  ],
  'p133-wire-satellite-collision-two-agencies': [
    ['says', 'Our satellite was where it was supposed to be', 'Matthias Engström-Bayle'],
    ['says', 'We received no warning that we could act on', 'Matthias Engström-Bayle'],
    ['says', 'sent a conjunction warning 40 hours before', 'Oskarian Orbital Directorate'],
    ['says', 'the warning had been sent', 'Dariusz Lemanski'],
    ['says', 'They had fuel', 'Dariusz Lemanski'],
    ['says', 'the agency had found no such email', 'Matthias Engström-Bayle'],
    ['says', 'This is the worst event of its kind', 'Helena Marchetti'],
    ['says', 'The International Space Station is not at risk', 'Oskarian Orbital Directorate'],
    ['claims', '1,300 pieces', 'Valdrian Space Agency'],
    ['claims', '50 years', 'Helena Marchetti'],
  ],
  'p133-uk-water-company-chief-bonus-regulator-mp': [
    ['says', 'delivered on every target set by the board', 'Severnmoor Water'],
    ['says', 'the bonus was linked to customer service', 'Severnmoor Water'],
    ['says', 'Customers will rightly ask', 'Fiona McCardle'],
    ['says', 'a slap in the face', 'Rupert Halloway'],
    ['says', 'he had written to the environment secretary', 'Rupert Halloway'],
    ['says', 'the man in charge gets', 'Rupert Halloway'],
    ['says', 'Nobody in this industry has invested faster', 'Graham Osterley'],
    ['says', 'spilled sewage for 41,000 hours', 'Clean Rivers Wessex'],
    ['claims', '£900 million', 'Graham Osterley'],
    ['claims', '41,000 hours', 'Clean Rivers Wessex'],
    ['claims', 'three summers', 'Rupert Halloway'],
  ],
  'p133-rugby-league-grand-final-both-coaches': [
    ['says', 'Josh has kicked that in training', 'Brendan Tuilagi-Moss'],
    ['says', 'played the last half-hour with a broken hand', 'Brendan Tuilagi-Moss'],
    ['says', 'the referee had made the wrong call', 'Craig Farrelly'],
    ['says', 'he would not criticise his players', 'Craig Farrelly'],
    ['says', "I'm proud of every one of them", 'Craig Farrelly'],
    ['says', "I couldn't feel my fingers", 'Josh Pereira'],
    ['says', 'would be reviewed on Tuesday', 'Dean Maddocks'],
    ['claims', '12 points', 'Brendan Tuilagi-Moss'],
    ['claims', 'a thousand times', 'Brendan Tuilagi-Moss'],
  ],
};

const norm = (s: string) => normalizeText(s);

/** Whether one fact holds on the page; on failure, what the page gave instead. */
function check(out: Page, fact: Fact): { ok: boolean; got: unknown } {
  const speakerName = (id: string | null) => (id ? (out.speakers.find((s) => s.id === id)?.name ?? id) : null);
  const subject = fact[1];
  const quotes = out.quotes.filter((q) => norm(q.text).includes(norm(subject)));
  const got = quotes.map((q) => `${q.kind}${q.partial ? ' partial' : ''}: ${q.speaker?.name ?? '(none)'}`);
  switch (fact[0]) {
    case 'says':
      return { ok: quotes.length > 0 && quotes.every((q) => speakerMatches(fact[2], q.speaker?.name ?? null)), got };
    case 'says-once': {
      const direct = quotes.filter((q) => q.kind === 'direct' && !q.partial);
      return { ok: direct.length === 1 && speakerMatches(fact[2], direct[0]!.speaker?.name ?? null), got };
    }
    case 'not-by':
      return { ok: quotes.length > 0 && !quotes.some((q) => speakerMatches(fact[2], q.speaker?.name ?? null)), got };
    case 'no-quote':
      return { ok: quotes.length === 0, got };
    case 'claims': {
      const figures = out.figures.filter((f) => norm(f.text) === norm(subject));
      const claimants = figures.map((f) => speakerName(f.claimedBy));
      const ok =
        figures.length > 0 &&
        claimants.every((c) => (fact[2] === null ? c === null : c !== null && speakerMatches(fact[2], c)));
      return { ok, got: figures.length ? claimants : '(no such figure)' };
    }
    case 'no-figure': {
      const figures = out.figures.filter((f) => norm(f.text).includes(norm(subject)));
      return { ok: figures.length === 0, got: figures.map((f) => f.text) };
    }
  }
}

const describeFact = (f: Fact) =>
  f[0] === 'claims' && f[2] === null
    ? `'${f[1]}' is the outlet's own figure`
    : `${f[0]} '${f[1]}'${f[2] ? ` → ${f[2]}` : ''}`;

describe.each(Object.keys(FACTS).sort())('audited facts of %s', (name) => {
  test.each(FACTS[name]!.map((f) => [describeFact(f), f] as const))('%s', (_label, fact) => {
    const out = page(name);
    expect(out).not.toBeNull();
    const { ok, got } = check(out!, fact);
    // On failure the diff shows what the page gave for the fact.
    expect({ holds: ok, got }).toEqual({ holds: true, got });
  });
});

test('every page named in the facts exists', () => {
  expect(Object.keys(FACTS).filter((n) => !PAGES.includes(n))).toEqual([]);
});
