import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@scenebridge/shared';
import { randomBytes, randomInt } from 'node:crypto';

/** A valid, practically unique unified social credit code. */
export function newCreditCode(): string {
  const division = Array.from({ length: 6 }, () => randomInt(10)).join('');
  const tail = Array.from({ length: 9 }, () => CREDIT_CODE_ALPHABET[randomInt(CREDIT_CODE_ALPHABET.length)]).join('');
  const body = `91${division}${tail}`;
  return body + creditCodeCheckChar(body);
}

export function uniqueTag(): string {
  return `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
}

export const E2E_PASSWORD = 'Jinjiang-Bridge#2026';
