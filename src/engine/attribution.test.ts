import { attributeQuotes } from './attribution';
import { blocksFromPlainText } from './blocks';
import type { Quote } from './types';

/** An article of these paragraphs under a headline that says nothing. */
function article(...paragraphs: string[]): string {
  return ['Title line', ...paragraphs].join('\n\n');
}

/** Which candidate each pattern finds: the engine's best guess however unsure it is (abstention
 * below the confidence threshold has tests of its own). */
function run(text: string) {
  return attributeQuotes(text, blocksFromPlainText(text), { abstain: false });
}
/** [quote text, speaker name, mention] for the direct quotes of a text. */
function direct(text: string): [string, string | null, string | null][] {
  return run(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);
}

describe('attributeQuotes: speaker patterns in the sentence', () => {
  test.each<[string, string, string, string]>([
    ['"Q," X said', '“We will rebuild the bridge,” Mayor Anna Lopez said on Monday.', 'Anna Lopez', 'Mayor Anna Lopez'],
    [
      '"Q," said X, appositive',
      '"The plan adds complexity," said Tom Briggs, an economist at the Tax Institute.',
      'Tom Briggs',
      'Tom Briggs',
    ],
    ['X said: "Q"', 'The governor said: “Nobody will be left behind.”', 'governor', 'The governor'],
    [
      'X, appositive, said "Q"',
      'Karen Doe, a nurse at the clinic, said "we ran out of beds" by noon.',
      'Karen Doe',
      'Karen Doe',
    ],
    [
      'party tag before the cue',
      '“This is not optional,” Rep. Jane Smith (D-Ore.) said after the vote.',
      'Jane Smith',
      'Rep. Jane Smith',
    ],
    ['dash byline', '“Vote for change.” ― Maria Gomez', 'Maria Gomez', 'Maria Gomez'],
    [
      '"Q" said X, the comma left out',
      'A bridge closed. "We waited on the ferry for an hour" said Lena Kovac, a commuter.',
      'Lena Kovac',
      'Lena Kovac',
    ],
    ['quoted as saying', 'The agency quoted Ivan Petrov as saying “the talks failed.”', 'Ivan Petrov', 'Ivan Petrov'],
    ['according to', 'According to Sam Reed, “the tide is turning fast.”', 'Sam Reed', 'Sam Reed'],
    ['told an outlet', '“Nothing changes,” the spokesman told Reuters.', 'spokesman', 'the spokesman'],
    [
      'nickname inside the name',
      '“We did it,” Rep. Robert C. “Bobby” Scott said.',
      'Robert C. Scott',
      'Rep. Robert C. “Bobby” Scott',
    ],
    [
      'title abbreviation',
      '“Vote early,” state Del. Mara Lind (D-Fairfax) told the crowd.',
      'Mara Lind',
      'Del. Mara Lind',
    ],
    [
      'participle after a main clause without a speech verb',
      'Democratic presidential nominee Ana Ruiz weighed in online, saying the city must act "without delay" now.',
      'Ana Ruiz',
      'presidential nominee Ana Ruiz',
    ],
    [
      'any verb after a comma-closed quote',
      '“Keep your hands in sight,” Ola Berg sings on the record.',
      'Ola Berg',
      'Ola Berg',
    ],
    [
      'inverted, a role with a digit-slash-digit word',
      '“The veto does not hold,” said 9/11 widow Tara Lind.',
      'Tara Lind',
      'widow Tara Lind',
    ],
    [
      'sentence subject past a description in apposition',
      'Another critic, Lars H. Berg, compared the levy to "robbing the harbor" on Friday.',
      'Lars H. Berg',
      'Lars H. Berg',
    ],
    [
      'a restrictive "who" before a cue is not the speaker',
      'Rival Ada Moss had brushed off the protest, saying anyone who blames the referee “is not reading the game.”',
      'Ada Moss',
      'Rival Ada Moss',
    ],
    [
      '"as X put it" after the quote',
      'The rule requires a "lawful source of income for the firm," as a Coast Guard bulletin put it.',
      'Coast Guard bulletin',
      'Coast Guard bulletin',
    ],
    [
      '"as X put it" before the quote, a publication',
      'She is known, as The Harbor Review put it last year, "the quiet engine of the firm."',
      'Harbor Review',
      'Harbor Review',
    ],
    [
      '"as X puts it" in the present',
      'As the historian Mara Quill puts it, “Every bridge here was built twice.”',
      'Mara Quill',
      'the historian Mara Quill',
    ],
    [
      '"New" opening a place name stays in the role',
      '“It is a disgrace to the office,” said New Jersey Gov. Chris Lane.',
      'Chris Lane',
      'New Jersey Gov. Chris Lane',
    ],
    [
      '"call" puts a label: X called Y "Q"',
      'In a statement on Monday, the Flight Attendants Union called Ms. Vale a “true champion” of workers.',
      'Flight Attendants Union',
      'Flight Attendants Union',
    ],
    [
      '"call" puts a label: what X called "Q"',
      'The council denounced what Mayor Ivo Rask called “a clear threat to the town.”',
      'Ivo Rask',
      'Mayor Ivo Rask',
    ],
    [
      'an -ly adverb between subject and cue',
      'The senator angrily denied the claim: “We never took a cent from them.”',
      'senator',
      'The senator',
    ],
    [
      'an -ly adverb after an appositive',
      'Ana Reyes, the head of the league, forcefully told the crowd that “this is not the first time.”',
      'Ana Reyes',
      'Ana Reyes',
    ],
    ['a noun ending in -ly is no adverb', '“We want answers,” the family said on Sunday.', 'family', 'the family'],
    [
      '"as X put it" with a long appositive',
      'As Tomas Berg, a water engineer and lecturer at the river institute up north, once put it, “Who pays for the dam?”',
      'Tomas Berg',
      'Tomas Berg',
    ],
    [
      '"now" between subject and cue',
      'After a week of this, a viewer would now wonder: “Who is running the station?”',
      'viewer',
      'a viewer',
    ],
    [
      'sentence subject past a long opening clause',
      'With farm groups openly angry about the price of feed across the dry southern valleys this year, President Ada Ngata is rolling out a new message: "It is about us."',
      'Ada Ngata',
      'President Ada Ngata',
    ],
    [
      '"demanded" and "instructed" are speech verbs',
      '“Keep your hands off the rope,” instructed Tove Marsh, the dock foreman.',
      'Tove Marsh',
      'Tove Marsh',
    ],
    [
      'sentence subject past a participle clause',
      'Citing a poll of young voters, President Ada Ngata is rolling out a new message: "It is about us."',
      'Ada Ngata',
      'President Ada Ngata',
    ],
    [
      'subject past a participle and its prepositional phrase',
      'Farmers driving through the town shouted, “Fair prices now.”',
      'Farmers',
      'Farmers driving through the town',
    ],
    [
      'a one-word quote after its cue and comma is speech, not a title',
      'When a heckler yelled, “Traitor!” the senator kept reading.',
      'heckler',
      'a heckler',
    ],
  ])('%s', (_name, sentence, name, mention) => {
    const quotes = direct(`Headline here\n\n${sentence}`);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]![1]).toBe(name);
    expect(quotes[0]![2]).toBe(mention);
  });
});

describe('attributeQuotes: a quote after a reported clause', () => {
  test('a quote followed by its own "X said" is X’s, not the source of the clause before it', () => {
    const text = article(
      'The officials said the utility had switched to vented covers, “so the gas cannot build up,” Mr. Lund said.',
      'To cut the risk, the officials said, crews now check each cover, “every single winter,” said Ada Roe.',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['Lund', 'Ada Roe']);
  });

  test('after a fronted place with a name, the clause’s source speaks the quote in its words', () => {
    // "retired" after a determiner is no verb of the first conjunct; the name in the place phrase
    // is found by no cue and gives way to the clause's source.
    const text = article(
      'Near the Lund Bridge a retired sailor stopped and said that the repairs were “long overdue.”',
    );
    const { quotes } = run(text);
    expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ['reported', 'retired sailor'],
      ['direct', 'retired sailor'],
    ]);
  });

  test('a quote in the clause after a semicolon is that clause’s source’s, not the first cue’s subject', () => {
    // "promises" is a weak cue the quote's own search passes over; the clause's source is nearer.
    const text = article('Jon Garnier says the reform “will not be withdrawn”; Ada Roe promises a “long winter”.');
    expect(direct(text).map((q) => q[1])).toEqual(['Jon Garnier', 'Ada Roe']);
  });

  test('a cue in a later clause after ";" or "but" does not reach back to the quote', () => {
    const text = article(
      'Mayor vows homes “before the winter”; tenants say they have heard it before.',
      'Premier hails “a new dawn” but critics warn of a long fight.',
    );
    expect(direct(text).map((q) => q[1])).not.toContain('tenants');
    expect(direct(text).map((q) => q[1])).not.toContain('critics');
  });

  test('the phrase after "told" is its hearer, never the speaker', () => {
    const text = article('According to the lawsuit, the girl, then 15, told the app in June that she felt “empty.”');
    expect(direct(text).map((q) => q[1])).not.toContain('app');
  });

  test('in a sentence opening on a subordinator the quote stays with the clause’s source', () => {
    const text = article('After Roe said weaker pupils might do better at “smaller schools,” Lund said he disagreed.');
    expect(direct(text).map((q) => q[1])).toEqual(['Roe']);
  });

  test('a subordinate clause with its own subject and cue keeps its quote; inside a "that" it does not', () => {
    const text = article(
      'Tom Reed is assuring voters he is tough enough to lead after a nurse in Dover told him he is “too nice” to win.',
      'Ada Moss went on to say that, because Tom Reed testified that her remarks were “truthful,” the case is closed.',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['nurse', 'Ada Moss']);
  });

  test('a quote in a relative clause on the cue’s noun object is the relative clause’s subject’s', () => {
    // "recalled" has a noun object ("a meeting"); the nested cue "told … that" governs the quote.
    const text = article(
      'Ada Roe recalled a meeting at which Piet Vos told the minister that “the data was wrong.”',
      'Jon Lund recalled the day Ola Berg said “we are done here.”',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['Piet Vos', 'Ola Berg']);
  });

  test('a quote in a complement clause that itself holds a cue stays with the outer source', () => {
    // PolNeAR credits "X said Y told Z that “…”" and "X recalled that Y said “…”" to X, who
    // reports Y's words; so does a relative clause inside a clause ("X said she attended a
    // meeting at which Y said “…”").
    const text = article(
      'Ada Roe said her mentor, Piet Vos, told the minister that “the data was wrong.”',
      'Jon Lund recalled that Ola Berg said “we are done here.”',
      'Eva Moss said she attended a meeting at which Ken Dahl said “the vote was rigged.”',
      'Max Holt said the hearing at which Una Berg said “no” was short.',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['Ada Roe', 'Jon Lund', 'Eva Moss', 'Max Holt']);
  });

  test('a quote whose inner comma closes an opening "while" clause is its subject’s; the main clause’s quote is not', () => {
    const text = article('While Ada Roe calls the budget a “bold step,” Lund focuses on the “hidden cuts” in it.');
    expect(direct(text).map((q) => q[1])).toEqual(['Ada Roe', 'Lund']);
  });
});

describe('attributeQuotes: resolution across the article', () => {
  test('surname and pronoun resolve to the full name, role kept apart', () => {
    const text = [
      'Talks resume',
      'Finnish Foreign Minister Aino Virtanen arrived on Tuesday.',
      '“We are ready,” Virtanen said.',
      '“The door is open,” she added.',
    ].join('\n\n');
    const { quotes, speakers } = run(text);
    const names = quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name);
    expect(names).toEqual(['Aino Virtanen', 'Aino Virtanen']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({
      name: 'Aino Virtanen',
      role: 'Finnish Foreign Minister',
      kind: 'person',
      quoteCount: 2,
    });
  });

  test('an appositive after the name is its role, numbers whole', () => {
    const text = article(
      '“It is the wrong bridge,” said Daniel Okafor, head of a group that has gathered some 2,300 signatures against the plan.',
    );
    expect(run(text).speakers[0]).toMatchObject({
      name: 'Daniel Okafor',
      role: 'head of a group that has gathered some 2,300 signatures against the plan',
    });
  });

  test('a paragraph ending in a colon introduces the quote paragraph after it, even without a speech verb', () => {
    const text = article(
      'On March 3, 2019, Okafor made the following remark:',
      '“For young people out of school, the jobless rate is high.”',
    );
    expect(direct(text)).toEqual([['“For young people out of school, the jobless rate is high.”', 'Okafor', 'Okafor']]);
  });

  test('a colon lead-in whose subject is a noun of saying owned by a name gives the quote paragraph to the owner', () => {
    const text = article(
      'Ada Roe met the nurses on Monday.',
      'Roe’s message to the strikers was blunt:',
      '“This offer is the best you will get, and I would urge you to read it.”',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['Ada Roe']);
    // A noun that is no noun of saying ("Roe’s house was quiet:") introduces no one's words.
    const house = article('Ada Roe met the nurses on Monday.', 'Roe’s house was quiet:', '“Nobody came to the door.”');
    expect(direct(house).map((q) => q[1])).toEqual([null]);
    // The sentence's own subject comes first: "Lund rejected Roe’s claim:" is Lund's lead-in.
    const rejected = article(
      'Ada Roe met the nurses on Monday.',
      'Lund rejected Roe’s claim about the offer:',
      '“It is the best.”',
    );
    expect(direct(rejected).map((q) => q[1])).toEqual(['Lund']);
  });

  test('a colon lead-in with a verb of no saying gives the quote paragraph to its subject: a body or a titled name', () => {
    // "The city government": a sentence's "The", a modifying noun and a body's noun.
    const body = article(
      'The trial began on Monday.',
      'The city government answered in writing:',
      '“Counts will be published.”',
    );
    expect(direct(body).map((q) => q[1])).toEqual(['city government']);
    // A title of one lower-case role word before a name whose forename the tables lack.
    const critic = article(
      'The festival opened.',
      'Film critic Zorba Mira put the row in context:',
      '“Every festival is losing.”',
    );
    expect(direct(critic).map((q) => q[1])).toEqual(['Zorba Mira']);
    // A list's or a summary's label before the colon gives nobody.
    for (const lead of ['The figures:', 'Here is what we know:'])
      expect(direct(article('The trial began on Monday.', lead, '“Ten screens, six days.”')).map((q) => q[1])).toEqual([
        null,
      ]);
  });

  test('"for what the company called “…”": the subject of a free relative\'s "called" labels the words', () => {
    const text = article(
      'Ada Roe joined Lund Mills in 2019.',
      'Roe was dismissed in June for what the board called “conduct issues”.',
    );
    expect(direct(text).map((q) => q[1])).not.toContain('Ada Roe');
    // "a small group called “…”" still only names a thing.
    expect(direct(article('Roe joined a small group called “the walkers” last spring.'))).toEqual([]);
  });

  test('a name under "the" with no title is an organisation (a publication), not a person for "she"', () => {
    const text = article(
      'She is known, as The Harbor Review put it last year, “the quiet engine of the firm.”',
      'Sen. Clara Moss (D-Mo.) scolded him: “The science is against you here.” She said it twice.',
      '“You have to stop,” she added.',
    );
    const { quotes } = run(text);
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([
      ['Harbor Review', 'organization'],
      ['Clara Moss', 'person'],
      ['Clara Moss', 'person'],
    ]);
  });

  test('"called" that only names something is no attribution', () => {
    const text = article('She joined a small local group called “the quiet walkers” last spring.');
    expect(direct(text)).toEqual([]);
  });

  test('"she" after a name that speaks in the same sentence is that person, not the woman named last', () => {
    const text = article(
      'Judge Rita Moss and lawyer Ana Varga met on Monday.',
      'Ms. Varga left early.',
      'Moss said she recalled thinking, “So this is what the fuss was about.”',
    );
    const quote = direct(text)[0]!;
    expect(quote[1]).toBe('Rita Moss');
    expect(quote[2]).toBe('she');
  });

  test('reported speech closed by an inverted subject: "C, said X, appositive."', () => {
    const text = article(
      'The plastic is less likely to corrode, crack and leak, said Ian Moss, a spokesman for the city, who added that crews swap 100 miles a year.',
    );
    const reported = run(text).quotes.filter((q) => q.kind === 'reported');
    expect(reported[0]).toMatchObject({
      text: 'The plastic is less likely to corrode, crack and leak',
      speaker: { name: 'Ian Moss' },
    });
  });

  test('", who said" on a name inside a clause reported by a source before its cue: that name', () => {
    const text = article(
      'The league said it would hand the trophy to Omar Pell, who said the vote was “a total surprise to all of us”.',
    );
    const direct = run(text).quotes.find((q) => q.kind === 'direct');
    expect(direct?.speaker?.name).toBe('Omar Pell');
  });

  test('"…, told X" is no inversion: X is who was told', () => {
    const text = article(
      '“This story is pushed by the media,” Mara Lind, the director of the center, told the Daily Post.',
    );
    expect(direct(text)[0]![1]).toBe('Mara Lind');
  });

  test('a name after "the time" speaks in its own clause; "who" after "the X of Y" stands for Y', () => {
    const text = article(
      'Officers described a chaotic night from the time Ivo Rask declared the curfew to the time he lifted it.',
      'He has taken the keys from his farm manager Park Sun-woo, who said he would stay until spring.',
      'Many of them said they learned of it on television.',
    );
    const speakers = run(text)
      .quotes.filter((q) => q.kind === 'reported')
      .map((q) => [q.speaker?.name, q.speaker?.kind]);
    expect(speakers).toEqual([
      ['Ivo Rask', 'person'],
      ['Park Sun-woo', 'person'],
      ['Many of them', 'group'],
    ]);
  });

  test('companies are organisations, so "he" skips them for the man named before', () => {
    const text = article(
      'Wade Bassi, a fisherman, sells to Whole Foods Market.',
      'Whole Foods said it would look into the matter.',
      '“It is pure white,” he said.',
    );
    const { quotes, speakers } = run(text);
    expect(quotes.find((q) => q.kind === 'direct')?.speaker?.name).toBe('Wade Bassi');
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Whole Foods', 'organization'],
      ['Wade Bassi', 'person'],
    ]);
  });

  test('a transcript turn ("NAME: words") is spoken by the name before the colon, read as the full name the text gives', () => {
    const text = article(
      'The hearing with Senator Ada Smith went on for hours.',
      '“SMITH: The budget is not enough for the schools.”',
      '“JONES: We have given them more than ever.”',
    );
    expect(direct(text)).toEqual([
      ['“SMITH: The budget is not enough for the schools.”', 'Ada Smith', 'SMITH'],
      ['“JONES: We have given them more than ever.”', 'Jones', 'JONES'],
    ]);
  });

  test('an author’s sign-off in marks ("Follow X on Twitter @x") is no quote', () => {
    const text = article('“MOORE: We will see.”', '“Follow Ada Lund on Twitter @adalund.”');
    expect(direct(text)).toEqual([['“MOORE: We will see.”', 'Moore', 'MOORE']]);
  });

  test('a possessive opening the sentence owns the quote only through a head that can speak', () => {
    const text = article(
      'Oslo’s aging water pipes suffer from the “freeze-thaw” cycles of winter.',
      'Lund’s family has called on the council to publish the report “for the sake of every family on the street” this month.',
    );
    expect(direct(text).map((q) => [q[0], q[1]])).toEqual([['“for the sake of every family on the street”', 'Lund']]);
  });

  test('a headline\'s noun of people before its -s verb names nobody ("Worker Dies After …")', () => {
    const text = [
      'Worker Dies After Drinking Tonic Sold As “Pure Mountain Water”',
      'The crew had set out on Monday.',
    ].join('\n\n');
    expect(direct(text).map((q) => q[1])).toEqual([null]);
  });

  test('a headline "Name: \'Q\'" after a scare-quoted word, and "posted to Twitter asking" hangs on the poster', () => {
    const text = [
      "'Neutral' Site Fact-Checker Dan Reyes: 'Are There Any Calm Voters Left?'",
      'Staff writer Dan Reyes posted to Twitter asking if there were “any calm voters in town?”',
    ].join('\n\n');
    const { quotes, speakers } = run(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["'Are There Any Calm Voters Left?'", 'Dan Reyes'],
      ['“any calm voters in town?”', 'Dan Reyes'],
    ]);
    expect(speakers).toHaveLength(1);
  });

  test('"Vulture magazine", "the website": a publication described by a common noun is an organisation', () => {
    const text = article('Vulture magazine wrote that the show was “a disaster for the whole city.”');
    expect(run(text).quotes.find((q) => q.kind === 'direct')?.speaker).toMatchObject({
      name: 'Vulture magazine',
      kind: 'organization',
    });
  });

  test('a Reddit user quoted by the handle is that user, not a person called "u"', () => {
    const text = article(
      '“The lock just blinked red at me,” wrote u/quietkettle on the forum. “Had to call a locksmith.”',
    );
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual(['u/quietkettle', 'u/quietkettle']);
  });

  test('a subject inside what a closing cue reports does not take the quote before it', () => {
    const text = article(
      '“Ada has never hit anyone,” the spokesman for Lund said. “This is fiction.” Lund’s lawyers wrote to the publisher in May, the spokesman added.',
    );
    expect(run(text).quotes.map((q) => q.speaker?.name)).toEqual([
      'spokesman for Lund',
      'spokesman for Lund',
      'spokesman for Lund',
    ]);
  });

  test('"the actor and singer said": two role words joined by "and" are one subject', () => {
    const text = article('The actor and singer said the tour would end in May.');
    expect(run(text).quotes[0]!.speaker?.name).toBe('actor and singer');
  });

  test('a capitalised plural opening the sentence speaks as a group', () => {
    const text = article('Critics say the new bridge will cost the town far more than planned.');
    const reported = run(text).quotes.find((q) => q.kind === 'reported')!;
    expect(reported.speaker).toMatchObject({ name: 'Critics', kind: 'group' });
  });

  test('a capitalised plural before "of" and a name heads a group, never a person', () => {
    for (const [sentence, name] of [
      ['Stocks of Halden Mining slid 4% on Monday, saying output had fallen.', 'Stocks of Halden Mining'],
      ['Tenants of Lower Brill said the heating had failed again.', 'Tenants of Lower Brill'],
    ]) {
      const reported = run(article(sentence!)).quotes.find((q) => q.kind === 'reported')!;
      expect(reported.speaker).toMatchObject({ name, kind: 'group' });
    }
    // A surname before "of" and a place stays the person the article names in full.
    const text = article('Senator Ada Rhodes spoke first.', 'Rhodes of Vermont said the bill was dead.');
    expect(run(text).quotes.find((q) => q.kind === 'reported')?.speaker?.kind).toBe('person');
  });

  test('"he" picks the compatible person, not the nearest one', () => {
    const text = article('Mrs. Clara Holm met Mr. Peter Lund on Friday.', '“It went well,” he said.');
    expect(direct(text)[0]![1]).toBe('Peter Lund');
  });

  test('"our assistant, Norvo Helper" after "Norvo reported" is the company\'s product, no person', () => {
    const text = article(
      'Norvo reported revenue of $4 billion on Tuesday, above estimates.',
      '“The standout was our assistant, Norvo Helper,” chief executive Mara Quint said.',
      'Norvo also announced a $2 billion share buyback.',
    );
    const names = run(text).quotes.map((q) => q.speaker?.name);
    expect(names).not.toContain('Norvo Helper');
    expect(names[names.length - 1]).toBe('Norvo');
  });

  test('"Mrs Lund" when two women Lund are named is neither of them, only the surname', () => {
    const text = article(
      'Nadine Lund, 34, was found at her home in Bergen on Tuesday.',
      "Ms Lund's mother, Greta Lund, said her daughter had been afraid for months.",
      '“She was kind,” Mrs Lund said.',
    );
    expect(direct(text)[0]![1]).toBe('Lund');
  });

  test('a quote paragraph after "The ministry said that …" belongs to the ministry', () => {
    const text = [
      'Strikes continue',
      'The Norwegian Health Ministry said that the clinics would reopen next week after repairs.',
      '“All patients have been moved to safety.”',
      '“The repairs will take five days.”',
      'Elsewhere, the weather was calm.',
    ].join('\n\n');
    const quotes = run(text).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Norwegian Health Ministry', 'Norwegian Health Ministry']);
    expect(quotes[0]!.speaker!.kind).toBe('organization');
  });

  test('"the ministry" resolves to the ministry the article named', () => {
    const text = article(
      'The Danish Transport Ministry published its plan.',
      '“Trains will be faster,” the ministry said.',
    );
    expect(direct(text)[0]![1]).toBe('Danish Transport Ministry');
  });

  test('a split quote shares its speaker, and so does the next sentence-only quote', () => {
    const text = article('“First,” Omar Haddad said, “second.” “Third.”');
    expect(direct(text).map((q) => q[1])).toEqual(['Omar Haddad', 'Omar Haddad', 'Omar Haddad']);
  });

  test('a multi-paragraph quote: every piece gets the speaker named in the last one', () => {
    const text = article('“We tried everything.', '“Nothing worked,” said Dr. Lena Berg.');
    const quotes = run(text).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lena Berg', 'Lena Berg']);
    expect(quotes[0]!.group).toBeDefined();
    expect(quotes[0]!.group).toBe(quotes[1]!.group);
  });

  test('a name in apposition to a description names the speaker; a first name extends to the full name', () => {
    const text = article(
      'Lena Quist died in May. Nora Quist spoke at the vigil.',
      '“She was kind,” her sister, Nora, said.',
    );
    expect(direct(text)[0]![1]).toBe('Nora Quist');
  });

  test('a description met before the name it belongs to takes that name', () => {
    const text = article(
      'The mother of the boy has described how he was “always laughing” at home.',
      '“He loved the sea,” his mother, Nora Quist, said.',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['Nora Quist', 'Nora Quist']);
  });

  test('"it" is the organisation named just before', () => {
    const text = article(
      'City police said nothing. The Water Safety Board issued a warning.',
      '“Boil all water,” it said in a statement.',
    );
    expect(direct(text)[0]![1]).toBe('Water Safety Board');
  });

  test('a block quotation without marks is a direct quote of whoever introduced it', () => {
    const text = article('Senator Ada Holt wrote on Facebook:', 'We will not back down on this bill.');
    const blocks = blocksFromPlainText(text);
    blocks[2]!.kind = 'blockquote';
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We will not back down on this bill.', 'Ada Holt']]);
  });

  test('"A written work, by X, warned:" the author after ", by" introduces the block quotation, not the noun before the comma', () => {
    const speaker = (lead: string) => {
      const text = article(lead, 'Average weight loss hides a wide spread among the patients.');
      const blocks = blocksFromPlainText(text);
      blocks[2]!.kind = 'blockquote';
      return attributeQuotes(text, blocks, { abstain: false }).quotes.find((q) => q.kind === 'direct')?.speaker?.name;
    };
    expect(speaker('An editorial accompanying the paper, by Dr. Ada Roe, warned:')).toBe('Ada Roe');
    // No written work before the comma: "by" and a name there are no author.
    expect(speaker('The mayor of Lund, by Ada Roe’s account, warned:')).not.toBe('Ada Roe');
  });

  test('"I" and "we" inside a quote never become speakers', () => {
    const text = article('The crowd waited. “I said we would come back,” Nadia Rahim said.');
    expect(run(text).speakers.map((s) => s.name)).toEqual(['Nadia Rahim']);
  });
});

describe('attributeQuotes: quoted words that are not speech', () => {
  test.each<[string, string]>([
    ['so-called', article('The so-called “reset” failed, Ben Ames said.')],
    ['dubbed', article('The plan, dubbed “Operation Dawn” by staff, began.')],
    ['work title', article('She starred in the film “Blue River Nights” last year.')],
    ['show title', article('He spoke on NBC’s “Meet the Press” on Sunday.')],
    // Names and a month make these 60% capitalised (headline style); the verb or role still marks a title.
    ['released', article('Mara Quill released “Salt Lines” in March.')],
    ['published', article('Penrose Books published “Winter Ledger” in May.')],
    ['stars in', article('Tom Reyes stars in “Glass Harbor” at Lyric Hall.')],
    ['star after', article('The “Glass Harbor” star posted in June.')],
    ['(film)', article('Ana Ruiz saw “Glass Harbor” (film) in June.')],
    // Names, a day and a network make this headline style; the network's possessive marks the show.
    ['broadcaster’s show', article('On ABC’s “Night Desk” Sunday, Ada Lund said taxes would rise.')],
    // Names make it 60% capitalised, but "attended" is prose: the title-case quote is a title.
    ['prose word', article('Ada Lund of Ohio attended “Harvest Night” in Dayton.')],
    ['known as', article('The bill, known as “the big fix,” passed.')],
    ['subhead', article('The mine closed, Ed Park said.', '‘Coal Is Not the Villain.’', 'It rained all day.')],
  ])('%s', (_name, text) => {
    expect(direct(text)).toEqual([]);
  });

  test.each<[string, string]>([
    ['after "called"', 'Ada Lund of Ohio called Tom Reyes “Mister Gloom” in Dayton.'],
    ['ending in punctuation', 'Dayton Herald editorial: “Ada Lund Deserves Better.”'],
  ])('a title-case quote in prose with many names stays a quote %s', (_name, sentence) => {
    expect(direct(article(sentence))).toHaveLength(1);
  });

  test("a stage direction in a transcript is no quote; the turn before it is its speaker's", () => {
    const text = article('“MOORE: We will see.”', '"(CROSSTALK.)', 'Narration follows here.');
    expect(direct(text)).toEqual([['“MOORE: We will see.”', 'Moore', 'MOORE']]);
  });

  test('the words before a quote are read within its own paragraph only', () => {
    const text = article('She spoke about the film,', '“We shot it in ten days,” Ana Ruiz said.');
    expect(direct(text)).toEqual([['“We shot it in ten days,”', 'Ana Ruiz', 'Ana Ruiz']]);
  });

  test('a fragment in reported speech is partial; a full quote is not', () => {
    const text = article('Liu Yang said the deal was “a disaster for farmers” and left. “We will fight it,” she said.');
    const quotes = run(text).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q: Quote) => [q.partial, q.speaker?.name])).toEqual([
      [true, 'Liu Yang'],
      [false, 'Liu Yang'],
    ]);
  });
});

describe('attributeQuotes: reported speech', () => {
  test.each<[string, string, string]>([
    [
      'X said that C',
      article('The army said that 300 soldiers had crossed the river.'),
      'that 300 soldiers had crossed the river',
    ],
    [
      'C, X said',
      article('Prices will rise by 4 percent next year, the central bank said.'),
      'Prices will rise by 4 percent next year',
    ],
    [
      'according to X, C',
      article('According to the police, 12 people were hurt in the crash.'),
      '12 people were hurt in the crash',
    ],
    [
      'X told O C',
      article('John Park told reporters the talks would resume on Friday.'),
      'the talks would resume on Friday',
    ],
  ])('%s', (_name, text, clause) => {
    const reported = run(text).quotes.filter((q) => q.kind === 'reported');
    expect(reported.map((q) => q.text)).toEqual([clause]);
    expect(reported[0]!.speaker).not.toBeNull();
  });

  test('a direct quote with its cue is not also reported speech', () => {
    const text = article('“The bridge will open in May,” the mayor said.');
    expect(run(text).quotes.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('attributeQuotes: grammar of the subject', () => {
  test.each<[string, string, string, string]>([
    [
      'a weak cue after a quote and a long subject that fills the gap',
      '“Welcome to the island!” a banner on the ferry dock reads.',
      'banner',
      'a banner on the ferry dock',
    ],
    [
      'a noun-like cue that ends a name ("the Harbor Post") is no cue',
      'Ada Brennan told the Harbor Post, “I am not running again.”',
      'Ada Brennan',
      'Ada Brennan',
    ],
    [
      'a descriptor never ends in a preposition the walk ran into',
      'Lena Voss, a delegate from the north, drew a wave of boos upon saying, “The party has lost its way.”',
      'Lena Voss',
      'Lena Voss',
    ],
    [
      'a relative clause with a speech verb of its own still describes the subject before it',
      'Ortega, who called Brennan shortly after the result was announced, told her supporters, “We will be back.”',
      'Ortega',
      'Ortega',
    ],
    ['a crowd that chanted', 'As the mayor spoke, the crowd chanted “Build the bridge!”', 'crowd', 'the crowd'],
    ['"…," the sign read', '“Vote them out,” the sign read.', 'sign', 'the sign'],
    [
      'a party-and-state tag between a name and its colon',
      'Rep. Tom Reyes (R-Ore.): "I have not heard anyone cite that figure."',
      'Tom Reyes',
      'Rep. Tom Reyes',
    ],
    [
      '"as X pointed out" attributes the quote to X',
      'But as The Harbor Gazette pointed out, “Still, the mayor has not released any records.”',
      'Harbor Gazette',
      'Harbor Gazette',
    ],
    [
      'a title-cased headline: the name before its capitalised speech verb',
      'Ada Brennan Says Flood Damage Looks Like An ‘Act Of Negligence.’',
      'Ada Brennan',
      'Ada Brennan',
    ],
    [
      'a title-cased headline with no speech verb: the name before its first -s verb',
      'Whitlock Makes Her Case Against The ‘Harbor Tax Grab.’',
      'Whitlock',
      'Whitlock',
    ],
    [
      'a title-cased headline with no speech verb, after a full name',
      'Dana Whitlock Makes Her Case Against The ‘Harbor Tax Grab.’',
      'Dana Whitlock',
      'Dana Whitlock',
    ],
    [
      'a title-cased headline with no speech verb, its verb "Is"',
      'Dana Whitlock Is Now Calling The Levy A ‘Tax On Sailors.’',
      'Dana Whitlock',
      'Dana Whitlock',
    ],
    [
      '"another" standing alone after an inverted cue',
      'Fans lined the pier. "Best regatta in years," posted another.',
      'another',
      'another',
    ],
    [
      '"the two" standing alone as the subject after the quote',
      '“We expect a full accounting of the tender,” the two write.',
      'the two',
      'the two',
    ],
    [
      'a title-cased headline with the verb after the quote',
      'Floods Are ‘The Ultimate Test,’ Ada Brennan Tells Council.',
      'Ada Brennan',
      'Ada Brennan',
    ],
    [
      'a name in apposition to an inverted role speaks; the role is kept apart',
      '“I loved making it,” said its director, Paul Weir.',
      'Paul Weir',
      'Paul Weir',
    ],
    [
      'an -ing modifier after "its" is in the role ("its" is no plural noun the participle modifies)',
      'The guild said sales fell. “We expect a recovery,” said its managing director, Bo Lindqvist.',
      'Bo Lindqvist',
      'Bo Lindqvist',
    ],
    [
      'an age and a home town in apposition are passed over for the name before them',
      'Cory Lund, 31, of Flint, Mich., said he still hoped for a “surprise” at the convention.',
      'Cory Lund',
      'Cory Lund',
    ],
    [
      'a city and its region inside an appositive are not the subject',
      'Lund, during a town hall meeting in Ames, Iowa, said she was "going to fight for every vote."',
      'Lund',
      'Lund',
    ],
    [
      'an opening adverbial goes on past a city, its region and a time',
      'At a rally in Ames, Iowa, on Sunday, Senator Ada Brennan endorsed the plan, saying it would "change everything."',
      'Ada Brennan',
      'Senator Ada Brennan',
    ],
    [
      "a person's name in apposition to a phrase ending in an organisation speaks",
      'The director of the Federal Bureau of Investigation, James Lund, said the messages were "direct and private."',
      'James Lund',
      'James Lund',
    ],
    [
      "a person's name in apposition to a phrase ending in a participle's object speaks, not that object",
      'One nurse backing Mr. Ode, Dana Pruitt, said the ward was "short every night."',
      'Dana Pruitt',
      'Dana Pruitt',
    ],
    [
      'with no comma before it, the phrase a place hangs on is the subject',
      'Officials at Harbor Safety Investigations, a division of the port authority, said they were "deeply concerned."',
      // A plural role with its body after "at" is named with it (the group is theirs).
      'Officials at Harbor Safety Investigations',
      'Officials at Harbor Safety Investigations',
    ],
    [
      '"who" after a city and region stands for the phrase the place hangs on',
      'The mayor met a man in Dayton, Ohio, who said the plant was "finished for good."',
      'man',
      'who',
    ],
    [
      'a quote inside a reported clause belongs to its source, not to a subject nested in it',
      'Dana Ortiz said, noting that voters feel “the town has been forgotten,” that she would run.',
      'Dana Ortiz',
      'Dana Ortiz',
    ],
    [
      'a word right after a fragment is no inverted cue',
      'Pia Lund said the group wanted to head off “more radical” protest ideas, including a strike.',
      'Pia Lund',
      'Pia Lund',
    ],
    [
      'an opening adverb in -ly is skipped to find the subject',
      'Immediately after the storm, Mayor Ben Alvarez issued a statement: “We will rebuild every house.”',
      'Ben Alvarez',
      'Mayor Ben Alvarez',
    ],
    [
      'an opening phrase of time is skipped to find the subject',
      'Hours later, Lena Roth returned the favour, telling reporters, “She is a fine neighbour.”',
      'Lena Roth',
      'Lena Roth',
    ],
    [
      'a day and its part of the day opening the sentence are skipped to find the subject',
      'Sunday morning, Lena Roth slammed the shift and accused her rival of a “flip-flop.”',
      'Lena Roth',
      'Lena Roth',
    ],
    [
      'a time adverbial between subject and verb',
      'Senator Kai Brandt last week said the bill was “dead on arrival” in the chamber.',
      'Kai Brandt',
      'Senator Kai Brandt',
    ],
    [
      'a time adverbial before a participle cue',
      'Governor Ada Lind released a statement Thursday night condemning “a cowardly attack on our schools.”',
      'Ada Lind',
      'Governor Ada Lind',
    ],
    [
      'a definite descriptor with a capitalised modifier after the cue',
      '“Nobody on this stage can fix it alone,” said the Green nominee.',
      'Green nominee',
      'Green nominee',
    ],
    [
      'a definite role descriptor with any verb after a quote',
      '“Let me help you with that answer,” the Green vice-presidential nominee quipped on stage.',
      'Green vice-presidential nominee',
      'Green vice-presidential nominee',
    ],
    [
      'any past-tense verb, then a name closing the clause',
      '“She took it upon herself to prove them wrong,” remembered Tom Verlaine, a former aide.',
      'Tom Verlaine',
      'Tom Verlaine',
    ],
    [
      'a day between the subject and its verb, then a participle cue',
      'Jane Holloway on Tuesday stepped up her attacks on the council, saying it is “weak on crime, weak on roads.”',
      'Jane Holloway',
      'Jane Holloway',
    ],
    [
      'a party tag and a day between the subject and its verbs, no speech verb before the quote',
      'Sen. Mark Dunlo (R-Ohio) on Friday played down the remarks and called them “a matter for the voters.”',
      'Mark Dunlo',
      'Sen. Mark Dunlo',
    ],
    [
      'a day and a time of day between the subject and its verb',
      'Mayor Ruth Okafor on Thursday night turned down the offer, calling it “an insult to every worker on the docks.”',
      'Ruth Okafor',
      'Mayor Ruth Okafor',
    ],
    [
      'a recipient after the document a participle cue hangs on',
      'Her campaign sent out an email to donors stating, “The mayor has joined a growing list of critics.”',
      'campaign',
      'Her campaign',
    ],
    [
      'a recipient of a statement is not who speaks through it',
      'The league issued a statement to reporters saying the ruling was “deeply flawed and unfair to players.”',
      'league',
      'The league',
    ],
    [
      'an article the subject sends on speaks for its sender',
      'The committee emailed a news article reporting that “the mayor is showing flashes of frustration.”',
      'committee',
      'The committee',
    ],
    [
      '"Here in <place>," opens the sentence before its subject',
      'Here in Dayton, Holloway stepped up her focus on roads, saying, “We have got to fix every bridge in this city.”',
      'Holloway',
      'Holloway',
    ],
    [
      'an adverb on a participle cue after a comma',
      'Holloway has voiced frustration, and even a little worry, about the vote, recently telling a friend that she is unsure “which council will show up.”',
      'Holloway',
      'Holloway',
    ],
    [
      'a manner adverb on a participle cue after an object with its own phrase',
      'Mayor Dunlo turns the protests to his advantage, showing off his big crowds, alternately shouting “Get them out of here” and “Be nice to them.”',
      'Dunlo',
      'Mayor Dunlo',
    ],
    [
      'a description with its complement before a verb that is no cue',
      'The head of the port authority mocked the council for calling itself the “guardian of the docks” all week.',
      'head',
      'The head of the port authority',
    ],
    [
      'a quote inside a relative clause after a name, the main verb no cue',
      'Ada Brennan, who has in the past described the mayor as “a reckless gambler,” left the hall early.',
      'Ada Brennan',
      'who',
    ],
    [
      'a relative clause on an object name still open at the quote, not the main subject',
      'Governor Tom Roe put new pressure on Ada Brennan, who might soon be branded the “caretaker mayor” by rivals.',
      'Ada Brennan',
      'who',
    ],
    [
      'an absolute clause after the main clause, its name before a participle',
      'Governor Tom Roe defended the budget at length, with Ada Brennan calling it “a model for the state.”',
      'Ada Brennan',
      'Ada Brennan',
    ],
    [
      'a possessive, a modifier and a role, then a participle cue',
      'Dunlo’s top aide warmed up the crowd, saying: “We will hold this seat in November.”',
      'Dunlo’s top aide',
      'Dunlo’s top aide',
    ],
  ])('%s', (_name, sentence, name, mention) => {
    const quote = direct(article(sentence))[0]!;
    expect(quote[1]).toBe(name);
    expect(quote[2]).toBe(mention);
  });

  test.each<[string, string]>([
    ['the expletive "there"', 'Then, there was Ann Roe’s aside that the workers were “well fed” all along.'],
    [
      'the first person',
      'I’m old enough to remember President Jo Kim going on TV in 1977, declaring a “moral equivalent of war” against waste.',
    ],
    ['a lone -ing word', 'Leyva opened up about being described as “a real woman” in a blog.'],
  ])('%s is never the speaker', (_name, sentence) => {
    for (const [, , mention] of direct(article(sentence)))
      expect(mention ?? '').not.toMatch(/^(there|There|I’m|being)$/);
  });

  test('a quote paragraph signed by a dash line under it', () => {
    const text = article(
      'The mayor spoke at the fair.',
      '“I went to the market before the crash. I was the one warning you.”',
      '- Rosa Delgado.',
    );
    expect(direct(text)[0]![1]).toBe('Rosa Delgado');
  });

  test.each([
    ['a dash line with what they did', '- Rosa Delgado, posting after the vote.'],
    ['a dash line with where they are from', '— Rosa Delgado, Tulsa.'],
    // A typed double hyphen stands for the dash; a role after the comma signs without one.
    ['a line of two hyphens', '-- Rosa Delgado'],
    ['a line of a name and a role', 'Rosa Delgado, Interior Ministry spokeswoman'],
  ])('a quote paragraph signed by %s', (_name, line) => {
    const text = article('The mayor spoke at the fair.', '“I went to the market before the crash.”', line);
    expect(direct(text)[0]![1]).toBe('Rosa Delgado');
  });

  test('a quote that runs on into a signature paragraph its closing mark ends', () => {
    const text = article(
      'Economists split on the plan.',
      '"I worry that we may see a return of the old budget fights.',
      'Rosa Delgado, Center for Budget Research."',
    );
    expect(direct(text)[0]![1]).toBe('Rosa Delgado');
  });

  test('a credit line under a quote paragraph signs nothing', () => {
    const text = article('The mayor spoke at the fair.', '“I went to the market before the crash.”', 'Harbor Images.');
    expect(direct(text)[0]![1]).not.toBe('Harbor Images');
  });
});

describe('attributeQuotes: a body or document opening the sentence of a quote with no cue', () => {
  test.each([
    [
      'a body and a verb in -ed',
      'The agency declined to publicly detail the inquiry’s “specific focus, scope or targets.”',
      'The agency',
    ],
    [
      'a document and a verb in -s',
      'Her economic plan promises to “lift up participation in the workforce, above all for women.”',
      'Her economic plan',
    ],
    [
      'before a colon, a possessor opening the phrase',
      'Lund’s letter makes a plain case: “Ships need deeper water and the port needs the money now.”',
      'Lund’s letter',
    ],
    [
      'before a colon, a complement inside the phrase',
      'A note in the audit makes that clear: “These rules do not apply to the board itself.”',
      'A note in the audit',
    ],
    [
      'before a colon, a phrase fronted by "from"',
      'The council published its audit on Monday. From the audit: “The fund lost track of its own money.”',
      'the audit',
    ],
  ])('%s', (_name, sentence, mention) => {
    expect(direct(article(sentence))[0]![2]).toBe(mention);
  });

  test.each([
    [
      'a relative clause between',
      'The couple started a fund that focuses on the “sustainable use of water and soil.”',
      'The couple',
    ],
    [
      'a passive participle',
      'The question posed by the two scholars is whether “a rising tide lifts all boats at once.”',
      'The question',
    ],
    [
      'a cue of its own between',
      'The minute-long ad ends with a narrator saying: “Higher taxes for every family in town.”',
      'The minute-long ad',
    ],
  ])('not through %s', (_name, sentence, mention) => {
    expect(direct(article(sentence))[0]![2]).not.toBe(mention);
  });
});

describe('attributeQuotes: a speaker is a referring expression', () => {
  test('a negated subject names no speaker for the block quotation after it', () => {
    const text = article('Neither council responded to questions on Friday.', 'Ferries will run as planned this week.');
    const blocks = blocksFromPlainText(text).map((b, i) => (i === 2 ? { ...b, kind: 'blockquote' as const } : b));
    expect(attributeQuotes(text, blocks, { abstain: false }).quotes[0]!.speaker).toBeNull();
  });

  test('an irregular participle after the noun opens a clause, not the name', () => {
    expect(direct(article('“Costs will double,” according to a memo seen by the Gazette.'))[0]![1]).toBe('memo');
  });

  test('a line with no closing stop (a table row’s label) lends no speaker to the quote paragraph after it', () => {
    const text = article('Varga won the final in three sets.', 'Double faults', '“I just stuck my racket out.”');
    expect(run(text).quotes[0]!.speaker).toBeNull();
  });

  test('the letter that labels an interview’s question speaks no reported clause', () => {
    const text = article('Q: You promised a new ferry by spring. Where is it?', 'A: The yard is late.');
    expect(run(text).quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Q');
  });

  test.each<[string, string, string, string | null]>([
    [
      'a title with "of" before the name',
      '“The count is final,” said Secretary of State Jon Lund on Monday.',
      'Jon Lund',
      'Secretary of State',
    ],
    ['a titled name, then its place', 'Gov. Ada Lund of Iowa said, “We will not wait.”', 'Ada Lund', 'Gov.'],
    // A field in -tion after the office's "of" is no surname: "the minister" is the one holder
    // the appositive before her name gives, not "Integration".
    [
      'an office whose field ends in -tion',
      'The Minister of Regional Integration, Ada Lund, spoke first. “We will not wait,” the minister said.',
      'Ada Lund',
      'The Minister of Regional Integration',
    ],
    ['a place after a plain noun', 'A nurse from Ohio said, “We ran out of beds.”', 'nurse', null],
    [
      'an agency’s administrator',
      '“Runways reopen at noon,” FHA Administrator Dana Cole said.',
      'Dana Cole',
      'FHA Administrator',
    ],
    [
      '"of" inside an organisation’s name',
      'The University of Iowa said, “Classes resume Monday.”',
      'University of Iowa',
      null,
    ],
  ])('%s', (_name, sentence, name, role) => {
    const { quotes } = run(article(sentence));
    expect(quotes[0]!.speaker).toMatchObject({ name, role });
  });

  test.each<[string, string]>([
    ['“Rates will fall,” said Ada Lund of Halden University.', 'Ada Lund'],
    ['“Rates will fall,” said Dr. Jon Berg of Brill Analytics.', 'Jon Berg'],
  ])('a given name and a surname before "of" are a person of that body: %s', (sentence, name) => {
    const { quotes } = run(article(sentence));
    expect(quotes[0]!.speaker).toMatchObject({ name, kind: 'person' });
  });

  test.each<[string, string]>([
    ['“We put the money there,” Rep. Nora Vick of the ruling Unity Party, who drafted the bill, said.', 'Nora Vick'],
    ['“We put the money there,” Tom Hale of the governing Reform Alliance said.', 'Tom Hale'],
  ])('a participle after "the" is an adjective of the party, not a verb before the name: %s', (sentence, name) => {
    const { quotes } = run(article(sentence));
    expect(quotes[0]!.speaker).toMatchObject({ name, kind: 'person' });
  });

  test.each<[string, string]>([
    ['A note from Kestrel Equities found that “margins are thin.”', 'Kestrel Equities'],
    ['“Growth slows,” said Harbour Economics.', 'Harbour Economics'],
  ])('a firm named by its trade’s head word is an organisation: %s', (sentence, name) => {
    const { quotes } = run(article(sentence));
    expect(quotes[0]!.speaker).toMatchObject({ name, kind: 'organization' });
  });

  test.each<[string, string]>([
    ['"Q," said one of those aides, who asked not to be named.', 'one of those aides'],
    ['"It was awful," said one of two witnesses who saw the fight.', 'one of two witnesses'],
    ['Some of his donors told reporters that "it is over."', 'Some of his donors'],
  ])('a part of a group speaks: %s', (sentence, mention) => {
    expect(direct(article(sentence))[0]![2]).toBe(mention);
  });

  test.each<[string, string]>([
    ['The tweet from Harbour Weekly reads, “Ferry halted by angry passenger.”', 'Harbour Weekly'],
    ['The letter from Ada Lund reads, “We will not pay for the pier.”', 'Ada Lund'],
  ])('a message speaks for its sender: %s', (sentence, name) => {
    expect(direct(article(sentence))[0]![1]).toBe(name);
  });

  test.each<[string, string]>([
    [
      'Acme Corp said in a statement on Monday that it would shut the Dunmore plant. “We regret the loss,” the statement said.',
      'Acme Corp',
    ],
    [
      'The Ministry of Health released a report on waiting times. “Waits have doubled,” the report said.',
      'Ministry of Health',
    ],
    ['In Kelso, Governor Ada Lund issued a statement. “We mourn with them,” the statement said.', 'Ada Lund'],
    [
      'In a statement, Acme Corp said it would appeal. “We have always obeyed the law,” the statement said.',
      'Acme Corp',
    ],
    [
      'The man was arrested on Sunday, according to a news release from the Kelso Police Department. “He fled on foot,” the release said.',
      'Kelso Police Department',
    ],
    [
      'Tarrow Council said in a press release that the pier would shut. “It is unsafe,” the release said.',
      'Tarrow Council',
    ],
    ['Police said in a news release that a man was held. “He fled on foot,” the release said.', 'Police'],
    // The opening phrase goes on to its comma, and an aside may follow it, before the issuer.
    [
      'In an email to all staff on Monday, seen by the Courier, Professor Ada Lund said cuts were needed. “Posts will go,” the email said.',
      'Ada Lund',
    ],
  ])('a document speaks for the one named as issuing it: %s', (text, name) => {
    expect(direct(article(text)).at(-1)![1]).toBe(name);
  });

  // The issuer described, not named, in its sentence: the speaker found for that "said".
  test.each<[string, string]>([
    [
      'Dunmore Water has shut the pier. The utility said in a statement that it was unsafe. “We regret the loss,” the statement said.',
      'Dunmore Water',
    ],
    [
      'Coach Ada Lund was sacked after a review. She said in a statement released by her lawyer that she had done nothing wrong. “I will clear my name,” the statement said.',
      'Ada Lund',
    ],
  ])('a document speaks for the described speaker who issued it: %s', (text, name) => {
    expect(direct(article(text)).at(-1)![1]).toBe(name);
  });

  // A body given only by its noun issues the statement: "The statement said" is its, as a reader takes it.
  test('a document speaks for the body named by its noun that issued it', () => {
    const text = article(
      'Measles cases rose at Halden. The university said in a statement that it had acted quickly. The statement said a clinic would open Thursday.',
    );
    expect(
      run(text)
        .quotes.filter((q) => q.kind === 'reported')
        .at(-1)!.speaker,
    ).toMatchObject({
      name: 'university',
    });
  });

  test.each<[string, string]>([
    [
      'Measles cases rose at Halden. The university said in a statement that it had acted quickly. A statement from the union said the clinic came too late.',
      'union',
    ],
    ['Measles cases rose at Halden. The statement said a clinic would open Thursday.', 'statement'],
  ])('a statement of its own or with no issuer before it is not the body’s: %s', (sentence, name) => {
    const reported = run(article(sentence)).quotes.filter((q) => q.kind === 'reported');
    expect(reported.at(-1)!.speaker?.name).toBe(name);
  });

  test('a message a body named by its noun "said in" speaks for that body', () => {
    const text = 'The union said in an email that 300 members had signed. The email also said that 40 more would.';
    const reported = run(article(text)).quotes.filter((q) => q.kind === 'reported');
    expect(reported.at(-1)!.speaker).toMatchObject({ name: 'union', kind: 'organization' });
  });

  test('a described issuer with a second statement in reach leaves the document as written', () => {
    const text =
      'Dunmore Water has shut the pier. The utility said in a statement that it was unsafe. Brill Group issued a statement too. “We regret the loss,” the statement said.';
    expect(direct(article(text)).at(-1)![1]).toBe('statement');
  });

  test.each([
    'Acme Corp issued a statement. Brill Group also issued a statement. “We regret the loss,” the statement said.',
    'Acme Corp and Brill Group issued a statement. “We regret the loss,” the statement said.',
    'Acme Corp issued a statement. Later a second statement came from the port. “We regret the loss,” the statement said.',
    'Two workers spoke; one still works there. One provided a document to reporters. “Leave is unpaid,” the document said.',
    // Whoever answers a statement did not issue it.
    'Asked about a statement, Acme Corp said nothing. “We regret the loss,” the statement said.',
    'In a statement, Acme Corp said it would appeal. Brill Group said in a statement that it would not. “We regret the loss,” the statement said.',
  ])('a document with no one issuer stays as written: %s', (text) => {
    expect(direct(article(text)).at(-1)![1]).toMatch(/^(?:statement|document)$/);
  });

  /** The source of the last reported clause: its name, kind and the words of its mention. */
  function lastSource(text: string) {
    const sp = attributeQuotes(article(text), blocksFromPlainText(article(text))).quotes.at(-1)!.speaker!;
    return [sp.name, sp.kind, sp.mention?.text];
  }

  test.each<[string, string, string]>([
    [
      'A report from Kotak Institutional Equities found that car sales fell 8% in March. The report also found that margins shrank by 2 percentage points.',
      'Kotak Institutional Equities',
      'The report',
    ],
    [
      'A survey by the Pew Research Center found that 60% of adults use the app. The survey also found that 20% had quit.',
      'Pew Research Center',
      'The survey',
    ],
    [
      "The CBO's analysis found that the bill would cost $40 billion. The analysis also estimated that 2 million people would lose cover.",
      'CBO',
      'The analysis',
    ],
    [
      'A study led by researchers at Stanford University found that sleep fell. The study found that 30% of teens slept less.',
      'Stanford University',
      'The study',
    ],
    [
      'A report from Kotak Institutional Equities found that car sales fell. A survey found that buyers waited. The report also said that margins shrank.',
      'Kotak Institutional Equities',
      'The report',
    ],
    // A body that publishes its own report issued it.
    [
      'Tarrow Council published its annual report on Tuesday. The report found that 300 contracts were never checked.',
      'Tarrow Council',
      'The report',
    ],
    // "It" with a verb of finding after a document that opens its sentence is that document.
    [
      'A report from the National Audit Commission found that waste grew. It also found that 40 schools had closed.',
      'National Audit Commission',
      'It',
    ],
    // A participle phrase set off by commas between the document and its verb names the issuer,
    // and a document published by someone in a passive is theirs when named again.
    [
      'The report, published by the Tarrow Housing Trust on Monday, found that 300 families were evicted.',
      'Tarrow Housing Trust',
      'Tarrow Housing Trust',
    ],
    [
      'The report, published by the Tarrow Housing Trust on Monday, found that rents rose. The report also said that 300 families were evicted.',
      'Tarrow Housing Trust',
      'The report',
    ],
    [
      'The study was released by Stanford University on Monday. The study found that 30% of teens slept less.',
      'Stanford University',
      'The study',
    ],
    // The subject of a verb of issuing in the sentence before: a name, or a body named by its noun
    // (the noun is the name a reader gets: role-only, never another body).
    [
      'The Qastari Ports Authority released a report on Monday. The report says 40% of cranes are idle.',
      'Qastari Ports Authority',
      'The report',
    ],
    [
      'The harbour board released a study on Monday. The study found that 40% of cranes are idle.',
      'harbour board',
      'The study',
    ],
    [
      'On Monday the harbour board released a study. The study found that 40% of cranes are idle.',
      'harbour board',
      'The study',
    ],
    // An audit and a review are documents named again as a report is.
    [
      'The Qastari Ports Authority issued an audit of the docks on Monday. The audit says 40% of cranes are idle.',
      'Qastari Ports Authority',
      'The audit',
    ],
    [
      'A review by the Qastari Ports Authority found that cranes were old. The review also found that 40% were idle.',
      'Qastari Ports Authority',
      'The review',
    ],
  ])('a document named again speaks for the issuer the text gave it, its own words kept: %s', (text, name, mention) => {
    const [n, kind, m] = lastSource(text);
    expect([n, m]).toEqual([name, mention]);
    expect(kind).not.toBe('document');
  });

  test.each([
    // No issuer given.
    'A 2018 survey found that 8% of renters moved. The survey also found that rents rose 3%.',
    // Who paid for a report did not write it.
    'A report commissioned by the Port Authority found that traffic fell 8%. The report also found that fees rose 3%.',
    // The name qualifies an issuer the text does not name (an office it holds, "the X's inspector
    // general", is named whole: reported-speech.test.ts).
    "A report from the State Department's internal archive found that files were lost. The report also said that some were destroyed.",
    // A paper that has seen a memo did not write it.
    'A memo seen by Reuters said that 8% of loans failed. The memo also said that 3% were late.',
    // Two reports: which one is meant is a guess.
    'A report from Kotak found that sales fell 8%. A report from Nomura found that prices rose 3%. The report also found that margins shrank.',
    'A report found that sales fell 8%. A report from Nomura found that prices rose 3%. The report also found that margins shrank.',
    'The study was released by Stanford University. Another study was released by Yale University. The study found that 30% of teens slept less.',
    // What the body released is no document; a noun that names no body ("the crew"), or a body
    // that is a preposition's object ("workers at the port"), issues none.
    'The authority released the prisoners on Monday. The report says that 40% of cranes are idle.',
    'The crew released a report on Monday. The report says that 40% of cranes are idle.',
    'Workers at the port released a report on Monday. The report says that 40% of cranes are idle.',
  ])('a document with no one issuer stays a document: %s', (text) => {
    const [name, kind, mention] = lastSource(text);
    expect(name).toMatch(/(?:report|survey|memo|study)$/);
    expect([kind, mention]).toEqual(['document', expect.stringMatching(/^The (?:report|survey|memo|study)$/)]);
  });

  test.each<[string, string, string]>([
    // A message whose sender is a body named only by its common noun, not as the one that said
    // it in that message (below).
    [
      'The council sent residents a letter last week. The letter said that the pier would shut.',
      'letter',
      'The letter',
    ],
    // "It" standing for a document with no issuer: a document too, like its first mention.
    ['The 14-page report found that the crew was tired. It said that the logs showed gaps.', '14-page report', 'It'],
  ])('a message or a document "it" stands for is a document when no issuer is named: %s', (text, name, mention) => {
    expect(lastSource(text)).toEqual([name, 'document', mention]);
  });

  test('hostile text: a capitalised run with no end before a document named again ends at once', () => {
    const text = `A report from ${'Ab '.repeat(40000)}found that sales fell. ${'The report said that x. '.repeat(200)}`;
    const t0 = Date.now();
    expect(() => attributeQuotes(text, blocksFromPlainText(text))).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test.each<[string, string]>([
    ['after the quote', 'Several pilots were on the ferry. “The engine failed twice,” two of them said.'],
    ['before the quote', 'Several pilots were on the ferry. Many of them said: “The engine failed twice.”'],
  ])('a part of a group named by a pronoun is no name on the card (%s)', (_place, text) => {
    const q = attributeQuotes(article(text), blocksFromPlainText(article(text))).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker?.name ?? null).toBeNull();
    expect(q[0]!.speaker?.mention?.text).toMatch(/ of them$/);
  });

  test.each<[string, string]>([
    ['Another of the brokers said the merger was worth $2 billion.', 'Another of the brokers'],
    ['“The vote was rigged,” either of the two candidates told the panel.', 'either of the two candidates'],
  ])('"another"/"either" of a group is that group, not the quantifier: %s', (sentence, name) => {
    const text = article(sentence);
    const q = attributeQuotes(text, blocksFromPlainText(text)).quotes;
    expect(q.map((x) => [x.speaker?.name, x.speaker?.kind])).toEqual([[name, 'group']]);
  });

  test.each<[string, string, string]>([
    ['a reduced relative clause ends the phrase', '“It is a way in,” says a source involved in the talks.', 'a source'],
    [
      'a past tense after the noun is its verb',
      'In May, two unions granted Ada Roe a delay, saying her "plan was late."',
      'two unions',
    ],
    ['a participle after a determiner is an adjective', '“It is over,” said a retired judge.', 'a retired judge'],
  ])('%s', (_name, sentence, mention) => {
    expect(direct(article(sentence))[0]![2]).toBe(mention);
  });

  test.each<[string, string]>([
    ['“It is over,” Lund went on, as if nobody had asked.', 'Lund'],
    ['“Not again,” Roe shot back.', 'Roe'],
    ['"She said she will be \'above the law,\' " said Ada Roe, an activist.', 'Ada Roe'],
  ])('after a quote: %s', (sentence, name) => {
    expect(direct(article(sentence))[0]![1]).toBe(name);
  });

  // A comma inside the marks runs the sentence on into its tag: any verb that ends it is the tag's.
  test.each<[string, string]>([
    ['Tomas Berg rose. Ilse Varga had asked. “We have paid more than anyone,” Berg began.', 'Tomas Berg'],
    ['Tomas Berg rose. Ilse Varga had asked. “We have paid more,” Berg began, slowly.', 'Tomas Berg'],
  ])('a tag of any verb: %s', (sentence, name) => {
    expect(direct(article(sentence))[0]![1]).toBe(name);
  });

  test.each<[string, string | null]>([
    ['“Shame on them!” came the reply from the ministry.', 'the ministry'],
    ['“Shame on all of them!” came a cry from the benches.', null],
  ])('an inverted "came … from": %s', (quote, mention) => {
    expect(direct(article('Ilse Varga had asked about the fees.', quote))[0]![2]).toBe(mention);
  });

  test.each<[string, string | null]>([
    ['"The court matters most," said Idaho nutritional-supplement executive Frank Vander.', 'Frank Vander'],
    ['The Ohio senator’s answer was that “the family matters most,” so the state should help.', null],
  ])('a place before a title is no name: %s', (sentence, name) => {
    expect(direct(article(sentence))[0]![1]).toBe(name);
  });

  test.each([
    ['By noon, the Rev. Ada Roe began taking calls from listeners who said they had "never seen it."'],
    ['Only when a nurse can run for mayor without being told to “smile” will it end.'],
  ])('a verb phrase is no descriptor: %s', (sentence) => {
    for (const [, , mention] of direct(article(sentence))) expect(mention ?? '').not.toMatch(/began|without|being/);
  });

  test('a region in apposition to a place is no speaker: the phrase the place hangs on is', () => {
    const text = article('He answered after a woman in Worcester, Massachusetts, told him he was “too nice” to win.');
    expect(direct(text)).toEqual([['“too nice”', 'woman', 'a woman in Worcester']]);
  });

  test('a preposition or demonstrative opening the sentence is not part of the name met there', () => {
    const text = article(
      'For Ms. Greta Varga, the vote was a relief.',
      'That Mr. Dan Osei stayed away surprised nobody.',
      '“We won,” Ms. Varga said.',
      '“I had a cold,” Mr. Osei said.',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['Greta Varga', 'Dan Osei']);
  });
});

describe('attributeQuotes: clauses of the sentence', () => {
  test("a clause after a semicolon has its own subject: the first clause's subject does not own its quoted fragment", () => {
    // "union" names no one, so the fragment is left unattributed rather than given to Acme.
    const later = article('Acme Foods cuts 300 jobs; union blames “a greedy board” for the losses.');
    expect(direct(later).map((q) => q[1])).toEqual([null]);
    // The fragment in the first clause stays its subject's.
    const first = article('Acme Foods calls the cuts “a painful step”; the union disagrees.');
    expect(direct(first).map((q) => q[1])).toEqual(['Acme Foods']);
    // A clause opening on a pronoun refers back to the first clause's subject, which keeps the fragment.
    const pronoun = article('Ada Roe voted against the levy; she calls it “a tax on bread” in her letter.');
    expect(direct(pronoun).map((q) => q[1])).toEqual(['Ada Roe']);
  });

  test('a subject, its verb of saying and its hearer ("whispered to him:") right before the quote frame it, past a report', () => {
    const text = article(
      'As the count came in, the Gazette’s Ada Roe reported, his aide whispered to him: “You still lead.”',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['aide']);
  });

  test('after an opening "according to X", a quote\'s own cue with its subject governs it; X keeps a quote with none', () => {
    const wrote = article('According to the attorney general, one executive wrote: “Take 60 and leave them 40.”');
    expect(direct(wrote).map((q) => q[1])).toEqual(['executive']);
    const told = article('According to the filing, Ada Roe told staff: “Keep the price high until May.”');
    expect(direct(told).map((q) => q[1])).toEqual(['Ada Roe']);
    expect(direct(article('According to Ada Roe, the plan “will fail.”')).map((q) => q[1])).toEqual(['Ada Roe']);
    // "read" has a text for its subject, no speaker: the source keeps the quote.
    const sign = article('According to the Gazette, one road sign read, “Slow down or else.”');
    expect(direct(sign).map((q) => q[1])).toEqual(['Gazette']);
  });

  test('"the Ohio senator said" right after the quote fills the gap, its article aside: it beats a cue before', () => {
    const text = article('Nothing the mayor offered "will calm anyone," the Ohio senator said.');
    expect(direct(text).map((q) => q[1])).toEqual(['Ohio senator']);
    const said = article('Nothing the mayor said "will calm anyone," the Ohio senator said.');
    expect(direct(said).map((q) => q[1])).toEqual(['Ohio senator']);
  });

  test('an absolute clause with "calling" speaks through its own subject, not the main clause’s', () => {
    const both = article('The leaders left upbeat, Lund saying she was pleased and Tom Roe calling it a “fine talk.”');
    expect(direct(both)[0]![1]).toBe('Tom Roe');
    expect(direct(article('Lund praised the deal, Roe calling it a “great step.”'))[0]![1]).toBe('Roe');
    expect(direct(article('At a rally, Lund attacked Roe, calling him “a fraud.”'))[0]![1]).toBe('Lund');
  });

  test.each<[string, string]>([
    ['After Gov. Jon Roe criticized the plan in a debate, Lund shot back, “I could have stayed home.”', 'Lund'],
    ['As Lund said last week, “the plan is doomed.”', 'Lund'],
  ])('a cue in an opening subordinate clause is that clause’s: %s', (sentence, name) => {
    expect(direct(article(sentence))[0]![1]).toBe(name);
  });

  test.each<[string, string]>([
    [
      'Sen. Ada Roe conceded the vote was lost even as she defended the bill and its authors, saying, “We did the right thing.”',
      'she',
    ],
    ['Mayor Ken Lund drew cheers as he thanked the volunteers and then boomed, “This city never quits.”', 'he'],
    ['Gov. Tom Hale kept smiling while he talked about the “quiet strength” of the valley towns.', 'he'],
  ])('a "he"/"she" clause trailing the main clause holds the quote; its pronoun speaks: %s', (sentence, mention) => {
    expect(direct(article(sentence))[0]![2]).toBe(mention);
  });

  test.each<[string, string]>([
    ['Then she turned on Mayor Roe, calling him a “clown” and his plan “a fantasy.”', 'she'],
    ['Asked which district was her favorite, she demurred: “Whichever one I am standing in.”', 'she'],
  ])(
    'a pronoun subject after a linking adverb or an "Asked which …" opener owns the quote: %s',
    (sentence, mention) => {
      const text = article('Sen. Ada Lund spoke in Dover on Monday.', sentence);
      expect(direct(text).find((q) => q[0].length > 10)![2]).toBe(mention);
    },
  );

  test('"they" after a subordinator does not take the quote from the main clause', () => {
    // "they" there is the columns.
    expect(
      direct(article('Ada Roe apologized for the columns when they came out, saying they were “a mistake.”'))[0]![2],
    ).toBe('Ada Roe');
  });

  test('"a thing called “X”" in mid-sentence names the thing: the noun before "called" labels nothing', () => {
    const text = article(
      'Senators Ada Roe and Tom Hale met on Tuesday.',
      'They slammed the accounting trick called an “inversion,” which moves a company abroad.',
    );
    expect(direct(text)[0]![2]).toBe('They');
  });

  test('an adjunct between commas, even one holding a cue word, is no role and hides no subject', () => {
    const text = article(
      'The feud began when Ms. Ada Roe, in response to a crude remark meant to describe her loss, accused him of “plain sexism.”',
    );
    expect(run(text).quotes.find((q) => q.kind === 'direct')!.speaker).toMatchObject({ name: 'Ada Roe', role: null });
  });

  test('"who" set off by its own comma stands for the name before it', () => {
    const text = article(
      'There was Ken Lund, who, after trading insults with a host, said on air that “the party is an echo chamber.”',
    );
    expect(direct(text)[0]![1]).toBe('Ken Lund');
  });

  test.each<[string, string]>([
    [
      'In a phone interview, Tom Reed, a retired vice president of field sales, said Carla Diaz “knew every detail of the deal.”',
      'Tom Reed',
    ],
    ['Mark Ruiz, who ran a small super PAC, said the Lund “campaign may have peaked too early.”', 'Mark Ruiz'],
    [
      'Ed Park, a judge writing for the panel in a 2-1 ruling, said Ohio’s remaining voting window “is quite generous.”',
      'Ed Park',
    ],
  ])(
    'after an appositive and a comma, the name after the cue that runs on into its clause is what was said of, not who said it: %s',
    (sentence, name) => {
      expect(direct(article(sentence))[0]![1]).toBe(name);
    },
  );

  test.each<[string, string]>([
    ['“We will not move the plant,” said Dana Ruiz, a spokeswoman for the firm.', 'Dana Ruiz'],
    ['Shares fell sharply on Monday, said Ken Obi, an analyst at the bank, “and may fall further.”', 'Ken Obi'],
  ])('a name after the cue that closes its clause is still the inverted speaker: %s', (sentence, name) => {
    expect(direct(article(sentence))[0]![1]).toBe(name);
  });

  test('"who" set off by commas around an adjunct is the mention, named as the phrase before it', () => {
    const text = article(
      'It was Ken Lund, who, after a long feud with the host, said on the radio that “the party has lost its way.”',
    );
    const speaker = run(text).quotes.find((q) => q.kind === 'direct')!.speaker!;
    expect([speaker.name, speaker.mention?.text]).toEqual(['Ken Lund', 'who']);
  });

  test.each<[string, string]>([
    ['Mayor Ana Ruiz backed the budget, but she made it plain that the cuts were “a bitter pill.”', 'she'],
    ['Ken Lund praised the crew, and he kept hinting at “a bigger plan for the spring.”', 'he'],
  ])('with no cue, a pronoun opening a later coordinate clause is the quote’s subject: %s', (sentence, mention) => {
    expect(direct(article(sentence))[0]![2]).toBe(mention);
  });

  test('a pronoun in a subordinate clause of time leaves the subject to the main clause', () => {
    const text = article('Ken Lund praised the plan after he read it twice as “a fair deal for the town.”');
    expect(direct(text)[0]![2]).toBe('Ken Lund');
    const when = article('Ken Lund praised the plan when he read it twice as “a fair deal for the town.”');
    expect(direct(when)[0]![2]).toBe('Ken Lund');
  });

  test.each<[string, string]>([
    ['Ken Sims — a teacher from Dover — says the new levy was “a fair price for better schools.”', 'Ken Sims'],
    ['Rhea Lund, the host of “Morning Call,” thanked the crew for “a year of early starts.”', 'Rhea Lund'],
    ['In a speech in Dover, which hosts the first vote next week, Lund rated the plan “a work in progress.”', 'Lund'],
  ])(
    'the subject before an appositive between dashes, a quoted title, or an opener’s relative clause: %s',
    (sentence, name) => {
      expect(direct(article(sentence)).find((q) => q[0].length > 20)![1]).toBe(name);
    },
  );

  test.each<[string, string]>([
    ['The letter goes on to say: “The plan will fail.”', 'The letter'],
    ['Mr. Ken Roe was prompted to say, “I cannot believe it.”', 'Mr. Ken Roe'],
    ['Lund went on to call the plan “a disaster.”', 'Lund'],
    // After a verb of getting in touch and its object, not the subject of the sentence ("court").
    ['The court heard that Ada Roe phoned the manager in May to say the exits were “blocked by pallets.”', 'Ada Roe'],
  ])('an infinitive cue takes the subject of the verb it hangs on: %s', (sentence, mention) => {
    expect(direct(article(sentence))[0]![2]).toBe(mention);
  });
});

describe('attributeQuotes: a quote inside the content of a reported clause', () => {
  test.each<[string, string]>([
    [
      'Paolo Verdi, the editor of the city’s largest paper, La Voce, said every mayor was “a builder and a broker.”',
      'Paolo Verdi',
    ],
    [
      'Dana Ruiz, whose district, Elmwood, is expected to flood, argues that new levees will “ruin the budget.”',
      'Dana Ruiz',
    ],
  ])('on the same cue, the clause’s source speaks the quote too: %s', (sentence, name) => {
    const quotes = run(article(sentence)).quotes;
    expect(quotes.find((q) => q.kind === 'reported')?.speaker?.name).toBe(name);
    expect(quotes.find((q) => q.kind === 'direct')?.speaker?.name).toBe(name);
  });

  test('a quote with no speaker of its own in the clause’s content is the clause source’s', () => {
    const text = article(
      'Ada Roe downplayed the attack and said it was no worse than a senator calling herself "a wise Midwesterner."',
    );
    expect(direct(text)[0]![1]).toBe('Ada Roe');
  });
});

describe('attributeQuotes: the sentence subject after a dateline', () => {
  test('a wire dateline before its dash is no speaker; the subject after it is', () => {
    const text = article(
      'DAYTON, July 25 (UPI) — The Ohio Farm Bureau released a statement Monday, offering "a deep and sincere apology" to growers.',
    );
    expect(direct(text)[0]![2]).toBe('Ohio Farm Bureau');
  });

  test('a place in title case with the agency in parentheses before its dash is a dateline', () => {
    const text = article(
      'Lisbon (AFP) – The Harbour Board released a statement Monday, offering "a full apology" to fishermen.',
    );
    expect(direct(text)[0]![2]).toBe('Harbour Board');
  });

  test('a title-case name before a dash with no agency in parentheses is no dateline', () => {
    const text = article('Ruiz – a harbour pilot for 30 years – called the drills "a dangerous provocation."');
    expect(direct(text)[0]![2]).toBe('Ruiz');
  });

  test('a capitalised subject before a dash with lower-case words after it is no dateline', () => {
    const text = article('NATO — the alliance of 32 states — called the drills "a dangerous provocation."');
    expect(direct(text)[0]![2]).toBe('NATO');
  });
});

describe('attributeQuotes: objects and agents of a cue', () => {
  test('in "X was asked by Y", the agent asks the quoted question', () => {
    const text = article(
      'Dana Ruiz was asked by moderator Tom Hale whether the plan would cost "far more than anyone admits."',
    );
    expect(direct(text)[0]![1]).toBe('Tom Hale');
  });

  test('the subject of a passive "was told" or "was asked" only heard the quote: no speaker without "by"', () => {
    expect(direct(article('“The pool will not reopen this summer,” Dana Ruiz was told.'))[0]![1]).toBeNull();
    expect(direct(article('“Who pays for it?” the clerk was asked.'))[0]![1]).toBeNull();
    expect(direct(article('“The pool will not reopen,” Dana Ruiz was told by Mayor Tom Hale.'))[0]![1]).toBe(
      'Tom Hale',
    );
    expect(direct(article('Dana Ruiz was told: “The pool will not reopen this summer.”'))[0]![1]).toBeNull();
  });

  test('a headline\'s "X told to …" has dropped its "were": X heard the quote, and no neighbour is lent it', () => {
    const text = article('Mayor calls the pier plan "a disgrace"; staff told to expect "very hard choices this year".');
    const found = direct(text);
    expect(found.find(([q]) => q.includes('disgrace'))?.[1]).toBe('Mayor');
    expect(found.filter(([q]) => q.includes('hard choices')).every(([, who]) => who === null)).toBe(true);
    // An active "told" has its hearer before any "to".
    expect(direct(article('Dana Ruiz told staff to expect “very hard choices this year”.'))[0]![1]).toBe('Dana Ruiz');
  });

  test('a headline\'s "Inquest told …" has dropped its "was": the body that hears evidence heard the quote', () => {
    for (const headline of ['Inquest told mother', 'Royal commission told nurses', 'Court told driver'])
      expect(direct(article(`${headline} "could not have known"`, 'The hearing went on.'))[0]![1]).toBeNull();
    // With its article the body speaks ("The court told him: …"), as does one named as the hearer.
    expect(direct(article('The tribunal told the landlord: “You must repay the deposit.”'))[0]![1]).toBe('tribunal');
    expect(direct(article('Dana Ruiz told the inquest that she “could not have known”.'))[0]![1]).toBe('Dana Ruiz');
  });

  test('the one told before a colon is the listener, not the speaker', () => {
    const text = article(
      'Back in 2002, Ms. Ruiz praised the mayor’s budget skills, telling WKRP: "I could never match her."',
    );
    expect(direct(text)[0]![1]).toBe('Ruiz');
  });
});

test('"according to" a record filed, provided or calculated by someone: that someone is the source', () => {
  const filed = article('“The evidence cannot prove the charge,” according to a court document filed by Dana Ruiz.');
  expect(direct(filed)[0]![1]).toBe('Dana Ruiz');
  const audio = article('“The fares are too high,” according to audio provided by Prairie Public Radio.');
  expect(direct(audio)[0]![1]).toBe('Prairie Public Radio');
  const sums = article('A fair wage is “$14 an hour,” according to calculations by Rhea Holm of the state university.');
  expect(direct(sums)[0]![1]).toBe('Rhea Holm');
});

test('"according to" a source with a relative clause after it: the source, not the sentence’s opening noun', () => {
  const text = article(
    'Talks with the firms have gone on for a year, but since the floods “there has been a renewed push,” according to a senior county official who spoke on condition of anonymity.',
  );
  expect(direct(text)[0]![1]).toBe('senior county official');
});

test('"in the words of" X before or after the quote: X is its source', () => {
  const before = article(
    'Hours later it was plain that the mayor was, in the words of a senior aide, “the last line of defence.”',
  );
  expect(direct(before)[0]![1]).toBe('senior aide');
  expect(direct(article('“We will not back down,” in the words of Mayor Ada Brennan.'))[0]![1]).toBe('Ada Brennan');
});

test('a participle after a trailing clause set off by a comma: that clause’s subject says the quote', () => {
  const text = article(
    'It was a sharp exchange at the hearing, as Mayor Ada Brennan echoed the criticism, saying the plan “ignores the people who ride the buses.”',
  );
  expect(direct(text)[0]![1]).toBe('Ada Brennan');
});

describe('attributeQuotes: a short sentence after a question or exclamation', () => {
  test.each<[string, string]>([
    ['“Would the deal survive another year?” Halvorsen pressed. “Maybe not.”', 'Halvorsen'],
    ['“You see it, don’t you?” Mr. Okafor went on, as if nobody had spoken.', 'Okafor'],
    ['“Why would anyone do that?” Beckett shrugged.', 'Beckett'],
  ])('a name and any verb right after the quote attribute it: %s', (paragraph, name) => {
    expect(direct(article(paragraph))[0]![1]).toBe(name);
  });

  test('the attribution cut off by the question mark is evidence from the quote’s own sentence', () => {
    const text = article('The hall went quiet. “Who paid for the new roof?” Halvorsen asked. Nobody answered.');
    const quote = run(text).quotes.find((q) => q.kind === 'direct')!;
    expect(quote.speaker).toMatchObject({ name: 'Halvorsen', evidence: { place: 'sentence' } });
  });
});

describe('attributeQuotes: the possessor of a noun of saying', () => {
  test.each<[string, string]>([
    ['The mayor faced questions over her remark that “the budget can wait.”', 'her'],
    ['Ken Lund’s “two percent” comment drew a rebuke from the council.', 'Ken Lund’s'],
    ['Ada Roe’s response was: “We will see them in court.”', 'Ada Roe’s'],
    ['The board cited his call for “a clean slate” in its letter.', 'his'],
    // The quote inside the noun's that-clause, past the clause's subject and verb.
    [
      'The vote was marred by Ada Roe’s accusation that the harbor board had been “asleep at the wheel” for years.',
      'Ada Roe’s',
    ],
    // A noun of saying that is also a verb of saying ("claim", "comment") is still a noun after a
    // possessor; a cue after the quote belongs to the main clause, not to the possessor's words.
    [
      'Gov. Ken Lund blamed reporters for making an issue out of Ada Roe’s claim that the harbor board “lied to us,” saying they missed the point.',
      'Ada Roe’s',
    ],
    // A month's name among the noun's modifiers.
    ['The union snubbed Ada Roe after her March comment that, “We will close every mill.”', 'her'],
  ])('the possessor said the quoted words: %s', (sentence, mention) => {
    expect(direct(article(sentence))[0]![2]).toBe(mention);
  });

  test.each<[string]>([
    ['Ada Roe called Ken Lund’s charge “pathetic” on Monday.'],
    ['The fact checkers ruled that Ken Lund’s statement was “mostly true, if a little rounded.”'],
  ])('a quotation said of the words, not the words themselves, is not the possessor’s: %s', (sentence) => {
    expect(direct(article(sentence))[0]![2]).not.toBe('Ken Lund’s');
  });
});

test('a pronoun owner past its that-clause’s subject is no new speaker: the cue’s subject speaks', () => {
  const text = article('Ken Lund spoke for an hour, saying in his statement that the board was “asleep at the wheel.”');
  expect(direct(text)[0]![2]).toBe('Ken Lund');
});

describe('attributeQuotes: a colon introduces the quote', () => {
  test.each<[string, string, string, string]>([
    [
      'a name right before the colon, no speech verb',
      'The timing did not surprise pollster Dan Shaw: “Lesser-known candidates often rise early.”',
      'Dan Shaw',
      'pollster Dan Shaw',
    ],
    ['"Here’s X" presents the speaker', 'Here’s Roe in December 2019: “We regret the delay.”', 'Roe', 'Roe'],
    [
      'a section label, a dash, then the name',
      'Polls were early - Jane Roe: “They ended too soon.”',
      'Jane Roe',
      'Jane Roe',
    ],
    [
      'a past participle clause before the subject',
      'Asked about the vote, Mr. Ken Smith shot back: “That would be good.”',
      'Ken Smith',
      'Mr. Ken Smith',
    ],
    [
      'the subject, not the object after a preposition',
      'Lund lashed out at Ortega: “She is a disaster.”',
      'Lund',
      'Lund',
    ],
  ])('%s', (_name, sentence, name, mention) => {
    expect(direct(article(sentence))).toEqual([[expect.any(String), name, mention]]);
  });

  test('a label with a verb of its own, a dash, then the name: the name, not the label’s subject', () => {
    const text = article('Pollsters agree - Dana Okafor: “Keep calling voters as late as you can.”');
    expect(direct(text)).toEqual([[expect.any(String), 'Dana Okafor', 'Dana Okafor']]);
    // A reporting verb in the label ("predict") whose clause runs over the byline takes nothing from it.
    const byline = article('But polls did predict the mayoral race - VoteWatch: “Most pollsters fared much better.”');
    expect(direct(byline)).toEqual([[expect.any(String), 'VoteWatch', 'VoteWatch']]);
  });

  test('a document "from" or "by" a body opening a colon lead-in: the body speaks', () => {
    const text = article('A report by the Acme Institute had this to say about the plan: “Wages have not kept pace.”');
    expect(direct(text)).toEqual([[expect.any(String), 'Acme Institute', 'Acme Institute']]);
  });

  test('a quote framed by the cue of an opening subordinate clause is that clause’s', () => {
    const text = article('When a reporter asked, “Will you run again?” Lund laughed and walked off.');
    expect(direct(text)).toEqual([[expect.any(String), 'reporter', 'a reporter']]);
  });

  test("a weak cue after a quote: the subject's role in apposition before the name fills the gap", () => {
    // A manner verb ("laughs") is a cue only beside the quote; "the drummer, Name," stands between.
    const text = article('Ivo Marsh shrugs. “It was my solo,” the bassist, Tilde Varga, laughs. “I was right.”');
    expect(direct(text).map((q) => q[1])).toEqual(['Tilde Varga', 'Tilde Varga']);
  });

  test('an indefinite phrase and a participle after a quote describe it; they do not say it', () => {
    const text = article('It led Roe to call Lund “very bendy,” a nod to the governor acknowledging the change.');
    expect(direct(text).map((q) => q[2])).not.toContain('a nod to the governor');
    expect(direct(article('“We are done,” a spokesman said on Monday.'))[0]![2]).toBe('a spokesman');
  });

  test('"who" right after a name, its comma missing, speaks the quote in its clause', () => {
    const text = article('Roe contrasted that with Lund who is trying to bring "people together for the common goal."');
    expect(direct(text)).toEqual([[expect.any(String), 'Lund', 'who']]);
  });

  test('a dash after a quoted fragment run into its sentence opens an apposition, no byline', () => {
    const text = article(
      'Lund has also called the senator “the next Lincoln” – the Great Emancipator whom Roe admires.',
    );
    expect(direct(text)[0]![2]).toBe('Lund');
    // A quote ending a sentence of its own is still signed by the dash.
    expect(direct(article('“We will win.” – Ada Roe'))[0]![1]).toBe('Ada Roe');
  });

  test('a language or place after "in" right before the colon is no speaker', () => {
    const text = article(
      'At a gala that week in Reno, Nev., the retired pilot closed her toast by quoting Amelia Earhart in French: "Adventure is worthwhile in itself."',
    );
    expect(direct(text)[0]![2]).not.toBe('French');
  });

  test('"Here’s X:" closing a paragraph introduces the quote paragraphs after it', () => {
    const text = article('Here’s Roe in December 2019:', '“We regret the delay.”', '“Nobody will lose benefits.”');
    expect(direct(text).map((q) => q[1])).toEqual(['Roe', 'Roe']);
  });
});

describe('attributeQuotes: lead-ins and runs of quote paragraphs', () => {
  /** [speaker name, evidence place] of each direct quote. */
  const places = (text: string) =>
    run(text)
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => [q.speaker?.name ?? null, q.speaker?.evidence.place ?? null]);

  test('a lead-in ending in a colon gives its speaker to every quote paragraph after it', () => {
    const text = article(
      'Maria Roe, a nurse, wrote in a blog post on Sunday:',
      '“The ward was full by noon. Nobody came to help.”',
      '“We asked the board twice. They said no.”',
      '“I am still angry about it.”',
    );
    expect(places(text)).toEqual([
      ['Maria Roe', 'lead-in'],
      ['Maria Roe', 'lead-in'],
      ['Maria Roe', 'lead-in'],
    ]);
  });

  test('a quoted exchange after a lead-in: the question is the asker’s, the answer not', () => {
    const text = article(
      'The sharpest exchange came from Sen. Roy Gaskill, who asked about the grid:',
      'Q: “Will you commit that not one dollar comes out of Texas?”',
      'A: “Senator, Texas will get its fair share, and I will show you the numbers.”',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes.filter((q) => !q.partial);
    expect(quotes.map((q) => [q.text.slice(0, 8), q.speaker?.name ?? null])).toEqual([
      ['Q: “Will', 'Roy Gaskill'],
      ['A: “Sena', null],
    ]);
  });

  test('embedded posts after a lead-in are their signers’, not the lead-in’s group', () => {
    const text = article(
      'Council members of both parties reacted online:',
      'The ferry cuts are a disgrace. Reverse them.',
      '— Cllr. Owen Pike (@OwenPike) April 2, 2025',
      'The ferry needed fixing years ago. — Nora Bright (@NoraB) April 2, 2025',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['The ferry cuts are a disgrace. Reverse them.', 'Owen Pike'],
      ['The ferry needed fixing years ago.', 'Nora Bright'],
    ]);
  });

  test('a post signed in any script, or under Instagram’s “A post shared by”, is its signer’s, whatever its handle', () => {
    const text = article(
      '“We walked it in a week,” Piet Berg said.',
      'Dawn over the salt pans. Worth the early alarm.',
      'A post shared by Lena (@lena.walks)',
      'Water trucks leave for the hills today.',
      '— Zezé Marinho (@zezemarinho) May 4, 2026',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['“We walked it in a week,”', 'Piet Berg'],
      ['Dawn over the salt pans. Worth the early alarm.', 'Lena'],
      ['Water trucks leave for the hills today.', 'Zezé Marinho'],
    ]);
  });

  test('a post signed by a name with lower-case particles (“of”, “van der”) is its signer’s, not the speaker’s before', () => {
    const text = article(
      '“She taught us everything,” Piet Berg said.',
      'A great teacher of river chemistry. Rest in peace.',
      '— Guild of Water Chemists (@WaterGuild) March 2, 2028',
      'Proud of this squad.',
      '— Jan van der Vliet (@janvdv)',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([
      'Piet Berg',
      'Guild of Water Chemists',
      'Jan van der Vliet',
    ]);
  });

  test('a post signed by a firm whose name joins two surnames with “&” is the firm’s, not the person of one surname', () => {
    const text = article(
      '“They knew,” said Nell Roe, the family’s lawyer.',
      'Justice for Tam. The jury saw it.',
      '— Roe & Lund LLP (@RoeLund) March 2, 2030',
      'Proud of our team.',
      '— Roe Lund (@RoeLund) March 3, 2030',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Nell Roe', 'Roe & Lund LLP', 'Roe Lund']);
  });

  test('a post signed in capitals (an agency’s acronym) keeps its capitals; a transcript’s label is re-cased', () => {
    const text = article(
      '“The comet is no risk,” Ada Roe said.',
      'Our telescope caught the comet spinning.',
      '— NSAA (@NSAA) November 30, 2027',
      '“MOORE: We will see.”',
    );
    const blocks = blocksFromPlainText(text).map((b, i) =>
      i === 2 || i === 3 ? { ...b, kind: 'blockquote' as const } : b,
    );
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ada Roe', 'NSAA', 'Moore']);
  });

  test('a post signed by a name with a lower-case particle ("von", "bin", "al-") is its signer’s', () => {
    const text = article(
      '“I leave early every day,” Ada Roe said.',
      'Twelve billion for the railway, and no plan for staff.',
      '— Friedrich von Hallerstein (@fvhallerstein) February 7, 2028',
      'The talks are over. Everyone is home.',
      '— Khalid bin Rashed al-Mansouri (@kralmansouri) March 2, 2028',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['“I leave early every day,”', 'Ada Roe'],
      ['Twelve billion for the railway, and no plan for staff.', 'Friedrich von Hallerstein'],
      ['The talks are over. Everyone is home.', 'Khalid bin Rashed al-Mansouri'],
    ]);
  });

  test('a post signed “— Name on Facebook” (or on X) is the name’s, not the platform’s nor the speaker’s before', () => {
    const text = article(
      '“Help is on the way,” the minister, Ada Roe, said.',
      'Our boats reach 40 villages today. Donate via the link.',
      '— Lake Aid on Facebook',
      'The ferry runs again at noon.',
      '— Piet Berg on X (@pietberg)',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ada Roe', 'Lake Aid', 'Piet Berg']);
  });

  test('a post signed by a handle alone (an account with no name) is the handle’s, and the signature no quote', () => {
    const text = article(
      '“The bridge is gone,” Piet Berg said.',
      'The bridge at dawn after the storm.',
      '— @harbourwatch',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['“The bridge is gone,”', 'Piet Berg'],
      ['The bridge at dawn after the storm.', 'harbourwatch'],
    ]);
  });

  test('a signature opening an embed signs the caption after it, and no block quote before it', () => {
    const text = article(
      '“The bridge is gone,” Piet Berg said.',
      'We will rebuild it by spring.',
      'A post shared by Harbour Watch (@harbourwatch)',
      'The bridge at dawn after the storm.',
    );
    const kinds = (first: number) =>
      blocksFromPlainText(text).map((b, i) => (i >= first ? { ...b, kind: 'blockquote' as const } : b));
    const speakers = (first: number) =>
      attributeQuotes(text, kinds(first), { abstain: false }).quotes.map((q) => q.speaker?.name ?? null);
    expect(speakers(3)).toEqual(['Piet Berg', 'Harbour Watch']);
    // After a pull quote the signature is the pull quote's (the order embed code gives), not the next one's.
    expect(speakers(2)).toEqual(['Piet Berg', 'Harbour Watch', null]);
  });

  test('a post signed by a name in lower case on a line of its own is its signer’s', () => {
    const text = article('“The bridge is gone,” Piet Berg said.', 'Not me crying at the ferry at 2am', '— tilly');
    const blocks = blocksFromPlainText(text).map((b, i) => (i >= 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Piet Berg', 'tilly']);
  });

  test('a TikTok post, opening with its poster’s handle, is the handle’s, not the paragraph before’s', () => {
    const text = article('“The bridge is gone,” Piet Berg said.', '@harbourwatch The bridge at dawn after the storm');
    const blocks = blocksFromPlainText(text).map((b, i) => (i === 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Piet Berg', 'harbourwatch']);
  });

  test('a quote opening the sentence after a cue’s sentence is introduced by it, unless a cue follows it', () => {
    const text = article(
      'The pastor explained that the vote would be close. “I sensed the town would pick a new mayor.”',
      'Ada Lund said the ferry was late again. “Why do we pay for this?” Tom Berg, who runs the kiosk, asked.',
    );
    const [first, second] = places(text);
    expect(first).toEqual(['pastor', 'lead-in']);
    expect(second![1]).not.toBe('lead-in');
  });

  test('a quote inside the unmarked paragraph a reporting lead-in introduces is the lead-in speaker’s', () => {
    const text = article(
      'In the text below the video, Ada Lund wrote:',
      'I think this prayer is timely, as support for the mayor slips. What we should ask is “who has the town chosen?”',
      'The pastor left early.',
    );
    expect(places(text)).toEqual([['Ada Lund', 'lead-in']]);
  });

  test('the paragraphs of one quote a lead-in introduces are each introduced by it', () => {
    // One quotation over three paragraphs: each opens with a mark, only the last closes.
    const text = article(
      'The hospital trust said in a statement:',
      '“The ward was full by noon and the night staff were called in early.',
      '“We asked the board twice for more beds and were told to wait.',
      '“Nobody will lose their place on the list.”',
    );
    expect(places(text)).toEqual([
      ['hospital trust', 'lead-in'],
      ['hospital trust', 'lead-in'],
      ['hospital trust', 'lead-in'],
    ]);
  });

  test('the pieces of a quote attributed in its own sentence stay pieces of the quote', () => {
    const text = article(
      '“The ward was full by noon,” Maria Roe said on Sunday. “Nobody came to help.',
      '“We asked the board twice and were told to wait.”',
    );
    expect(places(text)).toEqual([
      ['Maria Roe', 'sentence'],
      ['Maria Roe', 'paragraph'],
      ['Maria Roe', 'quote-piece'],
    ]);
  });

  test('"X said in a statement." introduces the quote paragraphs after it', () => {
    const text = article('The ministry said in a statement.', '“We regret the delay.”', '“Nobody will lose benefits.”');
    expect(places(text)).toEqual([
      ['ministry', 'lead-in'],
      ['ministry', 'lead-in'],
    ]);
  });

  test('the run ends where another speaker is introduced', () => {
    const text = article(
      'Roe wrote in a blog post:',
      '“The ward was full by noon.”',
      '“We asked the board twice.”',
      'Ken Smith, the board chair, said he had seen no letter.',
      '“We never got a request.”',
    );
    expect(places(text).map((p) => p[0])).toEqual(['Roe', 'Roe', 'Ken Smith']);
  });

  test.each([
    ['The board has not replied.'],
    ['The board did not immediately respond.'],
    ['The board declined to comment.'],
  ])('a negated cue introduces nobody: %s', (sentence) => {
    const text = article(
      'Roe said in a statement.',
      '“We asked the board twice.”',
      sentence,
      '“We never got a request.”',
    );
    expect(places(text).map((p) => p[0])).toEqual(['Roe', null]);
  });

  test('a quote paragraph goes on with the last speaker of the paragraph before, which keeps to them', () => {
    const text = article(
      '“The ward was full by noon,” Maria Roe said. When the shifts changed, the patients came up to her.',
      '“They would ask me whether they would be sent home.”',
    );
    expect(places(text)).toEqual([
      ['Maria Roe', 'sentence'],
      ['Maria Roe', 'paragraph-before'],
    ]);
  });

  test.each([
    ['a full name opens the sentence after', 'Ken Smith, the board chair, was unmoved by her complaint.'],
    ['no pronoun keeps to the speaker', 'The hearing ended at noon.'],
  ])('the paragraph before lends no earlier speaker when %s', (_, after) => {
    const text = article(
      `“The ward was full by noon,” Maria Roe said. ${after}`,
      '“We never got a request from anyone.”',
    );
    expect(places(text).map((p) => p[0])).toEqual(['Maria Roe', null]);
  });

  test('a paragraph in single marks is a subhead, lent no earlier speaker', () => {
    const text = article(
      '“The ward was full by noon,” Maria Roe said. The merger was not her idea.',
      '‘A fight from start to finish.’',
    );
    expect(places(text).map((p) => p[0])).toEqual(['Maria Roe', null]);
  });

  test('a short sentence of subject and verb introduces the quote that opens the next sentence', () => {
    const text = article('Maria Roe turned to the crowd. “Who will pay for the new ward?”');
    expect(places(text)).toEqual([['Maria Roe', 'paragraph']]);
  });

  test('a lone capitalised word opening a sentence of any verb is someone only as a known surname', () => {
    // "Flood waters rose.": "Flood" with the verb "waters" is no one; "Roe" is Maria Roe's surname.
    expect(places(article('Flood waters rose overnight. “We moved 4,000 families to the camps.”'))[0]![0]).toBeNull();
    expect(places(article('Crowds gathered outside.', '“We want answers.”'))[0]![0]).toBeNull();
    const known = article('Maria Roe runs the shelter.', 'Roe turned to the crowd. “Who will pay for the new ward?”');
    expect(places(known)).toEqual([['Maria Roe', 'paragraph']]);
  });

  test('a short sentence of subject and verb ending a paragraph introduces the quote paragraph after it', () => {
    const text = article('Maria Roe went on with her complaint.', '“Nobody came to help, and nobody called back.”');
    expect(places(text)).toEqual([['Maria Roe', 'paragraph-before']]);
  });

  test('a long sentence of subject and verb ending a paragraph introduces the quote paragraph after it', () => {
    const text = article(
      'Maria Roe praised the mayor’s work after the spring floods and her knack for getting things done in a divided city.',
      '“We need someone who will cut through the noise and bring people together.”',
    );
    expect(places(text)).toEqual([['Maria Roe', 'paragraph-before']]);
  });

  test('the long sentence lends no speaker to a quote that only opens its paragraph', () => {
    const text = article(
      'Maria Roe praised the mayor’s work after the spring floods and her knack for getting things done in a divided city.',
      '“Get it done” was the slogan of the campaign that the council ran in the weeks before the vote on the plan.',
    );
    expect(places(text).map((p) => p[0])).toEqual([null]);
  });

  test('the short sentence leaves a lead-in with a colon to its own rule', () => {
    const text = article('Maria Roe stated:', '“Nobody came to help, and nobody called back.”');
    expect(places(text)).toEqual([['Maria Roe', 'lead-in']]);
  });

  test('a quote paragraph before one that opens with an attributed quote is that speaker’s', () => {
    const text = article(
      'The council met on Monday to discuss the budget.',
      '“The ward was full by noon and nobody came.”',
      '“We asked the board twice,” Maria Roe notes.',
    );
    expect(places(text)).toEqual([
      ['Maria Roe', 'paragraph-before'],
      ['Maria Roe', 'sentence'],
    ]);
  });
});

describe('attributeQuotes: the subject against a phrase inside its appositive', () => {
  /** The speaker name of the direct quote whose text starts with `opening`. */
  function speakerOf(sentence: string, opening: string): string | null | undefined {
    return direct(article(sentence)).find((q) => q[0].slice(1).startsWith(opening))?.[1];
  }
  test.each<[string, string, string, string]>([
    [
      'a description after the cue that runs on into a clause is what was said; the opening name speaks',
      'Rhea Lund, the author of “Going Long,” about the slow decline of local papers, said the days when the town had “one shared story” are gone.',
      'one shared',
      'Rhea Lund',
    ],
    [
      'a participle clause on a speech verb is part of the appositive',
      'But Sen. Dana Ruiz (D-Ore.), noting the size of the crowd at the pier, said, “He has a very long list of supporters.”',
      'He has',
      'Dana Ruiz',
    ],
    [
      'a quotation closing the appositive belongs to the name it describes',
      'Mr. Paul Baker, citing “the unique charm of the old harbour,” said the mayor could still win the vote.',
      'the unique',
      'Paul Baker',
    ],
    [
      'a relative clause with a quotation, closed by a comma inside the marks',
      'Mira Olsen, who called the ferry plan “a very costly mistake,” told the board it would not pass.',
      'a very',
      'Mira Olsen',
    ],
    [
      '"as X put it" past a quoted title in the appositive',
      'As Ada Brennan, professor of law at Dover and author of “The Quiet Court,” put it, “Senators should remember that a compromise may serve them better.”',
      'Senators',
      'Ada Brennan',
    ],
    [
      'a description ending in a city and its region is an appositive, even when the region is also a given name',
      '“We will not fold on this,” Nell Varga, a delegate from Austin, Texas, said on Monday.',
      'We will',
      'Nell Varga',
    ],
    [
      'the same before the quotation',
      'Nell Varga, a delegate from Austin, Texas, said, “We will not fold on this.”',
      'We will',
      'Nell Varga',
    ],
    [
      'a list closed by "and" inside the appositive: its last comma is no appositive’s end',
      '“The rules will not change this year,” Tilda Moss, deputy minister for housing, transport, and energy, said on a call.',
      'The rules',
      'Tilda Moss',
    ],
  ])('%s', (_name, sentence, opening, speaker) => {
    expect(speakerOf(sentence, opening)).toBe(speaker);
  });

  test('a participle cue in a fronted phrase does not lend its source to the main clause’s quotation', () => {
    expect(
      speakerOf(
        'On Friday, in a memo announcing her new role, Vera Lund described the plan as “a long series of small steps.”',
        'a long',
      ),
    ).toBe('Vera Lund');
  });

  test('a place and its region after a description with no name before it stay a description', () => {
    expect(
      speakerOf('A nurse from Austin, Texas, told reporters, “The ward has been full for a week.”', 'The ward'),
    ).toBe('nurse');
  });

  test('a restrictive relative clause between the subject and its cue describes the subject', () => {
    expect(
      speakerOf(
        'A county official who spoke on condition of anonymity to discuss internal planning said Tuesday, “There are talks.”',
        'There are',
      ),
    ).toBe('county official');
    expect(speakerOf('Fishermen who work the northern banks told us, “The quota is too low.”', 'The quota')).toBe(
      'Fishermen',
    );
    // A wire's anonymity clause runs past twelve words; its last noun ("media") is no speaker.
    expect(
      speakerOf(
        'A senior aide who spoke on condition of anonymity because she was not authorized to brief the media said, “The maps are the problem.”',
        'The maps',
      ),
    ).toBe('senior aide');
  });

  test('a subject after a subordinator ends no relative clause of an earlier "who"', () => {
    expect(
      speakerOf(
        'The idea of a list of those who should be shunned for backing the mayor gathered pace this week as several columnists said “it is overdue.”',
        'it is overdue',
      ),
    ).toBe('columnists');
  });

  test('a participle cue after the object of a verb is said by the verb’s subject, not the object', () => {
    expect(
      speakerOf('Mira Olsen started out the second forum saying “of course” the ferry would run.', 'of course'),
    ).toBe('Mira Olsen');
    expect(
      speakerOf('The harbour board placed full-page newspaper ads warning of “a costly mistake.”', 'a costly'),
    ).toBe('harbour board');
    // A sign carries words of its own, and a person in the object is quoted through the participle.
    expect(speakerOf('Mira Olsen held up a sign saying “Save the ferry.”', 'Save')).not.toBe('Mira Olsen');
    expect(speakerOf('The film shows a fisherman saying “the quota is too low.”', 'the quota')).toBe('fisherman');
  });

  test('a noun after a preposition before the cue is its object, never the subject', () => {
    // "later" after a determiner is an adjective inside the adjunct.
    expect(speakerOf('The ferry captain in a later interview said the hull was “rotten through.”', 'rotten')).toBe(
      'ferry captain',
    );
    expect(speakerOf('The ferry captain during the hearing said the hull was “rotten through.”', 'rotten')).toBe(
      'ferry captain',
    );
    expect(speakerOf('Mira Olsen later at the hearing said the hull was “rotten through.”', 'rotten')).toBe(
      'Mira Olsen',
    );
    // An adjunct with no subject before it names no one; nor does a verb's object before it.
    expect(
      speakerOf('The captain denied it, but in a later interview said the hull was “rotten through.”', 'rotten'),
    ).not.toBe('interview');
    expect(speakerOf('She struggles with the crew during the talks said “we lost the ferry.”', 'we lost')).not.toBe(
      'struggles',
    );
    // "one in four", "at least": a share, not an adjunct.
    expect(speakerOf('One in four riders in our survey said the ferry was “always late.”', 'always')).toBe(
      'four riders',
    );
  });

  test('a verb taking the participle cue ("keeps saying") is no part of the subject', () => {
    expect(speakerOf('The harbour board keeps saying “the ferry will run on time.”', 'the ferry')).toBe(
      'harbour board',
    );
    expect(speakerOf('Mira Olsen continued saying “the ferry will run on time.”', 'the ferry')).toBe('Mira Olsen');
  });

  test('a participle cue after an infinitive’s object is said by the infinitive’s subject', () => {
    expect(speakerOf('The delay led the gazette to print a front page saying “Sink the ferry!”', 'Sink')).toBe(
      'gazette',
    );
    // A verb in -ing right before a sign is caught in no name.
    expect(speakerOf('Riders came to the pier, waving banners saying “Save the ferry.”', 'Save')).not.toBe(
      'waving banners',
    );
  });

  test('"less than two weeks ago" between the subject and its cue is a time, not the subject', () => {
    expect(
      speakerOf('The harbour board less than two weeks ago said the pier was “not safe at all.”', 'not safe'),
    ).toBe('harbour board');
    expect(speakerOf('Mira Olsen a few days ago told reporters, “We will appeal.”', 'We will')).toBe('Mira Olsen');
  });

  test('a name after the cue that ends its clause is still the inverted speaker', () => {
    expect(speakerOf('“We will rebuild,” said Tom Briggs, the harbour master.', 'We will')).toBe('Tom Briggs');
    expect(speakerOf('The pier, said the harbour master, is “not safe at all.”', 'not safe')).toBe('harbour master');
  });
});

describe('attributeQuotes: hostile input', () => {
  test.each<[string, string]>([
    ['thousands of marks', '"“‘\'„«'.repeat(50_000)],
    ['a 1 MB paragraph', 'word said "x" he, '.repeat(60_000)],
    ['unbalanced marks and cues', '“He said, ” said he “ '.repeat(40_000)],
    ['control and zero-width characters, RTL', '\u200b\u202e“\u0000 قال ”\u200f said he. '.repeat(30_000)],
  ])('%s: no exception, every span inside the text', (_name, text) => {
    // Time is the bench's business; growth with size is checked in test/unit/hostile-input.test.ts.
    const out = run(text);
    for (const q of out.quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(q.start).toBeLessThan(q.end);
    }
  });
});

describe('attributeQuotes: the main clause’s subject past an opening that no word list names', () => {
  /** The speaker name of the direct quote whose text starts with `opening`. */
  function speakerOf(sentence: string, opening: string): string | null | undefined {
    return direct(article(sentence)).find((q) => q[0].slice(1).startsWith(opening))?.[1];
  }
  test.each<[string, string, string, string]>([
    [
      'a conjunction and a linking adverb before the subject, its verb irregular',
      'And then Vera Lund went on the attack, saying, “Is the council going to admit it failed?”',
      'Is the',
      'Vera Lund',
    ],
    [
      'a conjunction alone before the subject, its verb irregular',
      'But Vera Lund took the harbour plan apart, saying, “Nobody asked the fishermen.”',
      'Nobody',
      'Vera Lund',
    ],
    [
      'a prepositional phrase closed by a comma before the subject',
      'Early in the race, Vera Lund attacked Omar Diaz, calling him “a failed candidate who cannot win.”',
      'a failed',
      'Vera Lund',
    ],
    [
      'an opening word before "through" is no subject: "through" is a preposition, not its verb',
      'Halfway through the race, Vera Lund attacked Omar Diaz, calling him “a failed candidate.”',
      'a failed',
      'Vera Lund',
    ],
  ])('%s', (_name, sentence, opening, speaker) => {
    expect(speakerOf(sentence, opening)).toBe(speaker);
  });

  test('"Halfway through the play, the mother … says" gives the words to no "Halfway"', () => {
    const sentence = 'Halfway through the play, the mother looks at the orchard and says, quietly, “We planted it.”';
    expect(speakerOf(sentence, 'We planted')).not.toBe('Halfway');
  });
});

describe('attributeQuotes: a surname that is also a function word, right after the quote', () => {
  /** The speaker name of the direct quote opening with `opening`, in an article that introduced
   * the person by full name first. */
  function speakerOf(intro: string, sentence: string, opening: string): string | null | undefined {
    return direct(article(intro, sentence)).find((q) => q[0].slice(1).startsWith(opening))?.[1];
  }
  test.each<[string, string, string, string, string]>([
    [
      '"Q," Will wrote',
      'The columnist Dana Will spent the week in Dover.',
      '“The convention will decide nothing,” Will wrote in his column.',
      'The convention',
      'Dana Will',
    ],
    [
      '"Q," From said',
      'Al From, a party strategist, spoke to the board.',
      '“We had to move to the center,” From said on Tuesday.',
      'We had',
      'Al From',
    ],
    [
      '"Q," May said',
      'Prime Minister Ada May met the union in May.',
      '“The deal is done,” May said after the vote.',
      'The deal',
      'Ada May',
    ],
  ])('%s', (_name, intro, sentence, opening, speaker) => {
    expect(speakerOf(intro, sentence, opening)).toBe(speaker);
  });

  test('an adverb before an inverted subject is no surname', () => {
    const found = direct(article('The mayor spoke on Monday.', '“We will win,” Then said the mayor.'));
    expect(found.map((q) => q[2])).not.toContain('Then');
  });
});

describe('attributeQuotes: a lead-in of several clauses gives the last clause’s subject to the quote paragraph', () => {
  test.each<[string, string]>([
    ['after a dash', 'The debate grew heated — and then Vera Lund called them on it:'],
    ['after a semicolon', 'The board voted twice; Vera Lund weighed in after the second vote:'],
  ])('%s', (_name, lead) => {
    const quotes = direct(
      article(
        'The board met on Monday.',
        lead,
        '“The questions asked tonight show why the town does not trust the board.”',
      ),
    );
    expect(quotes[0]?.[1]).toBe('Vera Lund');
  });
});

describe('a quote sentence in parentheses', () => {
  test('\'("…," he said.)\' takes its own cue, not a speaker from the paragraph', () => {
    const text =
      'Title\n\nAda Lund runs the studio. Tom Hale joined because Lund stayed. ("We have persuaded the founders," he said.) The cast signed on later.';
    const q = attributeQuotes(text, blocksFromPlainText(text)).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker).toMatchObject({ name: 'Tom Hale', evidence: { place: 'sentence' } });
  });
});

describe('attributeQuotes: a quote inside a clause about someone else is not lent the paragraph’s speaker', () => {
  const quoteOf = (text: string, words: string) =>
    attributeQuotes(text, blocksFromPlainText(text)).quotes.find((q) => q.text.includes(words))!;
  test('a clause with its own subject abstains; one that names the speaker keeps them', () => {
    const text = article(
      '“We will not sign the treaty,” said Mayor Ellen Novak on Friday. Across the valley, farmers have been alarmed by the “reckless and costly” tariff plan for weeks. Later Novak repeated her warning about the “reckless and costly” tariff plan.',
    );
    expect(quoteOf(text, 'We will not')?.speaker?.name).toBe('Ellen Novak');
    const [stray, own] = attributeQuotes(text, blocksFromPlainText(text)).quotes.filter((q) =>
      q.text.includes('reckless'),
    );
    expect(stray!.speaker?.name ?? null).toBeNull();
    expect(own!.speaker?.name).toBe('Ellen Novak');
  });
  test('an opening phrase before a quote in lower case, or an expletive clause, keeps the speaker', () => {
    const text = article(
      '“The harvest was the worst in years,” said Mayor Ellen Novak on Friday. If prices keep falling this winter, “we will lose half the farms.” As a result, there’s now “no room left for another bad year.”',
    );
    expect(quoteOf(text, 'we will lose')?.speaker?.name).toBe('Ellen Novak');
    expect(quoteOf(text, 'no room left')?.speaker?.name).toBe('Ellen Novak');
  });
});

describe('attributeQuotes: a later clause with its own subject holds the quote', () => {
  test.each<[string, string, string]>([
    [
      'no cue: ", but" and a new subject',
      'Novak proposed a debate in May, but the Roe campaign rejected the idea as “ludicrous” because of the game.',
      'Roe campaign',
    ],
    [
      'past a cue in the first clause: ", and" and a new subject',
      'Novak first testified before the committee in 2012, and Sen. Ann Roe kept asking her why the agency had blamed “spontaneous” protests.',
      'Ann Roe',
    ],
    [
      'a coordinated verb without a subject stays with the first',
      'Novak read the plan twice, but called it “a good start” anyway.',
      'Novak',
    ],
    [
      'past a cue in the first clause: a semicolon and a new subject',
      'Vera Holm says the pier is safe; Omar Pell speaks of “a disaster waiting to happen” at the harbor.',
      'Omar Pell',
    ],
    [
      'only the nearest clause, past its subordinator',
      'Kevin was drifting off again, and as Novak went on about “how the system is rigged,” the crowd cheered.',
      'Novak',
    ],
    [
      'after a semicolon, a named subject (a dek of two clauses)',
      'The agency says the dam will hold; the mayor, Ilka Varro, wants “proof on paper” before the rains.',
      'Ilka Varro',
    ],
    [
      'after a semicolon, a thing is no subject that speaks',
      'Novak said the offer was fair; the terms were “generous” by any measure.',
      'Novak',
    ],
    [
      'a relative ", in which" clause with a named subject, still open at the quote',
      'The mayor spoke on a local station, in which Tom Lund voiced hope that the levy would not be “a burden on families.”',
      'Tom Lund',
    ],
    [
      '", both of which" and a named subject',
      'Cutting the grant could anger the unions and the farmers, both of which Ada Roe praised on Friday “for keeping the town going.”',
      'Ada Roe',
    ],
    [
      'a relative clause closed by its comma leaves the quote to the main clause',
      'Ada Roe asked whether the pier, which the Harbor Board built in 1990, would become “a danger to swimmers.”',
      'Ada Roe',
    ],
    [
      'a restrictive relative clause (no comma) may close before the quote',
      'Ada Roe described the town where Tom Lund grew up as “a dump.”',
      'Ada Roe',
    ],
  ])('%s', (_, sentence, name) => {
    expect(direct(article(sentence))[0]?.[1]).toBe(name);
  });
});

describe('attributeQuotes: "call" after an article is a noun, labelling nothing', () => {
  test.each<[string, string, string]>([
    [
      'a thing before "for a call"',
      'The draft swaps the old goal for a call to keep warming “well below 1.5C” by 2050.',
      'draft',
    ],
    ['a person subject keeps it', 'Ada Roe answered with a call to keep warming “well below 1.5C” by 2050.', 'Ada Roe'],
    [
      '"branded" labels as "called" does: its subordinate clause\'s subject',
      'Mayor Ada Roe defended the harbour plan after Councillor Tom Lund branded the levy “a tax on fishing families”.',
      'Tom Lund',
    ],
  ])('%s', (_, sentence, name) => {
    expect(direct(article(sentence))[0]?.[1]).toBe(name);
  });
});

describe('attributeQuotes: a reduced relative clause between the subject and its cue', () => {
  test.each<[string, string, string]>([
    ['"speaking to" X: X is spoken to', 'One official speaking to reporters said, “We are looking at it.”', 'official'],
    [
      '"obtained by" X: X only obtained it',
      'A March 3 letter from the union obtained by The Daily Ledger warns that “any further contact will go through our lawyers.”',
      'letter',
    ],
  ])('%s', (_, sentence, name) => {
    expect(direct(article(sentence))[0]?.[1]).toBe(name);
  });
});

describe('attributeQuotes: "and" inside an institution\'s name', () => {
  test.each<[string, string, string]>([
    [
      'the subject before the cue keeps the words after "and"',
      'The Bureau of Fisheries and Wildlife Protection said, “The river is closed.”',
      'Bureau of Fisheries and Wildlife Protection',
    ],
    [
      'a descriptor after the cue keeps them too',
      '“The river is closed,” said a spokeswoman for the Office of Water and Soil Quality.',
      'spokeswoman for the Office of Water and Soil Quality',
    ],
    [
      'a person after "and" is a second subject, not part of the name',
      'The Bureau of Fisheries and Chief Inspector Ada Roe said, “The river is closed.”',
      'Bureau of Fisheries',
    ],
    [
      'a second body after "and" is not part of the name',
      'The Ministry of Fisheries and Parliament said, “The river is closed.”',
      'Ministry of Fisheries',
    ],
    [
      'a name with no "of" whose words after "and" end in a body word is one body',
      'Seeds and Plant Protection said, “The river is closed.” Grain and Feed Enforcement agreed.',
      'Seeds and Plant Protection',
    ],
    [
      'so is one whose body word has its place after "of"',
      'The Nurses and Midwives Federation of Wirrinda said, “The wards are closed.”',
      'Nurses and Midwives Federation of Wirrinda',
    ],
    [
      'so is one ending in a company word, abbreviated or not',
      'The Wirrinda Mortgage and Housing Corp. said, “Rents are rising.” The Lake Seed and Grain Company agreed.',
      'Wirrinda Mortgage and Housing Corp.',
    ],
    [
      'a given name after "and" opens no person when a body word ends the words after it',
      'The Federation of Oak Farmers and Grace Valley Societies said, “The river is closed.”',
      'Federation of Oak Farmers and Grace Valley Societies',
    ],
    [
      'an acronym stands for the whole name, all the words after "and" with it',
      'The League of Hill Farmers and Upland Growers Societies (LHF) opened a fund. “Give now,” the LHF said.',
      'League of Hill Farmers and Upland Growers Societies',
    ],
    [
      'two kinds of institution joined by "and", then a body word, are one body',
      'The University and College Staff Union said, “The wards are closed.”',
      'University and College Staff Union',
    ],
    [
      'so they are after the cue',
      '“The wards are closed,” said the University and College Staff Union.',
      'University and College Staff Union',
    ],
    [
      'a place before the first kind makes them two bodies',
      '“The wards are closed,” said Kelso University and Bray College Union.',
      'Kelso University',
    ],
  ])('%s', (_, sentence, name) => {
    expect(direct(article(sentence))[0]?.[1]).toBe(name);
  });
  test('a person and a body joined by "and" stay two', () => {
    expect(direct(article('Ilse Berg and Plant Protection said, “The river is closed.”'))[0]?.[1]).not.toMatch(/ and /);
  });
});

describe('attributeQuotes: a role with "for" and its object before a name', () => {
  test.each<[string, string, string, string]>([
    [
      'the object of "for" is role, not the given name',
      'Minister for Fisheries Tomas Brennan said the quota would rise. “It is fair,” he said.',
      'Tomas Brennan',
      'Minister for Fisheries',
    ],
    [
      'a place after "for" that is also a given name is role too',
      'Independent TD for Clare Owen Dunne said it was late. “We waited,” he said.',
      'Owen Dunne',
      'Independent TD for Clare',
    ],
    [
      "a compass word after the place is the place's, though it is a given name too",
      'Green MP for Halden North Maria Voss said it was late. “We waited,” she said.',
      'Maria Voss',
      'Green MP for Halden North',
    ],
  ])('%s', (_, sentence, name, role) => {
    const q = run(article(sentence)).quotes.filter((x) => x.kind === 'direct');
    expect(q[0]?.speaker?.name).toBe(name);
    expect(q[0]?.speaker?.role).toBe(role);
  });
});

describe('attributeQuotes: a coordinated subject of the main clause', () => {
  test.each<[string, string, string]>([
    [
      'a name and a description: the first conjunct speaks, not a later name',
      'Harbor officials visited Oslo. Mayor Ilse Berg and other council members snubbed Peter Holm during his visit to the port, dismissing the former governor as “a tourist in his own state.” Holm has said the city is failing.',
      'Ilse Berg',
    ],
  ])('%s', (_, sentence, name) => {
    expect(direct(article(sentence))[0]?.[1]).toBe(name);
  });

  test('attributeQuotes: two names as the subject of the main clause are a pair, and no one of them is the speaker', () => {
    const quotes = run(
      article('Acme and Bolt shocked the market on Monday by announcing “Harbor Run,” their first joint game.'),
    ).quotes;
    expect(quotes.filter((q) => q.speaker?.name)).toEqual([]);
  });
});

describe('attributeQuotes: a verb form is not a speaker’s phrase', () => {
  test.each<[string, string]>([
    ['a participle after "be"', '“Is the ferry late again?” a commuter could be heard asking the driver at the pier.'],
    [
      'a participle before a determiner: a verb with its object',
      'After spending the whole summer feuding over whether the other is “fit” to lead, Vera Lund on Tuesday tore into Omar Diaz.',
    ],
  ])('%s', (_, sentence) => {
    const mention = direct(article(sentence))[0]?.[2] ?? null;
    expect(mention ?? '').not.toMatch(/^(?:heard|spending)/);
  });
});

describe('attributeQuotes: an opening "as" clause of saying names the source', () => {
  test.each<[string, string]>([
    [
      'As press secretary Ada Lund explained, three fees were postponed in the deal, costing the city $3 million, “which sounds like a lot of money to most people.”',
      'Ada Lund',
    ],
    ['As Vera Lund said she would, Omar Diaz stood up and called the plan “a disgrace to the harbor.”', 'Omar Diaz'],
  ])('%s', (sentence, name) => {
    expect(direct(article(sentence))[0]?.[1]).toBe(name);
  });
});

describe('attributeQuotes: a capitalised adjective opening a body’s name stays in it', () => {
  test.each<[string, string]>([
    ['“Rain is likely,” the National Weather Service said.', 'National Weather Service'],
    ['“Flights resume at noon,” the Federal Aviation Administration said.', 'Federal Aviation Administration'],
    ['“We expect rain,” the National Weather Service in Boulder, Colo., said Tuesday.', 'National Weather Service'],
    ['“The troops are ready,” the National Guard said.', 'National Guard'],
    ['“We are ready,” federal officials said.', 'officials'],
  ])('%s', (sentence, name) => {
    expect(direct(article(sentence))[0]?.[1]).toBe(name);
  });
});

test('attributeQuotes: a product with a model number is no speaker', () => {
  const quotes = run(
    article(
      'The Lumen X12 Pro says “welcome home, how was your day” when it wakes.',
      '“We built it for families,” said Ada Roe, who designed it.',
    ),
  ).quotes;
  expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
    ['direct', null],
    ['direct', 'Ada Roe'],
  ]);
});

test("attributeQuotes: a headline's maker and product with a model number before a lower-case word is no person", () => {
  // The maker's name alone later is the maker, not the "person" of the headline's product; a given
  // name keeps the number a figure about its bearer.
  const text = article('Lumora Slate 5 review: a big battery', '“Meet Slate 5,” Lumora said.');
  expect(direct(text)[0]?.[1]).toBe('Lumora');
  const person = article('Ada Lund 3 points ahead, poll says', '“We are close,” Lund said.');
  expect(direct(person)[0]?.[1]).toBe('Ada Lund');
});

describe('attributeQuotes: an employer’s possessive before a name is no part of the name', () => {
  test.each<[string, string]>([
    ['As the Harbour Post’s Ida Marsh wrote, “The ferry is a lifeline.”', 'Ida Marsh'],
    ['Corvel’s Tom Brandt said, “We will open two stores.”', 'Tom Brandt'],
    ['“It is too early to tell,” said The Ledger’s Nora Quist.', 'Nora Quist'],
  ])('%s', (sentence, name) => {
    expect(direct(article(sentence))[0]?.[1]).toBe(name);
  });
});

test('attributeQuotes: a heading’s quote, a colon and a name: the name speaks', () => {
  const text = '‘The sea nearly took us’: Ida Marsh on her year at the lighthouse\n\nIda Marsh is back on land.';
  expect(direct(text)).toEqual([['‘The sea nearly took us’', 'Ida Marsh', 'Ida Marsh']]);
  expect(direct('‘Spring’: a ballet in three acts\n\nThe ballet opens today.')[0]?.[1] ?? null).toBeNull();
  const interview = '‘Rivers remember’: a conversation with hydrologist Ida Marsh\n\nIda Marsh has mapped rivers.';
  expect(direct(interview)[0]?.[1]).toBe('Ida Marsh');
  expect(direct('‘Rivers remember’: an interview with Ida Marsh\n\nMarsh maps rivers.')[0]?.[1]).toBe('Ida Marsh');
  expect(direct('‘Rivers remember’: a talk about maps\n\nIda Marsh maps rivers.')[0]?.[1] ?? null).toBeNull();
});

test('attributeQuotes: what stands before the verb of a lead-in with a colon is no reported claim', () => {
  const text = article(
    'The bakery’s owner, Ida Marsh, wrote on its website on Friday:',
    'We are closing after forty years. Thank you for every loaf.',
  );
  expect(run(text).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
    ['We are closing after forty years. Thank you for every loaf.', 'Ida Marsh'],
  ]);
});

test('attributeQuotes: a trial that found something is the source, not those it counted', () => {
  const quotes = run(article('A trial of 40 bakeries in Norway found that most kept the later opening hours.')).quotes;
  expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([['reported', 'trial']]);
});

test('attributeQuotes: a subject, its verb and a comma before a quote take it back from a clause that ran over it', () => {
  const quotes = direct(
    article(
      'When Ada Brennan argued that the levy had failed the town ― as the audit showed last spring ― Tomas Reyes countered, “The levy built the library.”',
    ),
  );
  expect(quotes.find((q) => q[0].includes('library'))?.[1]).toBe('Tomas Reyes');
});

test('attributeQuotes: "the audience" with any verb right after a quote speaks it', () => {
  const quotes = direct(
    article(
      'The mayor asked whether the fair should move. “Not again!” the audience groaned from the back of the hall.',
    ),
  );
  expect(quotes[0]?.[1]).toBe('audience');
});

test('attributeQuotes: a comma after a party tag closes no appositive', () => {
  const quotes = direct(article('After the vote, Rep. Ada Brennan (D-Ore.), said, “We are going west.”'));
  expect(quotes[0]?.[1]).toBe('Ada Brennan');
});

test('attributeQuotes: a party tag set off by commas before a title is no speaker; the name before it is', () => {
  const quotes = direct(
    article(
      '“Nobody loves this deal,” Sen. Ada Brennan, D-Ore., the chair of the Budget Committee, told reporters.',
      '“We are borrowing to pay for it,” said Rep. Ben Lund, R-Kan., the ranking member.',
    ),
  );
  expect(quotes.map((q) => q[1])).toEqual(['Ada Brennan', 'Ben Lund']);
});

test('attributeQuotes: nor does one after a bracket holding its own comma (a group and a country)', () => {
  const quotes = direct(
    article(
      'The rapporteur, Ada Brennan (S&D, Portugal), said, “We are going west.”',
      'Ben Lund (EPP, Malta), said, “We are not.”',
    ),
  );
  expect(quotes.map((q) => q[1])).toEqual(['Ada Brennan', 'Ben Lund']);
});

describe('attributeQuotes: never a name that cannot speak', () => {
  test('a capitalised word opening the sentence before a noun and an auxiliary modifies the noun', () => {
    const quotes = direct(
      article('Prices will climb again, she said. Fresh produce will stay scarce until “the growers come back.”'),
    );
    expect(quotes[0]?.[1]).not.toBe('Fresh');
  });

  test('a capitalised word opening the sentence before a noun and a cue modifies the noun', () => {
    const names = run(
      article('The ruling came late on Friday. Maritime lawyers note the port authority cannot “simply walk away.”'),
    ).quotes.map((q) => q.speaker?.name ?? null);
    expect(names).not.toContain('Maritime');
  });

  test('a name in quotation marks of its own is the title of a work', () => {
    const names = run(
      article(
        'The campaign released two ads. One ad, “Second Wind,” shows a farmer who will “never vote for a quitter.”',
      ),
    ).quotes.map((q) => q.speaker?.name ?? null);
    expect(names).not.toContain('Second Wind');
  });

  test('a day of the week is no speaker', () => {
    const names = run(
      article('A person familiar with the plans for Tuesday’s summit says the talks will focus on grain exports.'),
    ).quotes.map((q) => q.speaker?.name ?? null);
    expect(names.some((n) => n?.startsWith('Tuesday'))).toBe(false);
  });

  test('a preposition is no speaker', () => {
    const names = run(
      article('After that defeat, the party, we might recall, won every seat in the north.'),
    ).quotes.map((q) => q.speaker?.name?.toLowerCase() ?? null);
    expect(names).not.toContain('after');
  });

  test('the labels of a form ("Name: … Age: … Why she came:") are no speaker of the answer', () => {
    const text = article(
      'Name: Jo Bell Age: 27 Hometown: Kelso Why she’s marching: “I want the same rights for my girl.”',
    );
    expect(direct(text)).toEqual([[expect.any(String), null, null]]);
  });

  test.each<[string]>([
    ['“We will all be sailors one day,” is one common saying here.'],
    ['“Keep the lamp lit,” was his favourite saying.'],
    ['“Rain before seven, fine by eleven,” goes an old saying.'],
  ])('a quote’s predicate noun in -ing ("is one common saying") says who nobody is: %s', (sentence) => {
    expect(direct(article(sentence))).toEqual([[expect.any(String), null, null]]);
  });

  test('a capitalised word before a plural noun and a past tense modifies it: the phrase is the subject', () => {
    const text = article('Harbor officials praised the crew, saying “the bridge is safe.”');
    expect(direct(text)).toEqual([[expect.any(String), 'Harbor officials', 'Harbor officials']]);
  });
});

describe('attributeQuotes: the first person outside quotes is the writer', () => {
  /** [quote text, speaker name, mention, writer evidence] of every quote, abstaining as the engine does. */
  const all = (text: string) =>
    attributeQuotes(text, blocksFromPlainText(text)).quotes.map((q) => [
      q.text,
      q.speaker?.name ?? null,
      q.speaker?.mention?.text ?? null,
      q.speaker?.evidence.writer ?? false,
    ]);

  test('"I told him, “Q”" and "“Q,” we said" are the writer’s', () => {
    const text = article('I told the harbour master, “Your tide tables are wrong.”', '“We checked twice,” we said.');
    expect(all(text)).toEqual([
      ['“Your tide tables are wrong.”', 'the writer', 'I', true],
      ['“We checked twice,”', 'the writer', 'we', true],
    ]);
    expect(run(text).quotes[0]!.speaker!.role).toBe("the article's author");
  });

  test('"“Q,” I shrugged" is the writer’s; "“Q?” I nodded." lends the writer nothing', () => {
    expect(all(article('“Not again,” I shrugged.'))[0]![1]).toBe('the writer');
    expect(all(article('Ivo Brandt slid the file over. “Is this yours?” I nodded.'))[0]![1]).not.toBe('the writer');
  });

  test('a block quote’s "I" is whoever it quotes', () => {
    const text = 'Title line\n\nI told the clerk, “Keep the change.”';
    const blocks = blocksFromPlainText(text).map((b, k) => (k === 1 ? { ...b, kind: 'blockquote' as const } : b));
    expect(attributeQuotes(text, blocks).quotes.map((q) => q.speaker?.name ?? null)).not.toContain('the writer');
  });

  test('the byline names the writer', () => {
    const text = ['By Marta Quill', 'I asked the warden, “Who holds the keys?”'].join('\n\n');
    expect(all(text)).toEqual([['“Who holds the keys?”', 'Marta Quill', 'I', true]]);
  });

  test('a reported clause of the writer, not a denied one', () => {
    const text = article('I wrote in 2019 that the ferry would never pay for itself. I can’t say the toll helped.');
    const reported = run(text).quotes.filter((q) => q.kind === 'reported');
    expect(reported.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['that the ferry would never pay for itself', 'the writer'],
    ]);
  });

  test('never the "I" inside the quote, a subordinate clause, or a quote in a later sentence', () => {
    expect(all(article('“I will stay on,” Ivo Brandt said.'))).toEqual([
      ['“I will stay on,”', 'Ivo Brandt', 'Ivo Brandt', false],
    ]);
    // After a subordinator ("when I ask …", "what we call …") the first person speaks nothing.
    expect(all(article('The port empties in winter, in what we call “the dead season.”'))[0]![1]).toBeNull();
    expect(all(article('Ivo grins at me when I ask a question he dislikes, and says “next one.”'))[0]![1]).not.toBe(
      'the writer',
    );
    // The writer's sentence does not lend the writer to a quote after it.
    expect(all(article('I phoned the ferry office on Monday. “The service runs as usual.”'))[0]![1]).toBeNull();
  });
});

test('attributeQuotes: the subject of a subordinate clause after a quote does not speak it', () => {
  expect(direct(article('“The new timetable is worse,” while the operator disagreed.')).map((q) => q[1])).toEqual([
    null,
  ]);
  expect(
    direct(article('Most riders said “the new timetable is worse,” while the operator disagreed.')).map((q) => q[1]),
  ).toEqual(['riders']);
});

describe('attributeQuotes: speakers behind a day, a perceiving verb or a person noun', () => {
  test.each<[string, string, string, string]>([
    [
      'a day after a determiner modifies the noun',
      '“The mayor must resign,” reads a Friday editorial in the Harbor Gazette.',
      'Friday editorial',
      'Friday editorial in the Harbor Gazette',
    ],
    [
      'a participle after a passive verb of perceiving',
      '“Where did the money go?” a bystander can be heard asking the mayor.',
      'bystander',
      'a bystander',
    ],
    [
      'a person noun after a possessive and its modifier',
      'Ada Lund’s right-hand man rallied the volunteers, saying: “We start at dawn.”',
      'Ada Lund’s right-hand man',
      'Ada Lund’s right-hand man',
    ],
  ])('%s', (_label, sentence, name, mention) => {
    expect(direct(article(sentence))[0]!.slice(1)).toEqual([name, mention]);
  });

  test('a time before the comma of a participle cue ends a main clause, not an opening adverbial', () => {
    expect(direct(article('Ada Lund sharpened her attacks Sunday morning, saying: “They have no plan.”'))).toEqual([
      ['“They have no plan.”', 'Ada Lund', 'Ada Lund'],
    ]);
    expect(direct(article('Early Sunday morning, Ada Lund told reporters: “They have no plan.”'))[0]![1]).toBe(
      'Ada Lund',
    );
  });

  test('a weekday owning a noun is still no one', () => {
    expect(direct(article('Friday’s rally drew thousands, chanting “Four more years.”'))[0]![1]).toBeNull();
  });
});

describe('attributeQuotes: a capitalised modifier or owner before a person noun is no speaker', () => {
  test.each<[string, string, string | null, string | null]>([
    [
      'a relative named in apposition after an owner',
      '“He never missed a game,” said Berling’s son, Toby Berling-Ash.',
      'Toby Berling-Ash',
      'Toby Berling-Ash',
    ],
    [
      'a place modifying a role noun opens the subject',
      'The Leeds chemistry graduate closed her talk by quoting her teacher: “Measure twice.”',
      'Leeds chemistry graduate',
      'Leeds chemistry graduate',
    ],
    [
      'a name before a lower-case role noun modifies it',
      'Bristol professor and former anchor Ada Lund has praised the book, advising readers: “Read it slowly.”',
      null,
      null,
    ],
  ])('%s', (_label, sentence, name, mention) => {
    expect(direct(article(sentence))[0]!.slice(1)).toEqual([name, mention]);
  });
});

test('a label ending on a colon before an inverted cue is no reported claim ("How to help: “Q,” X says")', () => {
  const text = article('How to help: “Every gift buys a blanket tonight,” the relief agency says.');
  expect(run(text).quotes.map((q) => [q.kind, q.text])).toEqual([['direct', '“Every gift buys a blanket tonight,”']]);
});

test('a title-cased quote opening a sentence as the subject of its verb is a title, no quote', () => {
  const text = article(
    '“Night at the Pier” stretches a thin idea over seven minutes, and the band sounds tired.',
    '“Never Again,” the mayor said.',
  );
  expect(run(text).quotes.map((q) => q.text)).toEqual(['“Never Again,”']);
});

test('a comparison after "says" ("says more than any chorus could") is no speech', () => {
  const text = article(
    'The quiet between the verses says more than any chorus could.',
    'Aides said more than 40 people had signed up.',
  );
  expect(run(text).quotes.map((q) => q.text)).toEqual(['more than 40 people had signed up']);
});

test('a block quotation holding a transcript turn ("SEN. ROE: …"): the label speaks and is none of the words', () => {
  const text = article('Sen. Ada Roe questioned the minister.', 'SEN. ROE: Did anyone read the report?');
  const blocks = blocksFromPlainText(text).map((b, i) => (i === 2 ? { ...b, kind: 'blockquote' as const } : b));
  const [quote] = attributeQuotes(text, blocks, { abstain: false }).quotes;
  expect([quote?.text, quote?.speaker?.mention?.text]).toEqual(['Did anyone read the report?', 'SEN. ROE']);
});

test('a share of those polled after an opening "In a … survey," speaks through the survey, never as the share', () => {
  const text = article(
    'In a harbor survey released Monday, 40 percent of boaters said the fees were “too steep.”',
    'In a survey of dock owners, Ada Roe said the fees were “fair.”',
  );
  expect(direct(text).map((q) => q[1])).toEqual(['harbor survey', 'Ada Roe']);
});

test('a span of time before "after" opens a clause of time ("Ten minutes after …,"): its number is no speaker', () => {
  const text = article(
    'Ten minutes after the ferry was moved to the north dock, Ada Roe called the mayor “a coward” and a man who had “lost his way.”',
  );
  expect(direct(text).map((q) => q[1])).toEqual(['Ada Roe', 'Ada Roe']);
});

test('the object a verb frames "as" something is no speaker, however long the subject’s relative clause', () => {
  const text = article(
    'Mara Brown, who lost to Ada Lund in the 1992 primaries and whose views then on fishing and other issues clashed with those of the former harbor master, described the DLC during a radio interview as “a relic of the past.”',
  );
  expect(direct(text).map((q) => q[1])).toEqual(['Mara Brown']);
});

describe('a number or a quantifier standing alone as the subject of the cue', () => {
  test('"One said" is unclear, never the name "One"; "both said", "several told me" are descriptions', () => {
    const quotes = (text: string) =>
      attributeQuotes(text, blocksFromPlainText(text), {})
        .quotes.filter((q) => q.kind === 'direct')
        .map((q) => q.speaker?.name ?? null);
    expect(quotes(article('Rebels met the whip. One said the offer was “a promise on a napkin.”'))).toEqual([null]);
    expect(quotes(article('The two leaders met. “It is dead,” both said.'))).toEqual(['both']);
    expect(quotes(article('The senators met. “No,” several told me.'))).toEqual(['several']);
  });
});

describe('a blockquote borrows no speaker from the quote after it', () => {
  test('verse after a lead-in with no speaker is not the next paragraph’s speaker’s', () => {
    const text = article(
      'The poem that made her name, Curlew, opens:',
      'The tide goes out like a held breath, and the curlew writes its one word.',
      '“She wrote about the estuary the way others write about God,” said the novelist Dafydd Rees.',
    );
    const blocks = blocksFromPlainText(text).map((b, i) => (i === 2 ? { ...b, kind: 'blockquote' as const } : b));
    const quotes = attributeQuotes(text, blocks, { abstain: false }).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, 'Dafydd Rees']);
  });

  test('a quote paragraph still goes on with the speaker of the quote opening the next', () => {
    const text = article('The match ended level.', '“We deserved more.”', '“We were robbed,” Ada Lund said.');
    expect(direct(text).map((q) => q[1])).toEqual(['Ada Lund', 'Ada Lund']);
  });
});

describe('a passive cue after the quote names no speaker', () => {
  test('"… as terms are agreed" gives the quote to nobody, not the terms; the active "as the agent said" still names', () => {
    const speakers = (text: string) =>
      attributeQuotes(text, blocksFromPlainText(text), {}).quotes.map((q) => q.speaker?.name ?? null);
    expect(speakers(article('A move opens “a new chapter” as personal terms are agreed on a deal.'))).toEqual([null]);
    expect(speakers(article('A move opens “a new chapter” as the plan was announced.'))).toEqual([null]);
    expect(speakers(article('A move opens “a new chapter” as the agent said.'))).toEqual(['agent']);
  });
});

describe('attributeQuotes: an organisation before a role and a person', () => {
  test('an honorific opens the name of the one who holds the organisation’s role', () => {
    // The given name is no known one; the honorific vouches for a person, so the body is no speaker.
    const text = article('“Heavy snow will lead to drifting,” said Met Office chief meteorologist Dr Aled Penhaligon.');
    expect(direct(text).map((q) => q[1])).toEqual(['Aled Penhaligon']);
  });

  test('"it" is not a person described by a role', () => {
    const text = article(
      'Acme’s chief executive says funds are “safe and fully backed”.',
      'The exchange paused withdrawals for what it called “routine wallet maintenance.”',
    );
    const [dek, called] = direct(text);
    expect(dek![1]).toBe('Acme’s chief executive');
    expect(called![1]).not.toBe('Acme’s chief executive');
  });
});

describe('a description no noun of which can speak is no speaker', () => {
  const speakers = (text: string) =>
    attributeQuotes(text, blocksFromPlainText(text), {})
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker?.name ?? null);

  test('a possessive phrase and a bare thing before the cue leave the quote unclear', () => {
    // A missing "and": the one who spoke is the sentence's subject, never Lund's record.
    expect(
      speakers(article('Roe attacked Lund’s voting history said she "cannot be trusted with a budget" again.')),
    ).toEqual([null]);
    // A possessive whose noun the cue word cut off ("alleged") names no one.
    expect(
      speakers(article('Lund named Roe, who is listed as one of the mayor’s alleged "paramours" in court filings.')),
    ).toEqual([null]);
  });

  test('descriptions with a determiner, a person by their ending, a role or a message still speak', () => {
    expect(speakers(article('The crowd chanted, "Four more years!" as Lund left.'))).toEqual(['crowd']);
    expect(speakers(article('"It is over," one commenter wrote.'))).toEqual(['commenter']);
    expect(speakers(article('Her campaign account posted: "Vote early!"'))).toEqual(['campaign account']);
    expect(speakers(article('"We stand by it," the spokeswoman’s statement said.'))).not.toEqual([null]);
  });

  test('a capitalised plural thing opening a sentence is unclear; a surname so shaped still speaks', () => {
    expect(speakers(article('The band played late. Flags soon hung from the hall that said "We are back."'))).toEqual([
      null,
    ]);
    expect(
      speakers(article('Lund sang. Crowds can expect a show with “more noise than the hall was built for.”')),
    ).toEqual([null]);
    // The text names Jones mid-sentence (after a quote's comma), so "Jones" is a name.
    expect(
      speakers(article('“We wrote new songs,” Jones said.', '“We kept none of the old ones,” Jones added.')),
    ).toEqual(['Jones', 'Jones']);
    // A bare plural person noun keeps its voice: "witnesses" is the person noun "witness".
    expect(speakers(article('The hall shook. Witnesses said: "The roof fell in at noon."'))).toEqual(['Witnesses']);
  });
});

describe('attributeQuotes: quoted transcript turns with the reader-facing threshold', () => {
  /** The speaker's name (null when unclear) of each direct quote, abstaining as the extension does. */
  function named(text: string): (string | null)[] {
    return attributeQuotes(text, blocksFromPlainText(text))
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker?.name ?? null);
  }

  test('a run of labelled turns names each label as written, even a surname the article never writes in full', () => {
    const text = article(
      'The interview aired on Sunday morning. A partial transcript follows.',
      '“HARLOW: Let us begin with the budget. Will you cut the school grants?”',
      '“PRENN: We will not cut a single grant this year, and I have said so many times.”',
      '“HARLOW: But your own party wants the cuts.”',
      '“PRENN: My party wants schools that work.”',
    );
    expect(named(text)).toEqual(['Harlow', 'Prenn', 'Harlow', 'Prenn']);
  });

  test('furniture labels and a lone label are no transcript run: they stay unclear', () => {
    const furniture = article(
      'The council met on Monday.',
      '“UPDATE: The vote was moved to Friday.”',
      '“NOTE: The minutes were published later.”',
      '“UPDATE: The vote passed.”',
    );
    expect(named(furniture)).toEqual([null, null, null]);
    const lone = article('The council met on Monday.', '“HARLOW: Let us begin with the budget.”');
    expect(named(lone)).toEqual([null]);
  });
});

test('after a verb of causing, its object says the infinitive’s words, not the cause that is the subject', () => {
  const text = article(
    'The delay prompted Ada Roe to declare, “The town has waited long enough for a bridge.”',
    'The fall in sales has forced the mayor to call the plan “a costly mistake for every family.”',
    'The vote led Tom Briggs to say, “This is the end of the old council.”',
  );
  expect(direct(text).map(([, name]) => name)).toEqual(['Ada Roe', 'mayor', 'Tom Briggs']);
});

describe('attributeQuotes: a fragment inside the content of an earlier cue', () => {
  test.each<[string, string]>([
    [
      'But even as Ada Roe claimed on Monday that the levy was “dead on arrival,” Ben Cole said it would pass.',
      'Ada Roe',
    ],
    ['And when Ada Roe insisted that the levy was “dead on arrival,” one of the aides to Ben Cole laughed.', 'Ada Roe'],
    ['Yet while Ada Roe called the levy “dead on arrival,” Ben Cole told reporters it would pass.', 'Ada Roe'],
  ])('an opening subordinate clause after "but", "and", "yet" or "even" keeps its quote: %s', (sentence, name) => {
    expect(direct(article(sentence))[0]![1]).toBe(name);
  });

  test('a later quote of the main clause after such an opening clause is the main subject’s', () => {
    const text = article('But while Ada Roe called the levy “dead on arrival,” Ben Cole drew up plans to “fight on.”');
    expect(direct(text).map((q) => q[1])).toEqual(['Ada Roe', 'Ben Cole']);
  });

  test('the main clause after an opening subordinate clause still speaks its own quote', () => {
    const text = article('But even as the count went on, “we will win,” Ben Cole said.');
    expect(direct(text)[0]![1]).toBe('Ben Cole');
  });

  test('a fragment a word or two after another shares the speaker of the cue before that one', () => {
    const text = article(
      'Some farmers said they recalled the night when Ada Roe called for a “fair deal” for “miners and loggers.”',
    );
    expect(direct(text).map((q) => q[1])).toEqual(['Ada Roe', 'Ada Roe']);
  });
});
