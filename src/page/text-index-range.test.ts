/**
 * @jest-environment jsdom
 */
// toRange needs a real Range (linkedom has no setStart), so this part runs in jsdom.
import { buildTextIndex } from './text-index';

function setup(html: string) {
  document.body.innerHTML = html;
  return buildTextIndex(document.body);
}

describe('toRange', () => {
  const cases: { name: string; html: string; span: string; dom: string }[] = [
    { name: 'inside one text node', html: '<p>He said “no” today.</p>', span: '“no”', dom: '“no”' },
    {
      name: 'across inline elements',
      html: '<p>He <a href="#">said</a> “<em>no</em> way” today.</p>',
      span: 'said “no way”',
      dom: 'said “no way”',
    },
    { name: 'across a soft hyphen', html: '<p>Mr. Netan&shy;yahu said</p>', span: 'Netanyahu', dom: 'Netan\u00adyahu' },
    {
      name: 'across collapsed whitespace',
      html: '<p>14,000\n   ISIL terrorists</p>',
      span: '14,000 ISIL terrorists',
      dom: '14,000\n   ISIL terrorists',
    },
    {
      name: 'a whole second paragraph',
      html: '<p>One.</p><p>Two <b>words</b>.</p>',
      span: 'Two words.',
      dom: 'Two words.',
    },
    // The marks a <q> gets in the text have no width in the DOM: the quote maps to its words.
    {
      name: 'a <q> with its marks',
      html: '<p>He said <q>We <b>will</b> win</q> today.</p>',
      span: '“We will win”',
      dom: 'We will win',
    },
    {
      name: 'the words inside a <q>',
      html: '<p>He said <q>We <b>will</b> win</q> today.</p>',
      span: 'We will win',
      dom: 'We will win',
    },
    { name: 'text after a <q>', html: '<p>He said <q>We win</q> today.</p>', span: '” today.', dom: ' today.' },
  ];
  test.each(cases)('$name', ({ html, span, dom }) => {
    const index = setup(html);
    const start = index.text.indexOf(span);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = index.toRange(start, start + span.length)!;
    expect(range).not.toBeNull();
    expect(range.toString()).toBe(dom);
  });

  test('reading and mapping leave the page as it was', () => {
    document.body.innerHTML = '<p>a <b>b</b>  c&shy;d <q>e</q></p>';
    const before = document.body.innerHTML;
    const index = buildTextIndex(document.body);
    index.toRange(0, index.text.length);
    expect(document.body.innerHTML).toBe(before);
  });

  test('invalid spans give null', () => {
    const index = setup('<p>abc</p>');
    expect(index.toRange(2, 2)).toBeNull();
    expect(index.toRange(-1, 2)).toBeNull();
    expect(index.toRange(5, 9)).toBeNull();
  });
});
