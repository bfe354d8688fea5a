import { LockOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from '../system/Page.module.css';

export type WorkspaceArea = 'enterprise' | 'agency' | 'reviewer' | 'admin';

/** Entry of a signed-in workspace; explains what it is for while nobody is signed in. */
export default function WorkspacePage({ area }: { area: WorkspaceArea }) {
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <Result
        icon={<LockOutlined />}
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t(`nav.${area}`)}</h1>}
        subTitle={
          <>
            <p>{t(`workspace.${area}`)}</p>
            <p>
              <strong>{t('workspace.signInRequired')}</strong> — {t('workspace.signInHint')}
            </p>
          </>
        }
      />
    </div>
  );
}
