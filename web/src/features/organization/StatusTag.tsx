import type { OrganizationStatus } from '@scenebridge/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<OrganizationStatus, string> = { pending: 'orange', verified: 'green', rejected: 'red' };

export function StatusTag({ status }: { status: OrganizationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
