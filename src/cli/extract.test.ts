import { extractHtml } from './extract';

describe('extractHtml', () => {
  // Quotations marked up with <q> carry no marks in the text: the reader adds the ones a browser
  // draws, so they are found and attributed like typed ones.
  test('a <q> quotation is found with its speaker', () => {
    const filler =
      '<p>The talks in the capital went on late into the night, officials and observers said, and several delegations left before a final text was agreed by the remaining parties.</p>';
    const html = `<!doctype html><html><head><title>Talks</title><meta property="og:type" content="article"></head><body><article>
      <h1>Talks end without a deal</h1>${filler}
      <p><q>We will not sign this text as it stands</q>, said Maria Lopez, the delegation's chief negotiator, on Friday.</p>${filler}
    </article></body></html>`;
    const result = extractHtml(html)!;
    expect(result).not.toBeNull();
    const quote = result.quotes.find((q) => q.kind === 'direct')!;
    expect(quote.text).toBe('“We will not sign this text as it stands”');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });

  // Interview pages set their labels in bold: "<strong>Name:</strong>", initials, or the whole
  // question in bold with the answer in the next paragraph.
  test('a Q&A page gives the answers to the interviewee and no answer to the interviewer', () => {
    const intro =
      '<p>Clara Holm has kept bees on the roofs of Sandvik for twelve years, and sells the honey at the Saturday market by the harbour.</p>';
    const page = (body: string) =>
      extractHtml(`<!doctype html><html><head><title>Q&amp;A</title><meta property="og:type" content="article"></head><body><article>
      <h1>Ten minutes with a beekeeper</h1>${intro}${body}</article></body></html>`)!;
    const said = (r: ReturnType<typeof page>) => r.quotes.map((q) => [q.text.slice(0, 12), q.speaker?.name ?? null]);
    expect(
      said(
        page(
          '<p><strong>TL:</strong> You’ve said you hate winter. Why?</p><p><strong>CH:</strong> The hives go quiet and I worry about every one.</p>',
        ),
      ),
    ).toEqual([['The hives go', 'Clara Holm']]);
    expect(
      said(
        page(
          '<p><strong>How did you start?</strong></p><p>By accident, with one hive from my uncle.</p><p><b>Is it still fun?</b></p><p>Most days.</p>',
        ),
      ),
    ).toEqual([['By accident,', 'Clara Holm']]);
  });

  // linkedom splits a text node at "&amp;"; a browser does not. Read as one node, a post signed by
  // a firm ("— Roe &amp; Lund LLP") is the firm's, not the person who shares its first word.
  test('a post signed by a firm with an ampersand is the firm’s, not a person of one of its names', () => {
    const filler =
      '<p>The trial in the county court went on for three weeks, and the jury heard from more than twenty witnesses before it retired on Thursday afternoon.</p>';
    const html = `<!doctype html><html><head><title>Verdict</title><meta property="og:type" content="article"></head><body><article>
      <h1>Jury finds against cot maker</h1>${filler}
      <p>"They knew," said Nell Roe, the family's lawyer.</p>${filler}
      <blockquote class="twitter-tweet"><p>Justice for Tam. The jury saw it.</p>— Roe &amp; Lund LLP (@RoeLund) March 2, 2030</blockquote>
      <blockquote class="twitter-tweet"><p>Proud of our client.</p>— Roe Lund (@RoeLund) March 3, 2030</blockquote>
    </article></body></html>`;
    const quotes = extractHtml(html)!.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['"They knew,"', 'Nell Roe'],
      ['Justice for Tam. The jury saw it.', 'Roe & Lund LLP'],
      ['Proud of our client.', 'Roe Lund'],
    ]);
  });
});
