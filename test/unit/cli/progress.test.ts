import { progressReporter } from '../../../src/cli/progress';
import { emptyCounts } from '../../../src/modules/import/import-run.store';

/** A non-terminal stream and a clock the test moves. */
function setup(intervalMs = 10_000) {
  const lines: string[] = [];
  let clock = 1_000_000;
  const progress = progressReporter({ stream: { write: (text: string) => lines.push(text) }, intervalMs, now: () => clock });
  return { lines, progress, advance: (ms: number) => (clock += ms) };
}

const counts = (read: number) => ({ ...emptyCounts(), read, created: read });

describe('progress without a terminal', () => {
  it('writes one closing line per file with counts and rate', () => {
    const { lines, progress, advance } = setup();
    progress.fileStarted('a.xml', 0, 2);
    advance(2000);
    progress.fileFinished({ counts: counts(1000), status: 'SUCCEEDED' });
    expect(lines).toEqual(['[1/2] a.xml: 1 000 read, 1 000 new, 0 updated, 0 unchanged, 0 skipped, 0 withdrawn (2.0 s, 500 records/s)\n']);
  });

  it('writes a line while a file is read at most once per interval', () => {
    const { lines, progress, advance } = setup();
    progress.fileStarted('a.xml', 0, 1);
    for (let read = 500; read <= 5000; read += 500) {
      advance(3000);
      progress.update(counts(read));
    }
    // 30 s in steps of 3 s: a line at 12 s, 24 s.
    expect(lines).toEqual([
      'a.xml: 2 000 read, 2 000 new, 0 updated, 0 unchanged, 0 skipped (12.0 s, 167 records/s so far)\n',
      'a.xml: 4 000 read, 4 000 new, 0 updated, 0 unchanged, 0 skipped (24.0 s, 167 records/s so far)\n',
    ]);
  });

  it('says which files were refused or stopped', () => {
    const { lines, progress } = setup();
    progress.fileStarted('bad.xml', 0, 1);
    progress.fileFinished({ refused: true });
    progress.fileStarted('dry.xml', 0, 1);
    progress.fileFinished({ counts: counts(0), status: 'DRY_RUN' });
    expect(lines[0]).toBe('bad.xml: refused (see below)\n');
    expect(lines[1]).toMatch(/^dry\.xml: DRY_RUN: 0 read/);
  });

  it('does not repeat a line for the same count', () => {
    const { lines, progress, advance } = setup(0);
    progress.fileStarted('a.xml', 0, 1);
    advance(1000);
    progress.update(counts(500));
    progress.update(counts(500));
    expect(lines).toHaveLength(1);
  });
});

describe('progress on a terminal', () => {
  it('rewrites one line in place and clears it before the closing line', () => {
    const writes: string[] = [];
    const progress = progressReporter({ stream: { write: (text: string) => writes.push(text), isTTY: true, columns: 200 }, now: () => 0 });
    progress.fileStarted('a.xml', 0, 1);
    progress.update(counts(500));
    progress.update(counts(1000));
    progress.fileFinished({ counts: counts(1000), status: 'SUCCEEDED' });
    expect(writes.slice(0, 2).every((w) => w.startsWith('\r\x1b[2K') && !w.endsWith('\n'))).toBe(true);
    expect(writes.slice(2)).toEqual(['\r\x1b[2K', expect.stringMatching(/^a\.xml: 1 000 read.*\n$/)]);
  });
});
