import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './Page.module.css';

/** A public section whose content is produced later in the scenario loop. */
export default function InfoPage({ titleKey, textKey }: { titleKey: string; textKey: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <Result status="info" title={<h1 style={{ fontSize: 24, margin: 0 }}>{t(titleKey)}</h1>} subTitle={t(textKey)} />
    </div>
  );
}
