import { analyze } from './analyze';
import { attributeQuotes } from './attribution';
import { blocksFromPlainText } from './blocks';

/** An article of these paragraphs under a headline that says nothing. */
function article(...paragraphs: string[]): string {
  return ['Title line', ...paragraphs].join('\n\n');
}

/** [speaker name, role, kind] of each direct quote, as the engine's best guess. */
function speakers(...paragraphs: string[]): [string | null, string | null, string | null][] {
  const text = article(...paragraphs);
  return attributeQuotes(text, blocksFromPlainText(text), { abstain: false })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null, q.speaker?.kind ?? null]);
}

describe('a role phrase before a person’s name', () => {
  test.each<[string, string, string]>([
    [
      '"The dam will hold," said Bureau of Reclamation hydrologist Nora Pike.',
      'Nora Pike',
      'Bureau of Reclamation hydrologist',
    ],
    [
      '"The dam will hold," Bureau of Reclamation hydrologist Nora Pike said.',
      'Nora Pike',
      'Bureau of Reclamation hydrologist',
    ],
    // An organisation whose name opens with an adjective keeps it in the role.
    [
      '"Snow by noon," said National Ice Center forecaster Omar Haddad.',
      'Omar Haddad',
      'National Ice Center forecaster',
    ],
    // A product with a number, then the role.
    ['"The wing is stiffer," said Airbus A350 chief engineer Karen Holt.', 'Karen Holt', 'Airbus A350 chief engineer'],
    // A weak cue word ("project") inside the role is a noun, not the verb.
    ['"The mirror is cold," Webb Telescope project lead Sara Quist said.', 'Sara Quist', 'Webb Telescope project lead'],
    // A place, a lower-case noun that is no listed role word, then a given name.
    ['"The summit is clear," said Pike Peak ranger Tomas Ruiz.', 'Tomas Ruiz', 'Pike Peak ranger'],
  ])('%s', (sentence, name, role) => {
    expect(speakers(sentence)).toEqual([[name, role, 'person']]);
  });

  test('a sentence opening with a body, a noun and a role word before a name: the person says the quote, not the body', () => {
    const text =
      'Former TV network anchor Nina Hale has promoted a modest approach in several recent speeches, advising Dayton College graduates in 2007 to "keep the small jobs."';
    expect(speakers(text)[0]![0]).toBe('Nina Hale');
  });

  test('a capitalised adjective of party or nation before a lower-case noun heads no name', () => {
    expect(speakers('"The talks stalled," said a Western diplomat.')[0]![0]).toBe('Western diplomat');
    expect(speakers('"The panel is in a frenzy," said one Democratic source on the panel.')[0]![0]).toBe('source');
  });

  test('"turned" between two roles before a name joins them into one title; a participle after a plain noun still ends the head', () => {
    expect(speakers('"The club failed," said Tarn striker turned coach Ada Roe.')).toEqual([
      ['Ada Roe', 'Tarn striker turned coach', 'person'],
    ]);
    expect(named('Growers surveyed by the bureau said prices would rise.')[0]![0]).toBe('Growers');
  });

  test('"pundit" is a role word before a name', () => {
    expect(speakers('"It was poor," said Pundit Ada Roe.')).toEqual([['Ada Roe', 'Pundit', 'person']]);
  });

  test('a role with "of" and its lower-case field before a name: the name speaks, the whole title is its role', () => {
    expect(speakers('"We lost it late," Eastbury director of football Tom Keane said.')).toEqual([
      ['Tom Keane', 'Eastbury director of football', 'person'],
    ]);
    // "of" before a capitalised word stays the organisation's name as before.
    expect(speakers('"We lost it late," said Department of Transport spokesman Tom Keane.')[0]![0]).toBe('Tom Keane');
  });

  test('a name in apposition to a word of kin before "who" speaks, the kin word its role', () => {
    const text = article('The news was confirmed by her nephew, Tom Keane, who said she had been ill since June.');
    const a = attributeQuotes(text, blocksFromPlainText(text), { abstain: false });
    expect(a.quotes.map((q) => [q.kind, q.speaker?.name, q.speaker?.role])).toEqual([
      ['reported', 'Tom Keane', 'nephew'],
    ]);
  });

  test('a title with "of the" and its object before a name: the name speaks, the whole title is its role', () => {
    expect(speakers('"The plan is empty," said Leader of the House K.R. Nair.')).toEqual([
      ['K.R. Nair', 'Leader of the House', 'person'],
    ]);
    expect(speakers('"We will not wait," President of the Senate Tom Keane said.')).toEqual([
      ['Tom Keane', 'President of the Senate', 'person'],
    ]);
    // A common noun may close the title's object ("of the Varna region") before the name.
    expect(speakers('"The road is shut," Governor of the Orvel region Tomas Brennan wrote.')).toEqual([
      ['Tomas Brennan', 'Governor of the Orvel region', 'person'],
    ]);
    // After such a noun or a body's noun, a last two capitalised words are the name even with a
    // forename no list holds.
    expect(speakers('"The road is shut," Governor of the Orvel region Dobroslav Keln wrote.')).toEqual([
      ['Dobroslav Keln', 'Governor of the Orvel region', 'person'],
    ]);
    expect(speakers('"Crews are out," said Head of the Orvel Military Administration Dobroslav Keln.')).toEqual([
      ['Dobroslav Keln', 'Head of the Orvel Military Administration', 'person'],
    ]);
    // A body's noun ends the object even after a given name inside the body's name; the words
    // after it are the name.
    expect(speakers('"The dykes held," Chairwoman of the Ben Sa People\'s Committee Tran Thi Keln said.')).toEqual([
      ['Tran Thi Keln', "Chairwoman of the Ben Sa People's Committee", 'person'],
    ]);
    // A title's field of two words joined by "and" before the role word is one title.
    expect(speakers('"We opened 40 schools," Trade and Industry Minister Ada Lund said.')).toEqual([
      ['Ada Lund', 'Trade and Industry Minister', 'person'],
    ]);
    // Read from the first mention, a later surname keeps the name without the title's object.
    const text = article(
      'Leader of the Opposition K.R. Nair walked out of the session.',
      '"The plan is empty," Nair said.',
    );
    const a = attributeQuotes(text, blocksFromPlainText(text), { abstain: false });
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['K.R. Nair', 'Leader of the Opposition'],
    ]);
  });

  test('a trustee opening a sentence is a role, and the engineers’ “Eng.” an honorific: neither is the name', () => {
    expect(speakers('"We will stay open," Trustee Tom Keane said.')).toEqual([['Tom Keane', 'Trustee', 'person']]);
    expect(speakers('"We will build it," said Eng. Tarik Nasser.')).toEqual([['Tarik Nasser', null, 'person']]);
  });

  test('a seat joined by "and" before a member’s title names no one: the member speaks', () => {
    expect(speakers('Orkney and Moray MSP Tomas Brennan said it was late. “We waited,” he said.')).toEqual([
      // The whole seat is the title's field ("Trade and Industry Minister" below).
      ['Tomas Brennan', 'Orkney and Moray MSP', 'person'],
    ]);
    // Two people joined by "and" stay as before: the first speaks.
    expect(speakers('Tomas Brennan and Green MP Ada Voss said: “We waited.”')).toEqual([
      ['Tomas Brennan', null, 'person'],
    ]);
  });

  test('the Gulf’s “HE” and “HH” in capitals open a name or title: no pronoun, no organisation', () => {
    expect(speakers('"The port will open," said HE Sheikh Tarik Nasser.', '"We agree," said HH the Emir.')).toEqual([
      // The style stays as the role, as an affiliation in capitals before a name does.
      ['Sheikh Tarik Nasser', 'HE', 'person'],
      ['Emir', null, 'unknown'],
    ]);
  });

  test('a team position opening a sentence is a role, not a given name', () => {
    const text = article('Linebacker Tom Keane made 11 tackles.', '"We had them," Keane said.');
    const a = attributeQuotes(text, blocksFromPlainText(text), { abstain: false });
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['Tom Keane', 'Linebacker']]);
  });

  test('an age before a trailing description is part of the role, not all of it', () => {
    expect(
      speakers(
        '"The river came in twice," said Jon Roe, 45, a teacher in Lowbridge.',
        '"We stay," said Ann Lee, 52.',
        '"Bad," Tim Hale, 60, a farmer, said.',
      ),
    ).toEqual([
      ['Jon Roe', '45, a teacher in Lowbridge', 'person'],
      ['Ann Lee', '52', 'person'],
      ['Tim Hale', '60, a farmer', 'person'],
    ]);
  });

  test('an age before a relative clause is no role, nor is an adjunct after the name', () => {
    expect(
      speakers(
        'Tom Berg, 52, who runs the club, said: "The pitch reopens in May."',
        '"We lost the toss," said Jo Kell, 41, who coaches the side.',
        '"The deal is off," said Ada Lund, in an interview on Friday.',
        '"Try again," said Ivo Marsh, with a shrug.',
      ),
    ).toEqual([
      ['Tom Berg', null, 'person'],
      ['Jo Kell', null, 'person'],
      ['Ada Lund', null, 'person'],
      ['Ivo Marsh', null, 'person'],
    ]);
  });

  test('a description opening the sentence, then a name in apposition with a title: the name speaks', () => {
    expect(speakers('Military expert, retired Colonel Ivan Petrov, noted: "The front has not moved."')).toEqual([
      ['Ivan Petrov', 'retired Colonel', 'person'],
    ]);
  });

  test('a partitive subject, then a name with an age of its own in apposition: the name speaks', () => {
    expect(speakers('One of them, 14-year-old Ivo Brandt, says: "The pool is always too cold."')).toEqual([
      ['Ivo Brandt', null, 'person'],
    ]);
  });

  test('"Cr", an Australian councillor’s title, is a role before the name', () => {
    expect(speakers('Cr Ann Hale disagreed.', '"It is not waste," Cr Hale said.')).toEqual([
      ['Ann Hale', 'Cr', 'person'],
    ]);
  });

  test('one capitalised word before an honorific that opens a name is a title the tables lack; the honorific gives the pronoun', () => {
    expect(speakers('Headman Mr Abel Tembo said the well was dry. "We walk 5 km for water," he said.')).toEqual([
      ['Abel Tembo', 'Headman', 'person'],
    ]);
    // An honorific opening the name has no title before it; a role word before an honorific was
    // already the role.
    expect(speakers('"We walk 5 km for water," said Dr Ada Roe.')).toEqual([['Ada Roe', null, 'person']]);
    expect(speakers('"We walk 5 km for water," said Farmer Mrs Ada Roe.')).toEqual([['Ada Roe', 'Farmer', 'person']]);
  });

  test('a show’s title inside the role phrase', () => {
    expect(speakers('"We shot it in winter," said Netflix’s "Cold Harbor" star Ines Duarte.')).toEqual([
      ['Ines Duarte', 'Netflix’s Cold Harbor star', 'person'],
    ]);
  });

  test('an organisation with no person after its words stays the speaker', () => {
    expect(speakers('"Prices will rise," said Acme Corp on Monday.')[0]![0]).toBe('Acme Corp');
    expect(speakers('"Prices will rise," Acme Corp said in a statement.')[0]![0]).toBe('Acme Corp');
  });
});

describe('a name read apart from its role and its organisation', () => {
  test.each<[string, string, string | null, string]>([
    // A lower-case role word no list holds, then a name, then "of <Org>": the organisation is
    // no part of the name.
    [
      '"We did not expect it," said chemist Odile Marchetti of Brantwood College.',
      'Odile Marchetti',
      'chemist',
      'person',
    ],
    [
      '"The ice is thin," said glaciologist Haldor Veen of Tromvik University, who led the survey.',
      'Haldor Veen',
      'glaciologist',
      'person',
    ],
    // A person's name with a role of its own in apposition to a descriptor is the speaker.
    [
      'One tenant, 64-year-old retired nurse Maud Pelling, said: "The heating failed in March."',
      'Maud Pelling',
      'retired nurse',
      'person',
    ],
    // "for" inside an organisation's name keeps the organisation whole.
    [
      'A Department for Rural Housing spokeswoman said: "We are reviewing the scheme."',
      'spokeswoman for Department for Rural Housing',
      null,
      'unknown',
    ],
    [
      '"We will appeal," said Centre for Coastal Studies director Lena Brask.',
      'Lena Brask',
      'Centre for Coastal Studies director',
      'person',
    ],
  ])('%s', (sentence, name, role, kind) => {
    expect(speakers(sentence)).toEqual([[name, role, kind]]);
  });

  test('a preposition or participle opening an apposition names no speaker in it', () => {
    const [first] = speakers('Several papers, including the Marlow Courier, said: "The bridge must close."');
    expect(first![0]).not.toBe('Marlow Courier');
  });

  test('a race’s standing before a name is a role, also with no speech verb after the name', () => {
    expect(
      speakers('Republican presidential front-runner Ada Lund praised her aide as a "very honest woman" on Friday.'),
    ).toEqual([['Ada Lund', 'Republican presidential front-runner', 'person']]);
  });

  test('a sentence adverb between commas is no role', () => {
    expect(speakers('Nora Pike chairs the board.', 'Pike, meanwhile, said: "We will vote."')).toEqual([
      ['Nora Pike', null, 'person'],
    ]);
    expect(
      speakers('Nora Pike chairs the board.', 'Pike, however, who took the chair in May, said: "We will vote."')[0]![0],
    ).toBe('Nora Pike');
  });

  test('one capitalised word before "for" is no organisation’s name', () => {
    expect(speakers('Managers for Brill said: "The plant stays open."')[0]![0]).not.toBe('Managers for Brill');
  });
});

/** Reported-speech and direct quotes with the mention text of each speaker, best guess. */
function mentions(...paragraphs: string[]): (string | null)[] {
  const text = article(...paragraphs);
  return attributeQuotes(text, blocksFromPlainText(text), { abstain: false }).quotes.map(
    (q) => q.speaker?.mention?.text ?? null,
  );
}

describe('words that cannot be a speaker', () => {
  test('a phrase opened by a preposition is no speaker; a title and name at its end is', () => {
    expect(mentions('On Monday at the county fair Mayor Rosa Vidal said the rides would stay open.')).toEqual([
      'Mayor Rosa Vidal',
    ]);
    expect(mentions('Many in the hall said the vote came too late.')).toEqual(['Many in the hall']);
    expect(mentions('The letter sent to him on Friday says the plant is "unsafe at any speed."')).not.toContain(
      'to him',
    );
  });

  test('a place after the verb ("said outside court") is no inverted speaker; the name before it speaks', () => {
    expect(
      speakers(
        '“My client has been vindicated,” the lawyer for the claimant, Ada Roe, said outside court.',
        '“We will appeal,” the lawyer, Tom Lund, said inside the courthouse.',
      ).map((s) => s[0]),
    ).toEqual(['Ada Roe', 'Tom Lund']);
  });

  test('a subordinator before a name is dropped from the mention', () => {
    expect(mentions('Lund kept quiet, whereas Okafor admitted that the plan had failed.')).toEqual(['Okafor']);
  });

  test('a participle clause is no speaker', () => {
    expect(mentions('According to reports emerging in the local press, the mayor would resign.')).toEqual([]);
    expect(
      mentions(
        'Lund conceded Roe is fit to be mayor -- having called him unfit in May -- but said he doubted his judgment.',
      ),
    ).toEqual(['Lund', 'Lund']);
  });
});

describe('a count and its noun after "of" inside the subject', () => {
  test('are the object of the noun before: the phrase’s head speaks, not the counted noun', () => {
    expect(mentions('The warden of this hamlet of 640 crofters says the ferry must stay.')).toEqual([
      'The warden of this hamlet of 640 crofters',
    ]);
    expect(mentions('A mother of three told the inquiry the ward was understaffed.')).toEqual(['A mother of three']);
    // A year is no count: the walk stops at it as before.
    expect(mentions('At the end of 2031 traders said the port would reopen.')).toEqual(['traders']);
  });
});

describe('a negated auxiliary between the subject and its verb', () => {
  test('is skipped as the auxiliaries are, whatever the contraction', () => {
    const found = mentions(
      'Council leader Ada Roe spoke on Monday.',
      'Roe wouldn’t say whether the council would act, saying only that “the matter is closed” for now.',
      "Her aides haven't said whether she is preparing for the vote.",
    );
    expect(found).toEqual(['Roe', 'Roe', 'Roe', 'Her aides']);
  });

  test('is never a descriptor’s word', () => {
    const named = speakers('The board members shouldn’t said the plan was “a folly” in May.').map(([name]) => name);
    expect(named.join(' ')).not.toMatch(/n[’']t/);
  });
});

describe('a verb and its object are no descriptor', () => {
  test('a participle with an object pronoun names nobody; a preposition with one is a descriptor', () => {
    const found = mentions(
      'Mayor Tom Lund attacked the council on Friday. Then he turned on Roe, calling him a "coward" and a "fraud."',
    );
    expect(found).not.toContain('calling him');
    expect(
      mentions(
        'While he is in good health, those around him acknowledge that a fourth term at age 78 seems improbable.',
      ),
    ).toEqual(['those around him']);
  });
});

describe('a lone determiner and its verb are no descriptor', () => {
  test('a past form with its object, or a verb in -s after "this", names nobody', () => {
    const got = speakers(
      'One page lists her first job. Another featured five old maps telling "the story of how the town grew."',
      'And while most of the ferry riders are locals, this makes sense because "it is a mostly local route."',
    );
    expect(got.map(([name]) => name)).toEqual([null, null]);
  });
});

test('a past form after "which" is the relative clause\'s verb, not the speaker\'s modifier', () => {
  const got = speakers(
    'The club sent a note to Lund about the messages, which included board members suggesting someone should audit his books.',
    '“On behalf of everyone at the club, we want to say sorry to Lund and his family.”',
  );
  expect(got[0]?.[0] ?? null).toBeNull();
});

test('an imperative opening the sentence is no name', () => {
  expect(speakers('Ask yourself: "Which harbor will she save?"')[0]?.[0] ?? null).toBeNull();
});

test('a phrase cut off after a possessive is no speaker', () => {
  const got = speakers(
    'Roe, who has represented rural Ohio in Congress for two decades, rallied young people with his calls to end the "rigged harbor" that he says is run by a cartel.',
  );
  expect(got[0]?.[0] ?? null).not.toMatch(/rallied/);
});

test('a headline in title case with "Says" inside it is no name', () => {
  const got = speakers('Lund Says Storm Hit Harbor, Calls Response "Troubling."', 'The mayor spoke on Sunday.');
  expect(got[0]?.[0] ?? null).not.toMatch(/Says|Storm/);
});

test('a spaced hyphen is a dash that closes an aside before the speaker', () => {
  const got = speakers(
    'Inside the hall - which looks like a barn except for the stage - Ada Lund said the town "needs it."',
  );
  expect(got[0]?.[0]).toBe('Ada Lund');
});

describe('"it said"', () => {
  test('after a product opens the sentence before, "it" is not an earlier organisation', () => {
    const said = speakers(
      '"Demand is strong," said Kestrel Motors spokeswoman Ada Lund.',
      'The Zephyr 9 went on sale in May. "It handles well," it said.',
    );
    expect(said[1]![0]).not.toBe('Kestrel Motors');
  });

  test('with no product between, "it" is the organisation', () => {
    const said = speakers(
      'Kestrel Motors opened a plant in May.',
      'The plant cost less than planned. "It runs well," it said.',
    );
    expect(said[0]![0]).toBe('Kestrel Motors');
  });

  test('a document named after the organisation is what "it" stands for', () => {
    const said = speakers(
      'Kestrel Motors is recalling 40,000 cars.',
      'Owners were sent a letter on Friday. "Your brakes may fail in the cold," it read.',
    );
    expect(said[0]![0]).toBe('letter');
  });

  test("a document the body's name qualifies stays the body's", () => {
    const said = speakers(
      'The Harbour Water Board met on Monday. A Harbour Water Board report praised the new port.',
      '"The dredging is finished," the report read.',
      '"Ships are already coming back," it added.',
    );
    expect(said[1]![0]).toBe('Harbour Water Board');
  });

  test('a thing named after an earlier "it" is its object, not what the next "it" stands for', () => {
    const said = speakers(
      'Harbour Weekly printed a long editorial.',
      'It raised a complaint about the port. "The dredging must stop," it added.',
    );
    expect(said[0]![0]).not.toBe('complaint');
  });

  test('a thing after "its" is the owner\'s: the next "it" is never that thing', () => {
    const said = speakers(
      'A gang calling itself Blackwing posted on its leak site, where it shared files. "Pay or we publish," it added.',
    );
    expect(said[0]?.[0]).not.toBe('its leak site');
  });

  test('"they" after plural people named before stands for them, not for someone they met', () => {
    const group = speakers(
      'The Marrow Valley Council met on Monday. The farmers marched past its doors at noon.',
      'As they reached the square, they chanted "Water for all!"',
    );
    expect(group[0]![0]).toBe('farmers');
    const met = speakers(
      'The Marrow Valley Council met on Monday.',
      'Canvassers rated the farmers they met. Later they wrote, "Water for all!"',
    );
    expect(met[0]![0]).not.toBe('farmers');
  });
});

describe('titles of local government, police, medicine, schools and faiths', () => {
  test.each<[string, string]>([
    ['Councillor Jo Penrose spoke first. “We cannot wait,” she said.', 'Jo Penrose'],
    ['Detective Ines Varga led the case. “The trail was cold,” she said.', 'Ines Varga'],
    ['Rabbi Amos Feld opened the hall. “All are welcome,” he said.', 'Amos Feld'],
    // A priest's "Father" is a title too, not the kin word: without it the "he" went to a man named
    // paragraphs before.
    [
      'Minister Ivo Brandt spoke at noon.\n\nFather Tomas Quell led a vigil. “We pray for them,” he said.',
      'Tomas Quell',
    ],
  ])('%s', (sentence, name) => {
    // The title before the name makes it a person, so the pronoun of the next sentence finds them.
    expect(speakers(sentence)[0]?.[0]).toBe(name);
  });

  test('a post-nominal after a forename and surname ("Neil Abernethy MSP") is no part of the name', () => {
    // Read as one name it was no person's, and the "He" after it went to the councillor.
    const said = speakers(
      'Councillor Ross Kilbride said the pier was unsafe. “It is a disgrace,” he said.',
      'Health spokesman Neil Abernethy MSP said the delays were worse. He said: “Patients are waiting.”',
    );
    expect(said[1]?.[0]).toBe('Neil Abernethy');
    expect(speakers('Rhian Prys MS said the bill was late. “It must pass,” she said.')[0]?.[0]).toBe('Rhian Prys');
  });

  test("a seat's letters after a name in apposition, its forename unlisted, or an honour after any", () => {
    // Read with "MSP", the name was no person's, and the spokeswoman's words went to her role.
    const said = speakers(
      'The party’s spokeswoman, Morag Vantross MSP, told the chamber: “The count is wrong.”',
      'Hal Brandt KC said the appeal would fail. “It will fail,” he said.',
    );
    expect(said.map((s) => s[0])).toEqual(['Morag Vantross', 'Hal Brandt']);
    // A seat after a place is a role: no person is read there.
    expect(speakers('“The count is wrong,” the Glasgow Kelvin MSP said.')[0]?.[2]).not.toBe('person');
  });

  test('a seat\'s letters after a three-word name without an article, its forename unlisted ("Caoimhín Ó Dálaigh TD")', () => {
    // Read with "TD", the name was no person's, and the "he" after it went to no one (on the
    // page, to a man named in the dek).
    const said = speakers(
      'Chief executive Nora Hale said: “Families are priced out.”',
      'Caoimhín Ó Dálaigh TD said the crisis was grave. “A generation is leaving,” he told the chamber.',
    );
    expect(said.map((s) => s[0])).toEqual(['Nora Hale', 'Caoimhín Ó Dálaigh']);
    // With an article the three words are still a seat.
    expect(speakers('“The count is wrong,” the Glasgow Kelvin South MSP said.')[0]?.[2]).not.toBe('person');
  });

  test('a baroness is a woman for "she" even with a given name the table does not know', () => {
    expect(speakers('Baroness Orla Tamsin Kettering spoke.', '“It is a scandal,” she said.')[0]?.[0]).toBe(
      'Orla Tamsin Kettering',
    );
  });
});

describe('"and" inside a body’s name ending in its head word', () => {
  test.each<[string, string]>([
    [
      '“The work goes on,” the Flood and Storm Coordination Presidency said.',
      'Flood and Storm Coordination Presidency',
    ],
    ['“We are ready,” the Quake and Fire Rescue Agency said.', 'Quake and Fire Rescue Agency'],
    ['“We are ready,” the Department of Health and Human Services said.', 'Department of Health and Human Services'],
    // Two people stay two: no body's head word ends the run.
    ['“We are ready,” Brandt and Vantross said.', 'Brandt'],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)[0]?.[0]).toBe(name);
  });
});

describe('a capitalised "Friends of the …" is a supporters’ group’s name, not friends of someone', () => {
  test.each<[string, string]>([
    ['“The cuts are final,” said Friends of the Tarn Museum.', 'Friends of the Tarn Museum'],
    // Lower case, the friends are someone's.
    ['“We miss him,” said friends of the Lund family.', 'friends'],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)[0]?.[0]).toBe(name);
  });
});

describe('a role word that is also a family name', () => {
  test.each<[string, string, string]>([
    ['“We need the funds,” said Representative Ada K. King of Ohio.', 'Ada K. King', 'Representative'],
    ['“Not today,” said Mayor Ann Bishop.', 'Ann Bishop', 'Mayor'],
    ['“Not today,” said Bishop Tom Wright.', 'Tom Wright', 'Bishop'],
  ])('%s', (sentence, name, role) => {
    expect(speakers(sentence)[0]?.slice(0, 2)).toEqual([name, role]);
  });
});

describe('"General" before a body’s word opens the body’s name; before a person’s it is a rank', () => {
  test.each<[string, string, string | null, string]>([
    ['“Orders are up,” General Electric said on Tuesday.', 'General Electric', null, 'organization'],
    ['“This is a historic vote,” The General Assembly said.', 'General Assembly', null, 'organization'],
    ['“The strikes are over,” the General Staff said.', 'General Staff', null, 'organization'],
    ['“The patient is stable,” Kelso General Hospital said.', 'Kelso General Hospital', null, 'organization'],
    [
      '“We are watching the port,” the General Administration of Customs said.',
      'General Administration of Customs',
      null,
      'organization',
    ],
    [
      '“We will appeal,” said the General Services Administration.',
      'General Services Administration',
      null,
      'organization',
    ],
    ['“We will hold the line,” General Ada Lund said.', 'Ada Lund', 'General', 'person'],
    ['“Hold the line,” said Gen. Lund.', 'Lund', 'Gen.', 'person'],
  ])('%s', (sentence, name, role, kind) => {
    expect(speakers(sentence)[0]).toEqual([name, role, kind]);
  });
});

describe('a role word before a body’s noun that closes the run is the body’s field, no title', () => {
  test.each<[string, string, string | null, string]>([
    ['“The deals were illegal,” the Justice Department said.', 'Justice Department', null, 'organization'],
    ['“The deals were illegal,” The Justice Ministry said.', 'Justice Ministry', null, 'organization'],
    // A title before a name stays a title, and a body's noun with a name after it is no run's end.
    ['“The deals were illegal,” Justice Ada Lund said.', 'Ada Lund', 'Justice', 'person'],
    ['“The deals were illegal,” Director Lund said.', 'Lund', 'Director', 'person'],
  ])('%s', (sentence, name, role, kind) => {
    expect(speakers(sentence)[0]).toEqual([name, role, kind]);
  });
});

describe('a place after the name, its age and a comma: the appositive ends before the verb', () => {
  test.each<[string, string, string]>([
    ['“We lost the barn,” Nell Varga, 58, of Oxbow said.', 'Nell Varga', '58, of Oxbow'],
    ['“We lost the barn,” Nell Varga, of Oxbow said.', 'Nell Varga', 'of Oxbow'],
    ['“We lost the barn,” Nell Varga, 58, from Oxbow told reporters.', 'Nell Varga', '58, from Oxbow'],
  ])('%s', (sentence, name, role) => {
    expect(speakers(sentence)).toEqual([[name, role, 'person']]);
  });

  test('without the comma the place still belongs to the name', () => {
    expect(speakers('“We lost the barn,” Nell Varga of Oxbow said.')[0]![0]).toBe('Nell Varga');
  });
});

describe('a relative clause after a name is no role', () => {
  test.each<string>([
    '“The count is final,” Ivo Brandt, who chairs the committee, said.',
    '“The count is final,” said Ivo Brandt, who chairs the committee.',
    '“The count is final,” Ivo Brandt, whose term ends in May, said.',
  ])('%s', (sentence) => {
    expect(speakers(sentence)).toEqual([['Ivo Brandt', null, 'person']]);
  });

  test('a noun phrase in apposition still is', () => {
    expect(speakers('“The count is final,” Ivo Brandt, the committee chair, said.')).toEqual([
      ['Ivo Brandt', 'the committee chair', 'person'],
    ]);
  });
});

describe('one who speaks for an organisation keeps it in the descriptor', () => {
  test('after the verb and before it, and "the spokeswoman" later is the same one', () => {
    expect(
      speakers(
        '“Talks continue,” a spokeswoman for the Harbour Authority said. “We expect a deal,” the spokeswoman added.',
        '“No comment,” said a spokesman for Tarn Mills.',
      ),
    ).toEqual([
      ['spokeswoman for the Harbour Authority', null, 'unknown'],
      ['spokeswoman for the Harbour Authority', null, 'unknown'],
      ['spokesman for Tarn Mills', null, 'unknown'],
    ]);
  });
});

/** [name, mention text] of the speaker of each quote (direct and reported), best guess. */
function named(...paragraphs: string[]): [string | null, string | null][] {
  const text = article(...paragraphs);
  return attributeQuotes(text, blocksFromPlainText(text), { abstain: false }).quotes.map((q) => [
    q.speaker?.name ?? null,
    q.speaker?.mention?.text ?? null,
  ]);
}

describe('the subject of a cue verb: adverbs after an auxiliary', () => {
  test.each<[string, string]>([
    ['Mill workers have long complained that the looms are too loud.', 'Mill workers'],
    ['The ferry guild has twice complained that the timetable is unsafe.', 'The ferry guild'],
    ['The harbour board has since denied that it knew of the leak.', 'The harbour board'],
    ['The nurses have all said that the ward is short of staff.', 'The nurses'],
  ])('%s', (sentence, subject) => {
    expect(mentions(sentence)).toEqual([subject]);
  });

  test('a word of that list with no auxiliary before it is not skipped', () => {
    // "long" right before the verb with no auxiliary: the walk does not pass it.
    expect(mentions('Mill workers long complained that the looms are too loud.')).not.toEqual(['Mill workers']);
  });
});

describe('the subject of a cue verb: coordinated subjects', () => {
  test.each<[string, string]>([
    ['Tom Ngata and the union have complained that the shifts are too long.', 'Tom Ngata'],
    ['Both Ana Reti and the guild have said that the rules are unfair.', 'Ana Reti'],
    ['The union and Tom Ngata said the shifts are too long.', 'The union'],
    ['The shifts are too long, Tom Ngata and Ana Reti said.', 'Tom Ngata'],
    ['But Ana Reti and her lawyer say the fine is unfair.', 'Ana Reti'],
    ['"We are done," Tom Ngata and Ana Reti said.', 'Tom Ngata'],
  ])('the first conjunct speaks: %s', (sentence, subject) => {
    expect(mentions(sentence)).toEqual([subject]);
  });

  test('an object before "and" is no conjunct of the subject', () => {
    expect(mentions('The mill fired Ana Reti and Tom Ngata said the union would sue.')).toEqual(['Tom Ngata']);
  });

  test('words that share the rest of the phrase are no conjunct of their own', () => {
    // A shared determiner: one person with two roles.
    expect(mentions('The former mayor and state senator said the plan would fail.')).toEqual(['state senator']);
    // Two roles before one name.
    expect(named('Ferry captain and union delegate Tom Ngata said the shifts are too long.')).toEqual([
      ['Tom Ngata', 'union delegate Tom Ngata'],
    ]);
  });

  test('a list inside a name is no coordinated subject', () => {
    const found = named('A study by the Academy of Arts, Letters and Music noted that 70 percent read daily.');
    expect(found).toHaveLength(1);
    expect(found[0]![0]).not.toBe('Letters');
  });
});

describe('the subject of a cue verb: a post-modifier belongs to the descriptor', () => {
  test.each<[string, string, string]>([
    ['Officials familiar with the talks said the deal was close.', 'Officials', 'Officials familiar with the talks'],
    ['A source familiar with the talks said the deal was close.', 'source', 'A source familiar with the talks'],
    ['Lawmakers critical of the levy said it would fail.', 'Lawmakers', 'Lawmakers critical of the levy'],
    ['Aides briefed on the talks said a deal was near.', 'Aides', 'Aides briefed on the talks'],
    [
      'The official responsible for the region said the roads were closed.',
      'official',
      'The official responsible for the region',
    ],
    ['Residents worried about the levy said it was too high.', 'Residents', 'Residents worried about the levy'],
    // No determiner after the preposition: the owner's name is no subject of its own.
    [
      'A clerk familiar with Vedder’s plans said the shop would close.',
      'clerk',
      'A clerk familiar with Vedder’s plans',
    ],
    ['Two neighbours close to Vedder said the shop would close.', 'neighbours', 'Two neighbours close to Vedder'],
    // A reduced relative clause (a participle and its agent or object) inside the subject.
    ['Growers surveyed by the bureau said prices would rise.', 'Growers', 'Growers surveyed by the bureau'],
    // A named agent too: those polled speak, not the pollster; a letter's signer still does.
    ['Economists polled by Harbor Wire said the rate would hold.', 'Economists', 'Economists polled by Harbor Wire'],
    [
      'Residents interviewed by Tidewater Radio said the water was rising.',
      'Residents',
      'Residents interviewed by Tidewater Radio',
    ],
    ['A letter signed by Ada Lund said the pier would close.', 'Ada Lund', 'Ada Lund'],
    ['A team led by Ada Lund wrote that the rock was porous.', 'Ada Lund', 'Ada Lund'],
    ['Tenants faced with eviction told the council they had nowhere to go.', 'Tenants', 'Tenants faced with eviction'],
    ['Attorneys representing the town said the suit was baseless.', 'Attorneys', 'Attorneys representing the town'],
    // A plural with no "s" before its participle ("Police", "People") is the head as well.
    ['Police investigating the fire said it was arson.', 'Police', 'Police investigating the fire'],
    ['People living near the quarry say the dust is worse.', 'People', 'People living near the quarry'],
    // "to" after a role word joins its object ("an aide to X" speaks, X does not), as after
    // "said" already; and "the other" after a preposition is one determiner.
    ['An aide to Senator Ada Vell said the bill would fail.', 'aide', 'An aide to Senator Ada Vell'],
    [
      'A former assistant to singer Bo Trask told jurors that he lied.',
      'former assistant',
      'A former assistant to singer Bo Trask',
    ],
    ['A caller on the other line said the show was late.', 'caller', 'A caller on the other line'],
  ])('%s', (sentence, name, mention) => {
    expect(named(sentence)).toEqual([[name, mention]]);
  });
});

describe('a place or platform after "on" and a plural noun is where the speakers are', () => {
  test.each<[string, string, string]>([
    ['Stallholders on Ferry Lane say trade has halved.', 'Stallholders', 'Stallholders on Ferry Lane'],
    ['Brokers on Bay Street said the shares were cheap.', 'Brokers', 'Brokers on Bay Street'],
    ['Fans on Instagram said the show was too short.', 'Fans', 'Fans on Instagram'],
  ])('%s', (sentence, name, mention) => {
    expect(named(sentence)).toEqual([[name, mention]]);
  });

  test('a day after "on" is no place: the walk does not join it', () => {
    expect(named('Stallholders on Tuesday said trade had halved.')[0]?.[0]).toBe('Stallholders');
  });

  test.each<[string, string]>([
    ['Ada Lund on Radio Kelso said the pier would be rebuilt.', 'Ada Lund'],
    ['“The pier will be rebuilt,” Ada Lund on Radio Kelso said.', 'Ada Lund'],
  ])('so is a platform after "on" and a name: %s', (sentence, name) => {
    expect(named(sentence)[0]?.[0]).toBe(name);
  });

  test.each<[string, string]>([
    ['A report on Harbour Trust said the pier would close.', 'report'],
    ['“The pier will close,” a study on Harbour Trust found.', 'study'],
  ])('nor the topic after "on" and a document noun: %s', (sentence, name) => {
    expect(named(sentence)[0]?.[0]).toBe(name);
  });

  test('not after a body\'s head word ("Council on …"): the walk stops at its title and name', () => {
    expect(named('The Council on Harbour Trade director Ada Lund said the fee was unfair.')[0]?.[0]).toBe('Ada Lund');
  });
});

describe('an "of"-phrase with no determiner after a plural head noun belongs to the head', () => {
  test.each<[string, string, string]>([
    ['Opponents of new tolls said the bridge would empty.', 'Opponents', 'Opponents of new tolls'],
    ['Owners of small boats argued that the fee was unfair.', 'Owners', 'Owners of small boats'],
    ['“The fee is unfair,” backers of looser limits say.', 'backers', 'backers of looser limits'],
    // An amount is no head: the people counted are.
    ['Thousands of fishermen said the fee was unfair.', 'fishermen', 'fishermen'],
    // Nor is a singular noun in -us ("a chorus of …").
    ['A chorus of boaters said the fee was unfair.', 'boaters', 'boaters'],
  ])('%s', (sentence, name, mention) => {
    expect(named(sentence)).toEqual([[name, mention]]);
  });
});

describe('names joined by "and" after a preposition of place are its object, not the subject', () => {
  test.each<[string, string, string]>([
    ['Many growers in Oregon, Idaho and Utah said the frost came early.', 'growers', 'growers'],
    ['Bakers from Leeds and York said the flour was dearer.', 'Bakers', 'Bakers'],
  ])('%s', (sentence, name, mention) => {
    expect(named(sentence)).toEqual([[name, mention]]);
  });
});

describe('a region after its city, inside a relative clause between commas, is no subject', () => {
  test('the phrase before the relative clause speaks', () => {
    const found = named(
      'The ferry captain, who flew to Bergen, Norway, on Monday to inspect the hull, said it was sound.',
    );
    expect(found.map(([n]) => n)).toEqual(['ferry captain']);
  });
});

describe('a quantifier floated after the subject, and "others" joined to a name, stand for the phrase before them', () => {
  test.each<[string, string]>([
    ['Yet Okafor and Brandt both insisted that the pier was safe.', 'Okafor'],
    ['The pilots all said the pier was safe.', 'pilots'],
    ['Brandt and others said the pier was unsafe.', 'Brandt'],
  ])('%s', (sentence, name) => {
    expect(named(sentence).map(([n]) => n)).toEqual([name]);
  });
});

describe('a short past participle after the head noun ends the phrase', () => {
  test('"according to a study led by …": the source is the study, not "study led"', () => {
    expect(named('Moths sleep less in cities, according to a study led by two zoologists at Fenwick.')).toEqual([
      ['study', 'a study'],
    ]);
  });
});

describe('a capitalised adjective that opens an institution’s name stays in it', () => {
  test.each<[string, string]>([
    ['The American Society of Glassblowers said the kilns were safe.', 'American Society of Glassblowers'],
    ['The National Institute for Tidal Research said the kilns were safe.', 'National Institute for Tidal Research'],
    // A run ending in a fund's, forum's or alliance's head word is that body's name as well.
    ['The National Churches Fund said the kilns were safe.', 'National Churches Fund'],
    ['The European Harbour Forum said the kilns were safe.', 'European Harbour Forum'],
  ])('%s', (sentence, name) => {
    expect(named(sentence).map(([n]) => n)).toEqual([name]);
  });

  test('a party adjective before a title or a person is still stripped', () => {
    expect(named('Democratic Sen. Ada Lund said the kilns were safe.').map(([n]) => n)).toEqual(['Ada Lund']);
    expect(named('American officials said the kilns were safe.').map(([n]) => n)).toEqual(['officials']);
  });
});

describe('British titles: church titles without periods, parish and port offices', () => {
  test('"the Rt Rev" before a name is its title, not part of the name', () => {
    expect(speakers('"A church is its people," the Rt Rev Mara Quill said.')).toEqual([
      ['Mara Quill', 'Rev', 'person'],
    ]);
  });

  test('a parish or port office before a name is its role ("Churchwarden", "Harbourmaster")', () => {
    expect(speakers('"The bells will ring," Churchwarden Ivo Brandt said.')).toEqual([
      ['Ivo Brandt', 'Churchwarden', 'person'],
    ]);
    expect(speakers('"The tide is high," Harbourmaster Nell Quay said.')).toEqual([
      ['Nell Quay', 'Harbourmaster', 'person'],
    ]);
  });
});

/** [speaker name, mention text] of each direct quote, as the engine's best guess. */
function directMentions(...paragraphs: string[]): [string | null, string | null][] {
  const text = article(...paragraphs);
  return attributeQuotes(text, blocksFromPlainText(text), { abstain: false })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);
}

describe('a noun of saying is no cue verb', () => {
  test('after "a" and an adjective ("delivered a sharp reply:"), the sentence subject speaks', () => {
    expect(directMentions('The mayor delivered a sharp reply: "We are not moving the market."')).toEqual([
      ['mayor', 'The mayor'],
    ]);
  });

  test('a verb after an auxiliary still is one ("a spokesman will reply")', () => {
    expect(directMentions('A spokesman later said the fee was "a mistake."')).toEqual([['spokesman', 'A spokesman']]);
  });

  test('after a capitalised possessive ("Roe’s comments “…”"), the noun’s owner does not speak', () => {
    const got = directMentions('Ada Lund, who has called Tom Roe’s comments “deeply cynical,” is running again.');
    expect(got.map(([name]) => name)).not.toContain('Tom Roe');
    expect(got[0]![1]).not.toBe('Tom Roe’s');
  });

  test('"called" right after a possessive is the noun ("Roe’s call for a “fresh start”")', () => {
    expect(directMentions('The governor mocked Roe’s call for a “fresh start” on Monday.')).toEqual([
      ['governor', 'The governor'],
    ]);
  });
});

describe('the subject that opens a sentence', () => {
  test('a role after a possessive speaks, not its owner ("Lund’s aide rallied …, saying:")', () => {
    const got = directMentions('Lund’s aide rallied the volunteers, saying: "We will win this county."');
    expect(got[0]![1]).toBe('Lund’s aide');
  });

  test('a quantifier standing alone before its verb is no noun phrase ("both oppose a …")', () => {
    // The verb phrase is no speaker; with none left, the label in quotes names a thing.
    const got = directMentions('On pensions, both oppose a formula called the "chained index" that cuts payments.');
    expect(got.map(([, mention]) => mention)).not.toContain('oppose a formula');
    expect(got.map(([name]) => name)).not.toContain('oppose a formula');
  });
});

describe('a participle after a record of someone', () => {
  test('"an account of Lund telling …": the name shown speaks, not the record', () => {
    const got = directMentions('Roe gives an account of Ada Lund telling a guard to "Get out of my way!"');
    expect(got[0]![0]).toBe('Ada Lund');
  });
});

describe('more subjects of mixed and full quotes', () => {
  test('a past participle clause between commas ("Lund, asked about …, had said,") is an appositive', () => {
    const got = directMentions(
      'It began after Ada Lund, asked about the closures, had said, "We cannot keep every line open."',
    );
    expect(got[0]![0]).toBe('Ada Lund');
  });

  test('a capitalised modifier of a noun of saying ("a Roe-style retort") keeps it a noun', () => {
    const got = directMentions(
      'Lund gave a Roe-style retort on the matter, writing to him, "you are out of your depth."',
    );
    expect(got[0]![0]).toBe('Lund');
  });

  test('a noun of saying after "the" and an adjective ("the bitter chant") is no verb; "the fans chant" is', () => {
    expect(directMentions('The fans took up the familiar chant “Bring him home.”')[0]![0]).not.toBe('familiar');
    expect(directMentions('The fans chant “Bring him home.”')[0]![0]).toBe('fans');
  });

  test('a participle after a trailing "as" clause with its own subject is that subject’s', () => {
    expect(directMentions('Ada Lund looked on as a porter wheeled the cart away, muttering “Not again.”')[0]).toEqual([
      'porter',
      'a porter',
    ]);
  });

  test('an age and a relative clause after a surname: neither is a role', () => {
    // Without the age as role nothing marks the lone surname as a person's.
    expect(speakers('Mensah, 31, who joined the club in May, said, “We kept believing.”')).toEqual([
      ['Mensah', null, 'unknown'],
    ]);
  });

  test('a role ending in a city and its region ("in Dayton, Ohio.") keeps the region', () => {
    expect(speakers('“The rock is older,” said Nora Pike, a geologist at a museum in Dayton, Ohio.')).toEqual([
      ['Nora Pike', 'a geologist at a museum in Dayton, Ohio', 'person'],
    ]);
  });

  test('"Both X and Y said": the two names are one source, a group', () => {
    expect(speakers('Both Vell Aerospace and Orbex said, “The launch window holds.”')).toEqual([
      ['Vell Aerospace and Orbex', null, 'group'],
    ]);
  });

  test('an appositive between dashes typed as two hyphens ("A rival -- Ada Lund, … -- said")', () => {
    const got = directMentions(
      'A former rival -- Ada Lund, who lost the 2019 race -- said the budget was "a fantasy."',
    );
    expect(got[0]![1]).toBe('A former rival');
  });

  test('"who" right after a name, its comma missing, stands for the name', () => {
    const got = directMentions('The reply came from Ada Lund who wrote, "Nobody ever reads the rules."');
    expect(got[0]![0]).toBe('Ada Lund');
  });
});

describe('a compound adjective of place before a name', () => {
  test('"X-based" describes the organisation after it and is no part of its name', () => {
    expect(directMentions('"We regret it," said Lakeside-based Harbor Supply Company in a statement.')).toEqual([
      ['Harbor Supply Company', 'Harbor Supply Company'],
    ]);
    expect(directMentions('"We regret it," said New Mexico-based Vale Partners.')[0]![0]).toBe('Vale Partners');
  });
});

describe('a cue word in -s after a plural determiner or a number', () => {
  test('is a plural noun ("the two lengthy reports"), not a verb with the words before as subject', () => {
    const got = directMentions(
      'Last month the firm wrote to the dean, calling the two lengthy investigative reports "careless and unfair."',
    );
    expect(got[0]![0]).not.toMatch(/investigative/);
    // A singular subject before the same form still reports.
    expect(directMentions('The agency reports "a sharp rise in claims."')[0]![0]).toBe('agency');
  });
});

describe('a role word inside an institution’s name after its "of"', () => {
  test('"Bureau of Justice Statistics" is one name, not a role and "Statistics"', () => {
    expect(speakers('"Thefts fell by a fifth," the Office of Judge Advocates said.')[0]).toEqual([
      'Office of Judge Advocates',
      null,
      'organization',
    ]);
  });
});

describe('names with particles and a role whose object passed for a name', () => {
  test.each<[string, string, string | null]>([
    // Lower-case particles inside a name ("de la", "van der", "ibn", "binte"), in apposition too.
    [
      'Her press officer, Lucas Ferrer de la Vega, said: "The count is over."',
      'Lucas Ferrer de la Vega',
      'Her press officer',
    ],
    ['"The count is over," said Joost van der Hoek.', 'Joost van der Hoek', null],
    // Dutch "den" and "ter", French "du".
    ['"We will strike," said union negotiator Sander van den Bogaard.', 'Sander van den Bogaard', 'union negotiator'],
    ['"It is too soon," said Femke ter Horst.', 'Femke ter Horst', null],
    ['"It is late," said Anne du Pont.', 'Anne du Pont', null],
    ['Its envoy, Karim ibn Tariq, said: "The road is open."', 'Karim ibn Tariq', 'Its envoy'],
    ['"I flagged the trades," said Aminah binte Yusof.', 'Aminah binte Yusof', null],
    // A particle opens a surname whatever stands before it: a capitalised one opening the
    // sentence, a lower-case one after a lower-case role noun or alone; never the role's.
    ['"We will appeal," Van der Hoek said.', 'Van der Hoek', null],
    ['"We will appeal," club captain de la Cruz said.', 'de la Cruz', 'club captain'],
    ['"We will appeal," said de Vries.', 'de Vries', null],
    ['Coach Ruud van der Hoek said: "We will appeal."', 'Ruud van der Hoek', 'Coach'],
    ['"We will appeal," said Ana de la Cruz.', 'Ana de la Cruz', null],
    ['"We will appeal," Mr von Essen said.', 'von Essen', null],
    // An Arabic article before the surname is inside the name, a title before it is role.
    ['Army spokesman Colonel Samir al-Haddad said: "The road is open."', 'Samir al-Haddad', 'Army spokesman Colonel'],
    // The article written apart, lower-case, as Gulf English papers spell it ("Hamad bin Ali al Roe"):
    // a particle like "bin", no longer the end of a role ("Hamad bin Ali al") before a surname.
    ['"The road is open," said Hamad bin Ali al Rawi.', 'Hamad bin Ali al Rawi', null],
    ['Its envoy, Saif al Kindi, said: "The road is open."', 'Saif al Kindi', 'Its envoy'],
    ['"The road is open," Dr. al Kindi said.', 'al Kindi', null],
    // A naval rank before the name is role, as "Admiral" is; "Commodore" was read as a given name.
    ['Commodore Ivo Marsh, who commands the fleet, said: "We held fire."', 'Ivo Marsh', 'Commodore'],
    // A name with no title before it keeps its first word.
    ['Ivo Marsh, who commands the fleet, said: "We held fire."', 'Ivo Marsh', null],
    // "Minister of X, Name": the role's object is no speaker; the name in apposition is.
    [
      'The Minister of Transport, Mr Kofi Mensah-Boateng, said: "The road is open."',
      'Kofi Mensah-Boateng',
      'The Minister of Transport',
    ],
    // So after "of the" and a body named with its country ("… Association of Nigeria"): the
    // capitalised title read that body as its object's name, and the body spoke.
    [
      'The President of the Fuel Marketers Association of Nigeria, Alhaji Musa Garba, said: "We will raise prices."',
      'Musa Garba',
      'The President of the Fuel Marketers Association of Nigeria',
    ],
    // The role is the whole title, its object too ("Counsel for Tan", no longer "Tan").
    ['Counsel for Tan, Ms Lee Hui Min, said: "My client was abroad."', 'Lee Hui Min', 'Counsel for Tan'],
    // A name after "for" in a title before the comma is the title's object: the role is the whole
    // title with its owner ("Europe" alone was no role).
    [
      'Vell’s head of policy for Europe, Ada Lund, wrote: "The rules are unclear."',
      'Ada Lund',
      'Vell’s head of policy for Europe',
    ],
    [
      'The member of parliament for Ashby North, Ada Roe, said: "We will appeal."',
      'Ada Roe',
      'member of parliament for Ashby North',
    ],
    // A rank of two role words before the name ("Senior Counsel").
    ['Her lawyer, Senior Counsel Arjun Pal Mehta, said: "My client was abroad."', 'Arjun Pal Mehta', 'Senior Counsel'],
  ])('%s', (sentence, name, role) => {
    const [got] = speakers('Rain fell all day in the town.', sentence);
    expect(got?.[0]).toBe(name);
    expect(got?.[1]).toBe(role);
  });
});

test('Hausa honorifics ("Malam", "Alhaji", "Hajiya") are dropped from the name and give its gender', () => {
  const got = speakers(
    'Mr Tunde Bello opened the market at dawn.',
    'A grain trader, Malam Garba Idris, told us that maize had doubled. He said: “Even the farmers complain.”',
  );
  expect(got[0]?.[0]).toBe('Garba Idris');
});

test('Malaysian and East African honorifics ("Encik", "Datuk Seri", "Datin Paduka", "Madam", "Mama") are dropped from the name', () => {
  const got = speakers(
    'The river rose overnight in the village.',
    'Encik Hamdan Yusof said: “The water reached my knees.”',
    'Datuk Seri Kamal Ariffin said: “More centres will open.”',
    'Datin Paduka Zaleha Omar said: “Each family will get aid.”',
    'Madam Ong Bee Leng said: “My stall is gone.”',
  );
  expect(got.map((g) => g[0])).toEqual(['Hamdan Yusof', 'Kamal Ariffin', 'Zaleha Omar', 'Ong Bee Leng']);
});

test('South Asian honorifics ("Begum", "Syed", "Mian", "Chaudhry", "Sardar") are dropped from the name; "MNA" and "MPA" are roles', () => {
  const got = speakers(
    'The canal bill passed on Friday.',
    'Opposition MNA Begum Nadia Bhatti said: “The funds were parked.”',
    'Its president, Mian Tariq Joiya, said: “Farmers get less water.”',
    'MPA Syed Arif Shah said: “This is wrong.”',
    'Leader of the Opposition Chaudhry Irfan Cheema said: “It is a blank cheque.”',
    'Sardar Akbar Mazari said: “We will fight.”',
  );
  expect(got.map((g) => g[0])).toEqual(['Nadia Bhatti', 'Tariq Joiya', 'Arif Shah', 'Irfan Cheema', 'Akbar Mazari']);
  expect(got.map((g) => g[1])).toEqual(['Opposition MNA', 'Its president', 'MPA', 'Leader of the Opposition', null]);
});

test('"Prof" without its stop (as British outlets write it) and the Indian "Shri" and "Smt" are honorifics: one person, not two', () => {
  const text = article(
    'Prof Edwin Halloran, who chairs the trust, said the waiting lists were growing.',
    '“We have never seen queues like this,” Prof Halloran said.',
    'Shri Vikram Solanki visited the camp. “Tankers will come tonight,” Solanki said.',
    'Smt Lalita Rawat said: “The well is dry.”',
  );
  const names = analyze(text).quotes.map((q) => q.speaker?.name);
  expect(names).toEqual(['Edwin Halloran', 'Edwin Halloran', 'Vikram Solanki', 'Lalita Rawat']);
});

test('a plural role noun with "at"/"from" and a body is the group at that body: groups at two bodies stay two', () => {
  const text = article(
    'Economists at Harwick Bank said in a note that rates would rise.',
    'Economists from the Orland Institute said that rates would fall.',
  );
  const got = analyze(text).quotes.map((q) => [q.speaker?.name, q.speaker?.kind]);
  expect(got).toEqual([
    ['Economists at Harwick Bank', 'group'],
    ['Economists from the Orland Institute', 'group'],
  ]);
});

test('a name in apposition to "the <modifier> <company noun>" is an organisation, so a later "it" finds it', () => {
  const text = article(
    'The energy company, Dunmere Power, said it would raise prices. It said the rise was "unavoidable".',
  );
  const got = analyze(text).quotes.map((q) => [q.speaker?.name, q.speaker?.kind]);
  expect(got.length).toBeGreaterThan(1);
  for (const g of got) expect(g).toEqual(['Dunmere Power', 'organization']);
});

test('a capitalised run after an organisation noun is the body\'s name, whatever its first word ("Which")', () => {
  const text = article('A study by the consumer group Which Basket found that bread cost 9% more.');
  expect(analyze(text).quotes.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([
    ['Which Basket', 'organization'],
  ]);
});

test('"Mama" before a woman\'s name gives the later "she" its antecedent', () => {
  const got = speakers(
    'Mrs Ruth Kamau said: “The board must pay.”',
    'Mr Peter Otieno said: “It will pay in a week.”',
    'A farmer from the hills, Mama Achieng Atieno, said she had borrowed to plant. “We cannot wait,” she said.',
  );
  expect(got[got.length - 1]?.[0]).toBe('Achieng Atieno');
});

describe('speaker grammar found on invented pages', () => {
  test('a name set off by commas and then a verb ("said the insurer, Vell Mutual, had paid") is no inverted speaker', () => {
    const text = article(
      'Nora Pike, a nurse at Elm Clinic, said the family’s insurer, Vell Mutual, had paid the bill.',
    );
    const q = attributeQuotes(text, blocksFromPlainText(text), { abstain: false }).quotes[0];
    expect(q?.speaker?.name).toBe('Nora Pike');
  });
  test('a role with a lower-case "for" field before a name ("minister for housing Ada Lund") is the name’s role', () => {
    expect(
      speakers(
        '“Rents are too high,” said minister for housing Ada Lund.',
        '“We will rebuild,” said councillor for flood relief Datuk Seri Kamal Ariffin.',
      ),
    ).toEqual([
      ['Ada Lund', 'minister for housing', 'person'],
      ['Kamal Ariffin', 'councillor for flood relief', 'person'],
    ]);
  });
  test('a relative clause on a role in apposition ("Ada Roe, a nurse, who works nights, said") is the name’s', () => {
    expect(speakers('“The ward is full,” Ada Roe, a nurse, who works nights, said.')[0]?.[0]).toBe('Ada Roe');
  });
  test('a pre-posed appositive ending in a city and its region keeps the region in the role', () => {
    expect(speakers('“The data are clear,” Jane Roe, a chemist at a college in Dayton, Ohio, said.')[0]?.[1]).toBe(
      'a chemist at a college in Dayton, Ohio',
    );
  });
  test('a present-tense verb after a description ("The clerk walks past her, saying") ends the subject', () => {
    expect(speakers('The clerk walks past her, saying “Nobody comes here.”')[0]?.[0]).toBe('clerk');
  });
});

test('on a live blog, "she" stands for someone in her own post, not a woman named in an earlier one', () => {
  const parts: [string, 'heading' | 'paragraph'][] = [
    ['Budget day live', 'heading'],
    ['Rosa Ferrante sets out her first budget.', 'paragraph'],
    ['Nurses react to the pay deal', 'heading'],
    ['Ada Lund, who leads the nurses, said the deal was “a start”.', 'paragraph'],
    ['Teachers wait for the vote', 'heading'],
    ['The vote is due at noon.', 'paragraph'],
    ['Growth forecast cut', 'heading'],
    ['Growth will slow to 0.9%, the chancellor told MPs. Prices will rise 2.7% this year, she said.', 'paragraph'],
  ];
  let text = '';
  const blocks = parts.map(([t, kind]) => {
    const start = text.length;
    text += t + '\n\n';
    return { start, end: start + t.length, kind };
  });
  const q = attributeQuotes(text, blocks, { abstain: false }).quotes.pop();
  expect(q?.speaker?.name).not.toBe('Ada Lund');
});

test("a fact check's or a page's heading before a colon is no speaker; a name before a colon is", () => {
  expect(speakers('CLAIM: “Crime has halved since I took office.”')).toEqual([[null, null, null]]);
  expect(speakers('THE FACTS: “Arrests fell by 12%.”')).toEqual([[null, null, null]]);
  expect(speakers('Correction: “An earlier version misspelled a name.”')).toEqual([[null, null, null]]);
  expect(speakers('Mayor Ada Lund: “Crime has halved.”')[0]?.[0]).toBe('Ada Lund');
});

describe('a name in apposition to a descriptor names the speaker', () => {
  test.each<[string, string]>([
    // Inverted: a descriptor opened by a determiner, a comma, then the name.
    ['“The lines are long,” said another Facebook user, Ben Roe.', 'Ben Roe'],
    ['“It was a mistake,” wrote the British consul at the time, Carl Finch.', 'Carl Finch'],
    // An age before a description that ends in a city and its region.
    ['“I don’t trust the council,” Ada Lund, 67, a retired bus driver in Dayton, Ohio, said.', 'Ada Lund'],
    // A region after its city, then a relative clause.
    ['“Everyone is scared,” Ken Dale, 30, of Raleigh, N.C., who was polled, said.', 'Ken Dale'],
    // The appositive's closing comma left out.
    ['“It matters,” Hal Ito, the spokesman for the Ohio Democratic Party said.', 'Hal Ito'],
    ['“We need a plan,” Evan Park, who is chairman of Better Roads Pac said in a statement.', 'Evan Park'],
    // A compound's head and an ordinal before a rank are role words before the name.
    ['“Imagine that,” mused Radio co-host Stu Burguiere.', 'Stu Burguiere'],
    ['“They should go home,” said Navy 2nd Lt. Fay Moss.', 'Fay Moss'],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)[0]?.[0]).toBe(name);
  });
  test('a descriptor and a comma that end the text leave no name to read (and throw nothing)', () => {
    for (const text of ['warned the m,', '“We will win,” insisted the s,', 'tweeted the aide,'])
      expect(() => speakers(text)).not.toThrow();
  });
  test('a cue set off inside a clause keeps its own subject', () => {
    expect(speakers('Ada Lund, the aide said, was wrong about “the money.”')[0]?.[0]).toBe('aide');
  });
  test('a fronted adjunct with a place is no region of a name', () => {
    expect(speakers('Of Dayton, Lund, who has given money to Ada Roe, said, “It is a circus.”')[0]?.[0]).toBe('Lund');
  });
});

describe('a campaign or other body named after its candidate speaks as the body', () => {
  test.each<[string, string]>([
    ['Ada Lund’s campaign also went on the offensive, tweeting that Roe was “very pro-tax.”', 'Lund’s campaign'],
    ['Last week, the Lund campaign also called on the agency to conduct an “expedited review.”', 'Lund campaign'],
    ['The Lund campaign, in a Q&A on the tax plan, worded it more carefully: “We pay on time.”', 'Lund campaign'],
  ])('%s', (sentence, mention) => {
    const text = article(sentence);
    const q = attributeQuotes(text, blocksFromPlainText(text), { abstain: false }).quotes[0];
    expect(q?.speaker?.mention?.text).toContain(mention);
  });
});

describe('a name in apposition to a phrase that ends in another name', () => {
  test.each<[string, string]>([
    // A place after "for" is the preposition's object; the name after it is the person.
    ['The member of parliament for Ashby North, Ada Roe, said, "We will fight this in court."', 'Ada Roe'],
    ['The Member of Parliament for Kelso West, Hon. Kwame Lund, said, "Our roads are a disgrace."', 'Kwame Lund'],
    // A list inside a body's name: the name after the role noun's comma is no region.
    ['The Rail, Tram and Bus Union\'s state secretary, Col Dunn, said, "This is a disgrace."', 'Col Dunn'],
    // A possessive before an -ing modifier is no plural noun the participle hangs on.
    ['Brackwater’s sporting director, Ada Roe, said, "We watched him for a year."', 'Ada Roe'],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)[0]?.[0]).toBe(name);
  });
});

describe('"as X put it" gives the words after it to X', () => {
  test.each<[string, string]>([
    ['The ferry, as a harbour pilot put it, was "a floating brick."', 'harbour pilot'],
    // A participle on a noun between the comment clause and the quote is no cue of its own.
    [
      'As the museum director, Ada Lund, put it in a note to staff explaining the move, "We needed the room."',
      'Ada Lund',
    ],
    // A finite speech verb after the comment clause has the quote.
    ['As Lund put it, Roe said, "No deal."', 'Roe'],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)[0]?.[0]).toBe(name);
  });
});

describe('roles and appositives around the name (twelfth page round)', () => {
  test.each<[string, string, string | null]>([
    // A role word heading a body with "of": the whole description names the speaker.
    [
      'The head of the Harbour Bridge Authority told the council, "We will close a lane in May."',
      'head of the Harbour Bridge Authority',
      null,
    ],
    // A name of six words (a place, a body and a title before it) in apposition to a description.
    [
      'The second caller, Kelso Parish Council Chair Ada Brennan, said, "Our roads are a disgrace."',
      'Ada Brennan',
      'Kelso Parish Council Chair',
    ],
    // "Father of two" before a full name is the name's role, not a name.
    ['Father of two Tomas Okafor said, "We hear this every winter."', 'Tomas Okafor', 'Father of two'],
    // A surname opening on "St" keeps the word before it, an unlisted given name.
    ['Minister of Works Glenford St Clair says, "The bridge opens in June."', 'Glenford St Clair', 'Minister of Works'],
    // A title's field after "for" is the title's ("Minister for X NAME"); with no known given
    // name, the field is one word and the name the rest (a family name first).
    ['"The quota stays," Minister for Fisheries Tay Boon Huat said.', 'Tay Boon Huat', 'Minister for Fisheries'],
    [
      'Minister of State for Ports and Harbours Farida Osman said, "The quay reopens in May."',
      'Farida Osman',
      'Minister of State for Ports and Harbours',
    ],
    [
      '"The quota stays," Secretary of State for Fisheries Ada Brennan said.',
      'Ada Brennan',
      'Secretary of State for Fisheries',
    ],
    // A title and its one-word field leave no name: the title is the speaker.
    ['"The quota stays," the Minister of Fisheries said.', 'Minister of Fisheries', null],
    // A participle with its object after the name is a clause about the saying, not a role.
    ['"The quota stays," said Ada Brennan, adding that the boats would be counted.', 'Ada Brennan', null],
    // A name given after "named" in apposition to a description speaks.
    ['One of the crew, a diver named Ilse, told me, "The hull is sound."', 'Ilse', null],
    // A subject opening the sentence and "put it" comment on the words after the colon.
    ['My neighbour put it best last week: "Nobody walks when it rains."', 'My neighbour', null],
  ])('%s', (sentence, name, role) => {
    expect(speakers(sentence)[0]?.slice(0, 2)).toEqual([name, role]);
  });
});

test('a surname opening on "St" after a role with an unlisted given name joins later mentions', () => {
  expect(
    speakers(
      'Minister of Public Works Glenford St Clair says the bridge will open in June.',
      '"It opens in June," St Clair said.',
    )[0],
  ).toEqual(['Glenford St Clair', 'Minister of Public Works', 'person']);
});

test('a title with a field after "for" is no part of the name a later "Mr" or "Ms" mention joins', () => {
  // No known given name: the field is one word, the name the rest, family name first.
  expect(
    speakers('Minister for Fisheries Tay Boon Huat said the quota would stay.', '"It stays," Mr Tay said.')[0],
  ).toEqual(['Tay Boon Huat', 'Minister for Fisheries', 'person']);
  // A field with "and" inside it ends at the given name.
  expect(
    speakers(
      'Minister of State for Ports and Harbours Farida Osman said the quay would reopen.',
      '"It reopens in May," Ms Osman said.',
    )[0],
  ).toEqual(['Farida Osman', 'Minister of State for Ports and Harbours', 'person']);
});

describe('a comma between the fields of an institution name listed before its "and"', () => {
  test.each<[string, string]>([
    [
      'The Department for Farming, Fisheries and Coastal Affairs said the quota would hold.',
      'Department for Farming, Fisheries and Coastal Affairs',
    ],
    ['The Ministry of Trade, Tourism and Culture said it would act.', 'Ministry of Trade, Tourism and Culture'],
  ])('is inside the name: %s', (sentence, name) => {
    expect(named(sentence)[0]?.[0]).toBe(name);
  });

  test('a list of surnames stays a list: the comma is no field comma there', () => {
    expect(named('Smith, Jones and Brown said the plan was dead.')[0]?.[1]).toBe('Brown');
  });

  test.each<[string, string]>([
    [
      'Farm incomes fell 12% last year, according to the Ministry of Farming, Fisheries and Coastal Affairs.',
      'Ministry of Farming, Fisheries and Coastal Affairs',
    ],
    [
      'According to the Department of Trade, Tourism and Culture, visitor numbers doubled.',
      'Department of Trade, Tourism and Culture',
    ],
    [
      '“Cases rose,” said the Qastari Ministry of Health, Labour and Welfare.',
      'Qastari Ministry of Health, Labour and Welfare',
    ],
  ])('after "according to" or an inverted cue it is inside the name too: %s', (sentence, name) => {
    expect(named(sentence)[0]?.[0]).toBe(name);
  });

  test('after "according to", a comma before a list of people ends the body’s name', () => {
    expect(named('According to the Ministry of Health, Ada Roe and Jon Lund were dismissed.')[0]?.[0]).toBe(
      'Ministry of Health',
    );
  });
});

describe('French honorifics in translation', () => {
  test.each<[string, string]>([
    ['“We will see,” Mme Claire Roux said.', 'Claire Roux'],
    ['“We will see,” said Mlle Ada Roux, the union secretary.', 'Ada Roux'],
  ])('are no part of the name: %s', (sentence, name) => {
    expect(named(sentence)[0]?.[0]).toBe(name);
  });
});

describe('a body’s name in apposition to a description, its acronym in brackets after it', () => {
  test('the name speaks, with or without its acronym; the description is its role', () => {
    expect(speakers('The employers’ body, Acme Employers (AE), said the deficit was “small.”')[0]?.[0]).toBe(
      'Acme Employers',
    );
    expect(speakers('The trade body, Qastari Retail Council, said it was “pleased.”')[0]?.[0]).toBe(
      'Qastari Retail Council',
    );
    // A lower-case word in the brackets is no acronym: the name is not taken.
    expect(speakers('The trade body, Acme Employers (formerly), said it was “pleased.”')[0]?.[0]).not.toBe(
      'Acme Employers',
    );
  });
});

describe('a name in apposition to a description, with the person’s own body after "of" or "at"', () => {
  test('the name speaks, the description is its role; not another person with that role', () => {
    expect(
      speakers(
        'Her lawyer, Ada Lund of the Tenants’ Union, told reporters: “We will appeal.”',
        'The landlord’s lawyer, Tom Hale, said: “We are pleased.”',
      ),
    ).toEqual([
      ['Ada Lund', 'Her lawyer', 'person'],
      ['Tom Hale', 'The landlord’s lawyer', 'person'],
    ]);
    expect(speakers('Another pollster, Nell Ortega at Dunmore College, said: “It is close.”')[0]?.[0]).toBe(
      'Nell Ortega',
    );
  });
  test('an honorific before the forename keeps the name in apposition ("the lead author, Dr Ada Lund of …")', () => {
    expect(speakers('“It is water,” the study’s lead author, Dr Ada Lund of the Orrel Observatory, said.')[0]).toEqual([
      'Ada Lund',
      'the study’s lead author',
      'person',
    ]);
  });
  test('a family name first and a romanised given name before "of" keep the name in apposition ("the band’s lawyer, Kang Min-seok of …")', () => {
    expect(
      speakers('The band’s lawyer, Kang Min-seok of the law firm Dongbae, said: “The contract is void.”')[0]?.[0],
    ).toBe('Kang Min-seok');
    // Two capitalised words with no hyphenated given name are left to the other rules.
    expect(
      speakers('The band’s lawyer, Kang Minseok of the law firm Dongbae, said: “The contract is void.”')[0]?.[0],
    ).not.toBe('Kang Minseok');
  });
  test('so a lower-case title before the forename ("the group leader, councillor Ada Lund of …")', () => {
    expect(
      speakers('The group leader, councillor Ada Lund of the civic list Nuovo Borgo, said: “We will vote no.”')[0],
    ).toEqual(['Ada Lund', 'councillor', 'person']);
  });
  test('so an article and a lower-case title before the forename ("her collaborator, the acoustician Ada Lund of …")', () => {
    expect(
      speakers('Her collaborator, the acoustician Ada Lund of the Polar Sound Institute, said her work was “new.”')[0],
    ).toEqual(['Ada Lund', 'acoustician', 'person']);
    // A body after "of" before the first capitalised word leaves the description alone.
    expect(speakers('His boss, the head of research Ada Lund, said the plan was “sound.”')[0]?.[0]).toBe('Ada Lund');
  });
  test('a body’s name opening on a forename is no person ("His employer, Royal Bank of …")', () => {
    expect(speakers('His employer, Royal Bank of Scotland, said: “We will not comment.”')[0]?.[0]).not.toBe(
      'Royal Bank',
    );
  });
  test('after the speech verb too: the name speaks, not a capitalised word in the description', () => {
    expect(
      speakers('“We will appeal,” said another leading High Court advocate, Ada Lund of the law firm Tull Brand.')[0],
    ).toEqual(['Ada Lund', 'leading High Court advocate', 'person']);
    expect(speakers('“We will appeal,” said its chief counsel, Ada Lund of Tull Brand.')[0]?.[0]).toBe('Ada Lund');
  });
});

describe('role nouns of broadcasts and politics', () => {
  test('a later "the presenter", "the moderator", "the narrator" is the person the role named', () => {
    for (const role of ['presenter', 'moderator', 'narrator', 'politician'])
      expect(
        speakers(`“It is over,” ${role} Ada Lund said.`, `The ${role} added that it was “a good year.”`).map(
          (s) => s[0],
        ),
      ).toEqual(['Ada Lund', 'Ada Lund']);
  });
});

describe('a place or club before a role noun before the name', () => {
  // A comment verb with a colon ("put it simply:") reads the sentence's subject from its start:
  // a role noun no list holds ("seamer", "rancher") after a place must not end the phrase there.
  test.each<[string, string, string]>([
    [
      'On air, the former Westhaven seamer Colm Ray put it simply: “That was the spell.”',
      'Colm Ray',
      'former Westhaven seamer',
    ],
    ['The Texas rancher John Reed put it bluntly: “The well is dry.”', 'John Reed', 'Texas rancher'],
    ['The Leeds striker Tom Barnes put it simply: “We were poor.”', 'Tom Barnes', 'Leeds striker'],
    ['The Texas senator Ann Reed said: “We will vote no.”', 'Ann Reed', 'Texas senator'],
  ])('%s', (sentence, name, role) => {
    expect(speakers(sentence)).toEqual([[name, role, 'person']]);
  });
});

describe('a noun before a bare-plural subject of a contact clause', () => {
  test.each<[string, string]>([
    [
      'The board voted to close the school, a move district leaders say will save “about $640,000” a year.',
      'district leaders',
    ],
    ['The city cut the route, a decision residents say will “hurt them”.', 'residents'],
    // A count before the plural: the plural speaks either way.
    ['A few officials say the plan will “work”.', 'officials'],
  ])('%s', (sentence, name) => {
    expect(named(sentence)[0]![0]).toBe(name);
  });

  test('a participle keeps its noun: the senator, not "representing farmers"', () => {
    expect(named('A senator representing farmers said the levy would “ruin” them.')[0]![0]).toBe(
      'senator representing farmers',
    );
  });
});

describe('a passive participle with "by": its agent speaks, not the noun before it', () => {
  test.each<[string, string]>([
    ['The council rejected the budget because of “wasteful” items added by the mayor’s office.', 'mayor’s office'],
    ['Residents were angered by the “temporary” closures announced by the water board on Friday.', 'water board'],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)[0]?.[0]).toBe(name);
  });

  test('"by" and a means, not an agent, leave the subject its words', () => {
    expect(speakers('“We will appeal,” the spokesman added by phone.')[0]?.[0]).toBe('spokesman');
    expect(speakers('“It is over,” Ada Lund added by email on Sunday.')[0]?.[0]).toBe('Ada Lund');
  });

  test('"by" and a verb in -ing tell how, and name no agent', () => {
    expect(speakers('Mayor Ada Lund responded by first saying “some good things” about the plan.')[0]?.[0]).toBe(
      'Ada Lund',
    );
  });
});

describe('a list of places closing a relative clause before the cue', () => {
  // The comma before the cue ends the list's first item, inside the relative clause; the words
  // after "which" or "who" open on a verb and are never the subject.
  test.each<[string, string]>([
    [
      'On Monday, Halden Care, which runs 12 clinics in Ayr, Troon and Irvine, said that its records system was down.',
      'Halden Care',
    ],
    [
      'LORNBY — Halden Care, which runs 12 clinics in Ayr, Troon and Irvine, said that its records system was down.',
      'Halden Care',
    ],
    ['LORNBY — Ada Roe, who runs 12 clinics in Ayr, Troon and Irvine, said that the wards were full.', 'Ada Roe'],
    [
      'LORNBY — Ada Roe, whose firm runs 12 clinics in Ayr, Troon and Irvine, said that the wards were full.',
      'Ada Roe',
    ],
    // Two places: no list comma, and the subject was found before the fix too.
    [
      'On Monday, Halden Care, which runs 12 clinics in Ayr and Troon, said that its records system was down.',
      'Halden Care',
    ],
  ])('%s', (sentence, name) => {
    expect(named(sentence)).toEqual([[name, name]]);
  });

  test('with no list, a name in apposition after "whose" and its noun still speaks', () => {
    expect(named('LORNBY — funds came from the Ayr Trust, whose director, Ada Roe, said that it was glad.')).toEqual([
      ['Ada Roe', 'Ada Roe'],
    ]);
  });

  test('a list inside an appositive still opens after the name', () => {
    expect(
      named('On Monday, Ada Roe, deputy minister for housing, transport, and energy, said that the plan was sound.'),
    ).toEqual([['Ada Roe', 'Ada Roe']]);
    // The appositive's head as short as a list item: the list walk stops at the name's comma
    // (it took "transport" for the subject).
    expect(
      named('On Monday, Ada Roe, minister for housing, transport, and energy, said that the plan was sound.'),
    ).toEqual([['Ada Roe', 'Ada Roe']]);
    // No comma before the last item: the comma before the cue opens "transport and energy", the
    // list's tail, not a phrase after the appositive (it gave the role "minister" alone).
    expect(
      named('On Monday, Ben Lund, minister for housing, transport and energy, said that rents would rise.'),
    ).toEqual([['Ben Lund', 'Ben Lund']]);
  });

  test('with no phrase before the relative clause, no speaker rather than its verb', () => {
    const [speaker] = named('In Ayr, which runs 12 clinics in Ayr, Troon and Irvine, said that the wards were full.');
    expect(speaker?.[1] ?? '').not.toMatch(/^runs/);
  });
});

describe('a possessive description is the speaker, not its owner', () => {
  // The owner is named in full before, so a cut at the possessive would name that person.
  test.each<[string, string, string]>([
    // "close" before a noun is an adjective in the head, not "close to"'s preposition.
    ['Ida Marsh stayed home. Marsh’s close friends have said she will stand again.', 'Marsh’s close friends', 'group'],
    ['Ida Marsh stayed home. “She will stand,” Marsh’s close friends said.', 'Marsh’s close friends', 'group'],
    // After an inverted cue, the words up to the clause's end head the phrase.
    ['Ida Marsh stayed home. “She will stand,” said Marsh’s lawyers.', 'Marsh’s lawyers', 'group'],
    ['Ida Marsh stayed home. “She will stand,” said Marsh’s former students.', 'Marsh’s former students', 'group'],
    ['Ida Marsh stayed home. “She will stand,” said Marsh’s critics in a statement.', 'Marsh’s critics', 'group'],
    ['Ida Marsh stayed home. “She will stand,” said one of Marsh’s neighbours.', 'one of Marsh’s neighbours', 'group'],
    // One who speaks for her keeps her in the name, as before the verb.
    ['Ida Marsh stayed home. “She will stand,” said Marsh’s spokesman.', 'Marsh’s spokesman', 'unknown'],
  ])('%s', (sentence, name, kind) => {
    const text = article(sentence);
    const q = attributeQuotes(text, blocksFromPlainText(text), { abstain: false }).quotes[0];
    expect([q?.speaker?.name, q?.speaker?.kind]).toEqual([name, kind]);
  });

  test('a possessive phrase whose head cannot speak stays no speaker after an inverted cue', () => {
    expect(mentions('Tom Greer praises, laments Ida Marsh’s legacy.')).not.toContain('Ida Marsh’s legacy');
  });

  test('a name in apposition to the description still speaks', () => {
    expect(speakers('Ida Marsh stayed home. “She will stand,” said Marsh’s friend, Tom Greer.')).toEqual([
      ['Tom Greer', 'Marsh’s friend', 'person'],
    ]);
  });
});

describe('what an organisation’s name spans', () => {
  test.each<[string, string, string | null]>([
    // A description, then a body's name after "the" in apposition (with its acronym): the name speaks.
    [
      'The union, the Tarn Valley Teachers Association (TTA), said on Monday that "the schools will close."',
      'Tarn Valley Teachers Association',
      'The union',
    ],
    // So with the body's acronym alone in apposition.
    ['The growers’ union, the QGU, said: "We will appeal."', 'QGU', 'The growers union'],
    // An institution's name runs through "for" and "of the" ("… of the High Atlas"), its adjective too.
    [
      '"The roads are gone," said the National Agency for Reconstruction of the High Atlas (ANRHA).',
      'National Agency for Reconstruction of the High Atlas',
      null,
    ],
    // A body named alone ("Navy", also a given name) goes on through "of the" and the place.
    ['The Navy of the Republic of Qastar said: "Our ships are ready to help."', 'Navy of the Republic of Qastar', null],
    // An occupation opening the sentence before a full name is the role, not part of the name.
    ['Architect Nadia Roe said: "The walls were never built to last."', 'Nadia Roe', 'Architect'],
    // "on" after a council's or a committee's head word opens its field, before or after the cue,
    // through an "and" inside the field.
    ['"Tariffs are a tax," said the Qastari Council on Trade Policy.', 'Qastari Council on Trade Policy', null],
    [
      '"We oppose the bill," the House Committee on Ports and Harbors said in a statement.',
      'House Committee on Ports and Harbors',
      null,
    ],
  ])('%s', (sentence, name, role) => {
    const [got] = speakers(sentence);
    expect(got?.[0]).toBe(name);
    expect(got?.[1]).toBe(role);
  });

  test('nearby cases keep their readings', () => {
    // A day after "on" is when the body acted, no part of its name.
    expect(speakers('The Qastari Council on Monday said: "The tariffs stay."')[0]?.[0]).toBe('Qastari Council');
    // After a person's name "on" is no part of it: the place or show is where they spoke.
    expect(speakers('"The port is safe," Ada Roe said on Radio Kelso.')[0]?.[0]).toBe('Ada Roe');
    // A title's field before the name in apposition: the person speaks.
    expect(speakers('"We need a new budget," the minister for Health of Qastar, Ada Roe, said.')[0]).toEqual([
      'Ada Roe',
      'the minister for Health of Qastar',
      'person',
    ]);
    // A name joined by "for" with no "of the" after it is not cut.
    expect(speakers('"Children deserve better," said Acme for Kids, a charity.')[0]?.[0]).toBe('Acme for Kids');
    // A person's name before "of the" still ends there: the body after it is where they work.
    expect(speakers('"The vote was fair," said Ann Lund of the Tarn Valley Teachers Association.')[0]?.[0]).toBe(
      'Ann Lund',
    );
    // A description in apposition after "the" that is no name leaves the body's noun the speaker.
    expect(speakers('The union, the largest in Qastar, said: "We are ready."')[0]?.[0]).toBe('union');
    // So with one lower-case word after "the".
    expect(speakers('The union, the largest, said: "We are ready."')[0]?.[0]).toBe('union');
    // A name cut at "of" as a person's (a given name opens it) is not taken for the body: the noun stays.
    expect(speakers('The nurses’ union, the Royal Guild of Nursing, said: "We are short."')[0]?.[0]).toBe(
      'nurses union',
    );
  });

  test('"Chamber" heads a body’s name, after an adjective too, and a later "the chamber" does not cut it', () => {
    expect(
      speakers(
        'The regional Chamber of Farming said: "The hail took half the crop."',
        '"We are ruined," the chamber said.',
      )[0],
    ).toEqual(['Chamber of Farming', 'regional', 'organization']);
    // A person's surname is not a body's head word: "Ada Chambers" stays a person.
    expect(speakers('Ada Chambers said: "The hail took half the crop."')[0]).toEqual(['Ada Chambers', null, 'person']);
  });
});

describe('a company named by its trade and a British role word before a body', () => {
  test('"Metals" closes a company’s name, so a later "she" is not that company', () => {
    expect(speakers('Kestrel Metals said: "The trial met every condition."')[0]).toEqual([
      'Kestrel Metals',
      null,
      'organization',
    ]);
    expect(
      speakers(
        'Ada Roe, an oceanographer, disagreed.',
        'She has advised the contractor, Kestrel Metals, on its plan. She said: "They never paid me."',
      )[0]?.[0],
    ).toBe('Ada Roe');
    // A surname that only begins like the word stays a person's.
    expect(speakers('Ada Metalson said: "The trial was fine."')[0]).toEqual(['Ada Metalson', null, 'person']);
  });

  test('"Organiser", the British spelling, is a role before a body’s name as "Organizer" is', () => {
    expect(speakers('Organiser Helix Arena said: "Payments are days away."')[0]).toEqual([
      'Helix Arena',
      'Organiser',
      'organization',
    ]);
    // Before a person's name it was already the role, and stays so.
    expect(speakers('Organiser Ada Roe said: "The rally is on."')[0]).toEqual(['Ada Roe', 'Organiser', 'person']);
  });
});

describe('a title whose field holds "and" and two words, then an honorific and the name', () => {
  test('"Minister of Mines and Minerals Development Hon. Ada Roe announced": the person speaks', () => {
    const text = article(
      'The Government will raise the royalty next year, Minister of Mines and Minerals Development Hon. Ada Roe announced.',
    );
    const q = attributeQuotes(text, blocksFromPlainText(text), { abstain: false }).quotes[0];
    expect(q?.speaker?.name).toBe('Ada Roe');
  });

  test('a list of two people joined by "and" stays two people', () => {
    expect(speakers('“It is over,” said Ida Marsh of Acme and Mr. Tom Greer.').map((s) => s[0])).not.toContain(
      'Acme and Mr. Tom Greer',
    );
  });
});

describe('a name with a particle in apposition to a role', () => {
  /** The speaker of the quote paragraph after a lead-in of these words. */
  function blockSpeaker(leadIn: string): string | null {
    const text = article('The agency cut the grant on Friday.', leadIn, '“Families were told to plan for this.”');
    const q = attributeQuotes(text, blocksFromPlainText(text), { abstain: false }).quotes.find(
      (x) => x.kind === 'direct',
    );
    return q?.speaker?.name ?? null;
  }

  test.each<[string, string]>([
    // "put it plainly:" names no speech verb: the subject, a role and the name in apposition, speaks.
    ['The spokeswoman, Ada van Roe, put it plainly:', 'Ada van Roe'],
    ['Its spokeswoman, Ada van der Roe, put it this way:', 'Ada van der Roe'],
    ['The spokeswoman, Ada Roe, put it plainly:', 'Ada Roe'],
  ])('%s', (leadIn, name) => {
    expect(blockSpeaker(leadIn)).toBe(name);
  });

  test('a particle before a lower-case word is no part of the name', () => {
    expect(speakers('“We are ready,” said the director, Ada Roe, de facto head of the unit.')[0]![0]).not.toMatch(
      /de facto/,
    );
    // "al" too: before a lower-case word it is no Arabic article.
    expect(speakers('“We are ready,” said Ada Roe, who dined al fresco.')[0]![0]).toBe('Ada Roe');
  });
});

describe('a body’s initials in brackets between its name and "in/of" and a place', () => {
  test.each<[string, string]>([
    ['The Qastari Weather Office (QWO) in Larsholm said the storm would pass.', 'Qastari Weather Office'],
    ['The Qastari Aviation Authority (QAA) of Larsholm said the storm would pass.', 'Qastari Aviation Authority'],
    ['A spokesman for the Qastari Weather Office (QWO) in Larsholm said the storm would pass.', 'spokesman'],
  ])('the body speaks, never the place: %s', (sentence, name) => {
    const who = named(sentence)[0]?.[0];
    expect(who).toContain(name);
    expect(who).not.toContain('Larsholm');
  });

  test('no brackets, or brackets inside an apposition set off by commas: the walk is as before', () => {
    expect(named('The Qastari Weather Office in Larsholm said the storm would pass.')[0]![0]).toContain(
      'Qastari Weather Office',
    );
    expect(named('Ada Roe, the office’s director (QWO) in Larsholm, said the storm would pass.')[0]![0]).toBe(
      'Ada Roe',
    );
  });
});

describe('a title whose field after "for" is two words joined by "and"', () => {
  test.each<[string, string]>([
    ['"Jobs will be found," said the Secretary for Economy and Finance, Ada Roe.', 'Ada Roe'],
    ['The Minister for Trade and Industry, Jon Lund, said, "The port reopens in May."', 'Jon Lund'],
  ])('the name in apposition speaks, not "and" and the last field word: %s', (sentence, name) => {
    expect(speakers(sentence)[0]![0]).toBe(name);
  });

  test('the title alone is the speaker; a field of one word before a name is as before', () => {
    expect(speakers('"Jobs will be found," the Secretary for Economy and Finance said.')[0]![0]).toBe(
      'Secretary for Economy and Finance',
    );
    expect(speakers('"The quota stays," Minister for Fisheries Tay Boon Huat said.')[0]![0]).toBe('Tay Boon Huat');
  });
});

describe('a name whose words open on a capital of Latin Extended-A', () => {
  test('"Her deputy, Eva Šimková, …. She said": the woman in apposition is the recent subject', () => {
    expect(
      speakers(
        'Headteacher Ada Roe runs a school in Tarn. Her deputy, Eva Šimková, teaches two classes herself. "I have no free period," she said.',
      )[0]![0],
    ).toBe('Eva Šimková');
  });

  test('a Latin-1 surname is read as before', () => {
    expect(
      speakers(
        'Headteacher Ada Roe runs a school in Tarn. Her deputy, Eva Ådahl, teaches two classes herself. "I have no free period," she said.',
      )[0]![0],
    ).toBe('Eva Ådahl');
  });
});
