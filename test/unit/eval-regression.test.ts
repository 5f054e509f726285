// Keeps the dev scores from falling below what the engine has reached. The floors sit a little
// under the last measured scores (test/eval-floors.json); raise them when the engine improves.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAllEvaluations } from '../tools/eval';
import { sharedPathOrFail } from '../tools/shared-data';

const floors = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'eval-floors.json'), 'utf8')) as Record<
  string,
  Record<string, number>
>;

sharedPathOrFail('eval');

describe('dev scores stay at or above their floors', () => {
  const results = runAllEvaluations();
  test.each(Object.keys(floors))('%s', (name) => {
    const result = results.find((r) => r.name === name);
    expect(result?.report?.metrics).toEqual(expect.any(Object));
    for (const [metric, floor] of Object.entries(floors[name]!)) {
      const value = result!.report!.metrics[metric];
      expect({ metric, value }).toEqual({ metric, value: expect.any(Number) });
      expect({ metric, value: value! >= floor }).toEqual({ metric, value: true });
    }
  });
});
