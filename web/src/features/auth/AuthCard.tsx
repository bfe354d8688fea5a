import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import styles from './AuthCard.module.css';

/** The centred card of the sign-in, registration and link pages. */
export function AuthCard({
  title,
  intro,
  children,
  wide = false,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={styles.wrap}>
      <Card className={wide ? styles.wide : styles.card}>
        <Typography.Title level={1} className={styles.title}>
          {title}
        </Typography.Title>
        {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
        {children}
      </Card>
    </div>
  );
}
