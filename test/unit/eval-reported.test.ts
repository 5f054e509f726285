// The reported-speech score counts only attributions whose cue is a verb of saying, writing or
// estimating, or "according to": the table decides what the score means, so it is pinned here.
import { isReportingCue } from '../tools/eval-reported';

describe('which PolNeAR cues are reported speech', () => {
  test.each<[string | null, boolean]>([
    ['said', true],
    ['has said', true],
    ['said in a statement', true],
    ['told', true],
    ['according to', true],
    ['According to', true],
    ['wrote', true],
    ['tweeted', true],
    ['estimated', true],
    ['projected', true],
    ['found', true],
    ['pointed out', true],
    ['added:', true],
    ['believes', false],
    ['wants', false],
    ['show', false],
    ['polls show', false],
    ['asked', false],
    ['urged', false],
    ['called', false],
    ['criticized', false],
    ['pointed', false],
    [':', false],
    [null, false],
  ])('%s -> %s', (cue, expected) => {
    expect(isReportingCue(cue)).toBe(expected);
  });
});
