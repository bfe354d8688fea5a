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
import { SearchOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
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

/**
 * The front page. Plain elements and CSS (no component library): it is the page most visitors
 * open first, so it carries as little JavaScript as possible.
 */
export default function HomePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const english = i18n.resolvedLanguage === 'en';
  const [query, setQuery] = useState('');

  const search = () => {
    const q = query.trim();
    navigate(q ? `/scenarios?q=${encodeURIComponent(q)}` : '/scenarios');
  };

  return (
    <>
      <section className={styles.hero} aria-labelledby="hero-title">
        <p className={styles.kicker}>{t('app.tagline')}</p>
        <h1 id="hero-title" className={styles.heroTitle}>
          {t('home.heroTitle')}
        </h1>
        <p className={styles.heroText}>{t('home.heroText')}</p>
        <form
          role="search"
          className={styles.search}
          onSubmit={(e) => {
            e.preventDefault();
            search();
          }}
        >
          <label htmlFor="home-search" className={styles.visuallyHidden}>
            {t('home.searchLabel')}
          </label>
          <input
            id="home-search"
            type="search"
            className={styles.searchInput}
            placeholder={t('home.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            maxLength={200}
          />
          <button type="submit" className={styles.searchButton}>
            <SearchOutlined aria-hidden="true" />
            {t('home.searchButton')}
          </button>
        </form>
      </section>

      <div className={styles.body}>
        <section aria-labelledby="sectors-title">
          <h2 id="sectors-title" className={styles.sectionTitle}>
            {t('home.sectorsTitle')}
          </h2>
          <p className={styles.secondary}>{t('home.sectorsText')}</p>
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
          <h2 id="how-title" className={styles.sectionTitle}>
            {t('home.howTitle')}
          </h2>
          <ol className={styles.steps}>
            {STEPS.map((step, i) => (
              <li key={step} className={styles.step}>
                <span className={styles.stepNumber} aria-hidden="true">
                  {i + 1}
                </span>
                <div>
                  <h3 className={styles.stepTitle}>{t(`home.steps.${step}.title`)}</h3>
                  <p className={styles.stepText}>{t(`home.steps.${step}.text`)}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="roles-title">
          <h2 id="roles-title" className={styles.sectionTitle}>
            {t('home.rolesTitle')}
          </h2>
          <ul className={styles.roles}>
            {ROLES.map((role) => (
              <li key={role.key} className={styles.roleCard}>
                <div className={styles.roleIcon} aria-hidden="true">
                  {role.icon}
                </div>
                <h3 className={styles.roleTitle}>{t(`home.roles.${role.key}.title`)}</h3>
                <p className={styles.roleText}>{t(`home.roles.${role.key}.text`)}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
