import { watchInterruption } from '../../../src/cli/interruption';

describe('watchInterruption', () => {
  let clock = 0;
  const lines: string[] = [];
  const stderr = { write: (text: string) => lines.push(text) } as unknown as NodeJS.WritableStream;
  let exit: jest.SpyInstance;

  beforeEach(() => {
    lines.length = 0;
    exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  });

  afterEach(() => exit.mockRestore());

  it('turns the first signal into an abort whose reason is its name', () => {
    const interruption = watchInterruption(stderr, () => clock);
    process.emit('SIGTERM', 'SIGTERM');
    interruption.release();
    expect(interruption.signal.aborted).toBe(true);
    expect(interruption.signal.reason).toBe('SIGTERM');
    expect(exit).not.toHaveBeenCalled();
  });

  it('takes the same signal forwarded by a wrapper as one request', () => {
    const interruption = watchInterruption(stderr, () => clock);
    process.emit('SIGINT', 'SIGINT');
    clock += 5;
    process.emit('SIGINT', 'SIGINT');
    interruption.release();
    expect(exit).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('exits at once on a later signal, saying the run is left for the next start', () => {
    const interruption = watchInterruption(stderr, () => clock);
    process.emit('SIGINT', 'SIGINT');
    clock += 3000;
    process.emit('SIGINT', 'SIGINT');
    interruption.release();
    expect(exit).toHaveBeenCalledWith(130);
    expect(lines).toEqual(['concord: SIGINT again: stopping now; the import run left open is marked ABANDONED at the next start\n']);
  });

  it('lets signals act as by default once released', () => {
    const before = process.listenerCount('SIGINT');
    watchInterruption(stderr).release();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
