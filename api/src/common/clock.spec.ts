import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileOffsetClock } from './clock';

describe('FileOffsetClock', () => {
  it('is the real time until the file holds an offset, then the real time moved by it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clock-')), 'offset');
    const clock = new FileOffsetClock(file);
    const drift = (offset: number) => Math.abs(clock.now().getTime() - (Date.now() + offset));
    expect(drift(0)).toBeLessThan(1_000);
    writeFileSync(file, String(3 * 86_400_000));
    expect(drift(3 * 86_400_000)).toBeLessThan(1_000);
    writeFileSync(file, 'not a number');
    expect(drift(0)).toBeLessThan(1_000);
  });
});
