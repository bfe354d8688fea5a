import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../app/types';
import { formatDateTime } from '../scenarios/format';

type Announcement = Schemas['AnnouncementView'];

/** Where a result stands: final, open for objections (until when), or waiting for the agency's answers. */
export function ResultStateTag({ a }: { a: Announcement }) {
  const { t } = useTranslation();
  if (a.final) return <Tag color="#047857">{t('results.final')}</Tag>;
  if (a.objectionsOpen) return <Tag color="#be185d">{t('results.objectionsOpen', { date: formatDateTime(a.objectionEndsAt) })}</Tag>;
  return <Tag color="#a15c07">{t('results.awaitingAnswers')}</Tag>;
}
