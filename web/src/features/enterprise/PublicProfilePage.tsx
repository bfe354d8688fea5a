import { Card, Descriptions, List, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageSpinner } from '../../app/PageSpinner';
import { sectorName } from '../scenarios/format';
import { useSectors } from '../scenarios/queries';
import styles from '../system/Page.module.css';
import { usePublicProfile } from './queries';

/** An opted-in enterprise's public capability profile. */
export default function PublicProfilePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const profile = usePublicProfile(id);
  const sectors = useSectors();
  if (profile.isPending) return <PageSpinner />;
  if (profile.isError) return <Result status="404" title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('profile.notPublic')}</h1>} />;
  const p = profile.data;
  return (
    <div className={styles.page}>
      <Typography.Title>{p.organization.name}</Typography.Title>
      <Typography.Paragraph>{p.summary}</Typography.Paragraph>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('org.region')}>{p.region}</Descriptions.Item>
        <Descriptions.Item label={t('profile.sectors')}>
          {p.sectors.map((s) => sectorName(sectors.data, s, english)).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('profile.regions')}>{p.regions.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('profile.qualifications')}>{p.qualifications.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('profile.teamSize')}>{p.teamSize ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Card title={t('profile.capabilities')} style={{ marginBottom: 16 }}>
        <List
          dataSource={p.capabilities}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space>
                    {c.name}
                    {c.trl && <Tag>TRL {c.trl}</Tag>}
                  </Space>
                }
                description={
                  <>
                    <div>{c.description}</div>
                    {c.indicators && <div>{c.indicators}</div>}
                    <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
                      {c.tags.map((tag) => (
                        <Tag key={tag} color="blue" bordered={false}>
                          {tag}
                        </Tag>
                      ))}
                    </Space>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('profile.cases')}>
        <List dataSource={p.cases} renderItem={(c) => <List.Item>{`${c.year} · ${c.title} · ${c.client} — ${c.outcome}`}</List.Item>} />
      </Card>
    </div>
  );
}
