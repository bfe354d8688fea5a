import type { ApiErrorBody, ApiPaths } from '@scenebridge/shared';
import createClient from 'openapi-fetch';
import { authorizedFetch } from '../features/auth/session';

/**
 * Typed client for the SceneBridge API (types generated from its OpenAPI document). Requests
 * carry the in-memory access token; an expired one is refreshed once from the cookie.
 */
export const api = createClient<ApiPaths>({ baseUrl: '', credentials: 'same-origin', fetch: authorizedFetch });

/** An API error with its stable code; the UI translates the code, not the message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns an openapi-fetch result into data, or throws ApiError with the server's code. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = (result.error ?? {}) as Partial<ApiErrorBody>;
  throw new ApiError(
    result.response.status,
    body.code ?? 'UNKNOWN',
    body.message ?? result.response.statusText,
    body.requestId,
    body.details,
  );
}

/** Translation key for an error, falling back to the generic ones. */
export function errorKey(error: unknown): string {
  if (error instanceof ApiError) return `errors.${error.code}`;
  if (error instanceof TypeError) return 'errors.NETWORK';
  return 'errors.UNKNOWN';
}

/** Field problems of a 400 answer, as `{ field: 'organization.creditCode', code }`. */
export function fieldProblems(error: unknown): { field: string; code: string }[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((d) => {
    const detail = d as { field?: unknown; code?: unknown };
    return typeof detail.field === 'string' && typeof detail.code === 'string' ? [{ field: detail.field, code: detail.code }] : [];
  });
}
