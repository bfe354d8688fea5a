import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../app/ButtonLink';
import styles from './Page.module.css';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('system.notFoundTitle')}</h1>}
        subTitle={t('system.notFoundText')}
        extra={
          <ButtonLink to="/" type="primary">
            {t('system.backHome')}
          </ButtonLink>
        }
      />
    </div>
  );
}
