import type { Principal } from './principal';

/** Turns a bearer token into a principal, or throws UNAUTHENTICATED. Implemented by the auth module. */
export abstract class PrincipalResolver {
  abstract resolve(accessToken: string): Promise<Principal>;

  /**
   * The user a well-signed, unexpired access token names, without looking up the session
   * (cheap enough for every request, e.g. to count requests per client); null otherwise.
   */
  abstract userIdOf(accessToken: string): string | null;
}
