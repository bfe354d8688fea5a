import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('refuses passwords shorter than 10 characters', () => {
    expect(passwordProblem('Xk#9vQ2!m')).toBe('TOO_SHORT');
  });

  it('refuses passwords longer than 128 characters', () => {
    expect(passwordProblem('a'.repeat(129))).toBe('TOO_LONG');
  });

  it.each(['password123', '1234567890', 'qwertyuiop', 'aaaaaaaaaaaa', 'iloveyou12', 'woaini1314', 'a123456789'])(
    'refuses the common password %s',
    (password) => {
      expect(passwordProblem(password)).toBe('COMMON');
    },
  );

  it('refuses a password built from the person’s own e-mail address', () => {
    expect(passwordProblem('zhouming2026', ['zhouming@example.gov.cn'])).toBe('COMMON');
  });

  it.each(['Jiaotong#2026-Xinhao', 'correct horse battery staple', '蜀道难难于上青天2026'])(
    'accepts the strong password %s',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );
});
