import type { Schemas } from '../../app/types';

export type SessionUser = Schemas['UserView'];
type SessionView = Schemas['SessionView'];

/**
 * The signed-in session, kept in memory only: the access token never touches storage, the
 * refresh token lives in an httpOnly cookie the page cannot read.
 */
let accessToken: string | null = null;
let refreshing: Promise<SessionView | null> | null = null;
const listeners = new Set<(user: SessionUser | null) => void>();

export function onSessionChange(listener: (user: SessionUser | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// A hint (not a secret) that this browser holds a refresh cookie, so visitors who never signed
// in are not sent to the refresh route at every page load.
const SESSION_HINT = 'scenebridge.session';

export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT) === '1';
  } catch {
    return true;
  }
}

export function setSession(session: SessionView | null): void {
  accessToken = session?.accessToken ?? null;
  try {
    if (session) localStorage.setItem(SESSION_HINT, '1');
    else localStorage.removeItem(SESSION_HINT);
  } catch {
    // Storage may be unavailable (private mode); the hint is only an optimisation.
  }
  for (const listener of listeners) listener(session?.user ?? null);
}

export function hasSession(): boolean {
  return accessToken !== null;
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request;
 * when another tab rotated the cookie a moment ago (409), it retries once with the newer cookie.
 */
export function refreshSession(): Promise<SessionView | null> {
  refreshing ??= (async () => {
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await fetch('/api/v1/auth/refresh', { method: 'POST', credentials: 'same-origin' });
        if (response.ok) {
          const session = (await response.json()) as SessionView;
          setSession(session);
          return session;
        }
        if (response.status !== 409) break;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      setSession(null);
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** fetch for the API client: adds the bearer token and refreshes it once on a 401. */
export async function authorizedFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const withToken = (request: Request) => {
    if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
    return fetch(request);
  };
  const response = await withToken(input);
  const isAuthRoute = new URL(input.url).pathname.startsWith('/api/v1/auth/');
  if (response.status !== 401 || isAuthRoute || !accessToken) return response;
  const renewed = await refreshSession();
  return renewed ? withToken(retry) : response;
}
