import { findSector } from '@scenebridge/shared';
import { Empty, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import styles from '../system/Page.module.css';

export default function ScenariosPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sector = findSector(params.get('sector') ?? '');
  const english = i18n.resolvedLanguage === 'en';

  return (
    <div className={styles.page}>
      <Typography.Title>{t('scenarios.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('scenarios.intro')}</Typography.Paragraph>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <Input.Search
          aria-label={t('home.searchLabel')}
          defaultValue={q}
          placeholder={t('home.searchPlaceholder')}
          enterButton={t('home.searchButton')}
          onSearch={(value) => {
            const next = new URLSearchParams(params);
            if (value.trim()) next.set('q', value.trim());
            else next.delete('q');
            setParams(next);
          }}
        />
      </form>
      <Space style={{ margin: '12px 0' }} wrap>
        {q && <Tag>{t('scenarios.searchFor', { q })}</Tag>}
        {sector && <Tag color="blue">{t('scenarios.sector', { name: english ? sector.nameEn : sector.nameZh })}</Tag>}
      </Space>
      <Empty description={t('scenarios.empty')} />
    </div>
  );
}
