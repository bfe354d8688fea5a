import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../app/types';

/** The headline figures: the funnel, solutions received, median days to award. */
export function FigureCards({ stats }: { stats: Schemas['StatisticsView'] }) {
  const { t } = useTranslation();
  const figures: [string, number | string][] = [
    [t('stats.funnel.published'), stats.funnel.published],
    [t('stats.funnel.received'), stats.funnel.received],
    [t('stats.solutions'), stats.solutions],
    [t('stats.funnel.awarded'), stats.funnel.awarded],
    [t('stats.funnel.landed'), stats.funnel.landed],
    [t('stats.median'), stats.medianDaysToAward === null ? '—' : t('stats.days', { days: Math.round(stats.medianDaysToAward * 10) / 10 })],
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {figures.map(([label, value]) => (
        <Col xs={12} md={8} xl={4} key={label}>
          <Card size="small">
            <Statistic title={label} value={value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
