import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ScenarioMatches } from '../matching/ScenarioMatches';

/** The agency's (and admins') view of its scenario: the details, and which enterprises fit. Loaded only for them. */
export default function ScenarioTabs({ scenarioId, details }: { scenarioId: string; details: ReactNode }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'matches' ? 'matches' : 'details';
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setParams(key === 'matches' ? { tab: 'matches' } : {}, { replace: true })}
      items={[
        { key: 'details', label: t('detail.tabDetails'), children: details },
        { key: 'matches', label: t('matching.tab'), children: tab === 'matches' ? <ScenarioMatches scenarioId={scenarioId} /> : null },
      ]}
    />
  );
}
