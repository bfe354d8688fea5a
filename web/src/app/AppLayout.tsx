import { BellOutlined, UserOutlined } from '@ant-design/icons';
import { App, Badge, Button, Dropdown, Layout, Menu, Segmented, Space, Typography, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../features/auth/AuthProvider';
import { useUnreadCount } from '../features/notifications/queries';
import { StatusTag } from '../features/organization/StatusTag';
import { LANGUAGES, currentLanguage, setLanguage, type LanguageCode } from '../i18n';
import { useHealth } from '../features/system/useHealth';
import { PageSpinner } from './PageSpinner';
import styles from './AppLayout.module.css';

const { Header, Content, Footer } = Layout;

const WORKSPACES = ['enterprise', 'agency', 'reviewer', 'admin'] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const health = useHealth();
  const selected = '/' + (location.pathname.split('/')[1] ?? '');

  const items: MenuProps['items'] = [
    { key: '/', label: <Link to="/">{t('nav.home')}</Link> },
    { key: '/scenarios', label: <Link to="/scenarios">{t('nav.scenarios')}</Link> },
    { key: '/results', label: <Link to="/results">{t('nav.results')}</Link> },
    { key: '/statistics', label: <Link to="/statistics">{t('nav.statistics')}</Link> },
    {
      key: 'workspaces',
      label: t('nav.workspaces'),
      children: WORKSPACES.map((area) => ({ key: `/${area}`, label: <Link to={`/${area}`}>{t(`nav.${area}`)}</Link> })),
    },
  ];

  return (
    <Layout className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        {t('app.skipToContent')}
      </a>
      <Header className={styles.header}>
        <Link to="/" className={styles.brand} aria-label={t('app.name')}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className={styles.nav}>
          <Menu mode="horizontal" selectedKeys={[selected]} items={items} className={styles.menu} />
        </nav>
        <AccountArea />
        <Segmented<LanguageCode>
          aria-label={t('nav.language')}
          size="small"
          value={currentLanguage()}
          options={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          onChange={(lng) => void setLanguage(lng)}
        />
      </Header>
      <Content id="main" tabIndex={-1} className={styles.content}>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </Content>
      <Footer className={styles.footer}>
        <Space separator="·" wrap>
          <Typography.Text>{t('system.footer')}</Typography.Text>
          <a href="/api/docs">{t('system.apiDocs')}</a>
          <span role="status" aria-label={t('system.status')} data-health={health}>
            <span className={`${styles.dot} ${styles[health]}`} aria-hidden="true" />
            {t(`system.${health}`)}
          </span>
        </Space>
      </Footer>
    </Layout>
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
      <Space>
        <ButtonLink to="/login" type="primary">
          {t('nav.signIn')}
        </ButtonLink>
        <ButtonLink to="/register">{t('nav.register')}</ButtonLink>
      </Space>
    );
  }
  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <div className={styles.who}>
          <div>{user.email}</div>
          <div>{user.roles.map((r) => t(`roles.${r}`)).join(' · ')}</div>
        </div>
      ),
    },
    ...(user.organization ? [{ key: '/org', label: <Link to="/org">{t('nav.organization')}</Link> }] : []),
    { key: '/notifications', label: <Link to="/notifications">{t('nav.notifications')}</Link> },
    { type: 'divider' as const },
    {
      key: 'sign-out',
      label: t('nav.signOut'),
      onClick: async () => {
        await signOut();
        message.success(t('auth.signedOut'));
        navigate('/');
      },
    },
  ];
  return (
    <Space size="middle">
      <Link to="/notifications" className={styles.bell}>
        <span className={styles.visuallyHidden}>{`${t('nav.notifications')} (${unread.data ?? 0})`}</span>
        <Badge count={unread.data ?? 0} size="small" aria-hidden="true">
          <BellOutlined style={{ fontSize: 18, color: '#374151' }} />
        </Badge>
      </Link>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button type="text" icon={<UserOutlined />} data-testid="account-menu">
          <span className={styles.userName}>{user.displayName}</span>
          {user.organization && (
            <span className={styles.orgName}>
              {user.organization.name} <StatusTag status={user.organization.status} />
            </span>
          )}
        </Button>
      </Dropdown>
    </Space>
  );
}
