import { InboxOutlined } from '@ant-design/icons';
import { Alert, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, unwrap } from '../../app/api';
import { errorMessage } from '../../app/errors';
import { authorizedFetch } from '../auth/session';
import styles from '../system/Page.module.css';

interface RowError {
  row: number;
  field: string;
  message: string;
}

/** Upload a list; all rows are imported, or none and the bad rows are listed. */
export default function ImportPage() {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ imported: number; organizationsCreated: number; batchesCreated: number } | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setResult(null);
    setRowErrors([]);
    setError(null);
    const data = new FormData();
    data.append('file', file);
    const response = await authorizedFetch(new Request('/api/v1/admin/import/scenarios', { method: 'POST', body: data }));
    const body = (await response.json().catch(() => ({}))) as unknown;
    try {
      setResult(unwrap({ data: response.ok ? (body as typeof result) : undefined, error: response.ok ? undefined : body, response }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'IMPORT_INVALID' && Array.isArray(e.details) && e.details.length)
        setRowErrors(e.details as RowError[]);
      else setError(errorMessage(t, e));
    }
    setBusy(false);
  };

  return (
    <div className={styles.page}>
      <Typography.Title>{t('review.import')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.importIntro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('review.columns')}</Typography.Paragraph>
      <Upload.Dragger accept=".json,.csv,.xlsx" showUploadList={false} disabled={busy} beforeUpload={(file) => (void upload(file), false)}>
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('review.importDrop')}</p>
      </Upload.Dragger>
      <div role="status" style={{ marginTop: 16 }}>
        {result && (
          <Alert
            type="success"
            showIcon
            title={t('review.importDone', {
              imported: result.imported,
              organizations: result.organizationsCreated,
              batches: result.batchesCreated,
            })}
          />
        )}
        {error && <Alert type="error" showIcon title={error} />}
        {rowErrors.length > 0 && (
          <>
            <Alert type="error" showIcon title={t('review.importFailed')} style={{ marginBottom: 8 }} />
            <Table<RowError>
              rowKey={(r) => `${r.row}-${r.field}`}
              size="small"
              pagination={false}
              dataSource={rowErrors}
              columns={[
                { title: t('review.row'), dataIndex: 'row', width: 80 },
                { title: t('review.field'), dataIndex: 'field', width: 160 },
                { title: t('review.problem'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </div>
    </div>
  );
}
