import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown when a page fails to render or its code cannot be loaded. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main>
      <Result
        status="error"
        title={t('system.errorTitle')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('system.retry')}
          </Button>
        }
      />
    </main>
  );
}
