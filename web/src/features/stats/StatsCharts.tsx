import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Schemas } from '../../app/types';

type Stats = Schemas['StatisticsView'];
type Count = Schemas['CountView'];

/** Colours with enough contrast against white, one per bar or slice. */
const PALETTE = ['#1d4ed8', '#15803d', '#a15c07', '#7e22ce', '#be185d', '#0e7490', '#4d7c0f', '#b91c1c', '#4338ca', '#047857', '#9f1239'];

/** A chart in a card, described in words for screen readers. */
function ChartCard({
  title,
  summary,
  children,
  height = 260,
}: {
  title: string;
  summary: string;
  children: React.ReactElement;
  height?: number;
}) {
  return (
    <Card size="small" title={title}>
      <figure style={{ margin: 0 }}>
        <div role="img" aria-label={summary} style={{ width: '100%', height }}>
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        </div>
        <figcaption className="visually-hidden">{summary}</figcaption>
      </figure>
    </Card>
  );
}

function CountBars({ data, english, vertical = false }: { data: Count[]; english: boolean; vertical?: boolean }) {
  const rows = data.map((d) => ({ name: english ? d.labelEn : d.label, count: d.count }));
  return vertical ? (
    <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 16 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="name" width={120} interval={0} />
      <Tooltip />
      <Bar dataKey="count" fill="#1d4ed8" isAnimationActive={false} />
    </BarChart>
  ) : (
    <BarChart data={rows} margin={{ right: 16 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="name" interval={0} />
      <YAxis allowDecimals={false} />
      <Tooltip />
      <Bar dataKey="count" fill="#15803d" isAnimationActive={false} />
    </BarChart>
  );
}

const describe = (data: Count[], english: boolean) => data.map((d) => `${english ? d.labelEn : d.label} ${d.count}`).join('；');

/** The statistics charts (loaded on demand, so the chart library stays out of the first page load). */
export default function StatsCharts({ stats, compact = false }: { stats: Stats; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const funnel = (['published', 'received', 'awarded', 'landed'] as const).map((key) => ({
    name: t(`stats.funnel.${key}`),
    count: stats.funnel[key],
  }));
  const funnelChart = (
    <ChartCard title={t('stats.funnelTitle')} summary={funnel.map((f) => `${f.name} ${f.count}`).join('；')}>
      <BarChart data={funnel} margin={{ right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" isAnimationActive={false}>
          {funnel.map((f, i) => (
            <Cell key={f.name} fill={PALETTE[i]} />
          ))}
        </Bar>
      </BarChart>
    </ChartCard>
  );
  // Bars rather than a pie: small statuses stay readable.
  const statusChart = (
    <ChartCard
      title={t('stats.byStatus')}
      summary={describe(stats.byStatus, english)}
      height={Math.max(260, 40 + stats.byStatus.length * 26)}
    >
      <CountBars data={stats.byStatus} english={english} vertical />
    </ChartCard>
  );
  if (compact)
    return (
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          {funnelChart}
        </Col>
        <Col xs={24} md={12}>
          {statusChart}
        </Col>
      </Row>
    );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        {funnelChart}
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          title={t('stats.bySector')}
          summary={describe(stats.bySector, english)}
          height={Math.max(260, 40 + stats.bySector.length * 26)}
        >
          <CountBars data={stats.bySector} english={english} vertical />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard title={t('stats.byProvince')} summary={describe(stats.byProvince, english)}>
          <CountBars data={stats.byProvince} english={english} />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard title={t('stats.byBatch')} summary={describe(stats.byBatch, english)}>
          <CountBars data={stats.byBatch} english={english} />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12}>
        {statusChart}
      </Col>
    </Row>
  );
}
