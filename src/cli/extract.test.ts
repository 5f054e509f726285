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
});
