import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';

export interface ThrottleKeys {
  account: string;
  ip: string | null;
}

/**
 * Failed sign-in accounting, per account and per client IP, kept in PostgreSQL so every API
 * replica sees the same counts. Unknown e-mail addresses are counted like real ones.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private keys(keys: ThrottleKeys): { key: string; max: number }[] {
    return [
      { key: `account:${keys.account}`, max: this.config.SIGN_IN_MAX_FAILURES },
      ...(keys.ip ? [{ key: `ip:${keys.ip}`, max: this.config.SIGN_IN_MAX_FAILURES_PER_IP }] : []),
    ];
  }

  /** The moment the later of the two locks ends, or null when neither is locked. */
  async lockedUntil(keys: ThrottleKeys): Promise<Date | null> {
    const rows = (await this.dataSource.query(
      'SELECT max(locked_until) AS until FROM sign_in_throttles WHERE key = ANY($1) AND locked_until > $2',
      [this.keys(keys).map((k) => k.key), this.clock.now()],
    )) as { until: Date | null }[];
    return rows[0]?.until ?? null;
  }

  /** Counts one failure on both keys; returns the account's failures in the current window. */
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
        [key, now, windowStart, lockUntil, max],
      )) as { failures: number }[];
      if (key.startsWith('account:')) accountFailures = rows[0].failures;
    }
    return accountFailures;
  }

  /** A successful sign-in clears the account's count (the IP's count ages out by itself). */
  async reset(keys: ThrottleKeys): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_throttles WHERE key = $1', [`account:${keys.account}`]);
  }
}
