import { analyze } from './analyze';
import { blocksFromPlainText } from './blocks';
import { reportingLeadIn } from './unmarked-speech';
import type { Annotations } from './types';

/** An article of these paragraphs under a headline that says nothing. */
function article(...paragraphs: string[]): string {
  return ['Harbour notes', ...paragraphs].join('\n\n');
}

/** [kind, text, speaker name] of each quote or claim. */
function quotes(a: Annotations): [string, string, string | null][] {
  return a.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);
}

/** [figure, claimant name] of each figure. */
function claimants(a: Annotations): [string, string | null][] {
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  return a.figures.map((f) => [f.text, f.claimedBy ? (names.get(f.claimedBy) ?? null) : null]);
}

describe('a reporting lead-in ending in a colon', () => {
  test('gives its source the unmarked paragraph after it, and that paragraph its figures', () => {
    const text = article(
      'The port authority wants to dredge the channel again this winter.',
      'The operator, Norland Shipping, wrote in its filing:',
      'Dredging to 16 metres will let ships of 14,000 containers call at the port by 2029.',
      'Harbour master Tove Rasmussen has doubts about the plan.',
    );
    const a = analyze(text);
    expect(quotes(a)).toContainEqual([
      'reported',
      'Dredging to 16 metres will let ships of 14,000 containers call at the port by 2029.',
      'Norland Shipping',
    ]);
    expect(claimants(a)).toEqual([
      ['16 metres', 'Norland Shipping'],
      ['14,000 containers', 'Norland Shipping'],
      ['2029', 'Norland Shipping'],
    ]);
  });

  test('carries a run of paragraphs as one claim, until a paragraph with a cue of its own', () => {
    const text = article(
      'In a letter to members last spring, the union leader wrote:',
      'We will not accept a contract that cuts 300 jobs.',
      'Nor will we accept one that freezes pay for a third year.',
      'Management said the letter misread the offer, which keeps 40 posts.',
    );
    const a = analyze(text);
    const run = a.quotes.find((q) => q.text.startsWith('We will not'));
    expect(run?.text).toBe(
      'We will not accept a contract that cuts 300 jobs.\n\nNor will we accept one that freezes pay for a third year.',
    );
    expect(run?.kind).toBe('reported');
    expect(claimants(a)).toContainEqual(['300 jobs', 'union leader']);
  });

  test('a colon with no reporting cue, or after the cue’s object, licenses nothing', () => {
    for (const lead of ['Here are three things to know:', 'The council noted the empty seats:']) {
      const a = analyze(article(lead, 'The channel was last dredged in 2019 at a cost of $40 million.'));
      expect(quotes(a).filter(([, text]) => text.startsWith('The channel'))).toEqual([]);
      expect(claimants(a)).toContainEqual(['$40 million', null]);
    }
  });

  test('a run ends at a paragraph that opens by naming someone', () => {
    const a = analyze(
      article(
        'The operator wrote in its filing:',
        'Dredging will let larger ships call at the port.',
        'Harbour master Tove Rasmussen expects 30 more calls a year.',
      ),
    );
    expect(quotes(a)).toContainEqual(['reported', 'Dredging will let larger ships call at the port.', 'operator']);
    expect(claimants(a).filter(([f]) => f.startsWith('30'))).toEqual([[expect.any(String), null]]);
  });

  test('a paragraph with quotation marks is quoted its own way', () => {
    const a = analyze(article('The minister said on Tuesday:', '“We have spent 12 million on the bridge,” she added.'));
    expect(a.quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  test.each<[string, boolean]>([
    ['Fox Valley News reports:', true],
    ['In a speech last July, she said:', true],
    ['The mayor told reporters:', true],
    ['The statement, according to the ministry:', true],
    ['Analysts argued that:', true],
    ['He said the following:', true],
    ['Here are four reasons:', false],
    ['The paper noted the sparse crowd:', false],
    ['Like the page:', false],
    ['The mayor said so.', false],
  ])('lead-in %j: %s', (lead, expected) => {
    expect(reportingLeadIn(lead, blocksFromPlainText(lead)[0]!)).toBe(expected);
  });
});

describe('a Q&A interview', () => {
  const interview = (intro: string) =>
    [
      'Ten questions for a beekeeper',
      intro,
      'Q: How many hives do you keep now?',
      'A: About 40 on six roofs. Last year we lost a third of them to the cold.',
      'Q: What worries you most?',
      'A: Pesticides, still.',
      'People think the city is clean for bees, but it is not.',
    ].join('\n\n');

  test('gives the answers, with the paragraphs that go on with them, to the one person it introduces', () => {
    const a = analyze(interview('Marta Lindqvist has kept bees on the roofs of Brenholm for 12 years.'));
    expect(quotes(a)).toEqual([
      ['reported', 'About 40 on six roofs. Last year we lost a third of them to the cold.', 'Marta Lindqvist'],
      ['reported', 'Pesticides, still.\n\nPeople think the city is clean for bees, but it is not.', 'Marta Lindqvist'],
    ]);
    expect(claimants(a)).toContainEqual(['six roofs', 'Marta Lindqvist']);
    expect(claimants(a)).toContainEqual(['12 years', null]);
  });

  test('names no one when the introduction names two people', () => {
    const a = analyze(interview('Marta Lindqvist and her neighbour Jonas Berg keep bees together.'));
    expect(quotes(a)).toEqual([]);
  });

  test('gives the questions to the interviewer the introduction names by role, the answers to the other', () => {
    const a = analyze(interview('Marta Lindqvist spoke with our reporter Jonas Berg about her bees.'));
    expect(quotes(a).map(([, text, name]) => [text.slice(0, 12), name])).toEqual([
      ['How many hiv', 'Jonas Berg'],
      ['About 40 on ', 'Marta Lindqvist'],
      ['What worries', 'Jonas Berg'],
      ['Pesticides, ', 'Marta Lindqvist'],
    ]);
    // The label stands at the answer: the question's names are no rivals, and the distance to
    // the introduction is not the evidence.
    for (const q of a.quotes) expect(q.speaker!.confidence).toBeGreaterThan(0.5);
  });
  test('reads a label set as its own paragraph, and an unlabelled answer right after its question', () => {
    const text = [
      'Five questions for a ferry captain',
      'Solveig Armand has steered the night ferry to Holmvik since 2011.',
      'Q.',
      'What is the worst crossing you remember?',
      'A.',
      'A January storm in 2015. We turned back twice.',
      'Q: Do you still enjoy it?',
      'Every single night, even the cold ones.',
    ].join('\n\n');
    expect(quotes(analyze(text))).toEqual([
      ['reported', 'A January storm in 2015. We turned back twice.', 'Solveig Armand'],
      ['reported', 'Every single night, even the cold ones.', 'Solveig Armand'],
    ]);
  });
});

describe('transcript turns', () => {
  test("an interview's initials speak as the name a label or the introduction gives with them", () => {
    const labels = [
      'Ten minutes with a glassblower',
      'Petra Lindholm runs the last glass studio on the island.',
      'Oskar Brandt: When did you start?',
      'Petra Lindholm: At fifteen, sweeping the floor here.',
      'OB: And now you own it?',
      'PL: Since last spring. The old owner sold it to me for one krone.',
    ].join('\n\n');
    expect(quotes(analyze(labels)).map(([, t, name]) => [t.slice(0, 9), name])).toEqual([
      ['When did ', 'Oskar Brandt'],
      ['At fiftee', 'Petra Lindholm'],
      ['And now y', 'Oskar Brandt'],
      ['Since las', 'Petra Lindholm'],
    ]);
    const intro = [
      'Ten minutes with a glassblower',
      'Petra Lindholm runs the last glass studio on the island. She spoke to Oskar Brandt.',
      'OB: When did you start?',
      'PL: At fifteen, sweeping the floor here.',
    ].join('\n\n');
    expect(quotes(analyze(intro)).map(([, , name]) => name)).toEqual(['Oskar Brandt', 'Petra Lindholm']);
    // Initials nobody is named with stay no one's; when they ask, the other label's answers are read.
    const outlet = intro.replace(/Oskar Brandt/, 'a visitor').replace('OB:', 'KV:');
    expect(quotes(analyze(outlet))).toEqual([['reported', 'At fifteen, sweeping the floor here.', 'Petra Lindholm']]);
    expect(quotes(analyze(outlet.replace('When did you start?', 'And the first day.')))).toEqual([]);
  });

  test('"NAME: …" paragraphs are spoken by the person the article names so', () => {
    const text = [
      'A radio exchange on the budget',
      'Host Dana Whitcombe pressed Treasurer Ravi Okonjo on the deficit on Sunday.',
      'WHITCOMBE: Will the deficit pass 4 percent this year?',
      'OKONJO: No. We expect it at 3.1 percent, lower than last year.',
    ].join('\n\n');
    const a = analyze(text);
    expect(quotes(a).map(([kind, , name]) => [kind, name?.endsWith('Okonjo') ? 'Okonjo' : name])).toEqual([
      ['reported', 'Dana Whitcombe'],
      ['reported', 'Okonjo'],
    ]);
    expect(claimants(a)[1]).toEqual(['3.1 percent', expect.stringMatching(/Okonjo$/)]);
  });

  test('a label may say who the speaker is in brackets before its colon ("NAME (CALLER, PLACE):")', () => {
    const text = [
      'A phone-in on the ferry fares',
      'Host Dana Whitcombe took calls on Sunday. Her first caller was Marta, from Eastholm.',
      'WHITCOMBE: Marta, you are on the air.',
      'MARTA (CALLER, EASTHOLM): My return fare went from 14 to 19 dollars in May.',
    ].join('\n\n');
    const a = analyze(text);
    expect(quotes(a).map(([, , name]) => name)).toEqual(['Dana Whitcombe', 'Marta']);
    expect(claimants(a).find(([f]) => f.startsWith('19'))).toEqual([expect.stringMatching(/^19/), 'Marta']);
  });

  test('a label in capitals is the hyphenated or inner-capital name the article writes', () => {
    const text = [
      'The grid interview',
      'Priya Venkataraman-Cole runs the grid. She spoke to Ian McCarthy of the Ledger.',
      'MCCARTHY: How close did you come to blackouts?',
      'VENKATARAMAN-COLE: Closer than we said. We had 900 megawatts of margin.',
    ].join('\n\n');
    expect(quotes(analyze(text)).map(([, , name]) => name)).toEqual(['Ian McCarthy', 'Priya Venkataraman-Cole']);
  });

  test('mixed-case labels the introduction names are turns; "MR. X:" is the X it names', () => {
    const text = [
      'The mayor on the ferry plan',
      'Mayor Oskar Tindall sat down with Gazette editor Hanne Brekke on Monday.',
      'Brekke: Why a second ferry now?',
      'Tindall: Because the first one is full by seven every morning.',
      'Update: The council meets on June 3.',
      'MS. BREKKE: And the cost?',
    ].join('\n\n');
    expect(quotes(analyze(text))).toEqual([
      ['reported', 'Why a second ferry now?', 'Hanne Brekke'],
      ['reported', 'Because the first one is full by seven every morning.', 'Oskar Tindall'],
      ['reported', 'And the cost?', 'Hanne Brekke'],
    ]);
  });

  test('a label with a given name names its speaker in full, and the surname labels after it', () => {
    const text = [
      'Minister on the rail strike',
      'Transport minister Eirik Halvorsen was asked about the strike on Sunday.',
      'NORA VESTBY: Minister, will the trains run on Monday?',
      'HALVORSEN: Some of them will. We are talking to the union every day.',
      'VESTBY: And if the talks fail?',
    ].join('\n\n');
    expect(quotes(analyze(text)).map(([, , name]) => name)).toEqual(['Nora Vestby', 'Eirik Halvorsen', 'Nora Vestby']);
  });

  test("a turn goes on in the paragraphs after it, up to a stage direction or the outlet's narration", () => {
    const text = [
      'A radio exchange on the budget',
      'Host Dana Whitcombe pressed Treasurer Ravi Okonjo on the deficit on Sunday.',
      'WHITCOMBE: Will the deficit pass 4 percent this year?',
      'OKONJO: No. We expect it at 3.1 percent.',
      'And next year lower still, if the ports reopen.',
      '[Crosstalk]',
      'OKONJO: Let me finish.',
      'Okonjo later told reporters the figure was a forecast.',
    ].join('\n\n');
    expect(
      quotes(analyze(text))
        .filter(([kind]) => kind === 'reported')
        .map(([, t]) => t),
    ).toEqual([
      'Will the deficit pass 4 percent this year?',
      'No. We expect it at 3.1 percent.\n\nAnd next year lower still, if the ports reopen.',
      'Let me finish.',
      'the figure was a forecast',
    ]);
  });

  test('mixed-case labels heading a list with no question are not turns', () => {
    const text = [
      'Where the candidates stand',
      'Senators Ada Holm and Per Vik differ on the toll.',
      'Holm: Wants the toll cut to 20 kroner.',
      'Vik: Would keep the toll as it is.',
    ].join('\n\n');
    expect(quotes(analyze(text))).toEqual([]);
  });

  test('a label that names no one in the article, or only one speaker, is not a transcript', () => {
    const a = analyze(
      article(
        'UPDATE: The ferry service resumed on Friday after 3 days.',
        'CORRECTION: An earlier version gave the wrong date.',
      ),
    );
    expect(quotes(a)).toEqual([]);
  });
});

describe('labels that open a paragraph', () => {
  const names = (a: Annotations) => quotes(a).map(([, t, name]) => [t.slice(0, 10), name]);

  test('a quote paragraph opening with a given name, a surname and a colon is that person’s turn', () => {
    const text = article(
      'A panel led by host Lena Marsh argued about the toll on Saturday.',
      '"Lena Marsh: Seriously, think about this. The toll pays for the bridge, and the bridge pays for nothing else."',
      '"Omar Haddad: You are right on the numbers, but the drivers do not see it that way at all."',
    );
    expect(quotes(analyze(text)).map(([, , name]) => name)).toEqual(['Lena Marsh', 'Omar Haddad']);
  });

  test('a title in marks that opens with a name and a colon is no turn', () => {
    const text = article('Her memoir, "Lena Marsh: A Life on the Bridge", came out in May, the publisher said.');
    expect(quotes(analyze(text)).map(([, , name]) => name)).not.toContain('Lena Marsh');
  });

  test('a quoted label in capitals is a person, and a page label in capitals is no one', () => {
    const text = article(
      'Governor Ravi Okonjo spoke on Sunday about the budget. Partial transcript:',
      '"WHITCOMBE: Governor, will the deficit pass 4 percent this year?',
      '"OKONJO: No. We expect it at 3.1 percent, lower than last year.',
      '"VIDEO: The governor at a rally in March, where he promised lower taxes for everyone.',
    );
    const a = analyze(text);
    const turn = a.quotes.find((q) => q.text.includes('Governor, will'))!;
    // Named by its label only, the host is a person still: more sure than a name of unknown kind.
    expect(turn.speaker?.mention?.text).toBe('WHITCOMBE');
    expect(turn.speaker!.confidence).toBeGreaterThan(0.4);
    const video = a.quotes.find((q) => q.text.includes('rally'))!;
    expect(video.speaker?.name ?? null).toBeNull();
  });

  test('a quoted label in capitals speaks as the fullest name the article gives; quoted "Q:"/"A:" name no one', () => {
    const text = article(
      'On Sunday, host Lena Marsh spoke to Governor Ravi Okonjo about the budget. Partial transcript:',
      '"MARSH: Governor, will the deficit pass 4 percent this year?',
      '"OKONJO: No. We expect it at 3.1 percent, lower than last year.',
      'Ada Roe has kept bees for 12 years. We spoke to her about the winter.',
      '"Q: How many hives do you keep now?',
      '"A: About 40 on six roofs. Last year we lost a third of them to the cold.',
    );
    expect(quotes(analyze(text)).map(([, , name]) => name)).toEqual(['Lena Marsh', 'Ravi Okonjo', null, null]);
  });

  test('a dateline in capitals opening the story is no turn', () => {
    const text = [
      'Ministers meet on the ferry plan',
      'HOLMVIK: The ferry company will add a second boat in June, the mayor of Holmvik said on Monday.',
      'Mayor Oskar Tindall sat down with Gazette editor Hanne Brekke.',
      'BREKKE: Why a second ferry now?',
      'TINDALL: Because the first one is full by seven every morning.',
    ].join('\n\n');
    const a = analyze(text);
    expect(a.quotes.find((q) => q.text.startsWith('The ferry company'))?.speaker?.name ?? null).not.toBe('Holmvik');
    expect(names(a)).toContainEqual(['Because th', 'Oskar Tindall']);
  });

  test.each(['Update', 'Note', "Editor's note", 'Photo', 'Related', 'Warning', 'Pros', 'Cons'])(
    '"%s:" opening a paragraph is no one’s turn',
    (label) => {
      const text = [
        'The mayor on the ferry plan',
        'Mayor Oskar Tindall sat down with Gazette editor Hanne Brekke on Monday.',
        'Brekke: Why a second ferry now?',
        'Tindall: Because the first one is full by seven every morning.',
        `${label}: The council meets on June 3, and ${label.toLowerCase()} is written here too.`,
        'BREKKE: And the cost?',
      ].join('\n\n');
      expect(quotes(analyze(text)).map(([, t]) => t)).not.toContainEqual(expect.stringMatching(/^The council/));
    },
  );
});

describe('a transcript', () => {
  test('reads a clip’s label of four words, a role before a full name ("TRADE SECRETARY ADA ROE:"), as a turn of that person', () => {
    const text = article(
      'Senator Tove Lind spoke with host Per Dahl on Tuesday.',
      'PER DAHL: Let us hear what the secretary said this morning.',
      'TRADE SECRETARY ADA ROE: We will not apologise for the tariffs.',
      'LIND: The people paying for them are the families at home.',
    );
    expect(quotes(analyze(text)).filter((q) => q[0] === 'reported')).toEqual([
      ['reported', 'Let us hear what the secretary said this morning.', 'Per Dahl'],
      ['reported', 'We will not apologise for the tariffs.', 'Ada Roe'],
      ['reported', 'The people paying for them are the families at home.', 'Tove Lind'],
    ]);
  });
});
