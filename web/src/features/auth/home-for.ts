import type { SessionUser } from './session';

/** Where a person lands after signing in: their own workspace. */
export function homeFor(user: SessionUser): string {
  if (user.roles.includes('admin')) return '/admin';
  if (user.roles.includes('reviewer')) return '/reviewer';
  if (user.roles.includes('publisher')) return '/agency';
  if (user.roles.includes('solver')) return '/enterprise';
  return '/';
}
