import { Layout, Menu, Segmented, Space, Typography, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LANGUAGES, currentLanguage, type LanguageCode } from '../i18n';
import { useHealth } from '../features/system/useHealth';
import { PageSpinner } from './PageSpinner';
import styles from './AppLayout.module.css';

const { Header, Content, Footer } = Layout;

const WORKSPACES = ['enterprise', 'agency', 'reviewer', 'admin'] as const;

export function AppLayout() {
  const { t, i18n } = useTranslation();
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
        <Segmented<LanguageCode>
          aria-label={t('nav.language')}
          size="small"
          value={currentLanguage()}
          options={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          onChange={(lng) => void i18n.changeLanguage(lng)}
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
