import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Notice } from './Notice';

/** Shown when a page fails to render or its code cannot be loaded. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main>
      <Notice
        tone="error"
        title={t('system.errorTitle')}
        action={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('system.retry')}
          </Button>
        }
      />
    </main>
  );
}
