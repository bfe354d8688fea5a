import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError, errorKey, fieldProblems } from './api';

/** The translated message for any error thrown by an API call. */
export function errorMessage(t: TFunction, error: unknown): string {
  const key = errorKey(error);
  const fallback = error instanceof ApiError ? t('errors.UNKNOWN') : t('errors.NETWORK');
  return t(key, { defaultValue: fallback });
}

/**
 * Puts a 400 answer's field problems onto the form's fields (translated by code); returns
 * true when at least one field took a message, so the caller can skip a global toast.
 */
export function applyFieldErrors(form: FormInstance, t: TFunction, error: unknown): boolean {
  const shown = fieldProblems(error).filter((p) => form.getFieldInstance(p.field.split('.')) !== undefined);
  form.setFields(
    shown.map((p) => ({ name: p.field.split('.'), errors: [t(`errors.${p.code}`, { defaultValue: t('errors.INVALID_FIELD') })] })),
  );
  return shown.length > 0;
}
