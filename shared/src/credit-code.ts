/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * 18 characters: registration authority (1), organisation type (1), administrative
 * division code (6 digits), organisation code (9), check character (1). Characters come
 * from a 31-symbol alphabet that leaves out I, O, S, V and Z.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'EMPTY' | 'LENGTH' | 'CHARACTERS' | 'CHECK_DIGIT';

export interface CreditCodeCheck {
  valid: boolean;
  /** The code trimmed and upper-cased, as it should be stored. */
  normalized: string;
  problem?: CreditCodeProblem;
}

/** Trims and upper-cases a code as typed by a person. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

/** Computes the GB 32100-2015 check character for the first 17 characters of a code. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('creditCodeCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new Error(`Invalid credit-code character "${first17[i]}"`);
    sum += value * WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check];
}

/** Validates a unified social credit code: length, alphabet, division digits and check character. */
export function checkCreditCode(input: string | null | undefined): CreditCodeCheck {
  const normalized = normalizeCreditCode(input ?? '');
  if (normalized.length === 0) return { valid: false, normalized, problem: 'EMPTY' };
  if (normalized.length !== 18) return { valid: false, normalized, problem: 'LENGTH' };
  if (!SHAPE.test(normalized)) return { valid: false, normalized, problem: 'CHARACTERS' };
  if (creditCodeCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { valid: false, normalized, problem: 'CHECK_DIGIT' };
  }
  return { valid: true, normalized };
}

/** True when the input is a valid unified social credit code (after trimming and upper-casing). */
export function isValidCreditCode(input: string | null | undefined): boolean {
  return checkCreditCode(input).valid;
}
