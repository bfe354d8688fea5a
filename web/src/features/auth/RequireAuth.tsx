import type { Role } from '@scenebridge/shared';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../app/ButtonLink';
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
      <Result
        status="403"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('workspace.wrongRole')}</h1>}
        extra={
          <ButtonLink to="/" type="primary">
            {t('system.backHome')}
          </ButtonLink>
        }
      />
    );
  }
  return <>{children}</>;
}
