import { checkCreditCode, creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each([
    ['91350100M000100Y43'], // the standard's own worked example
    ['91440300708461136T'], // a company registered in Shenzhen
    ['9144030071526726XG'], // check character X is a letter of the alphabet, not a digit
    ['12100000400000624D'], // a public institution (事业单位), registration authority 1
  ])('accepts the valid code %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ valid: true, normalized: code });
  });

  it('accepts lower case and surrounding spaces and normalises them', () => {
    expect(checkCreditCode('  91350100m000100y43 ')).toEqual({ valid: true, normalized: '91350100M000100Y43' });
  });

  it('rejects a code whose check character does not match', () => {
    expect(checkCreditCode('91350100M000100Y44')).toMatchObject({ valid: false, problem: 'CHECK_DIGIT' });
  });

  it('detects every single-character change of a valid code', () => {
    const valid = '91440300708461136T';
    for (let i = 0; i < 18; i++) {
      const replacement = valid[i] === '1' ? '2' : '1';
      const changed = valid.slice(0, i) + replacement + valid.slice(i + 1);
      expect(isValidCreditCode(changed)).toBe(false);
    }
  });

  it('detects swapped adjacent characters', () => {
    const swapped = '91440300708461163T';
    expect(isValidCreditCode(swapped)).toBe(false);
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['91350100M000100Y4', 'LENGTH'],
    ['91350100M000100Y433', 'LENGTH'],
    ['91350100M000100I43', 'CHARACTERS'], // I is not in the alphabet
    ['91350100M000100O43', 'CHARACTERS'], // neither is O
    ['913501A0M000100Y43', 'CHARACTERS'], // division code must be digits
    ['91350100M000100Y4！', 'CHARACTERS'],
  ])('rejects %j with problem %s', (code, problem) => {
    expect(checkCreditCode(code)).toMatchObject({ valid: false, problem });
  });

  it('treats null and undefined as empty', () => {
    expect(checkCreditCode(null).problem).toBe('EMPTY');
    expect(checkCreditCode(undefined).problem).toBe('EMPTY');
  });

  it('computes the check character that makes a code valid', () => {
    const first17 = '91510100MA6CA1234';
    const code = first17 + creditCodeCheckChar(first17);
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('refuses to compute a check character from the wrong length', () => {
    expect(() => creditCodeCheckChar('9151')).toThrow('exactly 17');
  });

  it('normalises by trimming and upper-casing only', () => {
    expect(normalizeCreditCode(' ab1 ')).toBe('AB1');
  });
});
