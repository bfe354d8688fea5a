import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Reads a secret kept in a file, creating it (random, hex, owner-only) the first time.
 * Used for the embedded servers' credentials so a second start reuses them.
 */
export function readOrCreateSecret(file: string, bytes = 24): string {
  if (existsSync(file)) {
    const value = readFileSync(file, 'utf8').trim();
    if (value.length >= 16) return value;
  }
  const value = randomBytes(bytes).toString('hex');
  writeFileSync(file, value + '\n', { mode: 0o600 });
  return value;
}

/** Shows only the start of a secret, for logs. */
export function maskSecret(secret: string): string {
  return secret.length <= 4 ? '****' : `${secret.slice(0, 4)}…(${secret.length} chars)`;
}
