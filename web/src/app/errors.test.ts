import { ERRORS } from '@scenebridge/shared';
import i18n, { setLanguage } from '../i18n';
import { ApiError } from './api';
import { errorMessage } from './errors';

describe('error messages come from the shared registry, in both languages', () => {
  afterEach(async () => {
    await setLanguage('zh-CN');
  });

  it('shows the registry text of the code, not the server message', async () => {
    const taken = new ApiError(409, 'EMAIL_TAKEN', 'An account with this e-mail address already exists.');
    expect(errorMessage(i18n.t, taken)).toBe(ERRORS.EMAIL_TAKEN.zh);
    await setLanguage('en');
    expect(errorMessage(i18n.t, taken)).toBe(ERRORS.EMAIL_TAKEN.en);
  });

  it('every registered code has a text in each language, and the unknown ones fall back', async () => {
    for (const [code, { zh }] of Object.entries(ERRORS)) expect(errorMessage(i18n.t, new ApiError(400, code, 'x'))).toBe(zh);
    expect(errorMessage(i18n.t, new ApiError(418, 'NO_SUCH_CODE', 'x'))).toBe(i18n.t('errors.UNKNOWN'));
    expect(errorMessage(i18n.t, new TypeError('Failed to fetch'))).toBe(i18n.t('errors.NETWORK'));
    expect(i18n.t('errors.NETWORK')).not.toBe('errors.NETWORK');
    await setLanguage('en');
    for (const [code, { en }] of Object.entries(ERRORS)) expect(errorMessage(i18n.t, new ApiError(400, code, 'x'))).toBe(en);
  });
});
