import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';

/** A match score in [0, 1] as a bar with its value, readable by screen readers. */
export function ScoreBar({ score }: { score: number }) {
  const { t } = useTranslation();
  const percent = Math.round(score * 100);
  return (
    <Progress
      percent={percent}
      size="small"
      strokeColor={percent >= 60 ? '#15803d' : percent >= 35 ? '#a15c07' : '#6b7280'}
      format={(p) => `${p}`}
      aria-label={t('matching.scoreLabel', { score: percent })}
      style={{ width: 160, margin: 0 }}
    />
  );
}
