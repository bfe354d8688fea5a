import type { ApiErrorBody, ApiPaths } from '@scenebridge/shared';
import createClient from 'openapi-fetch';

/** Typed client for the SceneBridge API (types generated from its OpenAPI document). */
export const api = createClient<ApiPaths>({ baseUrl: '', credentials: 'same-origin' });

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
  if (result.response.ok && result.data !== undefined) return result.data;
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
