import { Alert, App, Card, Radio, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useNotificationSettings, useUpdateNotificationSettings } from './queries';

const MODES = ['immediate', 'daily', 'off'] as const;

/** How the user gets notifications by e-mail. */
export function EmailSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useNotificationSettings();
  const update = useUpdateNotificationSettings();
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('notifications.email.title')}</h2>} style={{ marginBottom: 16 }}>
      {settings.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : settings.isError ? (
        <Alert type="error" showIcon title={errorMessage(t, settings.error)} />
      ) : (
        <>
          <Radio.Group
            aria-label={t('notifications.email.title')}
            value={settings.data.email}
            disabled={update.isPending}
            onChange={(e) =>
              update.mutate(e.target.value as (typeof MODES)[number], {
                onSuccess: () => message.success(t('notifications.email.saved')),
                onError: (error) => message.error(errorMessage(t, error)),
              })
            }
            options={MODES.map((mode) => ({ value: mode, label: t(`notifications.email.${mode}`) }))}
          />
          {settings.data.delivery !== 'smtp' && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('notifications.email.noSmtp')}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Card>
  );
}
