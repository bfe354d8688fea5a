import type { Role } from '@scenebridge/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../app/ButtonLink';
import { Notice } from '../../app/Notice';
import { Navigate, useLocation } from 'react-router';
import { PageSpinner } from '../../app/PageSpinner';
import { useAuth } from './AuthProvider';

/** Renders its children for signed-in users (with one of `roles`, if given); sends others to sign in. */
export function RequireAuth({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { status, user } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (status === 'loading') return <PageSpinner />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !roles.some((role) => user.roles.includes(role))) {
    return (
      <Notice
        tone="forbidden"
        title={t('workspace.wrongRole')}
        action={
          <ButtonLink to="/" type="primary">
            {t('system.backHome')}
          </ButtonLink>
        }
      />
    );
  }
  return <>{children}</>;
}
