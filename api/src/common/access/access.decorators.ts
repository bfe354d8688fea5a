import { SetMetadata } from '@nestjs/common';
import type { Role } from '@scenebridge/shared';

export const ACCESS_KEY = 'scenebridge:access';

/**
 * Who may call a route. Every route carries exactly one rule (on the handler or its
 * controller); a route without one is refused, and a test fails the build on it.
 */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user; finer checks happen where the record is loaded. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);
