import { BellOutlined, UserOutlined } from '@ant-design/icons';
import { App } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../features/auth/AuthProvider';
import { useUnreadCount } from '../features/notifications/queries';
import { StatusTag } from '../features/organization/StatusTag';
import { LANGUAGES, currentLanguage, setLanguage } from '../i18n';
import { useHealth } from '../features/system/useHealth';
import { Disclosure } from './Disclosure';
import { PageSpinner } from './PageSpinner';
import styles from './AppLayout.module.css';

const WORKSPACES = ['enterprise', 'agency', 'reviewer', 'admin'] as const;
const PUBLIC_PAGES = [
  { to: '/', key: 'nav.home' },
  { to: '/scenarios', key: 'nav.scenarios' },
  { to: '/results', key: 'nav.results' },
  { to: '/statistics', key: 'nav.statistics' },
] as const;

/**
 * The frame of every page. Plain elements and CSS rather than Ant Design's Layout, Menu and
 * Dropdown: every visitor downloads this before the first page, so it stays light.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const health = useHealth();
  const language = currentLanguage();
  const { pathname } = useLocation();
  const inWorkspace = WORKSPACES.some((area) => pathname === `/${area}` || pathname.startsWith(`/${area}/`));

  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <Link to="/" className={styles.brand} aria-label={t('app.name')}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className={styles.nav}>
          <ul className={styles.navList}>
            {PUBLIC_PAGES.map((page) => (
              <li key={page.to}>
                <NavLink
                  to={page.to}
                  end={page.to === '/'}
                  className={({ isActive }) => `${styles.navLink} ${isActive ? styles.active : ''}`}
                >
                  {t(page.key)}
                </NavLink>
              </li>
            ))}
            <li>
              <Disclosure label={t('nav.workspaces')} buttonClassName={`${styles.navLink} ${inWorkspace ? styles.active : ''}`}>
                <ul className={styles.panelList}>
                  {WORKSPACES.map((area) => (
                    <li key={area}>
                      <NavLink to={`/${area}`} className={styles.panelItem}>
                        {t(`nav.${area}`)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </Disclosure>
            </li>
          </ul>
        </nav>
        <AccountArea />
        <div role="group" aria-label={t('nav.language')} className={styles.languages}>
          {LANGUAGES.map((l) => (
            <button
              key={l.code}
              type="button"
              lang={l.code}
              aria-pressed={language === l.code}
              className={styles.language}
              onClick={() => void setLanguage(l.code)}
            >
              {l.label}
            </button>
          ))}
        </div>
      </header>
      <main id="main" tabIndex={-1} className={styles.content}>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <span>{t('system.footer')}</span>
        <span aria-hidden="true">·</span>
        <a href="/api/docs">{t('system.apiDocs')}</a>
        <span aria-hidden="true">·</span>
        <span role="status" aria-label={t('system.status')} data-health={health}>
          <span className={`${styles.dot} ${styles[health]}`} aria-hidden="true" />
          {t(`system.${health}`)}
        </span>
      </footer>
    </div>
  );
}

/** Sign-in links for visitors; the bell and the account menu for signed-in people. */
function AccountArea() {
  const { t } = useTranslation();
  const { user, status, signOut } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const unread = useUnreadCount(status === 'signedIn');

  if (status === 'loading') return null;
  if (!user) {
    return (
      <div className={styles.account}>
        <ButtonLink to="/login" type="primary">
          {t('nav.signIn')}
        </ButtonLink>
        <ButtonLink to="/register">{t('nav.register')}</ButtonLink>
      </div>
    );
  }
  const count = unread.data ?? 0;
  return (
    <div className={styles.account}>
      <Link to="/notifications" className={styles.bell}>
        <span className={styles.visuallyHidden}>{`${t('nav.notifications')} (${count})`}</span>
        <BellOutlined aria-hidden="true" style={{ fontSize: 18, color: '#374151' }} />
        {count > 0 && (
          <span className={styles.count} aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </Link>
      <Disclosure
        align="end"
        testId="account-menu"
        label={
          <>
            <UserOutlined aria-hidden="true" />
            <span className={styles.userName}>{user.displayName}</span>
            {user.organization && (
              <span className={styles.orgName}>
                {user.organization.name} <StatusTag status={user.organization.status} />
              </span>
            )}
          </>
        }
      >
        <div className={styles.who}>
          <div>{user.email}</div>
          <div>{user.roles.map((r) => t(`roles.${r}`)).join(' · ')}</div>
        </div>
        <ul className={styles.panelList}>
          {user.organization && (
            <li>
              <Link to="/org" className={styles.panelItem}>
                {t('nav.organization')}
              </Link>
            </li>
          )}
          <li>
            <Link to="/notifications" className={styles.panelItem}>
              {t('nav.notifications')}
            </Link>
          </li>
          <li className={styles.divider} aria-hidden="true" />
          <li>
            <button
              type="button"
              className={styles.panelItem}
              onClick={async () => {
                await signOut();
                message.success(t('auth.signedOut'));
                navigate('/');
              }}
            >
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
      </Disclosure>
    </div>
  );
}
