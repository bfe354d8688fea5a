import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CarOutlined,
  ExperimentOutlined,
  HeartOutlined,
  LaptopOutlined,
  NodeIndexOutlined,
  ReadOutlined,
  ShopOutlined,
  SettingOutlined,
  SunOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { DEFAULT_SECTORS } from '@scenebridge/shared';
import { Card, Col, Input, Row, Steps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import styles from './HomePage.module.css';

const SECTOR_ICONS: Record<string, ReactNode> = {
  agriculture: <SunOutlined />,
  manufacturing: <SettingOutlined />,
  commerce: <ShopOutlined />,
  hardware_software: <LaptopOutlined />,
  vehicles: <CarOutlined />,
  health: <HeartOutlined />,
  culture_tourism: <BankOutlined />,
  education: <ReadOutlined />,
  government: <AuditOutlined />,
  city: <ApartmentOutlined />,
  transport: <NodeIndexOutlined />,
};

const STEPS = ['publish', 'match', 'submit', 'review', 'land'] as const;
const ROLES = [
  { key: 'agency', icon: <AuditOutlined /> },
  { key: 'enterprise', icon: <ExperimentOutlined /> },
  { key: 'reviewer', icon: <TeamOutlined /> },
  { key: 'public', icon: <ReadOutlined /> },
] as const;

export default function HomePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const english = i18n.resolvedLanguage === 'en';

  const search = (value: string) => {
    const q = value.trim();
    navigate(q ? `/scenarios?q=${encodeURIComponent(q)}` : '/scenarios');
  };

  return (
    <>
      <section className={styles.hero} aria-labelledby="hero-title">
        <Typography.Text className={styles.kicker}>{t('app.tagline')}</Typography.Text>
        <Typography.Title id="hero-title" className={styles.heroTitle}>
          {t('home.heroTitle')}
        </Typography.Title>
        <Typography.Paragraph className={styles.heroText}>{t('home.heroText')}</Typography.Paragraph>
        <form role="search" className={styles.search} onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="home-search" className={styles.visuallyHidden}>
            {t('home.searchLabel')}
          </label>
          <Input.Search
            id="home-search"
            size="large"
            placeholder={t('home.searchPlaceholder')}
            enterButton={t('home.searchButton')}
            onSearch={search}
            allowClear
          />
        </form>
      </section>

      <div className={styles.body}>
        <section aria-labelledby="sectors-title">
          <Typography.Title level={2} id="sectors-title" className={styles.sectionTitle}>
            {t('home.sectorsTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('home.sectorsText')}</Typography.Paragraph>
          <ul className={styles.sectors}>
            {DEFAULT_SECTORS.map((sector) => (
              <li key={sector.code}>
                <Link to={`/scenarios?sector=${sector.code}`} className={styles.sector} data-sector={sector.code}>
                  <span className={styles.sectorIcon} aria-hidden="true">
                    {SECTOR_ICONS[sector.code]}
                  </span>
                  {english ? sector.nameEn : sector.nameZh}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="how-title">
          <Typography.Title level={2} id="how-title" className={styles.sectionTitle}>
            {t('home.howTitle')}
          </Typography.Title>
          <Steps
            orientation="vertical"
            current={-1}
            items={STEPS.map((step) => ({
              title: t(`home.steps.${step}.title`),
              content: t(`home.steps.${step}.text`),
              status: 'process' as const,
            }))}
          />
        </section>

        <section aria-labelledby="roles-title">
          <Typography.Title level={2} id="roles-title" className={styles.sectionTitle}>
            {t('home.rolesTitle')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {ROLES.map((role) => (
              <Col xs={24} sm={12} lg={6} key={role.key}>
                <Card className={styles.roleCard}>
                  <div className={styles.roleIcon} aria-hidden="true">
                    {role.icon}
                  </div>
                  <Typography.Title level={3} className={styles.roleTitle}>
                    {t(`home.roles.${role.key}.title`)}
                  </Typography.Title>
                  <Typography.Paragraph>{t(`home.roles.${role.key}.text`)}</Typography.Paragraph>
                </Card>
              </Col>
            ))}
          </Row>
        </section>
      </div>
    </>
  );
}
