import { CloseCircleFilled, FileSearchOutlined, LockOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import styles from './Notice.module.css';

/** A centred message with one action, for whole-page states (an error, no access). */
export function Notice({ tone, title, action }: { tone: 'error' | 'forbidden' | 'missing'; title: ReactNode; action?: ReactNode }) {
  return (
    <section className={styles.notice}>
      {tone === 'error' && <CloseCircleFilled aria-hidden="true" className={`${styles.icon} ${styles.error}`} />}
      {tone === 'forbidden' && <LockOutlined aria-hidden="true" className={styles.icon} />}
      {tone === 'missing' && <FileSearchOutlined aria-hidden="true" className={styles.icon} />}
      <h1 className={styles.title}>{title}</h1>
      {action && <div>{action}</div>}
    </section>
  );
}
