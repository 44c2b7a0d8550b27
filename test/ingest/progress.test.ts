import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/ingest/progress.ts';

/** A stream that keeps what it is given, and a clock the test moves. */
function setup(isTTY: boolean) {
  const written: string[] = [];
  let time = 0;
  const reporter = progressReporter({ isTTY, write: (text: string) => written.push(text) }, { now: () => time });
  return { written, reporter, tick: (ms: number) => (time += ms) };
}

describe('progressReporter', () => {
  it('shows nothing for a run that ends within a second', () => {
    const { written, reporter, tick } = setup(true);
    for (let done = 1; done <= 10; done++) {
      tick(90);
      reporter.update(done, 10);
    }
    reporter.finish();
    expect(written).toEqual([]);
  });

  it('draws a bar in place on a terminal, a few times a second at most, and clears it at the end', () => {
    const { written, reporter, tick } = setup(true);
    tick(1000);
    reporter.update(1, 4);
    tick(10);
    reporter.update(2, 4); // too soon after the last frame
    tick(100);
    reporter.update(3, 4);
    reporter.update(4, 4); // the last one always shows
    reporter.finish();
    expect(written).toHaveLength(4);
    expect(written[0]).toMatch(/^\r\x1b\[2Kreading █{8}░{22} 1\/4$/);
    expect(written[2]).toMatch(/ 4\/4$/);
    expect(written[3]).toBe('\r\x1b[2K');
  });

  it('writes plain lines every few seconds elsewhere (CI, a log file)', () => {
    const { written, reporter, tick } = setup(false);
    for (let done = 1; done <= 100; done++) {
      tick(200);
      reporter.update(done, 100);
    }
    reporter.finish();
    // 20 s of work: a line at 1 s, then one every 5 s, and the last.
    expect(written).toEqual([
      'reading: 5 of 100 inputs\n',
      'reading: 30 of 100 inputs\n',
      'reading: 55 of 100 inputs\n',
      'reading: 80 of 100 inputs\n',
      'reading: 100 of 100 inputs\n',
    ]);
    expect(written.every((line) => !line.includes('\x1b'))).toBe(true);
  });
});
