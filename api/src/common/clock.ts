import { readFileSync } from 'node:fs';

/**
 * The one source of "now" for business rules (deadlines, expiries, lockouts). Production uses
 * the system clock; tests pass a clock they control to createApp().
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock tests can set and move; starts at the real time. */
export class ManualClock extends Clock {
  private current: Date;

  constructor(start: Date = new Date()) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date): void {
    this.current = new Date(to);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

/**
 * For browser tests of a running product (NODE_ENV=test only): the system time plus an offset
 * in milliseconds read from a file the test writes, so a test can move the server past a
 * deadline or an objection period. A missing or empty file means no offset.
 */
export class FileOffsetClock extends Clock {
  constructor(private readonly file: string) {
    super();
  }

  now(): Date {
    let offset = 0;
    try {
      offset = Number(readFileSync(this.file, 'utf8').trim()) || 0;
    } catch {
      // no file yet: real time
    }
    return new Date(Date.now() + offset);
  }
}
