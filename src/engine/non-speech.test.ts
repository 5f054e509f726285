import { blocksFromPlainText } from './blocks';
import { isNickname, isStageDirection, isTerm, isTitleLike, titleCased } from './non-speech';
import { findMarkedSpans, type MarkedSpan } from './quote-marks';

/** The first quoted span of a one-paragraph text, with its block bounds. */
function first(text: string): { span: MarkedSpan; start: number; end: number } {
  const blocks = blocksFromPlainText('Title line\n\n' + text);
  const span = findMarkedSpans('Title line\n\n' + text, blocks).find((s) => s.block === 1)!;
  return { span, start: blocks[1]!.start, end: blocks[1]!.end };
}

describe('non-speech', () => {
  test.each<[string, boolean]>([
    ['The so-called “reset” failed.', true],
    ['The plan, dubbed “Dawn,” began.', true],
    ['She read the book “Quiet Waters” twice.', true],
    ['The bill, known as “the fix,” passed.', true],
    ['A group called “Hope Now” marched.', true],
    ['He called it “a disaster” on Monday.', false],
    // A noun of a work as the object of "call": the quotation is its complement, no title.
    ['The attorney calls the video “devastating” in a statement.', false],
    // A lower-case finite verb opening a quote that closes a clause: the work noun's predicate.
    ['Ada Roe says the show “has had the run of its life.”', false],
    // Without the clause's period or comma, a lower-case title after the noun stays a title.
    ['Ada Roe wrote the song “was it you” in May.', true],
    ['Ada Lund called the H1-B program “worse than amnesty.”', false],
    ['It was what lawmakers called “fraud” in court.', false],
    ['She said “we will win” today.', false],
    // A show's title, then role nouns and a name: a title, not speech.
    ['The network’s “Night Desk” anchor Ada Lund left.', true],
    ['The studio’s “Cold Harbor” lead actor Tom Reyes spoke.', true],
    // A headline's small words after the quote, or a verb inside it, are no role.
    ['Lund: Critics “Plainly Wrong” to Call Me Weak', false],
    ['The “Rain Is Coming” costume designer Ada Lund spoke.', false],
    // A verb of releasing or starring before, a role or a work's kind after.
    ['Lena Fisk released “Tin Moon” in May.', true],
    ['Kai Moss stars in “Red Dock” at Pier Hall.', true],
    ['The “Red Dock” actress wrote again.', true],
    ['Praise for “Red Dock” (film) grew.', true],
    // A fact box's field before a colon, then an unpunctuated title: the field's value. A name
    // before the colon is a headline's speaker; a sentence after it is speech.
    ['Biggest hit: “Paper Boats” (No. 6, 2017)', true],
    ['Best known for: “Salt Hours”', true],
    ['Lund: “Plainly Wrong”', false],
    ['Her answer: “Not today.”', false],
    ['He said in “Red Dock” fashion that he would stay.', false],
    ['“Absolutely,” star Ada Lund said.', false],
    // A broadcaster's show; a person's possessive is no broadcaster.
    ['She told the Fox News channel’s “Early Hour” she would run.', true],
    ['He said on CNN’s “Night Desk” that he would run.', true],
    ['Lund: Moss’s “Hateful Talk” Hurts the Party', false],
    // One lower-case word after a verb of rating and its object is the grade given.
    ['An analyst who rates the shares “hold” said so.', true],
    // Lines of verse, set apart by a slash: a song's words.
    ['On the title song she sings “we burned the boats / and walked home” softly.', true],
    ['The files were upgraded to “secret” in May.', true],
    ['She rated the plan “a risk we cannot take” on Monday.', false],
  ])('isTerm: %s -> %s', (text, expected) => {
    const { span, start, end } = first(text);
    expect(isTerm('Title line\n\n' + text, span, start, end)).toBe(expected);
  });

  test.each<[string, boolean]>([
    ['He appeared on “Meet the Press” again.', true],
    ['The “State of the Union” speech ran long.', true],
    ['She said “we will win” today.', false],
    ['He said “It is over, we lost the vote and the seat.”', false],
  ])('isTitleLike: %s -> %s', (text, expected) => {
    const { span } = first(text);
    expect(isTitleLike('Title line\n\n' + text, span)).toBe(expected);
  });

  test('nicknames and stage directions', () => {
    const nick = 'Rep. Thomas J. “Tommy” Reyes spoke.';
    expect(isNickname('Title line\n\n' + nick, first(nick).span)).toBe(true);
    const said = 'Reyes said “Tommy” twice.';
    expect(isNickname('Title line\n\n' + said, first(said).span)).toBe(false);
    const stage = '“(CROSSTALK.)”';
    expect(isStageDirection('Title line\n\n' + stage, first(stage).span)).toBe(true);
  });

  test('titleCased tells a headline from prose', () => {
    expect(titleCased('Senator Calls Plan A Disgrace Over Budget Vote')).toBe(true);
    expect(titleCased('The senator called the plan a disgrace on Monday.')).toBe(false);
  });
});
