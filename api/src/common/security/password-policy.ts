import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// Patterns common among Chinese users that the international lists rank too low.
const CHINESE_COMMON = [
  'woaini',
  'woaini1314',
  '5201314',
  '1314520',
  'aini1314',
  'woaiwojia',
  'zhongguo',
  'qq123456',
  'abc123456',
  'a123456789',
  'iloveyou1314',
];

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, chineseCommon: CHINESE_COMMON },
  graphs: common.adjacencyGraphs,
});

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON';

/**
 * Checks a new password: length, then guessability. A password counts as common when it is
 * (or is a small variation of) a well-known password, a keyboard walk, a repeat, or the
 * person's own e-mail, name or organisation (zxcvbn score below 3).
 */
export function passwordProblem(password: string, personalInputs: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const inputs = personalInputs.filter(Boolean).flatMap((s) => [s, ...s.split(/[@.\s]+/)]);
  return zxcvbn.check(password, inputs).score < 3 ? 'COMMON' : null;
}
