import type { Principal } from './principal';

/** Turns a bearer token into a principal, or throws UNAUTHENTICATED. Implemented by the auth module. */
export abstract class PrincipalResolver {
  abstract resolve(accessToken: string): Promise<Principal>;
}
