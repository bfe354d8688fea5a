import { ERROR_CODES, ERRORS, errorMessages, errorStatus, isErrorCode } from './errors';

describe('the error-code registry', () => {
  it('gives every code a client or server error status and a message in both languages', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(50);
    for (const code of ERROR_CODES) {
      const { status, zh, en } = ERRORS[code];
      expect([code, status >= 400 && status <= 599]).toEqual([code, true]);
      // Chinese first: the Chinese text is Chinese, the English one is not.
      expect([code, /[\u4e00-\u9fff]/.test(zh)]).toEqual([code, true]);
      expect([code, en.length > 0 && !/[\u4e00-\u9fff]/.test(en)]).toEqual([code, true]);
    }
  });

  it('codes are upper snake case and unique by construction; lookups agree', () => {
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
    expect(isErrorCode('EMAIL_TAKEN')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('NO_SUCH_CODE')).toBe(false);
    expect(errorStatus('EMAIL_TAKEN')).toBe(409);
    expect(errorStatus('NOT_FOUND')).toBe(404);
    expect(errorMessages('en').RATE_LIMITED).toBe(ERRORS.RATE_LIMITED.en);
    expect(Object.keys(errorMessages('zh'))).toEqual(ERROR_CODES);
  });
});
