import { analyze } from './analyze';
import { blocksFromPlainText } from './blocks';
import type { Annotations, Block } from './types';

/** An article of these paragraphs under a headline that says nothing. */
function article(...paragraphs: string[]): string {
  return ['Title line', ...paragraphs].join('\n\n');
}

/** The blocks of `text` with the paragraphs at these indexes made block quotations. */
function withBlockquotes(text: string, ...indexes: number[]): Block[] {
  return blocksFromPlainText(text).map((b, i) => (indexes.includes(i) ? { ...b, kind: 'blockquote' } : b));
}

/** [figure, claimant name, how] for each figure; the claim's quote must hold or precede it. */
function claims(text: string, blocks?: Block[]): [string, string | null, string | null][] {
  const a: Annotations = analyze(text, blocks ? { blocks } : {});
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  return a.figures.map((f) => {
    if (f.claim) {
      const q = a.quotes[f.claim.quote]!;
      expect(q.speaker?.id).toBe(f.claimedBy);
      expect(f.claim.confidence).toBe(q.speaker!.confidence);
      if (f.claim.via === 'carried-on') expect(q.end).toBeLessThanOrEqual(f.start);
      // A claim for the whole sentence or block quotation: before the figure or, in a block, after it.
      else if (f.claim.via === 'whole-sentence') expect(q.end <= f.start || f.end <= q.start).toBe(true);
      else
        expect([q.start <= f.start, f.end <= q.end, q.kind]).toEqual([
          true,
          true,
          f.claim.via === 'direct-quote' ? 'direct' : 'reported',
        ]);
    } else {
      expect(f.claimedBy).toBeNull();
    }
    return [f.text, f.claimedBy ? (names.get(f.claimedBy) ?? null) : null, f.claim?.via ?? null];
  });
}

describe('figure claimants follow the grammar', () => {
  test('a figure in a direct quote is its speaker’s', () => {
    expect(claims(article('“We lost 300 jobs this year,” said Maria Olsen, the mayor.'))).toEqual([
      ['300 jobs', 'Maria Olsen', 'direct-quote'],
    ]);
  });

  test('a figure in a reported clause is its source’s', () => {
    expect(claims(article('The Budget Office estimated that the plan would cost $4 billion.'))).toEqual([
      ['$4 billion', 'Budget Office', 'reported'],
    ]);
  });

  test('a figure in the gerund after "admitted to" is the admitter’s; one after "admitted to" a noun phrase or a place is no one’s', () => {
    expect(claims(article('Ana Ruiz admitted to hiding 300 tonnes of catch from the harbour inspectors.'))).toEqual([
      ['300 tonnes', 'Ana Ruiz', 'reported'],
    ]);
    expect(claims(article('Ana Ruiz admitted to the theft of 40 nets.'))).toEqual([['40 nets', null, null]]);
    expect(claims(article('Ana Ruiz was admitted to the harbour hospital with 12 other fishers.'))).toEqual([
      ['12', null, null],
    ]);
  });

  test('a document dated by a year after "from" is still the subject of its cue; the year stays the outlet’s', () => {
    expect(claims(article('As another study from 2011 noted, the average age of harbour workers was 38.'))).toEqual([
      ['2011', null, null],
      ['38', 'study', 'reported'],
    ]);
    expect(claims(article('The mill employed 424 workers, a report from 2019 found.'))).toEqual([
      ['424 workers', 'report', 'reported'],
      ['2019', null, null],
    ]);
  });

  test('a figure after "according to X" set inside its clause is X’s', () => {
    expect(claims(article('The port receives, according to the Harbor Authority, $234 million a year.'))).toEqual([
      ['$234 million', 'Harbor Authority', 'reported'],
    ]);
  });

  test('a figure a message or a document says again is its sender’s or issuer’s, or the document’s', () => {
    expect(
      claims(
        article(
          'In an email to staff on Monday, seen by the Courier, Professor Ada Lund said cuts were needed. The email said 140 posts would go.',
        ),
      ),
    ).toEqual([['140 posts', 'Ada Lund', 'reported']]);
    expect(
      claims(
        article('A report from the National Audit Commission found waste. It also found that 40 schools had closed.'),
      ),
    ).toEqual([['40 schools', 'National Audit Commission', 'reported']]);
    // The body, named by its noun, that said it in the email; a letter it only sent is a document.
    for (const [sentence, name, kind] of [
      [
        'The union said in an email that members had signed. The email said 40 more would sign.',
        'union',
        'organization',
      ],
      ['The council sent residents a letter last week. The letter said 40 piers would shut.', 'letter', 'document'],
    ]) {
      const a = analyze(article(sentence!));
      const claimant = a.speakers.find((s) => s.id === a.figures.at(-1)!.claimedBy);
      expect([claimant?.name, claimant?.kind]).toEqual([name, kind]);
    }
  });

  test('a figure a report found is the issuer’s', () => {
    expect(claims(article('A report from Kotak Institutional Equities found bad loans rising to 9 percent.'))).toEqual([
      ['9 percent', 'Kotak Institutional Equities', 'reported'],
    ]);
    // Issued in the sentence before, by a name or by a body named by its noun; or named after an
    // issuing participle and "by" in the document's own subject.
    expect(
      claims(
        article('The Qastari Ports Authority released a report on Monday. The report says 40% of cranes are idle.'),
      ),
    ).toEqual([['40%', 'Qastari Ports Authority', 'reported']]);
    expect(
      claims(article('The harbour board released a study on Monday. The study found that 40% of cranes are idle.')),
    ).toEqual([['40%', 'harbour board', 'reported']]);
    expect(claims(article('The report released on Monday by the harbour board says 40% of cranes are idle.'))).toEqual([
      ['40%', 'harbour board', 'reported'],
    ]);
  });

  test('a figure with a percent sign at the end of a clause is the source’s', () => {
    expect(claims(article('Turnout reached 61% in the city, according to the Election Board.'))).toEqual([
      ['61%', 'Election Board', 'reported'],
    ]);
  });

  test('a product named with its model number is never the speaker: its maker claims the figure', () => {
    const text = [
      'Corvane Lumen 12 Pro review: bright, fast and fragile',
      'The Lumen 12 Pro is the brightest phone we have tried.',
      'The screen reaches 3,000 nits, according to Corvane.',
    ].join('\n\n');
    expect(claims(text)).toEqual([['3,000 nits', 'Corvane', 'reported']]);
  });

  test('a person named before a figure about them stays a person', () => {
    const text = article(
      'The latest poll put Mara Quist 6 points ahead of her rival.',
      'Turnout will reach 70 percent, according to Quist.',
    );
    const a = analyze(text);
    const claimant = a.speakers.find((s) => s.id === a.figures.find((f) => f.text === '70 percent')?.claimedBy);
    expect([claimant?.name, claimant?.kind]).toEqual(['Mara Quist', 'person']);
  });

  test('a figure before "according to X" is X’s', () => {
    expect(claims(article('Exports fell by 12 percent in March, according to the Trade Ministry.'))).toEqual([
      ['12 percent', 'Trade Ministry', 'reported'],
    ]);
  });

  test('a figure "according to figures published by" a ministry is the ministry’s, not the figures’', () => {
    expect(
      claims(article('Appeals waiting reached 41,200, according to figures published by the Ministry of Justice.')),
    ).toEqual([['41,200', 'Ministry of Justice', 'reported']]);
  });

  test('a following sentence that carries the claim on keeps its source', () => {
    const text = article(
      'A report from Kotak Institutional Equities said that bad loans would rise to 9 percent. The report also found 40 percent of small lenders short of capital.',
    );
    expect(claims(text)).toEqual([
      ['9 percent', 'Kotak Institutional Equities', 'reported'],
      ['40 percent', 'Kotak Institutional Equities', 'carried-on'],
    ]);
  });

  test('a cue in a comparison after "than" claims nothing; the clause after its dash is its own source’s', () => {
    const text = article(
      'The number of closed roads is far higher than earlier studies have suggested - a report released by the county last year estimated that from May to June 2014, at least 4,000 homes were flooded.',
    );
    expect(claims(text)).toEqual([
      ['June 2014', 'county', 'reported'],
      ['4,000 homes', 'county', 'reported'],
    ]);
  });

  test('a quotation that opens a subordinate clause’s content ends it at its comma: the main clause’s figure is its own source’s', () => {
    const text = article(
      'But even as Mayor Dana Holt claimed on Monday that “the port never lost money,” a former auditor for the city said the two budgets were quite different.',
    );
    expect(claims(text)).toEqual([['two budgets', 'former auditor', 'reported']]);
  });

  test('a figure in the object of an estimating or reporting verb is its subject’s; a comparison after the comma is not', () => {
    const text = article(
      'Fortunes differ. Tarn Ledger estimates her savings at about $3 million. Halvik Foods reported profit of $2.10 a share, well above the $1.95 that traders had expected.',
    );
    expect(claims(text)).toEqual([
      ['$3 million', 'Tarn Ledger', 'reported'],
      ['$2.10', 'Halvik Foods', 'reported'],
      ['$1.95', null, null],
    ]);
  });

  test('"It also showed" right after a body’s claim carries it on', () => {
    const text = article(
      'The Tax Policy Center said that the plan would cost $4 billion. It also showed that 40 percent of households would pay more.',
    );
    expect(claims(text)).toEqual([
      ['$4 billion', 'Tax Policy Center', 'reported'],
      ['40 percent', 'Tax Policy Center', 'carried-on'],
    ]);
  });

  test('"It also found that" is a claim of its own, with the pronoun resolved to the body', () => {
    const text = article(
      'The Tax Policy Center said that the plan would cost $4 billion. It also found that 40 percent of households would pay more.',
    );
    expect(claims(text)).toEqual([
      ['$4 billion', 'Tax Policy Center', 'reported'],
      ['40 percent', 'Tax Policy Center', 'reported'],
    ]);
  });

  test('a following sentence that does not carry it on is the outlet’s own', () => {
    const text = article(
      'A report from Kotak Institutional Equities said that bad loans would rise to 9 percent. Shares of small lenders fell 40 percent last year.',
    );
    expect(claims(text)).toEqual([
      ['9 percent', 'Kotak Institutional Equities', 'reported'],
      ['40 percent', null, null],
    ]);
  });

  test('"It also estimated" two paragraphs later carries nothing on', () => {
    const text = article(
      'Mayor Tom Reed said the city would hire 200 officers.',
      'The council met on Monday.',
      'It also estimated 50 new posts in the parks department.',
    );
    expect(claims(text)).toEqual([
      ['200 officers', 'Tom Reed', 'reported'],
      ['50 new posts', null, null],
    ]);
  });

  test('a body named again by a noun of its own name carries its claim on', () => {
    const text = article(
      'The Regional Transit Office said fares would rise by 5 percent. The transit office put the cost of repairs at $80 million.',
    );
    expect(claims(text)).toEqual([
      ['5 percent', 'Regional Transit Office', 'reported'],
      ['$80 million', 'Regional Transit Office', 'carried-on'],
    ]);
  });

  test('a body’s noun that none of its names holds carries nothing on', () => {
    const text = article(
      'The Regional Transit Office said fares would rise by 5 percent. The agency put the cost of repairs at $80 million.',
    );
    expect(claims(text)).toEqual([
      ['5 percent', 'Regional Transit Office', 'reported'],
      ['$80 million', null, null],
    ]);
  });

  test('another body with the same noun carries nothing on', () => {
    const text = article(
      'The Harbor Authority said traffic rose 8 percent. The Port Authority put the number of ferry trips at 2 million.',
    );
    expect(claims(text)).toEqual([
      ['8 percent', 'Harbor Authority', 'reported'],
      ['2 million', null, null],
    ]);
  });

  test('the document named again with an appositive before its verb carries the claim on', () => {
    const text = article(
      'A report from the Lakeside Housing Trust said rents rose 7 percent. The report, published on Monday, also found 15 percent of tenants behind on rent.',
    );
    expect(claims(text)).toEqual([
      ['7 percent', 'Lakeside Housing Trust', 'reported'],
      ['15 percent', 'Lakeside Housing Trust', 'carried-on'],
    ]);
  });

  test('a survey called a poll again carries its claim on', () => {
    const text = article(
      'A Marist survey found that 61 percent of parents favor later school start times. The poll also showed 22 percent opposed.',
    );
    expect(claims(text).map(([figure, , via]) => [figure, via])).toEqual([
      ['61 percent', 'reported'],
      ['22 percent', 'carried-on'],
    ]);
  });

  test('"Those figures" carry on a claim that gave a figure', () => {
    const text = article(
      'The State Revenue Department reported that tax receipts fell by $2.3 billion. Those figures put the shortfall at 4 percent of the budget.',
    );
    expect(claims(text)).toEqual([
      ['$2.3 billion', 'State Revenue Department', 'reported'],
      ['4 percent', 'State Revenue Department', 'carried-on'],
    ]);
  });

  test('"Those figures" after a claim without one carry nothing on', () => {
    const text = article(
      'The State Revenue Department said that tax receipts fell sharply. Those figures put the shortfall at 4 percent of the budget.',
    );
    expect(claims(text)).toEqual([['4 percent', null, null]]);
  });

  test('a document its owner issued carries the owner’s claim on, with a plural verb’s bare form', () => {
    const owned = article(
      'The Treasury said on Monday that revenue fell 3 percent. The Treasury’s own figures show a deficit of $12 billion.',
    );
    expect(claims(owned)[1]).toEqual(['$12 billion', 'Treasury', 'carried-on']);
    const its = article(
      'Acme Corp said on Friday that bookings rose 8 percent. Its quarterly report showed a profit of $4 million.',
    );
    expect(claims(its)[1]).toEqual(['$4 million', 'Acme Corp', 'carried-on']);
    // Another owner's report carries nothing on, though a report was named just before.
    const other = article(
      'A report from the Lakeside Housing Trust said rents rose 7 percent. The city’s report showed 15 percent of tenants behind on rent.',
    );
    expect(claims(other)[1]).toEqual(['15 percent', null, null]);
    const those = article('The agency said 300 homes were flooded. Those figures show a rise of 20 percent.');
    expect(claims(those)[1]).toEqual(['20 percent', 'agency', 'carried-on']);
  });

  test('a claim carried on goes on through the next sentence that carries it on again', () => {
    const text = article(
      'A report from the Lakeside Housing Trust said rents rose 7 percent. The report also found 15 percent of tenants behind on rent. It also counted 2,400 evictions last year.',
    );
    expect(claims(text)).toEqual([
      ['7 percent', 'Lakeside Housing Trust', 'reported'],
      ['15 percent', 'Lakeside Housing Trust', 'carried-on'],
      ['2,400 evictions', 'Lakeside Housing Trust', 'carried-on'],
    ]);
  });

  test('a pronoun carries a claim on without "also" only with a verb that estimates', () => {
    const estimates = article(
      'The Harbor Authority said the port handled 3 million containers last year. It pegged the cost of the new berth at $80 million.',
    );
    expect(claims(estimates)).toEqual([
      ['3 million containers', 'Harbor Authority', 'reported'],
      ['$80 million', 'Harbor Authority', 'carried-on'],
    ]);
    const acts = article(
      'Senator Dana Whitfield said the bill would save $90 million. She put $4 million of her own money into the campaign.',
    );
    expect(claims(acts)).toEqual([
      ['$90 million', 'Dana Whitfield', 'reported'],
      ['$4 million', null, null],
    ]);
    // An expectation is a forecast of the one who holds it.
    const expects = article(
      'Analyst Rhea Doyle said the ferry fare rise was risky. She expects Harbor Lines to carry about 2 million passengers.',
    );
    expect(claims(expects)).toEqual([['2 million passengers', 'Rhea Doyle', 'carried-on']]);
  });

  test('a figure a claim in its own sentence leaves out is not carried on by that claim', () => {
    const text = article(
      'The Harbor Authority says traffic rose to 3 million containers, compared with 2.5 million at the rival port.',
    );
    expect(claims(text)).toEqual([
      ['3 million containers', 'Harbor Authority', 'reported'],
      ['2.5 million', null, null],
    ]);
  });

  test('a figure in a run of block quotations after a lead-in is the lead-in’s speaker’s', () => {
    const text = article(
      'Ellen Park, the harbor commissioner, wrote in a letter to the council:',
      'The dredging alone will cost $45 million over five years.',
      'The port will lose 300 jobs if it does not go ahead.',
      'About 2,000 residents live in the district.',
    );
    expect(claims(text, withBlockquotes(text, 2, 3))).toEqual([
      ['$45 million', 'Ellen Park', 'direct-quote'],
      ['five years', 'Ellen Park', 'direct-quote'],
      ['300 jobs', 'Ellen Park', 'direct-quote'],
      ['2,000 residents', null, null],
    ]);
  });

  test('a figure in a relative clause after a carried-on claim is the outlet’s aside', () => {
    const text = article(
      'A report from the Lakeside Housing Trust said rents rose 7 percent. The report also found rents highest in Eastport, which lost 900 homes in the flood.',
    );
    expect(claims(text)).toEqual([
      ['7 percent', 'Lakeside Housing Trust', 'reported'],
      ['900 homes', null, null],
    ]);
  });

  test('a figure in the writer’s aside on a name inside a reported claim is the outlet’s own', () => {
    expect(
      claims(article('Mayor Tom Reed said the city would hire Dana Moss, whose firm audited 12 counties last year.')),
    ).toEqual([['12 counties', null, null]]);
    expect(
      claims(article('The inspector said the county would ask Eastport, which has 40,000 voters, to recount.')),
    ).toEqual([['40,000 voters', null, null]]);
  });

  test('a figure in the writer’s appositive on a name inside a reported claim is the outlet’s own', () => {
    expect(
      claims(article('Organisers said the race would honour Lena Brandt, the retired teacher who ran 40 marathons.')),
    ).toEqual([['40 marathons', null, null]]);
    expect(
      claims(article('Officials said the club would close for Ilse Varga, a mother of three, on Friday.')),
    ).toEqual([['three', null, null]]);
    // Not after a preposition's one-word place or a day: those open the clause, whose figures stay the source's.
    expect(claims(article('The analyst said that in Ohio, the turnout rose by 8 percent.'))).toEqual([
      ['8 percent', 'analyst', 'reported'],
    ]);
    expect(claims(article('The mayor said that on Monday, the council cut $2 million from the plan.'))).toEqual([
      ['$2 million', 'mayor', 'reported'],
    ]);
    // The appositive ends at its comma: what follows is the claim again.
    expect(claims(article('The mayor said that Eastport, the biggest town, had lost 300 jobs.'))).toEqual([
      ['300 jobs', 'mayor', 'reported'],
    ]);
  });

  test('a person’s age after their name is the writer’s wherever the cue stands, but not in quotation marks', () => {
    expect(claims(article('Nurse Pia Holm, 44, of Westport, had treated 300 patients, the hospital said.'))).toEqual([
      ['44', null, null],
      ['300 patients', 'hospital', 'reported'],
    ]);
    expect(claims(article('The clinic said it would hire Dana Moss, 41, in the spring.'))).toEqual([
      ['41', null, null],
    ]);
    expect(claims(article('“We hired Dana Moss, 41, last spring,” said Maria Olsen, the county clerk.'))).toEqual([
      ['41', 'Maria Olsen', 'direct-quote'],
    ]);
    // An age that is not set off after a name is the claim's like any figure.
    expect(claims(article('The clinic said it would hire nurses aged 41 or over in the spring.'))).toEqual([
      ['41', 'clinic', 'reported'],
    ]);
  });

  test('a figure in the writer’s ", where" or ", when" aside inside a reported claim is the outlet’s own', () => {
    expect(
      claims(
        article('Ines Kovac said she would ask for a recount in Eastport, where she trailed by 300 votes on Tuesday.'),
      ),
    ).toEqual([['300 votes', null, null]]);
    expect(
      claims(
        article('The mayor, Tom Reed, said the plan had stalled since March, when the council cut $2 million from it.'),
      ),
    ).toEqual([['$2 million', null, null]]);
    // The clause's own figures stay the source's, and so does ", when" opening the clause itself.
    expect(
      claims(article('Ines Kovac said turnout rose 12 percent in Eastport, where the polls stayed open late.')),
    ).toEqual([['12 percent', 'Ines Kovac', 'reported']]);
    expect(claims(article('Ines Kovac said that, when the polls closed, 4,000 ballots were still uncounted.'))).toEqual(
      [['4,000 ballots', 'Ines Kovac', 'reported']],
    );
  });

  test('a figure in a ", which" clause with its own subject and verb of estimating is not the source’s', () => {
    // "two surveyors put it at …": their estimate, not the mayor's; unclaimed rather than hers.
    expect(
      claims(
        article('Mayor Ines Kovac said the bridge, which two surveyors put at about $12 million, would open in May.'),
      ),
    ).toContainEqual(['$12 million', null, null]);
    // With no subject of its own the ", which" clause stays inside what the source says.
    expect(
      claims(article('Mayor Ines Kovac said the bridge, which was put at about $12 million, would open in May.')),
    ).toEqual([['$12 million', 'Ines Kovac', 'reported']]);
    // "a crowd that the campaign estimated at …": a relative "that" (its verb has no object), no
    // clause of the cue's; "estimated at least" has its object after "at least".
    expect(
      claims(article('Mayor Ines Kovac told a crowd that the campaign estimated at 2,000 people at the pier.')),
    ).toEqual([['2,000 people', null, null]]);
    expect(
      claims(article('Mayor Ines Kovac said that the port estimated at least 40 ships would dock.')),
    ).toContainEqual(['40 ships', expect.any(String), 'reported']);
  });

  test('a clause after ", but" with a subject of its own is the writer’s, "but that" the source’s', () => {
    expect(
      claims(article('The harbor board said it would hire 40 pilots next year, but the port lost $3 million in 2024.')),
    ).toEqual([
      ['40 pilots', 'harbor board', 'reported'],
      ['$3 million', null, null],
      ['2024', null, null],
    ]);
    expect(
      claims(article('The harbor board said it would hire 40 pilots, but that it needed $3 million first.')),
    ).toEqual([
      ['40 pilots', 'harbor board', 'reported'],
      ['$3 million', 'harbor board', 'reported'],
    ]);
  });

  test('a figure in a dash’s summing up inside a reported claim is the outlet’s own', () => {
    expect(
      claims(
        article(
          'The council said spending had reached $2 million — a high sum, but below the $5 million spent in 2019.',
        ),
      ),
    ).toEqual([
      ['$2 million', 'council', 'reported'],
      ['$5 million', null, null],
      ['2019', null, null],
    ]);
    // A hyphen set off by spaces is a dash too.
    expect(
      claims(article('The mayor said the fund would reach $1 billion - a sum that would take $80 million a month.')),
    ).toEqual([
      ['$1 billion', 'mayor', 'reported'],
      ['$80 million', null, null],
    ]);
    // An aside between two dashes is the writer's too, but not past the dash that closes it.
    expect(
      claims(article('The council said troop strength — around 16,000 in April — lags the target of 17,000.')),
    ).toEqual([
      ['16,000', null, null],
      ['17,000', 'council', 'reported'],
    ]);
    // Not a relative clause or a clause going on between the dashes.
    expect(
      claims(article('The mayor said the harbor board — which spent $3 million last year — had run out of money.')),
    ).toEqual([['$3 million', 'mayor', 'reported']]);
    expect(claims(article('The mayor said 40 families — and 12 shops — had lost power in the storm.'))).toEqual([
      ['40 families', 'mayor', 'reported'],
      ['12 shops', 'mayor', 'reported'],
    ]);
    expect(claims(article('The mayor said the board — a group of 9 members — had backed 12 new bills.'))).toEqual([
      ['9 members', null, null],
      ['12 new bills', 'mayor', 'reported'],
    ]);
    // A dash that opens an aside no dash closes before the clause ends: the writer's addition,
    // whatever it opens; not a tail that goes on with "and".
    expect(
      claims(article('Leah Brandt said she drove to the rally from Dunmore — about four hours each way.')),
    ).toEqual([['four hours', null, null]]);
    expect(
      claims(article('The mayor said the levy raised $3 million - and well over the $2 million the city planned.')),
    ).toEqual([
      ['$3 million', 'mayor', 'reported'],
      ['$2 million', 'mayor', 'reported'],
    ]);
    // Nor in quotation marks: the speaker's words.
    expect(
      claims(article('“Spending reached $2 million — a high sum next to the $5 million of 2019,” the mayor said.')),
    ).toEqual([
      ['$2 million', 'mayor', 'direct-quote'],
      ['$5 million', 'mayor', 'direct-quote'],
      ['2019', 'mayor', 'direct-quote'],
    ]);
  });

  test('a finding’s dash summing it up or its ", but" contrast is part of the finding, not the writer’s aside', () => {
    expect(
      claims(
        article(
          'The Tenants Union found that 41% of tenants back the levy -- a narrow lead, and level with the last three surveys.',
        ),
      ),
    ).toEqual([
      ['41%', 'Tenants Union', 'reported'],
      ['three surveys', 'Tenants Union', 'reported'],
    ]);
    expect(
      claims(
        article('Harbor analysts projected that tolls would rise, but the rise was expected to start after 2031.'),
      ),
    ).toEqual([['2031', 'Harbor analysts', 'reported']]);
    // A verb of saying keeps them the writer's.
    expect(
      claims(
        article(
          'The Tenants Union said that 41% of tenants back the levy -- a narrow lead, and level with the last three surveys.',
        ),
      ),
    ).toEqual([
      ['41%', 'Tenants Union', 'reported'],
      ['three surveys', null, null],
    ]);
  });

  test('an aside keeps its claimant after a common noun, after a trailing cue and in quotation marks', () => {
    expect(claims(article('The Election Board said the measure, which would cost $4 million, was needed.'))).toEqual([
      ['$4 million', 'Election Board', 'reported'],
    ]);
    expect(
      claims(
        article('Turnout in Eastport, which has 40,000 voters, reached 61 percent, according to the Election Board.'),
      ),
    ).toEqual([
      ['40,000 voters', 'Election Board', 'reported'],
      ['61 percent', 'Election Board', 'reported'],
    ]);
    expect(
      claims(article('“We hired Dana Moss, whose firm audited 12 counties,” said Maria Olsen, the county clerk.')),
    ).toEqual([['12 counties', 'Maria Olsen', 'direct-quote']]);
  });

  test('a figure in the source’s own phrase, or a percentage opening the next group after a comma, is not the claim’s', () => {
    expect(
      claims(
        article(
          'Mayor Ruth Alvarez looks likely to win a second term, according to three recent surveys, including one from the county board.',
        ),
      ),
    ).toEqual([
      ['second term', 'recent surveys', 'reported'],
      ['three recent surveys', null, null],
    ]);
    expect(
      claims(
        article('Most of the respondents in the Harbor Institute survey said they were moderates, 30% conservative.'),
      ),
    ).toEqual([['30%', null, null]]);
    // A finding's result set out after a comma is the finding's, not the next group.
    expect(claims(article('The Harbor Institute found renters favored the levy, 64% to 20%.'))).toEqual([
      ['64%', 'Harbor Institute', 'reported'],
      ['20%', 'Harbor Institute', 'reported'],
    ]);
    // A clause that gave a figure of its own sets up the comparison: the percentage stays its source's.
    expect(claims(article('The Harbor Institute said 41% were moderates, 30% conservative.'))).toEqual([
      ['41%', 'Harbor Institute', 'reported'],
      ['30%', 'Harbor Institute', 'reported'],
    ]);
  });

  test('a figure "add" takes as its object is nobody’s claim; "added that" still is', () => {
    expect(claims(article('The bakery added 40 workers in the spring.'))).toEqual([['40 workers', null, null]]);
    expect(claims(article('The new stadium would add up to $90 million to the county’s debt.'))).toEqual([
      ['$90 million', null, null],
    ]);
    expect(
      claims(
        article('Nora Field, the bakery’s owner, said sales were strong. She added that 40 workers had been hired.'),
      ),
    ).toEqual([['40 workers', 'Nora Field', 'reported']]);
  });

  test('"according to X" opening a sentence, or followed by ", and" or ", with", reaches the whole sentence', () => {
    expect(
      claims(
        article('According to the Harbor Authority, cargo rose 8 percent in May; container traffic grew by 3 percent.'),
      ),
    ).toEqual([
      ['8 percent', 'Harbor Authority', 'reported'],
      ['3 percent', 'Harbor Authority', 'whole-sentence'],
    ]);
    expect(
      claims(
        article('Cargo rose 8 percent in May, according to the Harbor Authority, and the port hired 120 dockers.'),
      ),
    ).toEqual([
      ['8 percent', 'Harbor Authority', 'reported'],
      ['120 dockers', 'Harbor Authority', 'whole-sentence'],
    ]);
    // A "with" phrase after the source goes on with the same account ("…, according to X, with B").
    expect(
      claims(
        article(
          'The fires spread across three provinces, according to the Qastari forestry ministry, with 41,000 hectares burned.',
        ),
      ),
    ).toEqual([
      ['three provinces', 'Qastari forestry ministry', 'reported'],
      ['41,000 hectares', 'Qastari forestry ministry', 'whole-sentence'],
    ]);
    // Not ", with whom …" after the source: a relative clause on the source, the writer's.
    expect(claims(article('Cargo rose 8 percent, according to Ada Roe, with whom the mayor met on 3 May.'))).toEqual([
      ['8 percent', 'Ada Roe', 'reported'],
      ['3 May', null, null],
    ]);
    // Not a ", while" clause after the source: the writer's contrast.
    expect(
      claims(
        article(
          'The fires spread across three provinces, according to the Qastari forestry ministry, while rain fell on 41,000 hectares.',
        ),
      ),
    ).toEqual([
      ['three provinces', 'Qastari forestry ministry', 'reported'],
      ['41,000 hectares', null, null],
    ]);
  });

  test('"according to X" set off inside the clause reaches the rest of its sentence, and no further', () => {
    expect(
      claims(
        article(
          'Other gaps, according to the Harbor Authority, include cargo (up 8 percent at the east docks, while the west docks fell 3 percent) and jobs.',
        ),
      ),
    ).toEqual([
      ['8 percent', 'Harbor Authority', 'reported'],
      ['3 percent', 'Harbor Authority', 'whole-sentence'],
    ]);
    expect(
      claims(article('Cargo, according to the Harbor Authority, rose 8 percent in May. The port hired 120 dockers.')),
    ).toEqual([
      ['8 percent', 'Harbor Authority', 'reported'],
      ['120 dockers', null, null],
    ]);
  });

  test('"according to X" reaches no further than its sentence, nor past another claim or a trailing cue', () => {
    expect(
      claims(article('According to the Harbor Authority, cargo rose 8 percent in May. The port hired 120 dockers.')),
    ).toEqual([
      ['8 percent', 'Harbor Authority', 'reported'],
      ['120 dockers', null, null],
    ]);
    expect(
      claims(article('Cargo rose 8 percent in May, according to the Harbor Authority, but the port cut 120 jobs.')),
    ).toEqual([
      ['8 percent', 'Harbor Authority', 'reported'],
      ['120 jobs', null, null],
    ]);
  });

  test('a result set beside a finding with ", while" or ", and" is the finding’s', () => {
    expect(
      claims(
        article(
          'The Lakeside Institute found that 48 percent of voters back the levy, while 41 percent oppose it and 11 percent are undecided.',
        ),
      ),
    ).toEqual([
      // The finding's clause now runs on over ", while …" (what a poll found goes on), so the
      // results beside it are inside the claim itself.
      ['48 percent', 'Lakeside Institute', 'reported'],
      ['41 percent', 'Lakeside Institute', 'reported'],
      ['11 percent', 'Lakeside Institute', 'reported'],
    ]);
    // A verb of saying reaches no further with ", and": that goes on with the writer's words.
    expect(
      claims(
        article('Mayor Tom Reed said that 48 percent of voters back the levy, and he urged 41 neighbours to join.'),
      ),
    ).toEqual([
      ['48 percent', 'Tom Reed', 'reported'],
      ['41 neighbours', null, null],
    ]);
  });

  test('a comparison set off at the end of a clause of saying is the writer’s', () => {
    expect(
      claims(
        article('Mayor Tom Reed said turnout reached 9,000 voters, less than half of the 20,000 who voted in 2016.'),
      ),
    ).toEqual([
      ['9,000 voters', 'Tom Reed', 'reported'],
      ['half', null, null],
      ['20,000', null, null],
      ['2016', null, null],
    ]);
    expect(
      claims(article('The Harbor Company reported a profit of $2.40 a share, well above the $1.90 analysts expected.')),
    ).toEqual([
      ['$2.40', 'Harbor Company', 'reported'],
      ['$1.90', null, null],
    ]);
  });

  test('a verb of saying joined to the cue with "and" shares its subject and reaches its figures', () => {
    expect(
      claims(article('Nina Park said she drafted the budget in 2011 and asked the council for $4 million in 2012.')),
    ).toEqual([
      ['2011', 'Nina Park', 'reported'],
      ['$4 million', 'Nina Park', 'whole-sentence'],
      ['2012', 'Nina Park', 'whole-sentence'],
    ]);
  });

  test('"according to" after the last item of a semicolon list ("; and C") attributes every item', () => {
    expect(
      claims(
        article(
          'On May 18, the day the deal was signed, the Harbor Grill was paid $2,100; the Lakeside Inn was paid $3,400; and Dune Catering was paid $12,500, according to state records.',
          'The mill closed in 1998, and the town lost 400 jobs; the school lost 80 pupils, according to the county.',
        ),
      ),
    ).toEqual([
      ['May 18', null, null],
      ['$2,100', 'state records', 'whole-sentence'],
      ['$3,400', 'state records', 'whole-sentence'],
      ['$12,500', 'state records', 'reported'],
      ['1998', null, null],
      ['400 jobs', null, null],
      ['80 pupils', 'county', 'reported'],
    ]);
  });

  test('a comparison set beside a finding with ", compared with" or ", a drop from" is the finding’s', () => {
    expect(
      claims(
        article(
          'The Lakeside Institute found that 62 percent of tenants want the park, compared with 31 percent of owners.',
        ),
      ),
    ).toEqual([
      ['62 percent', 'Lakeside Institute', 'reported'],
      ['31 percent', 'Lakeside Institute', 'whole-sentence'],
    ]);
    // A verb of saying reaches no further: the comparison may be the writer's.
    expect(
      claims(
        article('Mayor Tom Reed said that 62 percent of tenants want the park, compared with 31 percent of owners.'),
      ),
    ).toEqual([
      ['62 percent', 'Tom Reed', 'reported'],
      ['31 percent', null, null],
    ]);
  });

  test('a verb of saying reaches a figure set beside its own with ", while" or ", whereas"', () => {
    expect(
      claims(
        article(
          'Ana Ruiz, the bank’s economist, said exports would grow 6 percent, while imports would rise 2 percent.',
        ),
      ),
    ).toEqual([
      ['6 percent', 'Ana Ruiz', 'reported'],
      ['2 percent', 'Ana Ruiz', 'whole-sentence'],
    ]);
    expect(
      claims(
        article('Mayor Tom Reed said that 48 percent of voters back the levy, whereas turnout fell to 41 percent.'),
      ),
    ).toEqual([
      ['48 percent', 'Tom Reed', 'reported'],
      ['41 percent', 'Tom Reed', 'whole-sentence'],
    ]);
  });

  test('a contrast after a clause with no figure of its own stays the writer’s', () => {
    // A poll's groups set side by side: the second group is no claim of the first's.
    expect(
      claims(
        article('Among the tenants, 74 percent said they would renew their lease, while 22 percent plan to move out.'),
      ),
    ).toEqual([
      ['74 percent', null, null],
      ['22 percent', null, null],
    ]);
    expect(
      claims(article('Mayor Tom Reed said the levy would pass easily, while turnout fell to 41 percent.')),
    ).toEqual([['41 percent', null, null]]);
  });
});

describe('scene set before the speaker', () => {
  it('leaves a figure before "X said," and a quotation to the writer', () => {
    const text = article(
      'The mayor spoke at length on Tuesday.',
      'Less than 30 minutes later, Mayor Dana Whitfield wrote, “The bridge will reopen within 12 days.”',
    );
    const got = claims(text);
    expect(got.find(([f]) => f === '30 minutes')?.[1] ?? null).toBeNull();
    expect(got.find(([f]) => f === '12 days')?.[1]).toBe('Dana Whitfield');
  });
});

describe('a time phrase before "X said,"', () => {
  it('is the writer’s, unless it counts a span on to now with "since"', () => {
    const got = claims(
      article(
        'In 2019, Mayor Dana Whitfield said, the harbor lost 40 boats to the storm.',
        'Eight months ago, harbor master Ann Ode said, the pier was still closed to the public.',
        'In the two years since the storm, Dana Whitfield said, the town has rebuilt 30 homes.',
      ),
    );
    expect(got.find(([f]) => f === '2019')?.[1] ?? null).toBeNull();
    expect(got.find(([f]) => f === '40 boats')?.[1]).toBe('Dana Whitfield');
    expect(got.find(([f]) => f === 'Eight months')?.[1] ?? null).toBeNull();
    expect(got.find(([f]) => f === 'two years')?.[1]).toBe('Dana Whitfield');
    expect(got.find(([f]) => f === '30 homes')?.[1]).toBe('Dana Whitfield');
  });
});

describe('a passive cue', () => {
  it('gives its subject no claim, but a progressive cue still does', () => {
    const text = article(
      'The Harlow Mill Company was promised $40 million in tax breaks to stay in the valley.',
      'The Harlow Mill Company is promising that it will hire 300 workers next year.',
    );
    const got = claims(text);
    expect(got.find(([f]) => f === '$40 million')?.[1] ?? null).toBeNull();
    expect(got.find(([f]) => f === '300 workers')?.[1]).toBe('Harlow Mill Company');
  });

  it('is passive after a contracted negative too', () => {
    const got = claims(
      article(
        'The Orrin Housing Trust runs the shelter. New tenants aren’t admitted until they have waited 18 months.',
      ),
    );
    expect(got).toEqual([['18 months', null, null]]);
  });
});

describe('a finding whose clause opens with a subordinate clause of its own', () => {
  it('gives every share in it to the finding’s source, not to the inner cue’s subject', () => {
    const got = claims(
      article(
        'A survey by the Orrin Housing Trust found that, while 37 percent of tenants say the levy is fair, 41 percent call it too high and 22 percent say they are unsure.',
      ),
    );
    for (const share of ['37 percent', '41 percent', '22 percent'])
      expect(got.find(([f]) => f === share)?.[1]).toBe('Orrin Housing Trust');
  });
});

describe('a block quotation after a lead-in ending in a colon', () => {
  it('is the source’s throughout, though the claim found for the cue is a quotation inside it', () => {
    const got = claims(
      article(
        'In a post on the town’s website, Mayor Dana Whitfield wrote:',
        'I believe the harbor lost 40 boats this winter, and the repairs will take 18 months. What we must ask now is “who pays for the new pier?”',
        'The council meets again on Monday, when 12 members will vote.',
      ),
    );
    expect(got.find(([f]) => f === '40 boats')?.[1]).toBe('Dana Whitfield');
    expect(got.find(([f]) => f === '18 months')?.[1]).toBe('Dana Whitfield');
    expect(got.find(([f]) => f === '12 members')?.[1] ?? null).toBeNull();
  });
});

describe('a claim noun with its possessor ("X’s claim that …")', () => {
  test('the figure in the clause is the possessor’s, alone or inside what another source said', () => {
    expect(claims(article('Despite Ana Ruiz’s claims that the pier cost $2 million, the ledger shows more.'))).toEqual([
      ['$2 million', 'Ana Ruiz', 'reported'],
    ]);
    // As PolNeAR marks it: the outer source's report holds the claim, and its figure.
    expect(
      claims(article('Harbour wards said the council’s estimate that 300 berths would be built was too high.')),
    ).toEqual([['300 berths', 'Harbour wards', 'reported']]);
  });
});

describe('a tally with a figure as its object ("X tallies 212 …")', () => {
  it('gives the figures to the one who tallied, but a tally of anything else is no claim', () => {
    expect(claims(article('The Orrin Shipping Register tallies 212 wrecks along the coast since 1990.'))).toEqual([
      ['212 wrecks', 'Orrin Shipping Register', 'reported'],
      ['1990', 'Orrin Shipping Register', 'reported'],
    ]);
    expect(claims(article('The clerks tallied the votes by hand in 2019.'))).toEqual([['2019', null, null]]);
    expect(claims(article('Her tally of 40 points set a record.'))).toEqual([['40 points', null, null]]);
  });
});

describe('an "as" aside opening the sentence ("As X noted, A; B")', () => {
  it('gives the whole sentence to the aside’s source, but not a time clause in "as"', () => {
    expect(
      claims(
        article('As the Qastari ministry noted, the average age of farmers was 58; the average age of fishers was 44.'),
      ),
    ).toEqual([
      ['58', 'Qastari ministry', 'reported'],
      ['44', 'Qastari ministry', 'whole-sentence'],
    ]);
    expect(
      claims(
        article('As reported by the Harbor Gazette, the mayor was told of the risk, which included two warnings.'),
      ),
    ).toEqual([['two warnings', 'Harbor Gazette', 'whole-sentence']]);
    expect(claims(article('As Sen. Ada Roe noted, the fleet had 58 boats; the port had 44 berths.'))).toEqual([
      ['58 boats', 'Ada Roe', 'reported'],
      ['44 berths', 'Ada Roe', 'whole-sentence'],
    ]);
    expect(claims(article('As the storm passed, the mayor said the port was safe; 300 boats stayed home.'))).toEqual([
      ['300 boats', null, null],
    ]);
  });
});

describe('a newsletter\'s "More from X:" lead-in with a quotation left open to the paragraph end', () => {
  it('gives the open quotation to the name after "More from", not to a name after another "from"', () => {
    expect(
      claims(
        article(
          'FARMS SHRINK - Ada Roe: “The Qastari census counts fewer farms each year.”',
          'What it means for the vote - More from Roe: “Farm districts hold 40 seats, down from 52. [Census.]',
          'The council meets on Friday.',
        ),
      ),
    ).toEqual([
      ['40 seats', 'Ada Roe', 'direct-quote'],
      ['52', 'Ada Roe', 'direct-quote'],
    ]);
    expect(
      claims(
        article(
          'FARMS SHRINK - Ada Roe: “The Qastari census counts fewer farms each year.”',
          'The grant came from Roe: “Farm districts hold 40 seats, down from 52. [Census.]',
        ),
      ),
    ).toEqual([
      ['40 seats', null, null],
      ['52', null, null],
    ]);
  });
});

describe('a quotation that opens its sentence as the subject of "is a …"', () => {
  it('borrows no claimant from the paragraph; a quotation with a cue of its own or none after it still does', () => {
    expect(
      claims(
        article(
          'A survey by the analyst Ada Roe found that farmers fear the drought. “By 2040, we will all be selling our land,” is one common saying here.',
        ),
      ),
    ).toEqual([['2040', null, null]]);
    expect(
      claims(
        article(
          'Ada Roe said the drought was the worst in years. “By 2040, we will all be selling our land,” was the mayor’s reply.',
        ),
      ),
    ).toEqual([['2040', null, null]]);
    // Nearby: the same quotation with a cue of its own, and one with no clause after it.
    expect(
      claims(
        article(
          'A survey by the analyst Ada Roe found that farmers fear the drought. “By 2040, we will all be selling our land,” one farmer said.',
        ),
      ),
    ).toEqual([['2040', 'farmer', 'direct-quote']]);
    expect(
      claims(article('Ada Roe said the drought was the worst in years. “By 2040, we will all be selling our land.”')),
    ).toEqual([['2040', 'Ada Roe', 'direct-quote']]);
  });
});

describe('a quoted figure after "agree to" ("X agreed to pay a fee of “$5 million”")', () => {
  it('gives no claimant to the one who agreed, but a cue further left still names its subject; "agreed that" is speech', () => {
    expect(
      claims(
        article('Talks ended when the Qastari ministry agreed to make a one-time payment to the port of “$5 billion.”'),
      ),
    ).toEqual([['$5 billion', null, null]]);
    expect(
      claims(article('The treaty does say that the Qastari ministry agrees to pay a yearly fee of “$5 billion.”')),
    ).toEqual([['$5 billion', 'treaty', 'direct-quote']]);
    // Nearby: "agreed that" reports what was said.
    expect(claims(article('The Qastari ministry agreed that the port would cost “$5 billion.”'))).toEqual([
      ['$5 billion', 'Qastari ministry', 'direct-quote'],
    ]);
  });
});
