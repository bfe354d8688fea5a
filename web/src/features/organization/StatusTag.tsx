import type { OrganizationStatus } from '@scenebridge/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Solid colours dark enough for white text (WCAG AA).
const COLORS: Record<OrganizationStatus, string> = { pending: '#a15c07', verified: '#15803d', rejected: '#b91c1c' };

export function StatusTag({ status }: { status: OrganizationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
