import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';

export interface ThrottleKeys {
  account: string;
  ip: string | null;
}

/**
 * Failed sign-in accounting, kept in PostgreSQL so every API replica sees the same counts.
 * Unknown e-mail addresses are counted like real ones, so the answers never tell them apart.
 *
 * A lock is never for an account as a whole — a stranger who knows a colleague's e-mail could
 * otherwise lock them out at will:
 *  - an account and a client address together lock after SIGN_IN_MAX_FAILURES (the person
 *    guessing is stopped; the owner elsewhere is not);
 *  - an address locks after SIGN_IN_MAX_FAILURES_PER_IP failures on any accounts;
 *  - the account's own count, from every address, only slows further failed attempts down.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The counters a failure adds to, and the failures that lock each (null: never locks). */
  private keys(keys: ThrottleKeys): { key: string; max: number | null }[] {
    return [
      { key: pairKey(keys), max: this.config.SIGN_IN_MAX_FAILURES },
      { key: `account:${keys.account}`, max: null },
      ...(keys.ip ? [{ key: `ip:${keys.ip}`, max: this.config.SIGN_IN_MAX_FAILURES_PER_IP }] : []),
    ];
  }

  /** The moment the later lock on this account-and-address or this address ends, or null when neither is locked. */
  async lockedUntil(keys: ThrottleKeys): Promise<Date | null> {
    const rows = (await this.dataSource.query(
      'SELECT max(locked_until) AS until FROM sign_in_throttles WHERE key = ANY($1) AND locked_until > $2',
      [this.keys(keys).map((k) => k.key), this.clock.now()],
    )) as { until: Date | null }[];
    return rows[0]?.until ?? null;
  }

  /** Counts one failure on every key; returns the account's failures in the current window (from all addresses). */
  async recordFailure(keys: ThrottleKeys): Promise<number> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.config.SIGN_IN_LOCK_MINUTES * 60_000);
    const lockUntil = new Date(now.getTime() + this.config.SIGN_IN_LOCK_MINUTES * 60_000);
    let accountFailures = 0;
    for (const { key, max } of this.keys(keys)) {
      const rows = (await this.dataSource.query(
        `INSERT INTO sign_in_throttles (key, failures, window_started_at, locked_until)
         VALUES ($1, 1, $2, CASE WHEN 1 >= $5 THEN $4::timestamptz END)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN sign_in_throttles.window_started_at < $3 THEN 1 ELSE sign_in_throttles.failures + 1 END,
           window_started_at = CASE WHEN sign_in_throttles.window_started_at < $3 THEN $2 ELSE sign_in_throttles.window_started_at END,
           locked_until = CASE
             WHEN (CASE WHEN sign_in_throttles.window_started_at < $3 THEN 1 ELSE sign_in_throttles.failures + 1 END) >= $5 THEN $4::timestamptz
             ELSE sign_in_throttles.locked_until END
         RETURNING failures`,
        [key, now, windowStart, lockUntil, max ?? 2_147_483_647],
      )) as { failures: number }[];
      if (key.startsWith('account:')) accountFailures = rows[0].failures;
    }
    return accountFailures;
  }

  /** A successful sign-in clears the account's counts (the address's count ages out by itself). */
  async reset(keys: ThrottleKeys): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_throttles WHERE key = ANY($1)', [[`account:${keys.account}`, pairKey(keys)]]);
  }
}

/** One key per account and address (hashed: an e-mail and an IPv6 address together may exceed the column). */
function pairKey(keys: ThrottleKeys): string {
  return `pair:${createHash('sha256')
    .update(`${keys.account}\n${keys.ip ?? 'unknown'}`)
    .digest('hex')}`;
}
