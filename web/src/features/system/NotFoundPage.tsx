import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
          <Link to="/">
            <Button type="primary">{t('system.backHome')}</Button>
          </Link>
        }
      />
    </div>
  );
}
