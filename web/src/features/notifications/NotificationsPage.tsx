import { Badge, Button, Card, Empty, List, Pagination, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { notificationLink, notificationText } from '@scenebridge/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from '../system/Page.module.css';
import { EmailSettings } from './EmailSettings';
import { useMarkAllRead, useMarkRead, useNotifications } from './queries';

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(page, unreadOnly);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  return (
    <div className={styles.page}>
      <Typography.Title>{t('notifications.title')}</Typography.Title>
      <EmailSettings />
      <Card
        extra={
          <Space>
            <label>
              <Space>
                <Switch size="small" checked={unreadOnly} onChange={(v) => (setUnreadOnly(v), setPage(1))} />
                {t('notifications.unreadOnly')}
              </Space>
            </label>
            <Button onClick={() => markAll.mutate()} loading={markAll.isPending}>
              {t('notifications.markAll')}
            </Button>
          </Space>
        }
      >
        <List
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('notifications.empty')} /> }}
          renderItem={(n) => (
            <List.Item
              data-type={n.type}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button key="read" type="link" onClick={() => markRead.mutate(n.id)}>
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <Space align="start">
                <Badge status={n.readAt ? 'default' : 'processing'} />
                <div>
                  <NotificationTitle
                    text={notificationText(n.type, n.params, lang)}
                    link={notificationLink(n.type, n.params)}
                    onOpen={() => !n.readAt && markRead.mutate(n.id)}
                  />
                  <div>
                    <Typography.Text type="secondary">{dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                  </div>
                </div>
              </Space>
            </List.Item>
          )}
        />
        {(list.data?.total ?? 0) > 20 && (
          <Pagination style={{ marginTop: 16 }} current={page} total={list.data?.total} pageSize={20} onChange={setPage} />
        )}
      </Card>
    </div>
  );
}

/** The text, as a link when the notification leads somewhere (opening it marks it read). */
function NotificationTitle({ text, link, onOpen }: { text: string; link: string | null; onOpen: () => void }) {
  return link ? (
    <Link to={link} onClick={onOpen}>
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}
